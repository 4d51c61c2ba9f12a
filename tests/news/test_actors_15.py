"""Givers, recipients and channels (issue actors15): an objective genitive after an aid noun
when the article has another giver or receives through that country; organisations after a
channel word ("via UNDP and the EU"); places where an event happens ("at a ceremony in
Paris"); the Japanese press's government without a language given."""

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.donors import find_actors
from aidcalc.news.language import infer_language

PUBLISHED = datetime.date(2025, 3, 1)


def _roles(text: str, lang: str | None) -> list[tuple[str | None, str | None]]:
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    return [(row["donor"], row["recipient"]) for row in rows]


# 1. A genitive after an aid noun names the one supported when an earlier sentence names the
# article's giver ("support of Moldova", Germany giving), or when it is the article's recipient.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Німеччина схвалила новий пакет. Підтримка Молдови склала 7 млн євро."),
        ("pl", "Niemcy zatwierdziły nowy pakiet. Wsparcie Mołdawii wyniosło 7 mln euro."),
        ("cs", "Německo schválilo nový balík. Podpora Moldavska činila 7 milionů eur."),
        ("sk", "Nemecko schválilo nový balík. Podpora Moldavska dosiahla 7 miliónov eur."),
        ("hr", "Njemačka je odobrila novi paket. Potpora Moldove iznosila je 7 milijuna eura."),
        ("sl", "Nemčija je odobrila nov paket. Podpora Moldavije je znašala 7 milijonov evrov."),
        (
            "ro",
            "Germania a aprobat un nou pachet. Sprijinul Moldovei s-a ridicat la 7 milioane "
            "de euro.",
        ),
        (None, "Німеччина схвалила новий пакет. Підтримка Молдови склала 7 млн євро."),
        ("en", "Germany approved a new package. The support of Moldova came to 7 million euros."),
    ],
)
def test_genitive_after_an_earlier_giver_is_supported(lang, text):
    assert _roles(text, lang)[-1] == ("DEU", "MDA")


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        # the article's recipient in the genitive: never its giver
        (
            "uk",
            "Грузія отримала від ЄС 9 млн євро. Підтримка Грузії торік склала 4 млн євро.",
            "GEO",
        ),
        (
            "pl",
            "Gruzja otrzymała od UE 9 mln euro. Wsparcie Gruzji wyniosło w zeszłym roku 4 mln "
            "euro.",
            "GEO",
        ),
    ],
)
def test_genitive_of_the_articles_recipient_gives_nothing(lang, text, recipient):
    rows = _roles(text, lang)
    assert rows[-1][1] == recipient and rows[-1][0] != recipient


@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        # no other giver in the article: the genitive still gives (genitive14b's rule)
        ("pl", "Pomoc Polski wyniosła w tym roku 5 mln euro.", "POL"),
        ("uk", "Допомога Литви сягнула 20 мільйонів євро.", "LTU"),
        ("cs", "Pomoc Německa činí 2 miliardy eur.", "DEU"),
    ],
)
def test_genitive_alone_still_gives(lang, text, donor):
    assert _roles(text, lang)[0][0] == donor


# 3. An organisation after a channel word pays the money out: neither giver nor recipient.
@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("sv", "Sverige ger 40 miljoner kronor till Sudan via UNDP och EU.", ["SWE", "SDN"]),
        ("sv", "Sverige ger 40 miljoner kronor via UNDP och EU.", ["SWE"]),
        (
            "en",
            "Canada will give $15 million to Chad through the UN World Food Programme and the EU.",
            ["CAN", "TCD"],
        ),
        ("en", "Ireland sends €3 million via the World Bank to Yemen.", ["IRL", "YEM"]),
        (
            "de",
            "Österreich gibt dem Sudan 6 Millionen Euro über das UNHCR und die EU.",
            ["AUT", "SDN"],
        ),
        (
            "fr",
            "La Belgique versera 4 millions d'euros au Liban par l'intermédiaire de l'UE.",
            ["BEL", "LBN"],
        ),
        ("es", "España aportará 9 millones de euros a Jordania a través de la UE.", ["ESP", "JOR"]),
        ("pl", "Polska przekaże 9 mln zł za pośrednictwem UE i Banku Światowego.", ["POL"]),
        ("nb", "Norge gir 70 millioner kroner gjennom EU til Syria.", ["NOR", "SYR"]),
        ("nl", "Nederland geeft 12 miljoen euro via de EU aan Jemen.", ["NLD", "YEM"]),
    ],
)
def test_an_organisation_after_a_channel_word_is_no_actor(lang, text, codes):
    assert [actor.code for actor in find_actors(text, lang)] == codes


