"""A labelled set of short texts, ours: captions, headlines and table labels of 5 to 15 words.

A caption or a headline holds few of the small words ``infer_language`` counts ("der", "og",
"ja"): a noun or two, a name, a verb, a figure. The set measures what the guesser makes of
such texts, language by language, closely related ones side by side (Norwegian Bokmål and
Danish; Finnish beside German and English; Slovenian beside Croatian, Czech and Slovak;
Serbian and Macedonian in Cyrillic beside Ukrainian, Russian and Bulgarian). Written by the
project in the forms each press uses; no sentence is taken from an article.

``SHORT_SENTENCES``: ((label, text), …), the label a BCP 47 tag (``sr-Cyrl``: Serbian in
Cyrillic script).
"""

from __future__ import annotations

_BY_LANGUAGE = {
    "de": """
Bundeskanzler Scholz beim Besuch in Kiew
Soldaten üben mit Panzern in Polen
Militärhilfe Deutschlands seit Kriegsbeginn
Außenministerin Baerbock sagt weitere Hilfe zu
Berlin liefert Luftabwehrsysteme an Kiew
Bundesregierung stockt Winterhilfe um 50 Millionen Euro auf
""",
    "en": """
Chancellor Scholz during his visit to Kyiv
Soldiers train with tanks in Poland
Britain pledges another £2.5bn in military aid
Military aid since the start of the war
Canada sends armoured vehicles to Kyiv
""",
    "nb": """
Norge gir Ukraina nye milliarder
Statsministeren besøkte Kyiv torsdag
Regjeringen øker støtten til Ukraina
Forsvarsministeren lover mer luftvern
Stortinget sier ja til ny støttepakke
""",
    "da": """
Danmark giver Ukraine nye milliarder
Statsministeren besøgte Kyiv torsdag
Regeringen øger støtten til Ukraine
Forsvarsministeren lover mere luftforsvar
Folketinget siger ja til ny støttepakke
""",
    "sv": """
Sverige ger Ukraina nya miljarder
Statsministern besökte Kyiv i torsdags
Regeringen ökar stödet till Ukraina
Riksdagen säger ja till nytt stödpaket
""",
    "fi": """
Suomi antaa Ukrainalle uuden tukipaketin
Pääministeri vieraili Kiovassa torstaina
Hallitus lisää tukea Ukrainalle
Puolustusministeri lupaa lisää ilmatorjuntaa
Eduskunta hyväksyi uuden tukipaketin
Suomi lahjoittaa Ukrainalle 100 miljoonaa euroa
""",
    "sl": """
Slovenija Ukrajini namenila dodatnih 5 milijonov evrov
Vlada sprejela nov sveženj pomoči
Premier Golob na obisku v Kijevu
Slovenska vojska predala oklepna vozila
Obljubila je skoraj 2 milijona evrov
""",
    "hr": """
Hrvatska Ukrajini donirala dodatnih 5 milijuna eura
Vlada prihvatila novi paket pomoći
Premijer Plenković u posjetu Kijevu
Hrvatska vojska predala oklopna vozila
""",
    "cs": """
Česko pošle Ukrajině další munici
Vláda schválila nový balík pomoci
Premiér Fiala na návštěvě v Kyjevě
Armáda předala obrněná vozidla
""",
    "sk": """
Slovensko pošle Ukrajine ďalšiu pomoc
Premiér na návšteve v Kyjeve
""",
    "pl": """
Polska przekaże Ukrainie kolejny pakiet
Premier Tusk z wizytą w Kijowie
Rząd zwiększa pomoc dla Ukrainy
""",
    "fr": """
Le président Macron en visite à Kiev
Paris promet des canons supplémentaires
""",
    "nl": """
Premier Schoof op bezoek in Kyiv
Nederland levert extra luchtverdediging
""",
    "sr-Cyrl": """
Србија је Украјини дала 5 милиона евра.
Влада Србије усвојила нови пакет мера
Председник Вучић у посети Кијеву
Београд послао хуманитарну помоћ
Министар финансија најавио нови буџет
""",
    "mk": """
Македонија донираше опрема на Украина
Владата одобри нов пакет помош
Премиерот ќе ја посети Киев
""",
}

SHORT_SENTENCES = tuple(
    (label, line) for label, block in _BY_LANGUAGE.items() for line in block.strip().splitlines()
)


def expected_short(label: str) -> str:
    """The answer counted right for a short text labelled ``label`` (the language subtag)."""
    return label.split("-")[0]
