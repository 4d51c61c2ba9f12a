"""The language of the words around an amount, as evidence for its decimal mark.

One scoring over the curated words (``aidcalc.words``: ``STOP_WORDS``, one point per frequent
function word; ``LETTERS``, two points per word holding a letter only one Latin-script language
lists, one per language when several list it: ``letter_points``), shared with
``aidcalc.news.language.infer_language`` (layer 4 reads layer 2). The parser needs only a language,
or None when no word tells; Cyrillic text is Ukrainian or Russian, both of which write a decimal
comma, so the script alone answers.

>>> text_language("The fund received 312.000 EUR from donors.")
'en'
>>> text_language("Der Fonds erhielt 1.500 Millionen Euro von den Gebern.")
'de'
>>> text_language("Фонд отримав 700.000 грн") in ("uk", "ru")
True
>>> text_language("€1.500") is None
True
"""

from __future__ import annotations

import re
from functools import partial
from operator import is_not
from typing import NamedTuple

from ..words import LETTER_PAIRS, LETTERS, SCRIPTS, STOP_WORDS, TELLING_WORDS, WORD_ENDINGS

SAMPLE_CHARS = 5_000
_WORD_RE = re.compile(r"[^\W\d_]+")
# letters glued to a dollar sign are the sign's, no word of any language: "AU$", "NZ$", "C$",
# "R$", "US$", "$US" ("au" is a French word: "Australia pledged AU$1.1 billion" read as French
# made its "billion" the French 10^12, silently)
_SIGN_LETTERS = re.compile(r"[^\W\d_]{1,3}\$|\$[^\W\d_]{1,3}(?![^\W\d_])")
_LATIN_LETTERS = {lang: letters for lang, letters in LETTERS.items() if SCRIPTS[lang] == "Latn"}


def letter_points(letters_of: dict[str, frozenset[str]]) -> dict[str, tuple[tuple[str, int], ...]]:
    """Return {letter: ((language, points), …)}: two points to the one language listing a
    letter, one to each when several do ("ä" is German, Finnish, Swedish and Slovak alike).

    >>> letter_points({"de": frozenset("äß"), "fi": frozenset("ä")})["ä"]
    (('de', 1), ('fi', 1))
    >>> letter_points({"de": frozenset("äß"), "fi": frozenset("ä")})["ß"]
    (('de', 2),)
    """
    owners: dict[str, list[str]] = {}
    for lang, letters in letters_of.items():
        for letter in letters:
            owners.setdefault(letter, []).append(lang)
    return {
        letter: tuple((lang, 2 if len(langs) == 1 else 1) for lang in sorted(langs))
        for letter, langs in owners.items()
    }


_LETTER_POINTS = letter_points(_LATIN_LETTERS)
# Endings of words that tell a Latin-script language, scored as its letters are and added to
# them ("-ovať" two points to Slovak, "-ej" one to Slovak and one to Polish, beside the points
# of "š" in "protivzdušnej"): {ending: ((language, points), …)}.
_ENDING_POINTS = letter_points(
    {lang: endings for lang, endings in WORD_ENDINGS.items() if SCRIPTS[lang] == "Latn"}
)
_ENDINGS = tuple(_ENDING_POINTS)
# Letters written side by side, anywhere in a word, that tell a Latin-script language, scored
# as its letters are and added to them: Finnish "ää", "yy" ("lisää", "hyvä" has none), Norwegian
# "øy", "økt" ("høy", "besøkte"; Danish "høj", "besøgte"). A short text (a caption, a
# headline) has few small words, and letters shared by several languages ("ä": German,
# Finnish, Swedish, Slovak) tie, the tie going to the table's first: ``LETTER_PAIRS`` are
# evidence of one language such a text still holds. {pair: ((language, points), …)}.
_PAIR_POINTS = letter_points(
    {lang: pairs for lang, pairs in LETTER_PAIRS.items() if SCRIPTS[lang] == "Latn"}
)


class Scores(NamedTuple):
    """What the words of a sample tell: points per Latin-script language, and word counts."""

    latin: dict[str, int]  # one point per frequent function word, two per telling letter
    cyrillic_words: int
    latin_words: int
    ukrainian_words: int  # Cyrillic words holding a letter only Ukrainian uses, or its word
    russian_words: int  # … only Russian uses (or a pair of letters), or a word of its own
    bulgarian_words: int = 0  # … a "ъ" outside the Russian pairs, or a Bulgarian word
    serbian_words: int = 0  # … a letter Serbian writes and the three above do not ("ј", "ћ")
    macedonian_words: int = 0  # … a letter Macedonian writes ("ј", "ќ"), or its word


