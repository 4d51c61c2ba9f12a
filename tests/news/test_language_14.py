"""The language of short texts; Slovenian; Serbian and Macedonian in Cyrillic (session 14, langs14).

A caption or a headline holds few small words: the letters a language writes side by side
(``LETTER_PAIRS``: Finnish "ää", Norwegian "øy", "økt") and the particles a caption keeps
(German "beim", "seit") are what still tell it, where a shared letter ("ä", "ø") tied the
languages and the table's first won. Slovenian is told from Croatian, Czech and Slovak by its
small words and the news words it spells its own way; Serbian and Macedonian Cyrillic by the
letters Ukrainian, Russian and Bulgarian never write ("ј", "ћ", "ќ"). The short labelled set
(``short_language_sentences``) measures every language and sets floors.
"""

from __future__ import annotations

import datetime
from collections import Counter

import pytest
from language_sentences import SENTENCES, expected  # tests/news, on the path
from short_language_sentences import SHORT_SENTENCES, expected_short

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.language import infer_language, sentence_language
from aidcalc.parsing.language import leading_languages, text_language

PUBLISHED = datetime.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Finnish long vowels: a headline of no small word, its "ä" shared with German
        ("Hallitus lisää tukea Ukrainalle", "fi"),
        ("Pääministeri vieraili Kiovassa torstaina", "fi"),
        ("Eduskunta hyväksyi uuden tukipaketin", "fi"),
        ("Syyskuun tukipaketti hyväksyttiin", "fi"),
        ("Tukea Ukrainalle syyskuussa", "fi"),
        # Norwegian "øy", "økt" where Danish writes "øj", "øgt"
        ("Statsministeren besøkte Kyiv torsdag", "nb"),
        ("Regjeringen økte rammen for støtten", "nb"),
        ("Høy pris for nytt luftvern", "nb"),
        ("Forsvarsministeren lover mer luftvern", "nb"),
        ("Statsministeren besøgte Kyiv torsdag", "da"),
        ("Høj pris for nyt luftforsvar", "da"),
        # German captions: the particles they keep
        ("Militärhilfe Deutschlands seit Kriegsbeginn", "de"),
        ("Kanzler Merz beim Gipfel in Brüssel", "de"),
        ("Scholz nach dem Treffen mit Selenskyj", "de"),
        ("Panzer aus Beständen der Bundeswehr", "de"),
        # and the languages beside them keep theirs
        ("Chancellor Merz at the summit in Brussels", "en"),
        ("Sverige ger Ukraina nya miljarder", "sv"),
        ("Presidentti vieraili Kiovassa tänään", "fi"),
    ],
)
def test_short_texts_by_the_letters_and_particles_they_keep(text, lang):
    assert infer_language(text) == lang


def test_a_shared_letter_pair_counts_for_each_language_listing_it():
    # "uu": Finnish and Dutch alike, one point each; neither wins by it alone
    assert leading_languages("Vuur") == frozenset({"fi", "nl"})
    assert leading_languages("uuden") == frozenset({"fi", "nl"})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Slovenija je Ukrajini namenila 5 milijonov evrov pomoči.", "sl"),
        ("Vlada je zagotovila še 2 milijona evrov.", "sl"),
        ("Slovenija je doslej podarila 2 milijona evrov.", "sl"),
        ("Minister je dejal, da bo pomoč prispela do konca meseca.", "sl"),
        ("Evropska unija bo tudi letos obljubila več kot 5 milijard evrov.", "sl"),
        # the neighbours keep theirs
        ("Hrvatska je Ukrajini donirala 50 milijuna eura.", "hr"),
        ("Vlada je odobrila novi paket pomoći.", "hr"),
        ("Česko poslalo Ukrajině 5 milionů eur.", "cs"),
        ("Slovensko poslalo Ukrajine 5 miliónov eur.", "sk"),
        ("Srbija je Ukrajini poslala pomoć vrednu 2 miliona evra.", "sr"),  # "evra" (hr "eura")
    ],
)
def test_slovenian_among_its_neighbours(text, lang):
    assert infer_language(text) == lang
    if lang == "sl":  # the parser's guess too (it breaks no tie by verbs: "je" is Czech first)
        assert text_language(text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Србија је Украјини дала 5 милиона евра.", "sr"),
        ("Влада Србије усвојила је нови пакет мера.", "sr"),
        ("Председник Вучић је рекао да ће помоћ стићи.", "sr"),
        ("Београд је послао хуманитарну помоћ.", "sr"),
        ("Министар финансија најавио је буџет од 2 милијарде динара.", "sr"),
        ("Премиерот ќе ја посети Украина.", "mk"),
        ("Владата ќе одвои 3 милиони денари за помош.", "mk"),
        ("Скопје ќе испрати опрема.", "mk"),
        # the three whose letters Serbian and Macedonian do not write keep theirs
        ("Литва надала Україні допомогу.", "uk"),
        ("Министр финансов заявил, что бюджет будет исполнен.", "ru"),
        ("България ще отпусне на Украйна 30 милиона лева помощ.", "bg"),
    ],
)
def test_serbian_and_macedonian_cyrillic(text, lang):
    assert infer_language(text) == lang
    assert text_language(text) == lang