@pytest.mark.parametrize(
    ("lang", "text", "donor", "recipient"),
    [
        ("sv", "Sverige ger 40 miljoner kronor via UNDP och EU.", "SWE", None),
        ("en", "Ireland sends €3 million via the World Bank to Yemen.", "IRL", "YEM"),
        ("de", "Österreich gibt dem Sudan 6 Millionen Euro über die EU.", "AUT", "SDN"),
        # the organisation before the channel word gives as before
        ("en", "The EU gives €25 million to Sudan through UNICEF.", "EU", "SDN"),
        ("de", "Die EU stellt dem Tschad über das UNHCR 8 Millionen Euro bereit.", "EU", "TCD"),
    ],
)
def test_channel_rows(lang, text, donor, recipient):
    assert _roles(text, lang) == [(donor, recipient)]


# 4. A place after an event's noun and a word of place is where it happens: no actor, nor the
# recipient a later sentence's parts take.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Denmark pledged 90 million euros on Monday. The package was unveiled at a ceremony "
            "in Paris. Of this sum, 30 million euros go to housing.",
        ),
        (
            "de",
            "Dänemark sagte am Montag 90 Millionen Euro zu. Das Paket wurde bei einer Feier in "
            "Paris vorgestellt. Davon gehen 30 Millionen Euro in den Wohnungsbau.",
        ),
        (
            "fr",
            "Le Danemark a promis 90 millions d'euros lundi. Le paquet a été présenté lors d'une "
            "cérémonie à Paris. Sur cette somme, 30 millions d'euros iront au logement.",
        ),
        (
            "pl",
            "Dania obiecała w poniedziałek 90 mln euro. Pakiet przedstawiono podczas konferencji "
            "w Paryżu. Z tej kwoty 30 mln euro trafi na mieszkania.",
        ),
        (
            "it",
            "La Danimarca ha promesso lunedì 90 milioni di euro. Il pacchetto è stato presentato "
            "durante una cerimonia a Parigi. Di questa somma, 30 milioni di euro vanno agli "
            "alloggi.",
        ),
    ],
)
def test_a_venue_city_is_no_recipient(lang, text):
    rows = _roles(text, lang)
    assert rows and all(donor == "DNK" and recipient != "FRA" for donor, recipient in rows)


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("en", "At a summit in Warsaw, Sweden pledged $40 million to Moldova.", ["SWE", "MDA"]),
        ("en", "At the donors' conference held in Rome, Spain gave €8m.", ["ESP"]),
        (
            "de",
            "Bei einem Treffen in Berlin sagte Finnland der Ukraine 20 Mio. Euro zu.",
            ["FIN", "UKR"],
        ),
        ("uk", "На конференції у Варшаві Швеція пообіцяла Україні 40 млн євро.", ["SWE", "UKR"]),
        ("es", "En una reunión en Madrid, Portugal prometió 5 millones de euros.", ["PRT"]),
    ],
)
def test_a_venue_is_no_actor(lang, text, codes):
    assert [actor.code for actor in find_actors(text, lang)] == codes


# 5. A Japanese text is Japanese without a language given: its "政府" is Japan's, as assumed.
@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("政府はウクライナに45億ドルの支援を表明した。", "UKR"),
        ("外務省は、スーダンに500万ドルの緊急無償資金協力を実施すると発表した。", "SDN"),
        ("政府は、ガザ地区に1000万ドルの人道支援を行うと発表した。", "PSE"),
    ],
)
def test_japanese_government_without_lang(text, recipient):
    assert infer_language(text) == "ja"
    rows = pledge_candidates(text, published=PUBLISHED)
    assert [(r["donor"], r["recipient"]) for r in rows] == [("JPN", recipient)]
    assert "home-country" in rows[0]["assumptions"]


