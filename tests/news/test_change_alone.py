"""The size of a change written alone (issue 9 changes8, item 3: "an increase of €800m" is not
the value of aid given): a rise is a candidate row of the amount added, basis new, with its
evidence; a fall is a rejected row; a change written with its value after makes one row, of
the value after (aidcalc.news.changes)."""

import pytest

from aidcalc import extract_pledges
from aidcalc.news.changes import change_alone

RISES = [
    "Germany announced an increase of €800m in its military aid to Ukraine.",
    "Germany's aid to Ukraine rose by €800m.",
    "Germany increased its aid to Ukraine by €800m.",
    "Deutschland kündigte eine Erhöhung um 800 Mio. Euro für die Ukraine an.",
    "La France annonce une hausse de 800 millions d'euros de son aide à l'Ukraine.",
    "Polska ogłosiła wzrost o 800 mln zł pomocy dla Ukrainy.",
    "Уряд Польщі оголосив збільшення на 800 млн злотих допомоги Україні.",
]


@pytest.mark.parametrize("text", RISES)
def test_a_rise_alone_is_a_new_candidate_row_with_its_evidence(text):
    rows = extract_pledges(text)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["value"], row["basis"], row["status"]) == (8e8, "new", "candidate")
    assert "a change stated alone" in row["evidence"]


FALLS = [
    "Germany's aid to Ukraine was cut by €100m.",
    "Germany cut its aid to Ukraine by €100m.",
    "Germany announced a reduction of €100m in its aid to Ukraine.",
    "Deutschland beschloss eine Kürzung um 100 Mio. Euro bei der Hilfe für die Ukraine.",
    "La France annonce une baisse de 100 millions d'euros de son aide à l'Ukraine.",
    "Polska ogłosiła spadek o 100 mln zł pomocy dla Ukrainy.",
]


@pytest.mark.parametrize("text", FALLS)
def test_a_fall_alone_is_a_rejected_row(text):
    rows = extract_pledges(text)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["value"], row["status"]) == (1e8, "rejected")
    assert "a cut stated alone" in row["evidence"]


@pytest.mark.parametrize(
    "before",
    [  # no phrase of a change, or a "by" with no verb of change before it
        "Germany gave Ukraine ",
        "Germany will give Ukraine by 2026 ",
        "Germany pledged, by its own account, ",
        "Aid sent by ",
    ],
)
def test_no_phrase_of_a_change_is_no_change(before):
    assert change_alone(before) is None


def test_a_change_with_its_value_after_is_not_a_change_alone():
    rows = extract_pledges("Germany's aid to Ukraine rose by €3bn to €8bn.")
    assert list(rows["value"]) == [8e9]
    assert rows["evidence"].isna().all()
