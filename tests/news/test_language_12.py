"""Language guesses that silently changed a row (session 12, lang12b).

Four kinds: a capitalised word after a sentence's first is a name, never another language's
giving verb ("Pays" of "Les Pays-Bas" is no English "pay*"); an English verb stem takes
English words only ("promis*" took the French "promis"); a letter several languages write is
listed by each of them, so that it counts less for each ("â" of "Ucrânia" made Portuguese
Romanian; "ó" of "miliónov" is Slovak, not Czech); and a tie goes to the language whose
asking or refusing verbs the text uses as well as its giving ones ("neposkytne" is Slovak and
Czech, no Polish).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from aidcalc.news.candidates import pledge_candidates
from aidcalc.news.cues import VERB, count_cues
from aidcalc.news.language import infer_language, sentence_language
from aidcalc.parsing import parse_amount

PUBLISHED = datetime.date(2025, 3, 1)


# A sentence of another language inside an article: names are no verbs.
@pytest.mark.parametrize(
    ("sentence", "text_language", "expected"),
    [
        ("Les Pays-Bas ont promis 300 millions d'euros.", "de", "fr"),
        ("Aux Pays-Bas, le gouvernement a promis 300 millions d'euros.", "de", "fr"),
        ("Le pays a promis 300 millions d'euros.", "de", "fr"),  # "pays" no English "pays"
        ("Die Niederlande sagten 1 Milliarde Euro zu.", "fr", "de"),
        ("Los Países Bajos prometieron 300 millones de euros.", "de", "es"),
        # English sentences stay English: their verbs are lower case
        ("The Netherlands promised 300 million euros.", "de", "en"),
        ("Germany is promising 2 billion euros.", "fr", "en"),
        ("Payne Holdings paid 2 million euros.", "de", "en"),
    ],
)
def test_a_name_is_no_verb_of_another_language(sentence, text_language, expected):
    assert sentence_language(sentence, text_language) == expected


@pytest.mark.parametrize(
    ("text", "lang", "capitalised", "expected"),
    [
        ("Les Pays-Bas ont promis", "en", False, 0),
        ("Les Pays-Bas ont promis", "en", True, 1),  # "Pays"; "promis" is no English word
        ("le pays a promis", "en", False, 1),  # a lower-case "pays" may be English
        ("Germany pays and promises", "en", False, 2),
        ("Germany Pays", "en", False, 0),
        ("Pays-Bas ont promis", "en", False, 1),  # a sentence's first word may be a verb
        ("Pledges in Geneva:", "en", False, 1),
        ("“Pledged: €2bn”", "en", False, 1),
        ("Les Pays-Bas ont promis", "fr", False, 1),
        ("România a promis", "ro", False, 1),
    ],
)
def test_counting_verbs_without_capitalised_words(text, lang, capitalised, expected):
    assert count_cues(text, lang, VERB, but="aux", capitalised=capitalised) == expected


# The English stem "promis*" took the French and Romanian "promis": now "promise*" and
# "promisi*" only, while every English form stays a verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("promis", 0),
        ("promise", 1),
        ("promised", 1),
        ("promises", 1),
        ("promising", 1),
        ("Germany has promised and is promising more", 2),
    ],
)
def test_the_english_promise_stem_takes_english_words(text, expected):
    assert count_cues(text, "en", VERB, but="aux") == expected


# Letters several languages write count for each of them (one point, not two to one).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O Brasil doou à Ucrânia 5 mil reais.", "pt"),
        ("A Ucrânia recebeu 3 milhões de euros.", "pt"),
        ("O Brasil enviou à Ucrânia 20 milhões de reais.", "pt"),
        ("Le théâtre de Kyiv a reçu 2 millions d'euros.", "fr"),
        ("Le Portugal a promis 2 millions d'euros à l'Ukraine.", "fr"),
        ("România a donat Ucrainei 3 milioane de euro.", "ro"),
        ("Guvernul român a aprobat o donație de 2 milioane de lei.", "ro"),
        # "ó" is Slovak (and Polish, Spanish, Portuguese), not Czech
        ("Slovensko poslalo Ukrajine 5 miliónov eur.", "sk"),
        ("Vláda schválila jeden milión eur na pomoc.", "sk"),
        ("Česko poslalo Ukrajině 5 milionů eur.", "cs"),
        ("Polska przekazała Ukrainie 5 mln złotych.", "pl"),
        ("La Unión Europea aprobó 50 millones de euros.", "es"),
        ("Portugal já enviou 3 milhões de euros à Ucrânia.", "pt"),
        # "vlani" (last year) is Slovak; Czech writes "loni"
        ("Slovensko poslalo Ukrajine vlani 80 mil. eur.", "sk"),
        ("Česko loni poslalo Ukrajině 80 mil. eur.", "cs"),
    ],
)
def test_shared_letters_count_for_each_language(text, expected):
    assert infer_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovensko neposkytne Ukrajine 10 miliónov eur.", "sk"),
        ("Ukraina pyysi Suomelta 100 miljoonaa euroa.", "fi"),
        ("Wir brauchen 5 Mrd. Euro.", "de"),
        ("Oekraïne vroeg Nederland om 100 miljoen euro.", "nl"),
    ],
)
def test_asking_and_refusing_verbs_tell_a_language(text, expected):
    assert infer_language(text) == expected


def test_a_portuguese_thousand_is_read_in_portuguese():
    """The Brazilian sentence read as Romanian made "mil" the Romanian million abbreviation
    and lost its donor; read as Portuguese it is five thousand reais from Brazil."""
    (row,) = pledge_candidates("O Brasil doou à Ucrânia 5 mil reais.", published=PUBLISHED)
    assert (row["currency"], row["value"], row["donor"]) == ("BRL", 5000.0, "BRA")
    assert parse_amount("5 mil reais", lang="pt").value == 5000


@pytest.mark.parametrize(
    ("text", "donor", "value"),
    [
        (
            "Die Ukraine erhält weitere Hilfe aus Europa. "
            "Les Pays-Bas ont promis 300 millions d'euros.",
            "NLD",
            300_000_000.0,
        ),
        (
            "Die Ukraine erhält weitere Hilfe aus Europa. "
            "La Belgique a annoncé 100 millions d'euros.",
            "BEL",
            100_000_000.0,
        ),
    ],
)
def test_a_french_sentence_in_a_german_article_keeps_its_donor(text, donor, value):
    rows = pledge_candidates(text, published=PUBLISHED)
    assert [(row["donor"], row["value"]) for row in rows] == [(donor, value)]


# Was open: "la" and "a" are Romanian stop words, "la" alone a French one, and "promis" a verb
# of both, so a French "a promis" sentence without a French letter read Romanian. Fixed in
# lang13: the elided "d'" and "qu'" are French stop words (Romanian elides neither), and "de",
# "en" and "l'" French ones as well as Spanish, Romanian or Italian ones.
@pytest.mark.parametrize(
    "sentence",
    [
        "La Belgique a promis 100 millions d'euros.",
        "La Suède a promis 50 millions d'euros.",
        "La Norvège a promis 1 milliard de couronnes.",
        "L'Italie a promis 300 millions d'euros.",
    ],
)
def test_a_french_a_promis_sentence_is_french(sentence):
    assert sentence_language(sentence, "de") == "fr"
    assert infer_language(sentence) == "fr"


@pytest.mark.parametrize(
    "sentence",
    [
        "România a promis 100 milioane de euro.",
        "Belgia a promis 100 de milioane de euro.",
        "Guvernul a promis sprijin Ucrainei.",
    ],
)
def test_a_romanian_a_promis_sentence_stays_romanian(sentence):
    assert infer_language(sentence) == "ro"


# Floors: passages of the two labelled corpora whose language ``infer_language`` tells, per
# language (they only go up). Before this branch: parsing corpus 413 of 493, news 344 of 351;
# raised in lang13 (parsing corpus 428 -> 465 of 505, news 368 -> 372: Bulgarian and Greek
# passages told, French ones no longer Spanish or Romanian).
PARSING_FLOORS = {
    "bg": 14, "cs": 21, "da": 18, "de": 40, "el": 16, "en": 57, "es": 19, "fi": 12, "fr": 36,
    "hr": 10, "it": 14, "lt": 27, "nb": 13, "nl": 16, "pl": 28, "pt": 21, "ro": 17, "ru": 11,
    "sk": 13, "sv": 17, "tr": 16, "uk": 29,
}  # fmt: skip
NEWS_FLOORS = {
    "cs": 24, "da": 7, "de": 30, "en": 52, "es": 27, "fi": 6, "fr": 24, "hr": 5, "it": 29,
    "lt": 13, "nb": 6, "nl": 28, "pl": 28, "pt": 23, "ro": 23, "sv": 26, "uk": 21,
}  # fmt: skip


def _told(passages):
    told: dict[str, int] = {}
    for lang, text in passages:
        told[lang] = told.get(lang, 0) + (infer_language(text) == lang)
    return told


def test_the_parsing_corpus_languages_meet_their_floors():
    path = Path(__file__).parents[1] / "parsing" / "corpus" / "passages.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    told = _told((p["lang"], p["text"]) for p in map(json.loads, lines))
    assert all(told.get(lang, 0) >= floor for lang, floor in PARSING_FLOORS.items()), told


def test_the_news_corpus_languages_meet_their_floors():
    import passages  # tests/news, on the path as in test_nordic_11

    told = _told((lang, text) for lang, text, _ in passages.PASSAGES + passages.HELD_OUT)
    assert all(told.get(lang, 0) >= floor for lang, floor in NEWS_FLOORS.items()), told
