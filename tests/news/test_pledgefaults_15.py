"""Pledge rows silently wrong in counting and attribution (issue 15, pledgefaults15).

(1) A sentence opening with a breakdown phrase ("Of this amount", "Davon", "Bu tutarın", "Din
această sumă") breaks down the giver's latest total still in view: within a few sentences, or
further back in the same paragraph when no other total stands between. When it cannot tell
which total (a blank line, another giver's total between, a part that does not fit), its parts
are rejected with a reason: the total and its parts are never both counted. (2) A sentence
that only restates the money before it in another currency ("This sum is equivalent to …",
"Bu tutar … denk geliyor") adds no row to count. (3) A running total naming no recipient
("In total", "De la începutul războiului", "Łącznie", "Загалом", "Celkem") is of the
article's recipient, not of a side item's named nearer it.
"""

from __future__ import annotations

import pytest

from tests.news.pledge_rows import counted, rows_of

# (1) lang, total sentence, filler sentences (three: the total is four sentences back), part
# sentence; the total is in €400m (or its language's form), the parts €250m and €150m
FILLERS = {
    "en": "The package was presented in Brussels. Officials expect the first tranche soon. "
    "The minister thanked the partners.",
    "de": "Das Paket wurde in Brüssel vorgestellt. Die erste Tranche soll bald kommen. Der "
    "Minister dankte den Partnern.",
    "tr": "Paket Brüksel'de tanıtıldı. İlk dilimin yakında gelmesi bekleniyor. Bakan ortaklara "
    "teşekkür etti.",
    "ro": "Pachetul a fost prezentat la Bruxelles. Prima tranșă este așteptată în curând. "
    "Ministrul a mulțumit partenerilor.",
    "pl": "Pakiet przedstawiono w Brukseli. Pierwsza transza ma wkrótce dotrzeć. Minister "
    "podziękował partnerom.",
    "bg": "Пакетът беше представен в Брюксел. Първият транш се очаква скоро. Министърът "
    "благодари на партньорите.",
    "el": "Το πακέτο παρουσιάστηκε στις Βρυξέλλες. Η πρώτη δόση αναμένεται σύντομα. Ο υπουργός "
    "ευχαρίστησε τους εταίρους.",
    "fr": "Le paquet a été présenté à Bruxelles. La première tranche est attendue bientôt. Le "
    "ministre a remercié les partenaires.",
}
BREAKDOWNS = [
    (
        "en",
        "The European Union announced a new aid package of €400 million for Ukraine.",
        "Of this amount, €250 million will go to energy and €150 million to humanitarian aid.",
    ),
    (
        "de",
        "Die Europäische Union hat der Ukraine ein Hilfspaket von 400 Millionen Euro zugesagt.",
        "Davon entfallen 250 Millionen Euro auf Energie und 150 Millionen Euro auf humanitäre "
        "Hilfe.",
    ),
    (
        "tr",
        "Avrupa Birliği, Ukrayna'ya 400 milyon avroluk yeni bir yardım paketi açıkladı.",
        "Bu tutarın 250 milyon avrosu enerji altyapısına, 150 milyon avrosu ise insani yardıma "
        "ayrılacak.",
    ),
    (
        "ro",
        "Uniunea Europeană a anunțat un nou pachet de ajutor de 400 de milioane de euro pentru "
        "Ucraina.",
        "Din această sumă, 250 de milioane de euro vor merge la energie, iar 150 de milioane de "
        "euro la ajutor umanitar.",
    ),
    (
        "pl",
        "Unia Europejska ogłosiła nowy pakiet pomocy dla Ukrainy o wartości 400 mln euro.",
        "Z tej kwoty 250 mln euro trafi na energetykę, a 150 mln euro na pomoc humanitarną.",
    ),
    (
        "fr",
        "L'Union européenne a annoncé une nouvelle aide de 400 millions d'euros à l'Ukraine.",
        "Sur ce montant, 250 millions d'euros iront à l'énergie et 150 millions d'euros à "
        "l'aide humanitaire.",
    ),
    (
        "bg",
        "Европейският съюз обяви нов пакет от 400 милиона евро за Украйна.",
        "От тази сума 250 милиона евро са за енергетика, а 150 милиона евро за хуманитарна помощ.",
    ),
    (
        "el",
        "Η Ευρωπαϊκή Ένωση ανακοίνωσε νέο πακέτο 400 εκατ. ευρώ για την Ουκρανία.",
        "Από το ποσό αυτό, 250 εκατ. ευρώ θα πάνε στην ενέργεια και 150 εκατ. ευρώ σε "
        "ανθρωπιστική βοήθεια.",
    ),
]


@pytest.mark.parametrize(("lang", "total", "parts"), BREAKDOWNS)
def test_a_breakdown_finds_its_total_further_back_in_the_paragraph(lang, total, parts):
    rows = rows_of(f"{total} {FILLERS[lang]} {parts}", lang)
    assert counted(rows) == [("EU", 400e6, "EUR")]
    assert [(r["value"], r["part_of"]) for r in rows] == [(400e6, None), (250e6, 0), (150e6, 0)]
    assert {r["donor"] for r in rows} == {"EU"}  # the parts take their whole's giver


