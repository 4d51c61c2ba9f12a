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

# Offices any country has ("정부" the government, "외교부" the foreign ministry), with no code:
# the press names its own country's so, never the EU's or a bank's (``aidcalc.news.candidates``).
INSTITUTIONS = {"": ("정부*", "외교부*")}
