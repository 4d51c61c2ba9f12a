"""Who gives, to whom, and wholes counted as pledges (session 12): table tests of pledge rows."""

from __future__ import annotations

import pytest
from pledge_rows import counted, rows_of

# 1. A whole named right after the amount it is taken of ("€3bn of the €9bn package") is
#    rejected: the giver's share counts, the whole never (news.beside rule 6).
WHOLES_AFTER_A_SHARE = [
    ("Germany pledged €3bn of the €9bn package.", "en", [("DEU", 3e9, "EUR")]),
    ("Germany pledged €3bn of the EU's €50bn facility.", "en", [("DEU", 3e9, "EUR")]),
    ("Japan will cover $2 billion out of the $6 billion loan.", "en", [("JPN", 2e9, "USD")]),
    ("Sweden gave SEK 1bn of Ukraine's SEK 4bn request.", "en", [("SWE", 1e9, "SEK")]),
    (
        "Deutschland sagte 3 Mrd. Euro von den 9 Mrd. Euro des Pakets zu.",
        "de",
        [("DEU", 3e9, "EUR")],
    ),
    ("Deutschland übernimmt 2 Mrd. Euro der 6 Mrd. Euro.", "de", [("DEU", 2e9, "EUR")]),
    ("Polska przekaże 3 mld zł z 9 mld zł pakietu.", "pl", [("POL", 3e9, "PLN")]),
    ("Німеччина надасть 3 млрд євро з 9 млрд євро пакета.", "uk", [("DEU", 3e9, "EUR")]),
    (
        "La France versera 3 milliards d'euros sur les 9 milliards d'euros du paquet.",
        "fr",
        [("FRA", 3e9, "EUR")],
    ),
    (
        "L'Italia darà 3 miliardi di euro dei 9 miliardi di euro del pacchetto.",
        "it",
        [("ITA", 3e9, "EUR")],
    ),
    (
        "España aportará 3.000 millones de euros de los 9.000 millones de euros del fondo.",
        "es",
        [("ESP", 3e9, "EUR")],
    ),
    # the share the parser does not read ("3 mld" has no currency): the whole is refused too
    ("Polska przekaże 3 mld z 9 mld euro pakietu.", "pl", []),
    # two amounts joined by "and", not "of": two pledges
    ("Germany pledged €3bn and France €9bn.", "en", [("DEU", 3e9, "EUR"), ("FRA", 9e9, "EUR")]),
    (
        "Deutschland gibt der Ukraine 3 Mrd. Euro und Moldau 1 Mrd. Euro.",
        "de",
        [("DEU", 1e9, "EUR"), ("DEU", 3e9, "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), WHOLES_AFTER_A_SHARE)
def test_a_whole_named_after_its_share_is_no_pledge(text, lang, expected):
    assert counted(rows_of(text, lang)) == sorted(expected)


def test_the_whole_is_rejected_with_its_reason():
    rows = rows_of("Germany pledged €3bn of the €9bn package.", "en")
    assert [(r["value"], r["status"]) for r in rows] == [(3e9, "candidate"), (9e9, "rejected")]
    assert rows[1]["evidence"] == "the whole the amount before is taken of (of), no pledge"
    rows = rows_of("Polska przekaże 3 mld z 9 mld euro pakietu.", "pl")
    assert rows[0]["evidence"] == "the whole of a share before it not read (z), no pledge"