@pytest.mark.parametrize(("lang", "total", "parts"), BREAKDOWNS)
def test_a_breakdown_past_a_paragraph_break_is_never_counted_twice(lang, total, parts):
    rows = rows_of(f"{total} {FILLERS[lang]}\n\n{parts}", lang)
    # the total it breaks down is out of view: its parts are said, and not counted
    assert counted(rows) == [("EU", 400e6, "EUR")]
    assert [r["status"] for r in rows[1:]] == ["rejected", "rejected"]
    assert all("cannot tell" in r["evidence"] for r in rows[1:])


@pytest.mark.parametrize(
    ("lang", "other"),
    [
        ("en", "Separately, Germany gave €100 million for housing."),
        ("de", "Deutschland gab zudem 100 Millionen Euro für Wohnungen."),
        ("pl", "Niemcy przekazały osobno 100 mln euro na mieszkania."),
    ],
)
def test_another_givers_total_between_leaves_the_breakdown_unplaced(lang, other):
    # the €250m cannot be a part of Germany's €100m, and the EU's total is behind another's
    total, parts = next((t, p) for code, t, p in BREAKDOWNS if code == lang)
    rows = rows_of(f"{total} {other} {FILLERS[lang]} {parts}", lang)
    assert counted(rows) == sorted([("EU", 400e6, "EUR"), ("DEU", 100e6, "EUR")])


# (2) lang, text: one pledge, restated in another currency by a sentence of its own
RESTATEMENTS = [
    (
        "ro",
        "Guvernul României a aprobat un ajutor de 10 milioane de euro pentru Ucraina. Această "
        "sumă reprezintă aproximativ 49,7 milioane de lei.",
    ),
    (
        "ro",
        "Guvernul României a aprobat un ajutor de 10 milioane de euro pentru Ucraina. Decizia a "
        "fost luată marți. Suma de 10 milioane de euro echivalează cu circa 49,7 milioane de lei.",
    ),
    (
        "en",
        "Romania approved aid of €10 million for Ukraine. The vote was unanimous. This amount is "
        "equivalent to about 49.7 million lei.",
    ),
    (
        "en",
        "Romania approved aid of €10 million for Ukraine. The sum of €10 million is equivalent "
        "to about $10.8 million.",
    ),
    (
        "es",
        "España aprobó una ayuda de 10 millones de euros para Ucrania. Esta cantidad equivale a "
        "unos 10,8 millones de dólares.",
    ),
    (
        "it",
        "L'Italia ha approvato aiuti per 10 milioni di euro all'Ucraina. Questa somma equivale "
        "a circa 10,8 milioni di dollari.",
    ),
    (
        "pl",
        "Polska zatwierdziła pomoc w wysokości 10 mln euro dla Ukrainy. Ta kwota to "
        "równowartość około 43 mln zł.",
    ),
    (
        "pl",
        "Polska zatwierdziła pomoc w wysokości 10 mln euro dla Ukrainy. Kwota 10 mln euro to "
        "równowartość około 43 mln zł.",
    ),
    (
        "de",
        "Polen hat der Ukraine 10 Millionen Euro zugesagt. Dieser Betrag entspricht rund 10,8 "
        "Millionen Dollar.",
    ),
    (
        "fr",
        "La Pologne a accordé 10 millions d'euros à l'Ukraine. Cette somme équivaut à environ "
        "10,8 millions de dollars.",
    ),
    (
        "uk",
        "Польща виділила Україні 10 мільйонів євро. Ця сума еквівалентна приблизно 43 мільйонам "
        "злотих.",
    ),
    (
        "uk",
        "Польща виділила Україні 10 мільйонів євро. Сума в 10 мільйонів євро еквівалентна "
        "приблизно 43 мільйонам злотих.",
    ),
    (
        "tr",
        "Polonya Ukrayna'ya 10 milyon avro yardım verdi. Bu tutar yaklaşık 10,8 milyon dolara "
        "denk geliyor.",
    ),
    (
        "tr",
        "Polonya Ukrayna'ya 10 milyon avro yardım verdi. 10 milyon avroluk tutar yaklaşık 10,8 "
        "milyon dolara denk geliyor.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RESTATEMENTS)
def test_a_sentence_restating_the_money_adds_no_row_to_count(lang, text):
    rows = rows_of(text, lang)
    assert len(counted(rows)) == 1
    assert counted(rows)[0][1:] == (10e6, "EUR")
    assert counted(rows)[0][0] in ("ROU", "ESP", "ITA", "POL")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another giver's money set beside it: a second pledge, no restatement
        (
            "en",
            "Romania approved aid of €10 million for Ukraine. This sum is far below the $500 "
            "million Poland gave.",
        ),
        # a value no rate gives: no restatement
        (
            "ro",
            "Guvernul României a aprobat un ajutor de 10 milioane de euro pentru Ucraina. "
            "Această sumă reprezintă 900 de milioane de lei.",
        ),
    ],
)
def test_money_that_is_no_restatement_stays_a_row(lang, text):
    assert len(rows_of(text, lang)) == 2
    assert all(r["duplicate_of"] is None for r in rows_of(text, lang))


