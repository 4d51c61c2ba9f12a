"""Nordic and Central European pledge rows (issue 11, nordic11): the guessed language of a text
never outranks the country it names for a shared currency word, the language guess tells
Norwegian, Danish and Swedish apart, and a text of two languages reads each sentence's own scale
words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from passages import PUBLISHED

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.language import infer_language


def rows_of(text, lang=None):
    return pledge_candidates(text, published=PUBLISHED, lang=lang)


def money(text, lang=None):
    return [(row["currency"], Decimal(row["parsed"].value)) for row in rows_of(text, lang)]


# --- 1. the guessed language is evidence, never the caller's word -------------------------------

# (text, [(currency, value)]): no lang given, so the language is guessed; the country the text
# names decides a shared "kroner"/"kronor", as extract_amounts(text) alone decides it
GUESSED = [
    (
        "Norge gir Ukraina 500 millioner kroner i år og 300 millioner kroner neste år, "
        "totalt 800 millioner kroner.",
        [("NOK", Decimal("5E8")), ("NOK", Decimal("3E8")), ("NOK", Decimal("8E8"))],
    ),
    ("Danmark har hidtil givet Ukraine 60 milliarder kroner.", [("DKK", Decimal("6E10"))]),
    ("Danmark giver Ukraine 2 milliarder kroner i år.", [("DKK", Decimal("2E9"))]),
    ("Norge har så langt gitt Ukraina 40 milliarder kroner.", [("NOK", Decimal("4E10"))]),
    ("Sverige har hittills gett Ukraina 40 miljarder kronor.", [("SEK", Decimal("4E10"))]),
    ("Norway will give Ukraine 500 million kroner this year.", [("NOK", Decimal("5E8"))]),
    ("Denmark has given Ukraine 9 billion kroner so far.", [("DKK", Decimal("9E9"))]),
]


@pytest.mark.parametrize(("text", "expected"), GUESSED)
def test_a_guessed_language_gives_way_to_the_named_country(text, expected):
    assert money(text) == expected


# a text of two languages: each sentence's "billion" is read by its own words, not by the
# language the whole text is guessed to be (German: Billion is 10^12)
MIXED = [
    (
        "Die EU sagte der Ukraine 5 Milliarden Euro zu. The United States pledged $2 billion.",
        [("EUR", Decimal("5E9")), ("USD", Decimal("2E9"))],
    ),
    (
        "Deutschland gibt der Ukraine weitere 3 Milliarden Euro. Britain pledged £1 billion more.",
        [("EUR", Decimal("3E9")), ("GBP", Decimal("1E9"))],
    ),
    (
        "La France donne 2 milliards d'euros à l'Ukraine. Washington pledged $1.5 billion as well.",
        [("EUR", Decimal("2E9")), ("USD", Decimal("1.5E9"))],
    ),
    (
        "Polska przekaże Ukrainie 2 miliardy złotych. The United States pledged $3 billion.",
        [("PLN", Decimal("2E9")), ("USD", Decimal("3E9"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_each_sentence_reads_its_own_scale_words(text, expected):
    assert money(text) == expected


def test_the_callers_language_still_decides():
    # the caller's word is the parser's lang: a Danish text's kroner stay Danish when told so
    text = "Regeringen giver 2 milliarder kroner."
    assert money(text, "da") == [("DKK", Decimal("2E9"))]
    assert money(text, "nb") == [("NOK", Decimal("2E9"))]


# Norwegian, Danish and Swedish told apart by the words each spells its own way (gir / giver /
# ger, neste / næste / nästa, hittil / hidtil / hittills), not lost to the small words all three
# write ("har", "i", "det")
SCANDINAVIAN = [
    ("Norge gir Ukraina 500 millioner kroner i år og 300 millioner kroner neste år.", "nb"),
    ("Stortinget vedtok 75 milliarder kroner over fem år.", "nb"),
    ("Norge har hittil gitt Ukraina 40 milliarder kroner.", "nb"),
    ("Ukraina mottar 1 milliard kroner fra Norge.", "nb"),
    ("Danmark har hidtil givet Ukraine 60 milliarder kroner.", "da"),
    ("Danmark giver Ukraine 2 milliarder kroner i år.", "da"),
    ("Ukraine modtager 2 milliarder kroner fra Danmark næste år.", "da"),
    ("Folketinget har besluttet at give Ukraine 15 milliarder kroner.", "da"),
    ("Sverige ger Ukraina 3 miljarder kronor nästa år.", "sv"),
    ("Sverige har hittills gett Ukraina 40 miljarder kronor.", "sv"),
    ("Efter nya ryska attacker lovade Danmark 60 miljoner euro till Ukraina.", "sv"),
    ("Sverige har bidragit med ca 5,2 miljarder kronor.", "sv"),
]


@pytest.mark.parametrize(("text", "lang"), SCANDINAVIAN)
def test_norwegian_danish_and_swedish_are_told_apart(text, lang):
    assert infer_language(text) == lang


def test_the_scandinavian_passages_of_the_corpora_are_told_apart():
    # measured on the nb, da and sv passages of tests/parsing/corpus and tests/news: 57 of 76
    # before the words of issue 11, 70 after; a floor, it only goes up
    import json
    from pathlib import Path

    import passages

    corpus = Path(__file__).parents[1] / "parsing" / "corpus" / "passages.jsonl"
    items = [(j["lang"], j["text"]) for j in map(json.loads, corpus.open(encoding="utf-8"))]
    for group in (passages.PASSAGES, passages.HELD_OUT, passages.HELD_OUT_3, passages.REVIEW):
        items += [(item[0], item[1]) for item in group if isinstance(item, tuple)]
    nordic = [(lang, text) for lang, text in items if lang in ("nb", "da", "sv")]
    told = sum(infer_language(text) == lang for lang, text in nordic)
    assert len(nordic) >= 76
    assert told >= 70


# a tie of the small words goes to the tied language whose verbs the text uses ("je" is Czech,
# Slovak and Croatian alike; "in" English and Dutch)
TIED = [
    ("Hrvatska je Ukrajini donirala 50 milijuna eura.", "hr"),
    ("Česko dalo 5 mil. Kč.", "cs"),
    ("In maart zal Nederland 100 miljoen euro aan Oekraïne geven.", "nl"),
    ("In maart beloofde Noorwegen 40 miljoen euro aan Oekraïne.", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), TIED)
def test_a_tie_goes_to_the_language_of_the_verbs(text, lang):
    assert infer_language(text) == lang


# --- 2. a receiving verb: the subject receives, the "from" agent gives ----------------------------

# (text, lang, donor)
RECEIVING = [
    ("Ukraina mottar 1 milliard kroner fra Norge.", "nb", "NOR"),
    ("Ukraina får 2 milliarder kroner fra Norge neste år.", "nb", "NOR"),
    ("Ukraine modtager 2 milliarder kroner fra Danmark.", "da", "DNK"),
    ("Ukraine får 2 milliarder kroner fra Danmark næste år.", "da", "DNK"),
    ("Ukraina tar emot 1 miljard kronor från Sverige.", "sv", "SWE"),
    ("Ukraina får 1 miljard kronor från Sverige.", "sv", "SWE"),
    ("Die Ukraine erhält 1 Milliarde Euro von Deutschland.", "de", "DEU"),
    ("Die Ukraine bekommt 1 Milliarde Euro aus Deutschland.", "de", "DEU"),
    ("Oekraïne ontvangt 1 miljard euro van Nederland.", "nl", "NLD"),
    ("Oekraïne krijgt 1 miljard euro van Nederland.", "nl", "NLD"),
    ("Ukraina otrzymuje 1 mld zł od Polski.", "pl", "POL"),
    ("Ukrajina dostane 1 miliardu korun od Česka.", "cs", "CZE"),
    ("Ukrajina obdrží od Česka 1 miliardu korun.", "cs", "CZE"),
    ("Ucrania recibe 1.000 millones de euros de España.", "es", "ESP"),
    ("L'Ucraina riceve 1 miliardo di euro dall'Italia.", "it", "ITA"),
    ("L'Ukraine reçoit 1 milliard d'euros de la France.", "fr", "FRA"),
    ("Ukraine receives €1 billion from Germany.", "en", "DEU"),
]


@pytest.mark.parametrize(("text", "lang", "donor"), RECEIVING)
def test_the_subject_of_a_receiving_verb_receives(text, lang, donor):
    (row,) = rows_of(text, lang)
    assert (row["donor"], row["recipient"], row["donor_from"]) == (donor, "UKR", "agent")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraina mottar 1 milliard kroner fra Norge.",
        "Ukraine modtager 2 milliarder kroner fra Danmark.",
        "Ukraina tar emot 1 miljard kronor från Sverige.",
    ],
)
def test_a_receiving_verb_with_the_language_guessed(text):
    (row,) = rows_of(text)
    assert row["donor"] in ("NOR", "DNK", "SWE") and row["recipient"] == "UKR"


# --- 3. an office before the verb gives; the name right before the amount receives ------------

# (text, lang, donor, recipient)
OFFICE_GIVES = [
    ("Regeringen ger Ukraina 15 miljarder kronor.", "sv", "SWE", "UKR"),
    ("Riksdagen beslutade att ge Ukraina 15 miljarder kronor.", "sv", "SWE", "UKR"),
    ("De regering geeft Oekraïne 400 miljoen euro.", "nl", "NLD", "UKR"),
    ("Regeringen ger Ukraina ytterligare 2 miljarder kronor.", "sv", "SWE", "UKR"),
    ("Regeringen giver Ukraine yderligere 800 millioner kroner.", "da", "DNK", "UKR"),
    ("Regjeringen gir Ukraina 5 milliarder kroner.", "nb", "NOR", "UKR"),
    ("Die Bundesregierung gibt der Ukraine 5 Milliarden Euro.", "de", "DEU", "UKR"),
    # a name before the amount with the receiver marked after it is the subject
    (
        "Het ministerie van Defensie maakte bekend dat Nederland 150 miljoen euro aan "
        "Oekraïne geeft.",
        "nl",
        "NLD",
        "UKR",
    ),
    ("I mars ger Sverige Ukraina 5 miljarder kronor.", "sv", "SWE", "UKR"),
]


@pytest.mark.parametrize(("text", "lang", "donor", "recipient"), OFFICE_GIVES)
def test_an_office_gives_to_the_name_before_the_amount(text, lang, donor, recipient):
    for given in (lang, None):
        (row,) = rows_of(text, given)
        assert (row["donor"], row["recipient"]) == (donor, recipient), given


# a national parliament stands for its country, in its own language and in others
# (text, donor)
PARLIAMENTS = [
    ("Riksdagen beslutade att ge Ukraina 15 miljarder kronor.", "SWE"),
    ("Stortinget vedtok å gi Ukraina 10 milliarder kroner.", "NOR"),
    ("Folketinget har besluttet at give Ukraine 15 milliarder euro.", "DNK"),
    ("Eduskunta päätti antaa Ukrainalle 100 miljoonaa euroa.", "FIN"),
    ("Sejm zdecydował o przekazaniu Ukrainie 2 mld zł.", "POL"),
    ("Poslanecká sněmovna schválila pro Ukrajinu 2 miliardy korun.", "CZE"),
    ("Die Tweede Kamer stimmte 500 Millionen Euro für die Ukraine zu.", "NLD"),
    ("Seimas skyrė Ukrainai 10 mln. eurų.", "LTU"),
    ("Las Cortes Generales aprobaron 500 millones de euros para Ucrania.", "ESP"),
    ("The Storting approved €1 billion for Ukraine.", "NOR"),
    ("The Folketing has voted DKK 2 billion for Ukraine.", "DNK"),
]


@pytest.mark.parametrize(("text", "donor"), PARLIAMENTS)
def test_a_parliament_stands_for_its_country(text, donor):
    (row,) = rows_of(text)
    assert (row["donor"], row["recipient"], row["donor_from"]) == (donor, "UKR", "institution")


# --- 4. other givers ----------------------------------------------------------------------------

# (text, donor): the official name in the nominative, a Croatian text told from Czech, a
# Danish giver in a Danish text
GIVERS = [
    ("Hrvatska je Ukrajini donirala 50 milijuna eura.", "HRV"),
    ("Republika Hrvatska je Ukrajini donirala 50 milijuna eura.", "HRV"),
    ("Česká republika poskytla Ukrajině 50 milionů eur.", "CZE"),
    ("Česká republika dá Ukrajině 1 miliardu korun.", "CZE"),
    ("Slovenská republika poskytla Ukrajine 10 miliónov eur.", "SVK"),
    ("Danmark giver Ukraine 2 milliarder kroner i år.", "DNK"),
    ("Danmark har hidtil givet Ukraine 60 milliarder kroner.", "DNK"),
]


@pytest.mark.parametrize(("text", "donor"), GIVERS)
def test_other_givers(text, donor):
    (row,) = rows_of(text)
    assert (row["donor"], row["recipient"]) == (donor, "UKR")
    assert "gazetteer does not know" not in (row["evidence"] or "")


# a nationality adjective after a word of means names a way of giving, not the recipient; the
# recipient of the next sentence is not carried from it
MEANS = [
    (
        "Nederland trekt 400 miljoen euro uit via de Deense constructie. Daarnaast gaat er "
        "100 miljoen euro naar drones.",
        [("NLD", None), ("NLD", None)],
    ),
    (
        "Sweden gives €300 million through the Danish model. Another €100 million goes to drones.",
        [("SWE", None), ("SWE", None)],
    ),
    ("Deutschland zahlt 500 Millionen Euro nach dem dänischen Modell.", [("DEU", None)]),
    ("La Suède verse 300 millions d'euros selon le modèle danois.", [("SWE", None)]),
    ("Polska przekaże 100 mln zł według duńskiego modelu.", [("POL", None)]),
    ("Sverige ger 300 miljoner kronor via den danska modellen.", [("SWE", None)]),
    ("Sweden gives €300 million to Ukraine through the Danish model.", [("SWE", "UKR")]),
    # without a word of means the adjective still names the receiver
    ("Germany gives the Ukrainian army €1 billion.", [("DEU", "UKR")]),
    ("Sweden gives €300 million to the Ukrainian army.", [("SWE", "UKR")]),
]


@pytest.mark.parametrize(("text", "expected"), MEANS)
def test_a_nationality_after_a_word_of_means_is_no_recipient(text, expected):
    assert [(row["donor"], row["recipient"]) for row in rows_of(text)] == expected
