"""Chinese (zh, simplified and traditional): qualifiers before and after an amount, as plain data.

Curated by the project from Chinese news text on aid (ministry statements, press reports); no
outside word list is copied. Chinese writes no spaces, so each form is cut out of the word
around it as a lexicon entry (``aidcalc.parsing.atoms``).

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Hani"

# Words before an amount that qualify it, per kind (``Amount.qualifier``): "约3亿美元" (about
# 300 million dollars), "超过10亿元" and "超5亿美元" (more than), "近3亿美元" (nearly), "最多5亿元"
# (at most).
QUALIFIERS = {
    "approx": ["约", "約", "大约", "大約", "约合", "約合"],
    "over": ["超过", "超過", "超", "逾", "至少"],
    "under": ["近", "将近", "將近", "不到", "不足"],
    "up_to": ["最多", "多达", "多達"],
}

# Suffixes glued between a number and its group unit, or between the unit and the currency,
# that make the figure a lower bound ("3000余万元", "300多万美元", "5亿多元": more than 30
# million, 3 million, 500 million): read as the qualifier over, the figure as written.
NUMBER_OVER_SUFFIXES = ("余", "餘", "多")

# Words and signs joining a range's ends, with no opener before the low end ("300万至500万美元",
# "300万到500万美元", "300万～500万美元": 3 to 5 million dollars; issue 9, amounts17b: the low
# end was lost, the top read alone). The tilde is also an English "about": between two numbers
# of a Chinese amount it joins them.
RANGE_JOINERS = ("至", "到", "~", "～", "〜")
RANGE_JOINERS_ALONE = ("至", "到", "~", "～", "〜")

# Qualifiers written after the amount: "3亿美元以上" (or more), "5亿元左右" (about),
# "1亿元以下" (or less).
QUALIFIERS_AFTER = {
    "以上": "over",
    "左右": "approx",
    "以下": "up_to",
}

# Who gives and who receives in a sentence written without spaces (aidcalc.news.cjk): words of
# giving ("承诺" promise, "援助" aid, "提供" provide, "宣布" announce, "捐助" donate, "拨款"
# allocate), words right before a country that make it the receiver ("向乌克兰提供", "给",
# "对"), and short names CLDR does not give ("美方").
GIVING_WORDS = (
    "承诺",
    "承諾",
    "援助",
    "提供",
    "宣布",
    "捐助",
    "捐赠",
    "捐贈",
    "拨款",
    "撥款",
    "支援",
    # a lender's approving of a loan ("世界银行向摩尔多瓦批准了一笔贷款")
    "批准",
)
RECIPIENT_BEFORE = ("向", "给", "給", "对", "對", "援助")
# "加沙地带" and "加沙" (the Gaza Strip; CLDR names only "巴勒斯坦领土"), in simplified and
# traditional writing
PLACE_SHORT_FORMS = {
    "美方": "USA",
    "中方": "CHN",
    "日方": "JPN",
    "加沙地带": "PSE",
    "加沙地帶": "PSE",
    "加沙": "PSE",
    "巴勒斯坦": "PSE",
}
# Offices and institutions (aidcalc.news.institutions): "政府" (the government) and "外交部"
# (the foreign ministry) name no country; the World Bank ("世界银行"), the IMF ("国际货币基金
# 组织"), in simplified and traditional writing;
# "*": particles and words follow with no space.
INSTITUTIONS = {
    "": ("政府*", "外交部*"),
    "WBG": ("世界银行*", "世界銀行*"),
    "IMF": ("国际货币基金组织*", "國際貨幣基金組織*"),
}

# Words that make an amount a running total (aidcalc.news.candidates.bases_of), found inside
# longer runs: "累计" (cumulative), "迄今" and "至今" (to date), "目前为止" (so far), "以来" (since:
# "自2022年以来"), in simplified and traditional writing. "总额" (total sum) is not one: it
# also sizes a new package ("总额为5亿美元的援助计划").
BASIS = {
    "cumulative": "累计 累計 迄今 至今 目前为止 目前為止 以来 以來",
}

# The particle after a country that makes it the owner of the noun after it ("应乌克兰的要求", at
# Ukraine's request; "苏丹的人道危机"): no giver by its place alone (aidcalc.news.cjk).
GENITIVE_AFTER = ("的",)

# Money asked for (aidcalc.news.not_giving), found inside longer runs: "请求" (request), "要求"
# (demand), "呼吁" (appeal), "寻求" (seek), "申请" (apply for), in simplified and traditional
# writing: the cue before the amount in its clause governs ("乌克兰向欧盟请求20亿欧元援助",
# "乌克兰要求欧盟提供20亿欧元": the giving word after the cue is what is asked for).
NOT_GIVING = {
    "request": "请求 請求 要求 呼吁 呼籲 寻求 尋求 申请 申請",
}
# Words before a request in its clause that answer it ("应乌克兰要求", at Ukraine's request;
# "根据…请求", "按照…要求", according to; "响应…呼吁", "回应", in answer to): the money of that
# clause is given, not asked for.
REQUEST_ANSWERED = ("应", "應", "根据", "根據", "按照", "响应", "響應", "回应", "回應")

# Parts of a total (aidcalc.news.parts), found inside longer runs: "其中" (of which) before an
# amount makes it a part of the amount before it in its sentence ("提供约4.7亿美元，其中1.5亿美元
# 用于…"), and opening a sentence it breaks down a total said a sentence or a few before, as do
# "这笔资金中" and "该笔资金中" (of these funds), "上述资金中" (of the funds above), "这笔援助中"
# (of this aid), in simplified and traditional writing.
PART_BEFORE = ("其中",)
BREAKDOWN_OPENERS = (
    "其中",
    "这笔资金中",
    "這筆資金中",
    "该笔资金中",
    "該筆資金中",
    "上述资金中",
    "上述資金中",
    "这笔援助中",
    "這筆援助中",
)

# Dates (aidcalc.news.dates): "自" and "从" (since, from) before a date and "以来" (since) after
# it make it the start of a running period, no value date ("自2022年以来": since 2022).
SINCE = ("自", "从", "從", "自从", "自從")
SINCE_AFTER = ("以来", "以來")
# A sentence restating the money of the one before in another currency (aidcalc.news.restated):
# the subject naming that money, and the verb of being right before the amount
# ("这笔资金约合4.5亿欧元").
RESTATING_SUBJECTS = (
    "这笔资金",
    "这笔款项",
    "该笔资金",
    "这一金额",
    "该金额",
    "此金额",
    "這筆資金",
    "該金額",
)
COPULAS = "相当于 相當於 约合 約合 折合"
