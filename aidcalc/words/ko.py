"""Korean (ko): who gives and who receives in a news sentence, as plain data.

Curated by the project from Korean news text on aid (ministry statements, press reports); no
outside word list is copied. Korean writes particles onto the noun before them ("우크라이나에",
to Ukraine), so the names and particles are cut out of the word around them
(``aidcalc.news.cjk``).

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Kore"

# Words of giving ("지원" support, "제공" provide, "약속" promise, "발표" announce, "기부"
# donate, "공여" grant), particles right after a country that make it the receiver
# ("우크라이나에", "우크라이나에게", "우크라이나에 대한"), and short names CLDR does not give
# ("한국" for the Republic of Korea, "미국" as CLDR gives it).
GIVING_WORDS = ("지원", "제공", "약속", "발표", "기부", "공여", "원조")
RECIPIENT_AFTER = ("에게", "에 대한", "에")
PLACE_SHORT_FORMS = {"한국": "KOR", "가자지구": "PSE"}  # 가자지구: the Gaza Strip
# Particles right after a country that make it the subject of its own clause: the topic "은",
# "는" and the subject "이", "가" ("미국은 5천400만 달러, 일본은 1억 달러": each the giver of
# the amount after it, ``aidcalc.news.cjk``).
SUBJECT_AFTER = ("은", "는", "이", "가")
# Marks joining countries into one compound noun ("튀르키예·시리아 지진", the Türkiye–Syria
# earthquake): such a country names the place of the aid, never its giver.
COMPOUND_MARKS = ("·", "ㆍ")

# Money that is no gift (aidcalc.news.other_money): a cost or an estimate ("재건 비용을 …
# 추산했다": the reconstruction cost, estimated at), damage. Korean writes its particle onto the
# word, so each word is a stem ("*").
OTHER_MONEY = {
    "damage": "피해액* 손실*",
    "estimate": "비용* 추산* 추정*",
}

# Words that make an amount asked for rather than given (aidcalc.news.not_giving): an appeal
# ("호소", "요청") or a need ("필요하다고") is the receiver's.
NOT_GIVING = {
    "contrast": "뿐만",
    "request": "호소* 요청* 요구*",
    "wish": "필요*",
}

# Words that make an amount a running total ("지원 총액은 약 4억 달러를 넘어섰다": the total of
# the support passed; "누적", cumulative; "지금까지", so far).
BASIS = {
    "cumulative": "총액* 누적* 지금까지 현재까지",
}

# Words that make an amount a pledge ("약속했다" promised, "발표했다" announced, "계획이다"
# plans, "제공한다"/"지원한다" provides, supports: the present of a news report), so that a Korean
# sentence says itself what kind of money it is about and takes no basis from the one before.
INTENTION = {
    "pledge": "약속* 발표* 계획* 예정* 제공한다 지원한다 제공하기로 지원하기로",
}
# Words beside an amount that make it a yearly amount ("매년 5천만 달러씩", every year;
# aidcalc.news.yearly).
PER_YEAR = ("매년", "해마다")
