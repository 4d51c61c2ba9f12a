"""Giving verbs in the past, present and perfect of each news language (issue 9, pledges10
item 3): promised, pledged, granted, allocated, given, delivered, sent. Each sentence's subject
gives by its verb (``donor_from`` ``subject``), not only as the nearest country."""

from __future__ import annotations

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.cues import find_cues
from aidcalc.words import VERB

FORMS = [
    ("de", "Deutschland versprach der Ukraine 2 Mrd. Euro.", "versprach"),
    ("de", "Deutschland verspricht der Ukraine 2 Mrd. Euro.", "verspricht"),
    ("de", "Deutschland hat der Ukraine 2 Mrd. Euro versprochen.", "versprochen"),
    ("de", "Deutschland hat der Ukraine 2 Mrd. Euro gegeben.", "gegeben"),
    ("de", "Deutschland hat der Ukraine 2 Mrd. Euro zugesichert.", "zugesichert"),
    ("de", "Deutschland sicherte der Ukraine 2 Mrd. Euro zu.", "sicherte"),
    ("de", "Deutschland hat der Ukraine Waffen für 2 Mrd. Euro geliefert.", "geliefert"),
    ("de", "Deutschland hat der Ukraine 2 Mrd. Euro überwiesen.", "überwiesen"),
    ("de", "Deutschland hat der Ukraine 2 Mrd. Euro gespendet.", "gespendet"),
    ("de", "Deutschland vergab an die Ukraine 2 Mrd. Euro.", "vergab"),
    ("fr", "La France a attribué 2 milliards d'euros à l'Ukraine.", "attribué"),
    ("fr", "La France a décaissé 2 milliards d'euros pour l'Ukraine.", "décaissé"),
    ("fr", "La France a offert 2 milliards d'euros à l'Ukraine.", "offert"),
    ("uk", "Німеччина обіцяє Україні 2 млрд євро.", "обіцяє"),
    ("uk", "Німеччина надіслала Україні допомогу на 2 млрд євро.", "надіслала"),
    ("uk", "Німеччина затвердила для України 2 млрд євро.", "затвердила"),
    ("nl", "Duitsland heeft Oekraïne 2 miljard euro toegekend.", "toegekend"),
    ("nl", "Duitsland belooft Oekraïne 2 miljard euro.", "belooft"),
    ("sv", "Tyskland beviljade Ukraina 2 miljarder euro.", "beviljade"),
    ("sv", "Tyskland har beviljat Ukraina 2 miljarder euro.", "beviljat"),
    ("sv", "Tyskland utlovar Ukraina 2 miljarder euro.", "utlovar"),
    ("pl", "Niemcy zadeklarowały Ukrainie 2 mld euro.", "zadeklarowały"),
    ("en", "Germany has granted Ukraine €2bn.", "granted"),
    ("es", "Alemania ha otorgado a Ucrania 2.000 millones de euros.", "otorgado"),
    ("it", "La Germania ha stanziato 2 miliardi di euro per l'Ucraina.", "stanziato"),
    ("pt", "A Alemanha prometeu 2 mil milhões de euros à Ucrânia.", "prometeu"),
    ("ro", "Germania a promis Ucrainei 2 miliarde de euro.", "promis"),
]


@pytest.mark.parametrize(("lang", "text", "verb"), FORMS)
def test_the_giving_verb_is_found_and_its_subject_gives(lang, text, verb):
    found = [text[cue.start : cue.end] for cue in find_cues(text, lang, VERB) if cue.kind == "give"]
    assert verb in found
    rows = pledge_candidates(text, published="2025-03-10", lang=lang)
    assert [(row["donor"], row["recipient"], row["donor_from"]) for row in rows] == [
        (rows[0]["donor"], "UKR", "subject")
    ]
    assert rows[0]["donor"] in ("DEU", "FRA")


def test_a_german_clause_with_versprach_names_its_own_giver():
    text = "Deutschland sagte 2 Mrd. Euro zu, während Japan 300 Mio. Dollar versprach."
    rows = pledge_candidates(text, published="2025-03-10", lang="de")
    assert [row["donor"] for row in rows] == ["DEU", "JPN"]
