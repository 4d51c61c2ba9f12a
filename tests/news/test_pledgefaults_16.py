"""Pledge-row faults left open after session 15 (pledgefaults16).

(1) A country inside a purpose phrase fronted before the subject ("Dla Ukrainy rząd …", "На
відбудову України уряд …", "Pro Ukrajinu vláda …") is the one given to: never the owner of the
office after it, never the giver.
"""

from __future__ import annotations

import pytest

from tests.news.pledge_rows import rows_of

# (1) lang, sentence, the donor the sentence names (None: it names none; the row then has no
# donor or the home country of its language, said in its assumptions), the recipient
FRONTED_PURPOSE = [
    ("pl", "Dla Ukrainy rząd przeznaczy 40 mln zł na szkoły.", None, "UKR"),
    ("pl", "Na odbudowę mostów Ukrainy rząd przeznaczy 40 mln zł.", None, "UKR"),
    ("uk", "Для України уряд Польщі виділить 40 млн євро на мости.", "POL", "UKR"),
    ("uk", "На відбудову лікарень України уряд виділить 40 млн євро.", None, "UKR"),
    ("ru", "На восстановление Украины правительство выделит 40 млн евро.", None, "UKR"),
    ("ru", "Для Украины правительство Японии выделит 40 млн долларов.", "JPN", "UKR"),
    ("cs", "Pro Ukrajinu vláda vyčlení 40 milionů eur na školy.", None, "UKR"),
    ("sk", "Pre Ukrajinu vláda vyčlení 40 miliónov eur na nemocnice.", None, "UKR"),
    ("hr", "Za Ukrajinu vlada će izdvojiti 40 milijuna eura.", None, "UKR"),
    ("en", "For Ukraine's hospitals the government will allocate €40m.", None, "UKR"),
    ("de", "Für die Ukraine stellt die Regierung 40 Mio. Euro bereit.", None, "UKR"),
    ("lt", "Ukrainos atstatymui vyriausybė skirs 40 mln. eurų.", None, "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), FRONTED_PURPOSE)
def test_a_country_in_a_fronted_purpose_phrase_receives(lang, text, donor, recipient):
    [row] = rows_of(text, lang)
    assert row["recipient"] == recipient
    if donor is not None:
        assert row["donor"] == donor
    else:  # never the receiver: none, or an assumption the row says
        assert row["donor"] is None or "home-country" in row["assumptions"]
