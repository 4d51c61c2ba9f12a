"""pledges18: the roles of requests in languages whose verb closes the clause, UN agencies as
channels, needs stated as nouns, and names before an office in a case form (docs/extraction.md).
The sentences are our own."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates


def rows_of(text: str, lang: str) -> list[tuple]:
    rows = pledge_candidates(text, published="2025-03-01", lang=lang)
    return [(r["donor"], r["recipient"], r["status"]) for r in rows]


# (lang, text, donor, recipient): a request, the verb last; the one asked stands before it
VERB_LAST_REQUESTS = [
    ("ko", "우크라이나는 독일에 10억 달러 지원을 요청했다.", "DEU", "UKR"),
    ("ko", "요르단은 10억 달러 지원을 일본에 요청했다.", "JPN", "JOR"),
    ("ko", "몰도바는 일본에게 5억 달러의 추가 지원을 요청했다.", "JPN", "MDA"),
    ("ko", "독일에 10억 달러 지원을 요청했다고 우크라이나 정부가 밝혔다.", "DEU", None),
    ("ja", "ウクライナはドイツに10億ドルの支援を要請した。", "DEU", "UKR"),
    ("ja", "ヨルダンは日本に5億ドルの追加支援を求めた。", "JPN", "JOR"),
    ("tr", "Ukrayna Almanya'ya 1 milyar dolarlık yardım çağrısı yaptı.", "DEU", "UKR"),
    ("tr", "Ürdün, Japonya'dan 500 milyon dolar yardım istedi.", "JPN", "JOR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), VERB_LAST_REQUESTS)
def test_a_request_with_the_verb_last_names_the_one_asked_the_donor(lang, text, donor, recipient):
    assert rows_of(text, lang) == [(donor, recipient, "rejected")]


# (lang, text, recipient): asked for a country by a subject of another kind (an agency), or for
# a country named in a receiving form that begins with the particle: that country receives
ASKED_FOR = [
    ("ko", "유니세프는 수단에 2억 달러 지원을 호소했다.", "SDN"),
    ("ko", "유엔은 각국에 수단에 2억 달러를 지원해 달라고 호소했다.", "SDN"),
    ("ja", "国連はスーダンに対し2億ドルの支援を要請した。", "SDN"),
    ("ja", "ユニセフはスーダンに2億ドルの支援を呼びかけた。", "SDN"),
]


@pytest.mark.parametrize(("lang", "text", "recipient"), ASKED_FOR)
def test_an_agencys_appeal_asks_for_the_country_named(lang, text, recipient):
    assert rows_of(text, lang) == [(None, recipient, "rejected")]


# the same sentences, given rather than asked for: the giver is the subject, as before
@pytest.mark.parametrize(
    ("lang", "text", "donor", "recipient"),
    [
        ("ko", "독일은 우크라이나에 10억 달러 지원을 약속했다.", "DEU", "UKR"),
        ("ja", "日本はウクライナに10億ドルの支援を表明した。", "JPN", "UKR"),
        ("tr", "Almanya Ukrayna'ya 1 milyar dolar yardım verdi.", "DEU", "UKR"),
    ],
)
def test_a_gift_with_the_verb_last_keeps_its_giver(lang, text, donor, recipient):
    assert rows_of(text, lang) == [(donor, recipient, "candidate")]


# (lang, text, donor, recipient, status): UN agencies are channels, never a country's role
UN_AGENCIES = [
    ("en", "UNICEF appealed for $200 million for Sudan.", None, "SDN", "rejected"),
    ("en", "WFP received €30 million from Germany.", "DEU", None, "candidate"),
    ("en", "Japan gave $10 million through UNICEF to Sudan.", "JPN", "SDN", "candidate"),
    ("de", "UNICEF rief zu 200 Millionen Dollar für den Sudan auf.", None, "SDN", "rejected"),
    (
        "de",
        "Das Welternährungsprogramm ruft zu Spenden von 300 Millionen Euro für Jemen auf.",
        None,
        "YEM",
        "rejected",
    ),
    ("de", "Das WFP erhielt 30 Millionen Euro von Deutschland.", "DEU", None, "candidate"),
    ("de", "Japan gab über UNICEF 10 Millionen Dollar an den Sudan.", "JPN", "SDN", "candidate"),
    ("fr", "Le HCR appelle à 300 millions d'euros pour le Soudan.", None, "SDN", "rejected"),
    ("fr", "Le PAM a reçu 30 millions d'euros de l'Allemagne.", "DEU", None, "candidate"),
    (
        "fr",
        "Le Japon a donné 10 millions de dollars au Soudan par l'intermédiaire de l'UNICEF.",
        "JPN",
        "SDN",
        "candidate",
    ),
    (
        "es",
        "UNICEF hizo un llamamiento de 200 millones de dólares para Sudán.",
        None,
        "SDN",
        "rejected",
    ),
    ("es", "El PMA recibió 30 millones de euros de Alemania.", "DEU", None, "candidate"),
    (
        "es",
        "Japón donó 10 millones de dólares a Sudán a través de UNICEF.",
        "JPN",
        "SDN",
        "candidate",
    ),
    ("pt", "A UNICEF apelou a 200 milhões de dólares para o Sudão.", None, "SDN", "rejected"),
    ("pt", "O PAM recebeu 30 milhões de euros da Alemanha.", "DEU", None, "candidate"),
    ("it", "Il PAM ha ricevuto 30 milioni di euro dalla Germania.", "DEU", None, "candidate"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient", "status"), UN_AGENCIES)
def test_un_agencies_are_channels_not_actors(lang, text, donor, recipient, status):
    assert rows_of(text, lang) == [(donor, recipient, status)]


# (lang, text, recipient): a need stated as a noun is its owner's to receive, never to give
NEEDS = [
    ("fi", "Ukrainan rahoitustarve on 40 miljardia dollaria.", "UKR"),
    ("fi", "Moldovan jälleenrakennustarve on 5 miljardia euroa.", "MDA"),
    ("tr", "Ukrayna'nın finansman ihtiyacı 40 milyar dolar.", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "recipient"), NEEDS)
def test_a_need_names_its_owner_the_recipient(lang, text, recipient):
    assert rows_of(text, lang) == [(None, recipient, "rejected")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Weltbank beziffert den Wiederaufbaubedarf der Ukraine auf 524 Mrd. US-Dollar.",
        "The World Bank puts the financing gap at $19 billion.",
    ],
)
def test_an_organisation_stating_a_need_is_no_needer(text):
    rows = rows_of(text, "de" if "Weltbank" in text else "en")
    assert len(rows) == 1 and rows[0][:2] == (None, None) and rows[0][2] == "rejected"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "As necessidades de financiamento da Ucrânia são de 40 mil milhões de dólares."),
        ("ro", "Nevoile de finanțare ale Ucrainei sunt de 40 de miliarde de dolari."),
        ("lt", "Ukrainos finansavimo poreikis siekia 40 milijardų dolerių."),
        ("sk", "Finančné potreby Ukrajiny dosahujú 40 miliárd dolárov."),
        ("hr", "Financijske potrebe Ukrajine iznose 40 milijardi dolara."),
    ],
)
def test_a_need_noun_in_every_news_language_is_no_pledge(lang, text):
    rows = rows_of(text, lang)
    assert len(rows) == 1 and rows[0][0] is None and rows[0][2] == "rejected"


# (lang, text, donor, recipient): a name before an office that a case form right after owns
OFFICE_OWNED_AFTER = [
    ("pl", "Mołdawii rząd Niemiec przekazał 20 mln euro.", "DEU", "MDA"),
    ("pl", "Estonii rząd Polski przekazał 20 mln euro.", "POL", "EST"),
    ("pl", "Mjanmie rząd Japonii przekazał 20 mln euro.", "JPN", "MMR"),
    ("ru", "Молдавии правительство Японии выделило 10 млн долларов.", "JPN", "MDA"),
    ("ru", "Мьянме правительство Японии выделило 10 млн долларов.", "JPN", "MMR"),
    ("ru", "Мьянме правительство выделило 10 млн долларов.", None, "MMR"),
    ("ru", "Канаде правительство Японии выделило 10 млн долларов.", "JPN", "CAN"),
    ("uk", "Молдові уряд Японії виділив 10 млн доларів.", "JPN", "MDA"),
    # the owner before the office, with no case form after it, still owns it
    ("pl", "Polski rząd przekazał Ukrainie 20 mln euro.", "POL", "UKR"),
    ("ru", "Правительство Японии выделило Мьянме 10 млн долларов.", "JPN", "MMR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), OFFICE_OWNED_AFTER)
def test_a_case_form_before_an_owned_office_is_the_one_given_to(lang, text, donor, recipient):
    assert [row[:2] for row in rows_of(text, lang)] == [(donor, recipient)]
