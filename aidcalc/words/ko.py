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
PLACE_SHORT_FORMS = {"한국": "KOR"}

# Money that is no gift, whoever's it is (aidcalc.news.other_money): a cost ("비용", written
# with its particle: "재건 비용을"), an estimate ("추산", "추정"), a need or an appeal ("필요",
# "호소", "요청"). Korean closes its clause with the verb, so a word after the amount counts
# when only a particle stands between (``OTHER_MONEY_LINKS``: "26억 달러가 필요하다고").
OTHER_MONEY = {
    "price": "비용*",
    "damage": "피해*",
    "estimate": "추산* 추정*",
    "need": "필요* 호소* 요청* 요구*",
}
OTHER_MONEY_LINKS = "가 이 을 를 로 으로 은 는"
