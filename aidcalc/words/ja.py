"""Japanese (ja): qualifiers before and after an amount, as plain data.

Curated by the project from Japanese news text on aid (government and agency announcements,
press reports); no outside word list is copied. Japanese writes no spaces, so each form is cut
out of the word around it as a lexicon entry (``aidcalc.parsing.atoms``).

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Jpan"

# Words before an amount that qualify it, per kind (``Amount.qualifier``): "約3億ドル" (about
# 300 million dollars), "およそ150億円", "最大50億円" (up to 5 billion yen).
QUALIFIERS = {
    "approx": ["約", "およそ", "ほぼ", "概ね", "おおむね"],
    "over": ["少なくとも"],
    "up_to": ["最大"],
}

# A suffix glued between a number and its group unit, or between the unit and the currency,
# that makes the figure a lower bound ("3000余万円": more than 30 million yen): read as the
# qualifier over, the figure as written.
NUMBER_OVER_SUFFIXES = ("余",)

# Signs joining a range's ends ("300万～500万ドル", "300～500万円": 3 to 5 million; issue 9,
# amounts17b: the low end was lost): the wave dash, its full-width twin and the tilde.
RANGE_JOINERS = ("~", "～", "〜")
RANGE_JOINERS_ALONE = ("~", "～", "〜")

# Qualifiers written after the amount: "3億ドル以上" (300 million dollars or more), "3億ドル超"
# (over), "3億ドル余り" (a little over), "100億円未満" (below), "100億円近く" (nearly),
# "50億円程度" (about).
QUALIFIERS_AFTER = {
    "以上": "over",
    "超": "over",
    "余り": "over",
    "余": "over",  # "1億円余": a little over 100 million yen, as "余り"
    "あまり": "over",
    "強": "over",
    "未満": "under",
    "弱": "under",
    "近く": "under",
    "以下": "up_to",
    "程度": "approx",
    "前後": "approx",
}

# Who gives and who receives in a sentence written without spaces (aidcalc.news.cjk): words of
# giving ("表明" announce, "拠出" contribute, "供与" grant, "提供" provide, "支援" support,
# "約束" promise), particles right after a country that make it the receiver ("ウクライナに",
# "ウクライナへ"), and short names CLDR does not give ("米国", "英国").
# "資金協力" (financial cooperation, Japan's word for grant and loan aid)
# "承認" (a lender's approving of a loan: "世界銀行はモルドバへの融資を承認した")
GIVING_WORDS = (
    "表明",
    "拠出",
    "供与",
    "提供",
    "支援",
    "約束",
    "発表",
    "贈与",
    "援助",
    "資金協力",
    "承認",
)
# "のため" (for), "には" (to, as topic): "ウクライナのため", "被災地復興には"
RECIPIENT_AFTER = ("に対し", "にも", "には", "のため", "に", "へ")
RECIPIENT_BEFORE = ("対",)
# Words closing a phrase of purpose after a country and its nouns ("ガザ住民のため", for the
# people of Gaza; "スーダンの避難民支援として", as support for Sudan's displaced): the one given to
# (``aidcalc.news.cjk``, rule 4b). "として" alone is not one ("日本としては", as for Japan).
PURPOSE_AFTER = ("のため", "支援として", "援助として")
PLACE_SHORT_FORMS = {"米国": "USA", "英国": "GBR", "韓国": "KOR", "ガザ地区": "PSE", "ガザ": "PSE"}
# The country whose offices this language's press names without naming it ("政府", the
# government): the donor of such an office when no country is named (an assumption). Japanese
# is written in one donor country only.
HOME_COUNTRY = "JPN"
# Offices and institutions (aidcalc.news.institutions): "政府" (the government), "外務省"
# (the foreign ministry) name no country; "*": particles follow with no space ("政府は").
INSTITUTIONS = {"": ("政府*", "外務省*"), "WBG": ("世界銀行*",)}

# Words that make an amount a running total (aidcalc.news.candidates.bases_of), found inside
# longer runs: "これまでに" and "これまでの" (so far), "今までに", "現在までに" (up to now), "累計"
# and "累積" (cumulative), "以来" (since: "侵攻以来"). "総額" (total sum) is not one: it also
# sizes a new package ("総額45億ドルの支援パッケージ").
BASIS = {
    "cumulative": "これまでに これまでの これまで 今までに 現在までに 累計 累積 以来",
}
# Words that make an amount a pledge ("表明" announce, "発表", "決定" decide, "約束" promise,
# "予定" plan, "方針" policy, and the plain present of giving, said of what is to come:
# "供与する", "拠出する", "実施する", "行う"), so that a Japanese sentence says itself what kind
# of money it is about and takes no basis from the one before (aidcalc.news.candidates).
INTENTION = {
    "pledge": "表明 発表 決定 約束 予定 方針 供与する 拠出する 実施する 行う",
}

# Particles right after a country that make it the topic of its own clause ("日本は1億ドルを供与
# する", "日本政府は": Japan gives; aidcalc.news.cjk). "が" is left out: it marks the subject
# of a clause inside the sentence as often ("ウクライナが求める1億ドル", the $100m Ukraine asks).
SUBJECT_AFTER = ("は", "政府は")
# The particle after a country that makes it the owner of the noun after it ("ウクライナの要請",
# Ukraine's request; "スーダンの人道危機", Sudan's crisis): no giver by its place alone.
GENITIVE_AFTER = ("の",)

# Money asked for (aidcalc.news.not_giving), found inside longer runs: "要請" (request), "要求"
# (demand), "求め" (asked for: "求めた", "求めている"), "呼びかけ" (appeal). Japanese closes its
# clause with its verb: a cue in the amount's clause with no word of giving after it there governs
# ("EUに20億ユーロの支援を要請した": asked the EU for €2bn of support).
# Also "呼び掛け" (call on) and "要望" (request). A request answered is no request: "要請を受け",
# "要請に応じ", "求めに応じ" (at the request of; in response to) are skipped as a contrast is, and
# the money after them is given ("ウクライナの要請を受け、日本は1億ドルを供与する").
NOT_GIVING = {
    "contrast": "要請を受け 要請に応じ 要請に基づき 求めに応じ 要望に応え 要望を受け",
    "request": "要請 要求 求め 呼びかけ 呼び掛け 要望",
}
# The particle of the one asked, right after a country before a request verb, which closes the
# clause ("ウクライナはドイツに10億ドルの支援を要請した": Germany is asked;
# aidcalc.news.not_giving.request_roles). A longer form of ``RECIPIENT_AFTER`` ("に対し",
# "には", "にも") is not it.
ASKED_AFTER = ("に",)
# Words right after a request that answer it ("要請に応じ", in answer to the request; "要請を受け",
# upon the request; "要請に応え"): the money of that clause is given, not asked for.
REQUEST_ANSWERED = ("応じ", "応え", "受け")

# Parts of a total (aidcalc.news.parts), found inside longer runs: "うち" and "このうち",
# "そのうち" (of which, of this) before an amount make it a part of the amount before it in its
# sentence ("5億ドルを拠出し、うち1億ドルを…"), and opening a sentence they break down a total
# said a sentence or a few before ("このうち1億ドルは…"), as does "この資金のうち" (of these
# funds).
PART_BEFORE = ("このうち", "そのうち", "うち")
BREAKDOWN_OPENERS = ("このうち", "そのうち", "この資金のうち", "うち")

# Dates (aidcalc.news.dates): "以来" and "以降" (since) right after a date make it the start of a
# running period, no value date ("2022年2月以降", since February 2022).
SINCE_AFTER = ("以来", "以降")
# A sentence restating the money of the one before in another currency (aidcalc.news.restated):
# the subject naming that money, and the verb of being closing the clause after it
# ("これは約4億ユーロに相当する").
RESTATING_SUBJECTS = ("これは", "この金額は", "同額は")
COPULAS_AFTER = "相当"