@pytest.mark.parametrize(
    "text",
    [
        "中国政府向乌克兰提供1亿元人民币人道主义援助。",  # Chinese: no kana
        "Japan (日本) pledged $4.5 billion to Ukraine.",  # an English text quoting a name
    ],
)
def test_no_kana_or_few_is_not_japanese(text):
    assert infer_language(text) != "ja"


# 1b. With a recipient known, a genitive after an aid noun is one more giver of the article.
@pytest.mark.parametrize(
    ("lang", "text", "donor"),
    [
        (
            "de",
            "Belgien sagte 9 Millionen Euro für den Jemen zu. Das Paket der Niederlande im Wert "
            "von 30 Millionen Euro umfasst Lebensmittel.",
            "NLD",
        ),
        (
            "pl",
            "Czechy przekazały Mołdawii 9 mln euro. Pomoc Litwy wyniosła 4 mln euro.",
            "LTU",
        ),
    ],
)
def test_genitive_with_a_known_recipient_is_another_giver(lang, text, donor):
    assert _roles(text, lang)[-1][0] == donor


# 1c. A name in a case that is genitive and dative alike, right before another in a case form:
# the genitive gives, the dative receives.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Допомога Франції Молдові склала 6 млн євро."),
        ("pl", "Pomoc Francji Mołdawii wyniosła 6 mln euro."),
        ("ru", "Помощь Франции Молдове составила 6 млн евро."),
    ],
)
def test_genitive_before_dative(lang, text):
    assert _roles(text, lang) == [("FRA", "MDA")]


# 2. Russian is a news language: its names in their cases, its verbs, offices and role words.
@pytest.mark.parametrize(
    ("text", "donor", "recipient"),
    [
        ("Германия выделила Украине 5 млн евро.", "DEU", "UKR"),
        ("Помощь Германии Украине составила 5 млн евро.", "DEU", "UKR"),
        ("Со стороны Франции Молдове поступило 10 млн евро.", "FRA", "MDA"),
        ("Правительство Японии выделит Молдове 20 млн долларов.", "JPN", "MDA"),
        ("Литва передаст Украине 3 млн евро через ЕС.", "LTU", "UKR"),
        ("Польша пообещала Молдове 7 млн евро.", "POL", "MDA"),
        ("Поддержка Литвы составила 3 млн евро.", "LTU", None),
    ],
)
def test_russian_givers(text, donor, recipient):
    assert infer_language(text) == "ru"
    for lang in ("ru", None):
        assert _roles(text, lang) == [(donor, recipient)]


def test_russian_genitive_after_an_earlier_giver_is_supported():
    text = "Германия одобрила новый пакет. Поддержка Молдовы составила 7 млн евро."
    assert _roles(text, "ru")[-1] == ("DEU", "MDA")


# 2b. Russian capitals and demonyms (data/geo/capitals_demonyms.csv) in their cases.
@pytest.mark.parametrize(
    ("text", "donor", "recipient"),
    [
        ("Германия передаст Киеву 30 млн евро.", "DEU", "UKR"),
        ("Берлин выделил Молдове 12 млн евро.", "DEU", "MDA"),
        ("Варшава пообещала Киеву 8 млн евро.", "POL", "UKR"),
    ],
)
def test_russian_capitals(text, donor, recipient):
    assert _roles(text, "ru") == [(donor, recipient)]


# 3b. With a verb of receiving, the organisation after the channel word is where the money comes
# from: the giver as far as the sentence tells.
@pytest.mark.parametrize(
    ("lang", "text", "donor", "recipient"),
    [
        ("en", "Moldova got $90 million via the IMF.", "IMF", "MDA"),
        ("de", "Die Ukraine erhält 2 Mrd. Euro über die Weltbank.", "WBG", "UKR"),
        ("en", "Ukraine received €1.5bn from the EU through the World Bank.", "EU", "UKR"),
        ("nl", "Moldavië ontvangt 30 miljoen euro via de EU.", "EU", "MDA"),
    ],
)
def test_channel_of_received_money_gives(lang, text, donor, recipient):
    assert _roles(text, lang) == [(donor, recipient)]