def language_scores(sample: str) -> Scores:
    """Return the scores of ``sample`` (already casefolded) over the curated words.

    The scores of the last ``RECENT`` samples are remembered: a reader asks for the same
    text's language from several steps (the decimal mark, a currency name, a shared currency
    word), with a sentence's between; each caller gets its own ``latin`` dict.
    """
    found = _recent(_SCORED, sample, _scores)
    return found._replace(latin=dict(found.latin))


RECENT = 8  # texts whose answers are remembered, per question
RECENT_CHARS = 1 << 16  # longer texts are not kept (a reader's block is at most this long)
_SCORED: dict[str, Scores] = {}  # sample: its scores, oldest first
_TOLD: dict[str, str | None] = {}  # text: ``text_language``
_LEADING: dict[str, frozenset[str]] = {}  # text: ``leading_languages``
_GREEK_TOLD: dict[str, bool] = {}  # sample: ``_greek_leads``


def _recent(answers: dict, text: str, function):
    """Return ``function(text)``, remembered in ``answers`` for the last ``RECENT`` texts."""
    found = answers.get(text, answers)
    if found is answers:
        found = function(text)
        if len(text) <= RECENT_CHARS:
            if len(answers) >= RECENT:
                try:  # the oldest goes
                    del answers[next(iter(answers))]
                except (RuntimeError, StopIteration, KeyError):  # another thread changed it
                    answers.clear()
            answers[text] = found
    return found


def _scores(sample: str) -> Scores:
    scores = dict.fromkeys(STOP_WORDS, 0)
    cyrillic = ukrainian = russian = bulgarian = serbian = macedonian = 0
    points = _POINTS
    if "$" in sample:
        sample = _without_sign_letters(sample)
    words = _WORD_RE.findall(sample)
    found_all = list(map(points.get, words))  # one look-up per word, in C
    if None in found_all:  # words met for the first time
        for index, found in enumerate(found_all):
            if found is None:
                found = found_all[index] = _points(words[index])
                if len(points) < _POINTS_MAX:
                    points[words[index]] = found
    # two words in three score nothing (``_NOTHING``, one shared tuple): they count as Latin
    # words and are passed over in C; the loop runs over the others only
    for found in filter(_SCORES_SOMETHING, found_all):
        if found[0]:  # Cyrillic: (True, Ukrainian, Russian, Bulgarian, Serbian, Macedonian)
            cyrillic += 1
            ukrainian += found[1]
            russian += found[2]
            bulgarian += found[3]
            serbian += found[4]
            macedonian += found[5]
            continue
        for lang, point in found[1]:
            scores[lang] += point
    return Scores(
        scores, cyrillic, len(words) - cyrillic, ukrainian, russian, bulgarian, serbian, macedonian
    )


def _without_sign_letters(sample: str) -> str:
    """Return ``_SIGN_LETTERS.sub(" ", sample)``, the expression run only around each "$".

    Every match holds one "$", at most 3 letters before it, or 3 after it and the letter
    test one past those: a match starting at ``i - 3`` at the earliest and ending by ``i + 5``
    for a "$" at ``i``. Windows that far around each "$", joined where they meet, each give
    what the whole-text substitution gives in them (no match crosses from one to the next),
    and the text between windows holds no match; the engine no longer tries the expression
    at every letter of a text of thousands (a tenth of the time a text's language took).

    >>> _without_sign_letters("au$5 and nz$ 3, $us 2; abcd$1 us$$au")
    ' 5 and   3,   2; a 1   '
    """
    pieces = []
    done = 0  # the text before this is in ``pieces``
    at = sample.find("$")
    while at >= 0:
        start = max(at - 3, done)
        end = at + 5
        following = sample.find("$", at + 1)
        while 0 <= following < end + 3:  # the next window meets this one: one window
            end = following + 5
            following = sample.find("$", following + 1)
        pieces.append(sample[done:start])
        pieces.append(_SIGN_LETTERS.sub(" ", sample[start:end]))
        done = min(end, len(sample))
        at = following
    pieces.append(sample[done:])
    return "".join(pieces)


# What one word scores, remembered per word (a text's words recur): for a Cyrillic word
# (True, tells Ukrainian, … Russian, … Bulgarian, … Serbian, … Macedonian:
# ``_cyrillic_points``), for another
# (False, ((language, points), …)): one point per stop-word list holding it, then two per
# language whose telling letters it holds, in the order the scoring adds them.
_POINTS: dict[str, tuple] = {}
_POINTS_MAX = 100_000


