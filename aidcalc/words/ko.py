"""Korean (ko): who gives and who receives in a news sentence, and the qualifiers before and
after an amount, as plain data.

Curated by the project from Korean news text on aid (ministry statements, agency reports); no
outside word list is copied. Korean writes particles onto the noun before them ("우크라이나에",
to Ukraine; "달러를", "달러가"), so names and particles are cut out of the word around them
(``aidcalc.news.cjk``), and a qualifier written right after the amount is cut out of the word
around it as a lexicon entry (``aidcalc.parsing.atoms``).

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Kore"

# Words of giving ("지원" support, "제공" provide, "약속" promise, "발표" announce, "기부"
# donate, "공여" grant), particles right after a country that make it the receiver
# ("우크라이나에", "우크라이나에게", "우크라이나에 대한"), and short names CLDR does not give
# ("한국" for the Republic of Korea, "미국" as CLDR gives it).
# "승인" (a lender's approving of a loan: "세계은행은 몰도바에 … 차관을 승인했다")
GIVING_WORDS = ("지원", "제공", "약속", "발표", "기부", "공여", "원조", "승인")
RECIPIENT_AFTER = ("에게", "에 대한", "에")
# "호주" (Australia, 濠洲, as the press writes it; CLDR: "오스트레일리아")
PLACE_SHORT_FORMS = {"한국": "KOR", "가자지구": "PSE", "호주": "AUS"}  # 가자지구: the Gaza Strip
# Words closing a phrase of purpose ("가자지구 주민을 위해", for the people of Gaza; "수단 난민을
# 위한", for the refugees of Sudan): a country opening such a phrase, nouns and a particle
# between, is the one given to, never the giver (``aidcalc.news.cjk``, rule 4b).
PURPOSE_AFTER = ("위해", "위한")
# The country whose offices Korean news names without naming it ("정부는", the government;
# "외교부는", the foreign ministry): the donor of such an office when no country is named (an
# assumption, ``home-country``). Korean aid news is written in the Republic of Korea.
HOME_COUNTRY = "KOR"

# Offices any country has ("정부" the government, "외교부" the foreign ministry), with no code:
# the press names its own country's so, never the EU's or a bank's (``aidcalc.news.candidates``).
# Institutions by their Korean names ("세계은행", the World Bank; "국제통화기금", the IMF;
# "유럽연합", the EU as the press writes it without CLDR's space).
INSTITUTIONS = {
    "": ("정부*", "외교부*"),
    "WBG": ("세계은행*",),
    "IMF": ("국제통화기금*",),
    "EU": ("유럽연합*",),
}


# Words before an amount that qualify it, per kind (``Amount.qualifier``): "약 120억원" (about
# 12 billion won), "최대 5억 달러" (up to 500 million dollars), "최소 3억 달러" (at least).
QUALIFIERS = {
    "approx": ["약", "대략", "대략적으로"],
    "over": ["최소", "적어도"],
    "up_to": ["최대"],
}

# A suffix glued between a number and its group unit, or between the unit and the currency,
# that makes the figure a lower bound ("5억 6000여만원", more than 560 million won; "300여만
# 달러"; "500억여 원"): read as the qualifier over, the figure as written. Only glued to a
# number before a group unit (or to the unit): "3여단" (the 3rd brigade) is no amount.
NUMBER_OVER_SUFFIXES = ("여",)

# Signs joining a range's ends ("300만~500만 달러", "3억~5억 원": 3 to 5 million dollars; issue
# 9, amounts17b: the tilde was read as "about" before the top, the low end lost).
RANGE_JOINERS = ("~", "～", "〜")
RANGE_JOINERS_ALONE = ("~", "～", "〜")

# Qualifiers written after the amount: "5억 달러 이상" (500 million dollars or more), "5억
# 달러 초과" (over), "5억 달러 넘게" (more than), "5억 달러 미만" (below), "5억 달러 가까이"
# (nearly), "5억 달러 이하" (at most), "5억 달러 가량", "5억 달러 정도", "5억 달러 내외" (about).
QUALIFIERS_AFTER = {
    "이상": "over",
    "초과": "over",
    "넘게": "over",
    "넘는": "over",
    "넘은": "over",
    "남짓": "over",
    "미만": "under",
    "가까이": "under",
    "가까운": "under",
    "이하": "up_to",
    "가량": "approx",
    "정도": "approx",
    "내외": "approx",
    "안팎": "approx",
}
# Particles glued to the amount's last word before a qualifier written apart after it: "5억
# 달러가 넘는" (more than 500 million dollars), "1천억 원이 넘는", "1억 달러에 가까운" (nearly),
# "4억 달러를 넘는".
AFTER_PARTICLES = ("가", "이", "을", "를", "에")

# Money that is no gift, whoever's it is (aidcalc.news.other_money): a cost ("비용", written
# with its particle: "재건 비용을"), an estimate ("추산", "추정"), a need or an appeal ("필요",
# "호소", "요청"). Korean closes its clause with the verb, so a word after the amount counts
# when only a particle stands between (``OTHER_MONEY_LINKS``: "26억 달러가 필요하다고").
OTHER_MONEY = {
    "price": "비용*",
    "damage": "피해* 손실*",
    "estimate": "추산* 추정*",
    "need": "필요* 호소* 요청* 요구*",
}
OTHER_MONEY_LINKS = "가 이 을 를 로 으로 은 는"

# Particles right after a country that make it the subject of its own clause: the topic "은",
# "는" and the subject "이", "가" ("미국은 5천400만 달러, 일본은 1억 달러": each the giver of
# the amount after it, ``aidcalc.news.cjk``).
SUBJECT_AFTER = ("은", "는", "이", "가")
# Marks joining countries into one compound noun ("튀르키예·시리아 지진", the Türkiye–Syria
# earthquake): such a country names the place of the aid, never its giver.
COMPOUND_MARKS = ("·", "ㆍ")

# The particles of the one asked, right after a country before a request verb, which closes the
# clause ("우크라이나는 독일에 10억 달러 지원을 요청했다", Ukraine asked Germany for $1bn: the
# dative 에 / 에게 names Germany, the one asked; aidcalc.news.not_giving.request_roles). A longer
# form of ``RECIPIENT_AFTER`` ("에 대한", for) is not one of them.
ASKED_AFTER = ("에게", "에")

# Words that make an amount asked for rather than given (aidcalc.news.not_giving): an appeal
# ("호소", "요청") or a need ("필요하다고") is the receiver's.
NOT_GIVING = {
    "contrast": "뿐만",
    "request": "호소* 요청* 요구*",
    "wish": "필요*",
}

# Words that make an amount a running total ("지원 총액은 약 4억 달러를 넘어섰다": the total of
# the support passed; "누적", cumulative; "지금까지", so far; "2022년 이후" and "2022년 이래",
# since 2022; "이래로", since then; "침공 이후", "개전 이후", since the invasion, the war's start).
# "총" (in all) alone is not one: it also sizes one gift ("2023년 2월 총 1,550만 달러를 지원").
BASIS = {
    "cumulative": (
        "총액* 누적* 지금까지 현재까지 ####년 이후 ####년 이래 이래로 침공 이후 개전 이후"
    ),
}
# the cues of several words ("2022년 이후", since 2022; "침공 이후", since the invasion)
CUE_PHRASES = ("####년 이후", "####년 이래", "침공 이후", "개전 이후")

# Words that make an amount a pledge ("약속했다" promised, "발표했다" announced, "계획이다"
# plans, "제공한다"/"지원한다" provides, supports: the present of a news report), so that a Korean
# sentence says itself what kind of money it is about and takes no basis from the one before.
INTENTION = {
    "pledge": "약속* 발표* 계획* 예정* 제공한다 지원한다 제공하기로 지원하기로",
}
# Words beside an amount that make it a yearly amount ("매년 5천만 달러씩", every year;
# aidcalc.news.yearly).
PER_YEAR = ("매년", "해마다")

# words joining the two years of a span ("2025 to 2027"), beside UNTIL (aidcalc.news.yearly)
SPAN_LINKS = ("년부터", "년에서")
# phrases saying an amount is spread over several years ("multi-year"; a stem may end a word),
# found in its clause (aidcalc.news.yearly.several_years)
SEVERAL_YEARS = ("중장기적으로", "중장기", "다년간")

# A correction note (aidcalc.news.corrections): its label before a colon ("정정:", "바로잡습니다:")
# and the phrases naming the figure an earlier version of the story gave (retracted).
CORRECTION_LABELS = ("정정", "바로잡습니다", "바로잡음")
EARLIER_VERSION = ("이전 기사", "앞선 기사", "기사 초판", "당초 기사", "이전 버전")

# Phrases opening a sentence that break down a total said a sentence or a few before ("이 중"
# of this, "그중" of that, "이번 지원액 가운데" of this aid sum): its amounts are parts of that
# total (aidcalc.news.parts.opens_breakdown).
BREAKDOWN_OPENERS = (
    "이 중에서",
    "이 중",
    "그중에서",
    "그중",
    "그 중",
    "이 가운데",
    "그 가운데",
    "이 금액 중",
    "이 금액 가운데",
    "지원액 중",
    "지원액 가운데",
    "이번 지원액 중",
    "이번 지원액 가운데",
    "이번 지원금 중",
    "이번 지원금 가운데",
    "이번 지원 중",
    "이번 지원 가운데",
)

# Phrases before an amount that make it a part of the amount before it in its sentence ("1억
# 달러를 지원하며, 이 가운데 3000만 달러는 …", of which; aidcalc.news.parts).
PART_BEFORE = ("이 가운데", "그 가운데", "이 중", "그중", "그 중")

# Dates (aidcalc.news.dates): "이후" and "이래" (since) after a date make it the start of a
# running period, no value date ("2022년 이후", since 2022).
SINCE_AFTER = ("이후", "이래")
# A sentence restating the money of the one before in another currency (aidcalc.news.restated):
# the subject naming that money, and the verb of being closing the clause after it
# ("이는 약 4억 유로에 해당한다").
RESTATING_SUBJECTS = ("이는", "이 금액은", "이 돈은")
COPULAS_AFTER = "해당한다 해당하는 해당 상당한다 상당하는 상당"