@pytest.mark.parametrize(
    ("text", "donor", "recipient", "measure"),
    [
        ("Slovenija je Ukrajini namenila 5 milijonov evrov pomoči.", "SVN", "UKR", "allocation"),
        ("Nemčija je Ukrajini obljubila 2 milijardi evrov.", "DEU", "UKR", "pledge"),
        ("Avstrija bo Moldaviji zagotovila 3 milijone evrov.", "AUT", "MDA", "pledge"),
        ("Slovenija je Ukrajini podarila opremo v vrednosti 1,5 milijona evrov.", "SVN", "UKR",
         "allocation"),
        ("Ukrajina je od Slovenije prejela 4 milijone evrov.", None, "UKR", "disbursement"),
    ],
)  # fmt: skip
def test_slovenian_pledge_rows(text, donor, recipient, measure):
    (row,) = pledge_candidates(text, published=PUBLISHED)
    assert (row["recipient"], row["measure"]) == (recipient, measure)
    if donor is not None:
        assert row["donor"] == donor


def test_an_english_sentence_in_a_slovenian_text_keeps_its_billion():
    text = "Slovenija je Ukrajini namenila 5 milijonov evrov. The United States pledged $2 billion."
    assert sentence_language("The United States pledged $2 billion.", "sl") == "en"
    rows = pledge_candidates(text, published=PUBLISHED)
    assert [(r["donor"], r["value"]) for r in rows] == [("SVN", 5e6), ("USA", 2e9)]


# Floors of the short set, per language (they only go up). Before langs14: de 5, en 5, nb 3,
# da 5, sv 4, fi 3, sl 0, hr 3, cs 4, sk 0, pl 3, fr 2, nl 1, sr-Cyrl 0, mk 0 (38 of 61).
SHORT_FLOORS = {
    "de": 5, "en": 5, "nb": 5, "da": 5, "sv": 4, "fi": 6, "sl": 3, "hr": 3, "cs": 4, "sk": 0,
    "pl": 3, "fr": 2, "nl": 1, "sr-Cyrl": 5, "mk": 2,
}  # fmt: skip


def test_the_short_set_meets_its_floors():
    told = Counter(
        label for label, text in SHORT_SENTENCES if infer_language(text) == expected_short(label)
    )
    assert {label: told[label] for label in SHORT_FLOORS} == {
        label: max(told[label], floor) for label, floor in SHORT_FLOORS.items()
    }


def test_the_short_set_is_short_and_of_fifteen_languages():
    assert len(SHORT_SENTENCES) >= 40 and len(set(SHORT_SENTENCES)) == len(SHORT_SENTENCES)
    assert all(2 <= len(text.split()) <= 15 for _, text in SHORT_SENTENCES)
    assert len({label for label, _ in SHORT_SENTENCES}) >= 15


def test_slovenian_is_counted_as_itself_in_the_labelled_set():
    slovenian = [text for label, text in SENTENCES if label == "sl"]
    assert expected("sl") == "sl"
    assert sum(infer_language(text) == "sl" for text in slovenian) >= 9