def _points(word: str) -> tuple:
    letters = set(word)
    if "\u0400" <= word[0] <= "\u04ff":
        return (True, *_cyrillic_points(word))
    found = [(lang, 1) for lang, words in STOP_WORDS.items() if word in words]
    telling: dict[str, int] = {}
    for letter in letters:
        for lang, point in _LETTER_POINTS.get(letter, ()):
            telling[lang] = max(telling.get(lang, 0), point)
    if word.endswith(_ENDINGS):  # an ending is evidence of its own, beside the letters
        for ending in _ENDINGS:
            if word.endswith(ending):
                for lang, point in _ENDING_POINTS[ending]:
                    telling[lang] = telling.get(lang, 0) + point
    for pair, pair_points in _PAIR_POINTS.items():  # so is a pair, anywhere in the word
        if pair in word:
            for lang, point in pair_points:
                telling[lang] = telling.get(lang, 0) + point
    found += sorted(telling.items())
    return (False, tuple(found)) if found else _NOTHING


_NOTHING = (False, ())  # what a Latin word that is no stop word and has no telling letter scores
_SCORES_SOMETHING = partial(is_not, _NOTHING)


_RUSSIAN_PAIRS = re.compile("|".join(sorted(LETTER_PAIRS["ru"])))


def _cyrillic_points(word: str) -> tuple[bool, bool, bool, bool, bool]:
    """Return whether the casefolded Cyrillic ``word`` tells Ukrainian, Russian, Bulgarian,
    Serbian, Macedonian.

    A word tells a language when it holds one of its ``LETTERS`` ("і", "ы"), ends in one of
    its ``WORD_ENDINGS`` (Bulgarian "помощ") or is one of its ``TELLING_WORDS`` ("що", "что",
    "ще": Ukrainian and Bulgarian both). The "ъ" tells
    Bulgarian ("към", "Министърът") except in the pairs Russian writes it in ("объявил": the
    hard sign before "е", "ё", "ю", "я"), which tell Russian.

    Serbian and Macedonian share "ј", "љ", "њ", "џ", which the other three never write: a
    word with one of them tells both; "ћ", "ђ" tell Serbian only, "ќ", "ѓ", "ѕ" Macedonian
    only (``LETTERS``).

    >>> _cyrillic_points("україні")[:3], _cyrillic_points("что")[:3], _cyrillic_points("към")[:3]
    ((True, False, False), (False, True, False), (False, False, True))
    >>> _cyrillic_points("объявил")[:3], _cyrillic_points("въоръжение")[:3]
    ((False, True, False), (False, False, True))
    >>> _cyrillic_points("съюз")[:3], _cyrillic_points("помощ")[:3], _cyrillic_points("помощь")
    ((False, False, True), (False, False, True), (False, False, False, False, False))
    >>> _cyrillic_points("помоћ")[3:], _cyrillic_points("србија")[3:], _cyrillic_points("ќе")[3:]
    ((True, False), (True, True), (False, True))
    """
    letters = set(word)
    pairs = _RUSSIAN_PAIRS.search(word) is not None if "ъ" in letters else False
    return (
        bool(letters & LETTERS["uk"]) or word in TELLING_WORDS["uk"],
        bool(letters & LETTERS["ru"]) or pairs or word in TELLING_WORDS["ru"],
        ("ъ" in _RUSSIAN_PAIRS.sub("", word) if pairs else bool(letters & LETTERS["bg"]))
        or word.endswith(tuple(WORD_ENDINGS["bg"]))
        or word in TELLING_WORDS["bg"],
        bool(letters & LETTERS["sr"]),
        bool(letters & LETTERS["mk"]) or word in TELLING_WORDS["mk"],
    )


