"""Trial 18's faults (pledge rows): a figure retracted by a turn to the right one, whatever
introduced it (F2); … Forms of my own, in several languages."""

from __future__ import annotations

import pytest
from pledge_rows import PUBLISHED

from aidcalc.news.candidates import pledge_candidates


def rows_of(text, lang):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


# (lang, text, the retracted value, the right value): a sentence turning to the right figure
TURNED = [
    (
        "en",
        "Norway gave Chad $15 million. Some outlets had cited $12 million; the right figure is "
        "$15 million.",
        12e6,
        15e6,
    ),
    (
        "pt",
        "Portugal doou 8 milhões de euros a Moçambique. Notícias anteriores falavam em 6 milhões "
        "de euros; o montante correto é 8 milhões de euros.",
        6e6,
        8e6,
    ),
    (
        "cs",
        "Slovensko dalo Moldavsku 3 miliony eur. Tisk původně psal o 2 milionech eur, správná "
        "suma jsou 3 miliony eur.",
        2e6,
        3e6,
    ),
    (
        "sv",
        "Finland skänker 9 miljoner euro till Jemen. Flera medier skrev 7 miljoner euro – korrekt "
        "belopp är 9 miljoner euro.",
        7e6,
        9e6,
    ),
    (
        "de",
        "Österreich gibt Armenien 4 Mio. Euro. Manche Medien meldeten 5 Mio. Euro; richtig sind "
        "4 Mio. Euro.",
        5e6,
        4e6,
    ),
]


@pytest.mark.parametrize(("lang", "text", "old", "right"), TURNED)
def test_a_turn_to_the_right_figure_retracts_the_one_before(lang, text, old, right):
    rows = rows_of(text, lang)
    (retracted,) = [r for r in rows if r["value"] == old]
    assert retracted["status"] == "rejected"
    assert "retracted" in retracted["evidence"]
    first, restated = [r for r in rows if r["value"] == right]
    assert restated["duplicate_of"] == rows.index(first)
    assert restated["status"] == "candidate"


