"""Requests' roles, CJK givers and the language of short money sentences (session 17, pledges17b).

A request asks one country to give to another: the one asking receives only when no other
receiver is named in the requested clause ("Poland asked Germany to give Ukraine €2bn": Ukraine
receives, Germany is asked). Japanese and Chinese name a giver by its topic particle ("日本は"),
never by being the first country of the sentence when that country owns the noun after it
("ウクライナの要請", "应乌克兰的要求", "スーダンの人道危機"). A short sentence's scale word
("millones", "miliarde") tells its language over a shared one-letter stop word ("a").
"""

from __future__ import annotations

import datetime

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.language import infer_language

PUBLISHED = datetime.date(2025, 3, 1)


def only_row(text, lang=None):
    rows = pledge_candidates(text, published=PUBLISHED, lang=lang)
    assert len(rows) == 1, rows
    return rows[0]


# (lang, text, donor asked, recipient): a third country named in the requested clause receives
ASKED_FOR_ANOTHER = [
    ("pl", "Polska zwróciła się do Niemiec, aby przekazały Ukrainie 2 mld euro.", "DEU", "UKR"),
    ("pl", "Litwa poprosiła Szwecję, by przekazała Mołdawii 40 mln euro.", "SWE", "MDA"),
    ("de", "Polen bat Deutschland, der Ukraine 2 Mrd. Euro zu geben.", "DEU", "UKR"),
    ("en", "Poland asked Germany to give Ukraine €2bn.", "DEU", "UKR"),
    ("en", "Lithuania asked Sweden to send €40m to Moldova.", "SWE", "MDA"),
    ("es", "Polonia pidió a Alemania que diera 2.000 millones de euros a Ucrania.", "DEU", "UKR"),
    (
        "fr",
        "La Pologne a demandé à l'Allemagne de verser 2 milliards d'euros à l'Ukraine.",
        "DEU",
        "UKR",
    ),
    (
        "it",
        "La Polonia ha chiesto alla Germania di dare all'Ucraina 2 miliardi di euro.",
        "DEU",
        "UKR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), ASKED_FOR_ANOTHER)
def test_a_request_for_another_country_names_that_country_the_recipient(
    lang, text, donor, recipient
):
    row = only_row(text, lang)
    assert (row["donor"], row["recipient"], row["status"]) == (donor, recipient, "rejected")


# (lang, text): the asker receives; the one asked (or the two asked, listed) is the donor
ASKER_RECEIVES = [
    ("en", "Ukraine asked Germany for €2bn."),
    ("en", "Ukraine asked Germany and France for €2bn."),
    ("de", "Die Ukraine bat Deutschland um 2 Mrd. Euro."),
    ("de", "Die Ukraine bat Deutschland und Frankreich um 2 Mrd. Euro."),
    ("es", "Ucrania pidió a Alemania 2.000 millones de euros."),
]


@pytest.mark.parametrize(("lang", "text"), ASKER_RECEIVES)
def test_the_asker_receives_when_no_one_else_is_named(lang, text):
    row = only_row(text, lang)
    assert (row["donor"], row["recipient"], row["status"]) == ("DEU", "UKR", "rejected")


# (lang, text, donor): the topic particle names the giver; a country owning a noun ("の", "的")
# is none, even when it is the first country before the amount
CJK_GIVERS = [
    ("ja", "ウクライナの要請を受け、日本は1億ドルを供与する。", "JPN"),
    ("ja", "日本はウクライナの要請を受け、1億ドルを供与する。", "JPN"),
    ("ja", "スーダンの人道危機を受け、日本は500万ドルを供与する。", "JPN"),
    ("ja", "ガザの人道状況を受け、カナダは200万ドルを拠出する。", "CAN"),
    ("ja", "スーダンの難民支援で500万ドルを供与する。", None),
    ("zh", "应乌克兰的要求，日本将提供1亿美元。", "JPN"),
    ("zh", "应约旦的请求，韩国将提供500万美元。", "KOR"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), CJK_GIVERS)
def test_a_country_owning_a_noun_is_no_giver(lang, text, donor):
    row = only_row(text, lang)
    assert row["donor"] == donor
    assert row["status"] == "candidate"


# (text, language): a short money sentence, its scale word telling it among its neighbours
SHORT_MONEY = [
    ("Ucrania solicita 2.000 millones de euros a la UE.", "es"),
    ("Ucrania pide a la UE 2.000 millones.", "es"),
    ("Moldavia recibe 40 millones de euros a fondo perdido.", "es"),
    ("Ucraina cere 2 miliarde de euro de la UE.", "ro"),
    ("Spania donează 20 de milioane de euro Sudanului.", "ro"),
    ("Ucrânia pede 2 mil milhões de euros à UE.", "pt"),
    ("Portugal doa 20 milhões de euros a Moçambique.", "pt"),
    ("Italia dona 20 milioni di euro a Sudan.", "it"),
    ("Srbija je Ukrajini poslala pomoć vrednu 2 miliona evra.", "sr"),
    ("Hrvatska osigurava dodatnih 100 milijuna eura za izbjeglice.", "hr"),
    ("Er gaat 400 miljoen euro naar de economie.", "nl"),
    ("On Nov. 4 the U.S. Defense Dept. said 5 Mio. Euro were sent.", "en"),  # "Mio." is shared
    ("Karas prasidėjo 2022 m. vasario 24 d.", "lt"),  # "m." is a year here, no scale
]


@pytest.mark.parametrize(("text", "lang"), SHORT_MONEY)
def test_a_scale_word_tells_a_short_sentence_language(text, lang):
    assert infer_language(text) == lang


def test_a_short_spanish_request_without_a_language_is_read_as_spanish():
    row = only_row("Ucrania solicita 2.000 millones de euros a la UE.")
    assert (row["recipient"], row["status"]) == ("UKR", "rejected")


# (lang, text, donor): money given after an appeal whose complement a link word opens ("de l'ONU")
# and a comma closes: the giving verb is a clause of its own, no thing asked for
ANSWERED_APPEALS = [
    ("fr", "En réponse à l'appel de l'ONU, la Norvège a promis 20 millions de dollars.", "NOR"),
    ("fr", "En réponse à l'appel du PAM, la Belgique a versé 5 millions d'euros au Soudan.", "BEL"),
    ("es", "En respuesta al llamamiento de la ONU, Noruega donó 20 millones de dólares.", "NOR"),
    ("pt", "Em resposta ao apelo da ONU, a Noruega doou 20 milhões de dólares.", "NOR"),
    ("it", "In risposta all'appello dell'ONU, la Norvegia ha stanziato 20 milioni di euro.", "NOR"),
]


@pytest.mark.parametrize(("lang", "text", "donor"), ANSWERED_APPEALS)
def test_a_comma_after_an_appeals_complement_opens_a_clause_of_giving(lang, text, donor):
    row = only_row(text, lang)
    assert (row["donor"], row["status"]) == (donor, "candidate")