def cyrillic_language(found: Scores) -> str:
    """Return the Cyrillic-script language of the words ``found``: Serbian or Macedonian when
    more of its words write a letter of theirs ("ј", "ћ", "ќ") than tell any of the other
    three (Macedonian when more tell Macedonian than Serbian, else Serbian: a word with "ј"
    tells both); else Bulgarian when more of its words tell Bulgarian than tell Russian or
    Ukrainian (``_cyrillic_points``), else Russian when more tell Russian than Ukrainian, else
    Ukrainian (no telling word at all).

    >>> cyrillic_language(language_scores("българия ще отпусне на украйна 30 милиона лева"))
    'bg'
    >>> cyrillic_language(language_scores("министр заявил, что бюджет будет исполнен"))
    'ru'
    >>> cyrillic_language(language_scores("фонд отримав 700 тисяч гривень"))
    'uk'
    >>> cyrillic_language(language_scores("србија је украјини дала 5 милиона евра"))
    'sr'
    >>> cyrillic_language(language_scores("премиерот ќе ја посети украина"))
    'mk'
    """
    south = max(found.serbian_words, found.macedonian_words)
    if south > max(found.bulgarian_words, found.russian_words, found.ukrainian_words):
        return "mk" if found.macedonian_words > found.serbian_words else "sr"
    if found.bulgarian_words > max(found.russian_words, found.ukrainian_words):
        return "bg"
    return "ru" if found.russian_words > found.ukrainian_words else "uk"


_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _greek_leads(sample: str) -> bool:
    """True when more letters of ``sample`` are Greek than of any other script."""
    if sample.isascii() or _GREEK.search(sample) is None:  # most texts have none: no count
        return False
    greek = len(_GREEK.findall(sample))
    return greek * 2 > sum(ch.isalpha() for ch in sample)


def leading_languages(text: str) -> frozenset[str]:
    """Return every language sharing the best score of ``text``'s words (empty when none scores).

    A tie is kept, not broken by the table's order: Danish and Norwegian share most small
    words, and a currency word they both write ("kroner") is told apart only when one of them
    leads (``resolve.resolve_currency``, the text's language step).

    >>> sorted(leading_languages("Stortinget vedtok 75 milliarder kroner etter at de ble enige."))
    ['nb']
    >>> sorted(leading_languages("Fonden gav 3 mia. kr. efter mødet, og det blev godt."))
    ['da']
    >>> sorted(leading_languages("Pengene går til 75 milliarder kroner."))  # a tie
    ['da', 'nb']
    >>> leading_languages("€1.500")
    frozenset()
    """
    return _recent(_LEADING, text, _leading_languages)


def _leading_languages(text: str) -> frozenset[str]:
    if _recent(_GREEK_TOLD, text[:SAMPLE_CHARS], _greek_leads):  # asked by both
        return frozenset({"el"})
    found = _recent(_SCORED, text[:SAMPLE_CHARS].casefold(), _scores)  # read only: no copy
    if found.cyrillic_words > found.latin_words:
        return frozenset({text_language(text) or "uk"})
    best = max(found.latin.values(), default=0)
    if not best:
        return frozenset()
    return frozenset(lang for lang, points in found.latin.items() if points == best)


def text_language(text: str) -> str | None:
    """Return the ISO 639-1 code the words of ``text`` point to, or None if none does.

    Greek script is Greek ("el"), the one supported language written in it.

    >>> text_language("Η Ελλάδα δίνει 5 εκατ. ευρώ")
    'el'
    >>> text_language("Suomi on antanut Ukrainalle 50 miljoonaa euroa, kertoo ministeriö.")
    'fi'
    """
    return _recent(_TOLD, text, _text_language)


def told_by_one_word(text: str) -> bool:
    """True when ``text_language`` names a Latin-script language on one word's points alone
    ("France pledged $1.500 million, as Germany did.": Portuguese, for "as"): too little to
    read a number's mark by (``SideValue.decimal_mark``, step 5).

    >>> told_by_one_word("France pledged $1.500 million, as Germany did.")
    True
    >>> told_by_one_word("Polska daje 1.500 mln zł"), told_by_one_word("Η Ελλάδα δίνει")
    (False, False)
    """
    if _recent(_GREEK_TOLD, text[:SAMPLE_CHARS], _greek_leads):
        return False
    found = _recent(_SCORED, text[:SAMPLE_CHARS].casefold(), _scores)
    if found.cyrillic_words > found.latin_words:
        return False
    return max(found.latin.values(), default=0) == 1


def _text_language(text: str) -> str | None:
    if _recent(_GREEK_TOLD, text[:SAMPLE_CHARS], _greek_leads):  # asked by both
        return "el"
    found = _recent(_SCORED, text[:SAMPLE_CHARS].casefold(), _scores)  # read only: no copy
    if found.cyrillic_words > found.latin_words:
        return cyrillic_language(found)
    scores = found.latin
    best = max(scores.values(), default=0)
    if not best:
        return None
    # the first language with the best score, in the table's order (as ``max`` with a key)
    return next(lang for lang, points in scores.items() if points == best)