# (3) lang, text, the running total's expected recipient
RUNNING_TOTALS = [
    (
        "ro",
        "România a trimis Ucrainei un nou pachet de ajutor militar. Separat, România a donat 2 "
        "milioane de euro Turciei după cutremur. De la începutul războiului, România a oferit "
        "ajutor în valoare de 1,2 miliarde de euro.",
        "UKR",
    ),
    (
        "en",
        "Poland sent Ukraine a new package worth €50 million. Separately, Poland gave €2 million "
        "to Moldova for refugees. In total, Poland has provided €4 billion since the start of "
        "the war.",
        "UKR",
    ),
    (
        "pl",
        "Polska przekazała Ukrainie nowy pakiet o wartości 200 mln zł. Osobno Polska przekazała "
        "10 mln zł Mołdawii. Łącznie Polska przekazała już 15 mld zł.",
        "UKR",
    ),
    (
        "uk",
        "Литва передала Україні нову допомогу на 20 мільйонів євро. Окремо Литва надала 1 "
        "мільйон євро Молдові. Загалом Литва надала вже 1,5 мільярда євро.",
        "UKR",
    ),
    (
        "cs",
        "Česko poslalo Ukrajině novou pomoc za 500 milionů korun. Zvlášť Česko dalo 20 milionů "
        "korun Moldavsku. Celkem Česko poskytlo 10 miliard korun.",
        "UKR",
    ),
    # its own sentence names the recipient: that one
    (
        "en",
        "Poland sent Ukraine a new package worth €50 million. In total, Poland has given "
        "Moldova €90 million.",
        "MDA",
    ),
    # an article about aid to Türkiye: its running total is of Türkiye
    (
        "en",
        "Poland gave €2 million to Turkey after the earthquake. Poland also sent rescue teams to "
        "Turkey. In total, Poland has provided €5 million so far.",
        "TUR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "recipient"), RUNNING_TOTALS)
def test_a_running_total_is_of_the_articles_recipient(lang, text, recipient):
    rows = rows_of(text, lang)
    total = [r for r in rows if r["basis"] == "cumulative"]
    assert len(total) == 1
    assert total[0]["recipient"] == recipient


def test_a_total_five_sentences_back_in_the_paragraph_is_the_breakdowns():
    # (was in tests/news/test_parts_13b.py NOT_PARTS as "a total too far back": in view now)
    text = (
        "Suomi myöntää Ukrainalle 30 miljoonaa euroa. Päätös tehtiin eilen. Ministeri puhui "
        "Helsingissä. Kokous oli pitkä. Se jatkui iltaan. Tästä 12 miljoonaa euroa "
        "kohdistetaan energiaan."
    )
    rows = rows_of(text, "fi")
    assert [(r["donor"], r["part_of"]) for r in rows] == [("FIN", None), ("FIN", 0)]
    assert counted(rows) == [("FIN", 30e6, "EUR")]


# (2) the amount of an earlier row opening a sentence that comments on it: the same pledge,
# whatever running-total word the comment holds ("so far", "de până acum")
COMMENTS = [
    (
        "en",
        "Romania approved aid of €10 million for Ukraine. The €10 million is the largest sum "
        "Romania has given this year.",
    ),
    (
        "ro",
        "Guvernul României a aprobat un ajutor de 10 milioane de euro pentru Ucraina. Suma de 10 "
        "milioane de euro este cea mai mare de până acum.",
    ),
    (
        "de",
        "Polen hat der Ukraine 10 Millionen Euro zugesagt. Die 10 Millionen Euro sind die größte "
        "Summe in diesem Jahr.",
    ),
    (
        "pl",
        "Polska zatwierdziła pomoc w wysokości 10 mln euro dla Ukrainy. Te 10 mln euro to "
        "największa kwota w tym roku.",
    ),
    (
        "tr",
        "Polonya Ukrayna'ya 10 milyon avro yardım verdi. Bu 10 milyon avro, bu yılın en büyük "
        "tutarı oldu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COMMENTS)
def test_a_sentence_commenting_on_the_pledge_is_its_duplicate(lang, text):
    rows = rows_of(text, lang)
    assert [(r["basis"], r["duplicate_of"]) for r in rows] == [("new", None), ("new", 0)]
    assert len(counted(rows)) == 1


def test_the_same_amount_to_another_recipient_is_its_own_pledge():
    text = (
        "Romania approved aid of €10 million for Ukraine. The €10 million for Moldova came earlier."
    )
    rows = rows_of(text, "en")
    assert [r["duplicate_of"] for r in rows] == [None, None]
