"""Messages and readings of the final re-check of trial 13 (issue msgs13c): no "left out"
message for an amount that was read (N7), Bulgarian, Greek and Korean correction notes (F5),
a pasted table whose caption is the text's first line (F3), and a recipient named by a fronted
topic phrase kept to its own sentence (F7). Forms of my own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.parsing import extract_amounts

# N7: (text, amounts read, refusals expected): a scale word read as an amount of its own
# ("milijun eura": a million) is no refusal; one read as nothing still is
LONE_SCALES = [
    ("Hrvatska daje milijun eura za Siriju i Libanon.", ["EUR 1000000"], 0),
    ("Vlada će izdvojiti milijun eura humanitarne pomoći.", ["EUR 1000000"], 0),
    ("Polska przekaże milion złotych na pomoc.", ["PLN 1000000"], 0),
    ("Hrvatska daje milijun eura, a Slovenija 2 milijuna eura.", ["EUR 1000000", "EUR 2000000"], 0),
    # number words of one language, read without ``lang`` (amountfaults17)
    ("Norge gir femhundre millioner kroner til Ukraina.", ["NOK 500000000"], 0),
    ("Vláda dá pět set milionů korun.", ["CZK 500000000"], 0),
    ("Norge gir hundretalls millioner kroner til Ukraina.", [], 1),  # no count read: said
]


@pytest.mark.parametrize(("text", "read", "refusals"), LONE_SCALES)
def test_a_scale_word_read_as_an_amount_is_not_reported_left_out(text, read, refusals):
    refused: list = []
    mentions = extract_amounts(text, refused=refused)
    assert [str(m.amount) for m in mentions] == read
    assert len(refused) == refusals, refused


def test_extract_says_nothing_left_out_for_the_rows_it_writes(tmp_path):
    article = tmp_path / "hr.txt"
    article.write_text(
        "Hrvatska daje milijun eura za Siriju\n\nZAGREB – Hrvatska će izdvojiti milijun eura "
        "humanitarne pomoći Siriji. Od toga će 600.000 eura ići Svjetskom programu za hranu.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "aidcalc", "extract", str(article), "--what", "pledges"]
        + ["--published", "2025-03-17", "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "left out" not in done.stderr, done.stderr
    assert done.stdout.count("EUR 1000000") == 2, done.stdout


# F5: (lang, text, published, the retracted value): the figure an earlier version gave is
# ``rejected``; the right one restates the row it corrects
CORRECTIONS = [
    (
        "bg",
        "България изпраща 150 млн. лв. за Украйна. Хуманитарната част е 40 млн. лв. Поправка: "
        "В първоначалната версия беше посочено, че хуманитарната част е 45 млн. лв. Правилната "
        "сума е 40 млн. лв.",
        45e6,
    ),
    (
        "bg",
        "Правителството отпуска 30 млн. лв. за Молдова. Корекция: В предишната версия на "
        "статията се посочваше, че сумата е 35 млн. лв.",
        35e6,
    ),
    (
        "el",
        "Η Ελλάδα θα διαθέσει 20 εκατ. ευρώ στην Ουκρανία. Διόρθωση: Στην αρχική έκδοση "
        "αναφερόταν ότι το ποσό ήταν 25 εκατ. ευρώ. Το σωστό ποσό είναι 20 εκατ. ευρώ.",
        25e6,
    ),
    (
        "el",
        "Η Κύπρος δίνει 3 εκατ. ευρώ στη Γάζα. Επανόρθωση: Σε παλαιότερη έκδοση γράφτηκε ότι "
        "δίνει 4 εκατ. ευρώ.",
        4e6,
    ),
    (
        "ko",
        "정부는 우크라이나에 1억 달러를 지원한다. 정정: 이전 기사에서 지원액을 1억 5천만 달러로 "
        "잘못 적었습니다. 지원액은 1억 달러입니다.",
        150e6,
    ),
]


@pytest.mark.parametrize(("lang", "text", "retracted"), CORRECTIONS)
def test_the_figure_an_earlier_version_gave_is_rejected(lang, text, retracted):
    for given in (lang, None):
        rows = pledge_candidates(text, published="2025-06-10", lang=given)
        statuses = {float(r["value"]): r["status"] for r in rows}
        assert statuses.get(retracted) == "rejected", (given, statuses)
        assert [r["status"] for r in rows].count("rejected") == 1, rows


# F3: a table of givers keeps its labels' givers whatever language the text is guessed in,
# its caption on the first line or under a sentence: (text, the rows' donors)
TABLES = [
    (
        "Andere Zusagen beim Treffen (in Mio. Euro):\nLand            Zusage\n"
        "Niederlande     500\nSchweden        300",
        ["NLD", "SWE"],
    ),
    (
        "Berlin tagte.\nAndere Zusagen beim Treffen (in Mio. Euro):\nLand            Zusage\n"
        "Niederlande     500\nSchweden        300",
        ["NLD", "SWE"],
    ),
    (
        "Weitere Zusagen (Mio. Euro):\nNorwegen        120\nDänemark        80\nFinnland        45",
        ["NOR", "DNK", "FIN"],
    ),
    (
        "Autres annonces (en millions d'euros) :\nPays            Montant\n"
        "Allemagne       400\nBelgique        60",
        ["DEU", "BEL"],
    ),
    (
        "Pozostałe zobowiązania (mln euro):\nKraj            Kwota\nNiemcy          250\n"
        "Szwecja         90",
        ["DEU", "SWE"],
    ),
]


@pytest.mark.parametrize(("text", "donors"), TABLES)
def test_a_table_of_givers_keeps_its_labels_givers(text, donors):
    rows = pledge_candidates(text, published="2025-10-09")
    assert [r["donor"] for r in rows] == donors, rows


def test_a_table_of_items_still_takes_no_giver_from_its_labels():
    text = (
        "Deutschland sagte der Ukraine weitere Hilfe zu.\n\nÜbersicht (in Mio. Euro):\n"
        "Luftverteidigung   900\nMunition           300"
    )
    rows = pledge_candidates(text, published="2025-10-09", lang="de")
    assert [r["donor"] for r in rows] == ["DEU", "DEU"], rows


# F7: a recipient a fronted topic phrase names is its own sentence's: (lang, text, rows as
# donor and recipient)
TOPICS = [
    (
        "el",
        "Η Ελλάδα θα διαθέσει 5 εκατ. ευρώ για τη Γάζα. Για την Ουκρανία, η κυβέρνηση ενέκρινε "
        "πακέτο 10 εκατ. ευρώ. Η Ευρωπαϊκή Ένωση ανακοίνωσε νέα βοήθεια 120 εκατ. ευρώ, ενώ η "
        "Κύπρος δεσμεύτηκε για 2 εκατ. ευρώ μέσω του θαλάσσιου διαδρόμου.",
        [("GRC", "PSE"), ("GRC", "UKR"), ("EU", "PSE"), ("CYP", "PSE")],
    ),
    (
        "en",
        "Germany will give €5m for Gaza. For Ukraine, the government approved a €10m package. "
        "The European Union announced €120m in new aid, while Cyprus pledged €2m through the "
        "sea corridor.",
        [("DEU", "PSE"), ("DEU", "UKR"), ("EU", "PSE"), ("CYP", "PSE")],
    ),
    (
        "de",
        "Deutschland gibt 5 Mio. Euro für Gaza. Für die Ukraine hat die Regierung ein Paket von "
        "10 Mio. Euro beschlossen. Die Europäische Union kündigte 120 Mio. Euro neue Hilfe an, "
        "während Zypern 2 Mio. Euro über den Seekorridor zusagte.",
        [("DEU", "PSE"), ("DEU", "UKR"), ("EU", "PSE"), ("CYP", "PSE")],
    ),
    (  # the same giver goes on: the topic's recipient still reaches its next sentence
        "en",
        "Germany will give €5m for Gaza. For Ukraine, the government approved a €10m package. "
        "It also sent €2m in blankets.",
        [("DEU", "PSE"), ("DEU", "UKR"), ("DEU", "UKR")],
    ),
    (  # no topic phrase: the recipient is carried as before
        "en",
        "Germany will give €10m to Ukraine. The European Union announced €120m in new aid.",
        [("DEU", "UKR"), ("EU", "UKR")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOPICS)
def test_a_fronted_topic_recipient_stays_in_its_sentence(lang, text, expected):
    for given in (lang, None):
        rows = pledge_candidates(text, published="2025-02-06", lang=given)
        assert [(r["donor"], r["recipient"]) for r in rows] == expected, (given, rows)