# two givers or two receivers, or no turn phrase: two amounts, none retracted
NOT_TURNED = [
    ("en", "Germany gave €5 million; actually France gave €3 million."),
    ("en", "Japan gave Chad $4 million, correct to the cent, and Niger $6 million."),
    ("pt", "A Espanha doou 5 milhões de euros; a Itália, 3 milhões de euros."),
    ("cs", "Polsko dalo 5 milionů eur, Maďarsko 3 miliony eur."),
    ("sv", "Danmark gav 5 miljoner euro; i själva verket gav Norge 3 miljoner euro."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TURNED)
def test_two_gifts_are_no_turn(lang, text):
    rows = rows_of(text, lang)
    assert len(rows) == 2
    assert all(r["status"] == "candidate" for r in rows)


# (lang, text): the aid so far said by a verb of exceeding after an aid noun, with or without a
# word of a total: cumulative, an allocation, a lower bound
EXCEEDED = [
    ("en", "Overall Irish aid to Lebanon now exceeds €90 million."),
    ("en", "Canada's assistance to Haiti has surpassed C$300 million."),
    ("cs", "Celková slovenská pomoc Moldavsku přesahuje 40 milionů eur."),
    ("ro", "Ajutorul total al Poloniei pentru Moldova depășește 70 de milioane de euro."),
    ("hr", "Ukupna slovenska pomoć Moldaviji premašuje 30 milijuna eura."),
    ("sv", "Det finska stödet till Moldavien överstiger 60 miljoner euro."),
    ("de", "Die österreichische Hilfe für Moldau übersteigt 80 Mio. Euro."),
]


@pytest.mark.parametrize(("lang", "text"), EXCEEDED)
def test_aid_exceeding_a_figure_is_the_aid_so_far(lang, text):
    (row,) = rows_of(text, lang)
    assert (row["basis"], row["measure"], row["qualifier"]) == ("cumulative", "allocation", "over")


# a package or a pledge exceeding a figure is no running total
NOT_EXCEEDED = [
    ("en", "The new package exceeds €5 billion."),
    ("cs", "Nový balíček přesahuje 2 miliardy korun."),
    ("de", "Das neue Paket übersteigt 3 Mrd. Euro."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_EXCEEDED)
def test_a_package_exceeding_a_figure_stays_new(lang, text):
    (row,) = rows_of(text, lang)
    assert row["basis"] == "new"


# (lang, text): money an organisation urges or calls on donors to give is asked for, no pledge
URGED = [
    ("cs", "Světová banka vyzvala dárce, aby Jemenu vyčlenili 900 milionů dolarů."),
    ("sk", "OSN vyzvala darcov, aby Jemenu vyčlenili 900 miliónov dolárov."),
    ("hr", "UNICEF je pozvao donatore da Jemenu izdvoje 900 milijuna dolara."),
    ("sv", "Röda korset uppmanar givarna att avsätta 900 miljoner dollar till Jemen."),
    ("el", "Ο ΟΗΕ κάλεσε τους δωρητές να διαθέσουν 900 εκατ. δολάρια στην Υεμένη."),
    ("ro", "ONU a îndemnat donatorii să aloce 900 de milioane de dolari pentru Yemen."),
    ("pl", "ONZ wezwała darczyńców, aby przekazali Jemenowi 900 mln dolarów."),
    ("de", "Die UNO hat die Geber aufgerufen, Jemen 900 Mio. Dollar zu geben."),
]


@pytest.mark.parametrize(("lang", "text"), URGED)
def test_money_urged_on_donors_is_asked_for(lang, text):
    (row,) = rows_of(text, lang)
    assert row["status"] == "rejected"


# an invitation before a giving clause of its own is no request of that money
INVITED = [
    ("hr", "Hrvatska je pozvala partnere na sastanak i obećala Jemenu 5 milijuna eura."),
    ("el", "Η Ελλάδα κάλεσε τους εταίρους σε διάσκεψη και υποσχέθηκε 5 εκατ. ευρώ στην Υεμένη."),
]


@pytest.mark.parametrize(("lang", "text"), INVITED)
def test_an_invitation_before_a_pledge_of_its_own_is_no_request(lang, text):
    (row,) = rows_of(text, lang)
    assert row["status"] == "candidate"


# (lang, text, date): a day and month with no year, later in the publication's month
# (published 2025-03-01): the last such day up to the publication, a year back
DAYS_AHEAD_IN_THE_MONTH = [
    ("en", "Japan gave Chad $4 million on 19 March.", "2024-03-19"),
    ("cs", "Japonsko 19. března darovalo Čadu 4 miliony dolarů.", "2024-03-19"),
    ("pt", "O Japão doou 4 milhões de dólares ao Chade em 19 de março.", "2024-03-19"),
    ("sv", "Japan gav Tchad 4 miljoner dollar den 19 mars.", "2024-03-19"),
    ("en", "Japan gave Chad $4 million on 1 March.", "2025-03-01"),
    ("en", "Japan will give Chad $4 million on 19 March.", "2025-03-19"),
]


@pytest.mark.parametrize(("lang", "text", "day"), DAYS_AHEAD_IN_THE_MONTH)
def test_a_day_without_its_year_is_never_ahead_of_the_publication(lang, text, day):
    (row,) = rows_of(text, lang)
    assert row["date"] == day


# (lang, text, date): a numeric date, with slashes or spaced stops, day first outside English
NUMERIC_DATES = [
    ("pt", "O Japão doou em 12/02/2025 4 milhões de dólares ao Chade.", "2025-02-12"),
    ("es", "Japón donó el 11/02/2025 4 millones de dólares a Chad.", "2025-02-11"),
    ("fr", "Le Japon a donné le 10/02/2025 4 millions de dollars au Tchad.", "2025-02-10"),
    ("cs", "Japonsko 12. 2. 2025 darovalo Čadu 4 miliony dolarů.", "2025-02-12"),
    ("sk", "Japonsko 9. 2. 2025 darovalo Čadu 4 milióny dolárov.", "2025-02-09"),
    ("en", "On 14/02/2025 Japan donated $4 million to Chad.", "2025-02-14"),
    ("en", "On 02/14/2025 Japan donated $4 million to Chad.", "2025-02-14"),
]


@pytest.mark.parametrize(("lang", "text", "day"), NUMERIC_DATES)
def test_a_numeric_date_dates_its_sentence(lang, text, day):
    (row,) = rows_of(text, lang)
    assert row["date"] == day


def test_a_numeric_date_english_may_write_either_way_is_no_date():
    # "02/12/2025" is 2 December or 12 February: never one of them in silence
    (row,) = rows_of("On 02/12/2025 Japan donated $4 million to Chad.", "en")
    assert row["date"] not in ("2025-02-12", "2025-12-02")


# (lang, text): the past of donating is money given, an allocation
DONATED = [
    ("hr", "Japan je Čadu donirao 4 milijuna dolara."),
    ("hr", "Austrija je Čadu darovala 4 milijuna eura."),
    ("sr", "Austrija je Čadu darovala 4 miliona evra."),
    ("pl", "Japonia podarowała Czadowi 4 mln dolarów."),
    ("ru", "Япония пожертвовала Чаду 4 млн долларов."),
    ("uk", "Японія пожертвувала Чаду 4 млн доларів."),
    ("lt", "Japonija paaukojo Čadui 4 mln. dolerių."),
]


@pytest.mark.parametrize(("lang", "text"), DONATED)
def test_money_donated_is_an_allocation(lang, text):
    (row,) = rows_of(text, lang)
    assert row["measure"] == "allocation"


# (lang, text): "of the total," before an amount: a part of the sentence before's whole
OF_THE_TOTAL = [
    (
        "pt",
        "Portugal doou 30 milhões de euros a Moçambique. Do total, 12 milhões de euros vão "
        "para escolas.",
    ),
    (
        "pt",
        "Portugal doou 30 milhões de euros a Moçambique. Desse valor, 12 milhões de euros "
        "vão para escolas.",
    ),
    (
        "es",
        "Chile donó 30 millones de dólares a Haití. Del total, 12 millones de dólares irán a "
        "escuelas.",
    ),
    (
        "ro",
        "Polonia a donat 30 de milioane de euro Moldovei. Din total, 12 milioane de euro merg "
        "la școli.",
    ),
    (
        "fr",
        "La Belgique a donné 30 millions d'euros au Niger. Sur ce total, 12 millions d'euros "
        "iront aux écoles.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OF_THE_TOTAL)
def test_of_the_total_opens_a_part(lang, text):
    whole, part = rows_of(text, lang)
    assert part["part_of"] == 0
    assert whole["part_of"] is None


# (lang, text): "already" before an amount a later running total of the sentence restates:
# the first is what was added (new), the second the total (cumulative)
ADDED_TO_A_TOTAL = [
    (
        "pt",
        "Em 2023, Portugal já tinha doado 4 milhões de euros a Moçambique, valor que eleva a "
        "ajuda acumulada ao país para 19 milhões de euros.",
    ),
    (
        "es",
        "En 2023, Chile ya había donado 4 millones de dólares a Haití, cifra que eleva la ayuda "
        "acumulada a ese país a 19 millones de dólares desde 2020.",
    ),
    (
        "en",
        "In 2023 Ireland had already given €4 million to Chad, which takes its aid so far "
        "to €19 million.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ADDED_TO_A_TOTAL)
def test_already_given_then_a_total_it_raises(lang, text):
    added, total = rows_of(text, lang)
    assert (added["basis"], total["basis"]) == ("new", "cumulative")


def test_already_given_and_a_total_given_of_its_own_stay_two_running_totals():
    text = "Germany has already given €5 billion, and in total it has pledged €9 billion."
    assert [r["basis"] for r in rows_of(text, "en")] == ["cumulative", "cumulative"]


# (lang, text, giver): a nationality adjective before the aid noun names the giver
DEMONYM_GIVERS = [
    ("hr", "Ukupna slovenska pomoć Moldaviji premašuje 30 milijuna eura.", "SVN"),
    ("hr", "Talijanska pomoć Moldaviji iznosi 30 milijuna eura.", "ITA"),
    ("el", "Η ελληνική βοήθεια προς τη Μολδαβία ξεπερνά τα 30 εκατ. ευρώ.", "GRC"),
    ("el", "Η κυπριακή βοήθεια προς τη Μολδαβία ξεπερνά τα 30 εκατ. ευρώ.", "CYP"),
]


@pytest.mark.parametrize(("lang", "text", "giver"), DEMONYM_GIVERS)
def test_a_nationality_adjective_names_the_giver(lang, text, giver):
    (row,) = rows_of(text, lang)
    assert row["donor"] == giver


# (lang, text, giver): an office of no named country, and a country right after the giving
# verb with words before the amount: that country receives, the office's own country gives
OFFICE_GIVES_TO = [
    (
        "sv",
        "Regeringen har sedan 2023 gett Moldavien humanitärt stöd på 90 miljoner kronor.",
        "SWE",
    ),
    ("nb", "Regjeringen har gitt Moldova humanitær støtte på 90 millioner kroner.", "NOR"),
    ("da", "Regeringen har givet Moldova humanitær støtte på 90 millioner kroner.", "DNK"),
]


@pytest.mark.parametrize(("lang", "text", "giver"), OFFICE_GIVES_TO)
def test_a_country_right_after_the_giving_verb_receives(lang, text, giver):
    (row,) = rows_of(text, lang)
    assert (row["donor"], row["recipient"]) == (giver, "MDA")
