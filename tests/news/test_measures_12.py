"""Each amount takes the measure verb of its own clause (session 12 trial, F12).

"Die EU hat … 50 Milliarden Euro … zugesagt, davon 4,5 Milliarden Euro … ausgezahlt" read the
50bn as a disbursement and the 4.5bn as a pledge: the verbs of the two clauses were swapped.
"""

from __future__ import annotations

from datetime import date

import pytest

from aidcalc.news.candidates import measure_of, pledge_candidates

WHOLE_AND_PAID_PART = [
    (
        "Die EU hat der Ukraine für 2024 bis 2027 insgesamt 50 Milliarden Euro zugesagt, davon "
        "4,5 Milliarden Euro im März 2024 als erste Tranche ausgezahlt.",
        ["pledge", "disbursement"],
    ),
    (
        "UE obiecała Ukrainie 50 mld euro, z czego 4,5 mld euro wypłacono w marcu 2024.",
        ["pledge", "disbursement"],
    ),
    (
        "L'UE a promis 50 milliards d'euros à l'Ukraine, dont 4,5 milliards d'euros ont été "
        "versés en mars 2024.",
        ["pledge", "disbursement"],
    ),
    (
        "ЄС пообіцяв Україні 50 млрд євро, з яких 4,5 млрд євро виплатив у березні 2024 року.",
        ["pledge", "disbursement"],
    ),
    (
        "De EU heeft Oekraïne 50 miljard euro toegezegd, waarvan 4,5 miljard euro in maart 2024 "
        "is uitbetaald.",
        ["pledge", "disbursement"],
    ),
]


@pytest.mark.parametrize(("text", "measures"), WHOLE_AND_PAID_PART)
def test_each_amount_takes_the_verb_of_its_own_clause(text, measures):
    rows = pledge_candidates(text, published=date(2025, 3, 1))
    assert [row["measure"] for row in rows] == measures


def test_a_cue_in_no_clause_of_its_own_is_shared():
    # a list item with no verb of its own shares the verb before it, as before
    text = "Germany has provided €1bn, France €2bn."
    wheres = [(21, 25), (34, 38)]
    assert [measure_of(text, "en", w, wheres) for w in wheres] == ["allocation", "allocation"]
    # a verb before the amount in its clause keeps deciding over an intention after it
    text = "Germany has provided €1bn and plans more."
    assert measure_of(text, "en", (21, 25), [(21, 25)]) == "allocation"
