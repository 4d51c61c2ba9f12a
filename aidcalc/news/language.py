"""Guessing the language of a news text from its script, letters and most common words.

Deliberately simple: a text of hangul is Korean, of kana (among ideographs) Japanese, of
ideographs with neither Chinese; Cyrillic text is Serbian or Macedonian by the letters only
they write ("ј", "ћ", "ќ"), else Bulgarian, Russian or Ukrainian by the letters and small words
that tell each (``cyrillic_language``); Latin text scores one point per frequent function word
and per letter (or pair of letters side by side) only one of the supported languages uses, and
the best score wins; Croatian's best goes to Serbian when the text holds more of Serbian's
ekavian words than of Croatian's (``_by_telling_words``). The first 20,000 characters are
enough for an article.

>>> infer_language("Lithuania has provided Ukraine with military support.")
'en'
>>> infer_language("Lietuva skyrė Ukrainai 10 mln. eurų paramą.")
'lt'
>>> infer_language("Литва надала Україні допомогу.")
'uk'
>>> infer_language("12 345") is None
True
>>> infer_language("外務省はスーダンに500万ドルの緊急無償資金協力を行う。")
'ja'
>>> infer_language("日本政府向乌克兰追加提供约4.7亿美元。")
'zh'
>>> infer_language("정부는 500만 달러를 지원한다.")
'ko'
>>> infer_language("Nemačka je Ukrajini obećala još 4 milijarde evra vojne pomoći.")
'sr'
"""

from __future__ import annotations

import re

from ..parsing.language import cyrillic_language, language_scores, leading_languages
from ..parsing.lexicon import lexicon
from ..words import CASE_SUFFIXES, LATIN_TELLING_WORDS, NEWS_LANGUAGES, STOP_WORDS
from .cues import NOT_GIVING, VERB, count_cues, find_cues

SAMPLE_CHARS = 20_000
# An English possessive ending ("Korea's", "Germany’s"): the letter after the apostrophe is no
# word of its own (a lone "s" is a Czech and Slovak stop word, "with"). The pattern opens with
# the apostrophe and asks for the letter before it after that (a look-behind over both), so
# that the search skips to apostrophes instead of trying every position.
POSSESSIVE_RE = re.compile(r"['’](?<=[^\W\d_]['’])s(?![^\W\d_])")


def infer_language(text: str) -> str | None:
    """Return the ISO 639-1 code ``text`` is most likely written in, or None if nothing tells.

    The scoring is the parser's (``aidcalc.parsing.language``, over ``aidcalc.words``); a text
    mostly in Cyrillic is Russian when more of its words hold Russian-only letters; a text
    with no stop word or letter of any language is of the language whose news verbs it uses.
    The "s" of an English possessive counts as no word (``POSSESSIVE_RE``). A tie of the best
    scores goes to the tied language whose giving and receiving verbs the text uses, else to the
    first in the table's order.

    >>> infer_language("Germany pledged €2bn. Korea's government promised $300m.")
    'en'
    """
    if leading_languages(text[:SAMPLE_CHARS]) == {"el"}:  # mostly Greek letters
        return "el"
    if _mostly_hangul(text[:SAMPLE_CHARS]):  # Korean: its tables of needs, costs and totals
        return "ko"
    if _japanese(text[:SAMPLE_CHARS]):  # "政府は…": the government is the Japanese press's own
        return "ja"
    if _mostly_han(text[:SAMPLE_CHARS]):  # ideographs without kana: Chinese
        return "zh"
    sample, endings = _name_endings(POSSESSIVE_RE.sub("", text[:SAMPLE_CHARS]))
    found = language_scores(sample.casefold())
    for lang, count in endings.items():
        found.latin[lang] = found.latin.get(lang, 0) + count
    sample = sample.casefold()
    if found.cyrillic_words > found.latin_words:
        return _cyrillic_by_news_verbs(text[:SAMPLE_CHARS], found)
    best = max(found.latin, key=found.latin.get)
    if not found.latin[best]:
        return _by_news_verbs(text[:SAMPLE_CHARS])
    best = _by_scale_words(sample, found.latin, best)
    tied = [lang for lang, points in found.latin.items() if points == found.latin[best]]
    if len(tied) > 1:  # "Hrvatska je Ukrajini donirala …": "je" is Czech and Croatian alike
        best = _by_news_verbs(text[:SAMPLE_CHARS], tied) or best
    return _by_telling_words(sample, best)


# What a scale word ("millones", "miliarde") weighs for the languages within reach of the best
# score (less than this behind): more than a shared one-letter stop word ("a": Romanian's, not
# Spanish's, for the table), as much as a news verb weighs in ``sentence_language``.
SCALE_EVIDENCE = 2
# The fewest letters a scale word counts with: abbreviations are shared ("m", "k" by most
# languages, "Mio." by German and Slovenian, "mln" by Polish, Dutch, Italian, Lithuanian; "2022
# m." is a Lithuanian year), the words written out are not ("millones", "milijuna").
SCALE_WORD_LETTERS = 4
# The languages scored as another in Latin script (``LATIN_TELLING_WORDS``: Serbian's "miliona"
# counts for Croatian, which ``_by_telling_words`` then tells from Serbian).
SCORED_AS = {
    lang: scored
    for scored in LATIN_TELLING_WORDS
    if scored in STOP_WORDS
    for lang in LATIN_TELLING_WORDS
    if lang not in STOP_WORDS
}


def _by_scale_words(sample: str, scores: dict[str, int], best: str) -> str:
    """Return the language of the best score once the scale words of the casefolded
    ``sample`` (the parser's scale words of each language, CLDR's and the curated ones) have
    counted ``SCALE_EVIDENCE`` points each for the languages among ``scores`` (changed in place)
    less than ``SCALE_EVIDENCE`` behind ``best``, when more than one is. A short sentence says
    little by its small words: "Ucrania solicita 2.000 millones de euros a la UE." holds "de"
    and "la" (Spanish, French, Romanian…) and "a" (a Romanian stop word); "millones" is Spanish
    alone. ``best`` when none is within reach (most texts) or no scale word is written.
    Words of fewer than ``SCALE_WORD_LETTERS`` letters count for none; Serbian's count for the
    language it is scored as (``SCORED_AS``).

    >>> scores = {"es": 2, "ro": 3, "pt": 1}
    >>> _by_scale_words("ucrania solicita 2.000 millones de euros a la ue.", scores, "ro")
    'es'
    >>> scores
    {'es': 4, 'ro': 3, 'pt': 1}
    >>> _by_scale_words("ucraina cere 2 miliarde de euro de la ue.", {"es": 3, "ro": 3}, "es")
    'ro'
    >>> _by_scale_words("germany gave 2 million euros.", {"en": 1, "de": 0}, "en")
    'en'
    """
    near = [lang for lang, points in scores.items() if points > scores[best] - SCALE_EVIDENCE]
    if len(near) < 2:
        return best
    scales = lexicon().scales
    for word in WORD_RE.findall(sample):
        if len(word) < SCALE_WORD_LETTERS:  # "m", "k": abbreviations of half the world's
            continue
        for lang in {SCORED_AS.get(lang, lang) for lang in scales.get(word, ())}:
            if lang in near:
                scores[lang] += SCALE_EVIDENCE
    top = max(scores.values())
    return best if scores[best] == top else max(scores, key=scores.get)


# A name's case ending written after an apostrophe ("AB'den", from the EU; "Ukrayna'ya", to
# Ukraine): a name of capitals ("AB") or of three letters or more, so that no French or Italian
# elision ("qu'un", "l'a", "dell'anno") is taken for one; group 1 the ending.
NAME_ENDING_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})['’]([^\W\d_]+)(?![^\W\d_])")


def _name_endings(sample: str) -> tuple[str, dict[str, int]]:
    """Return ``sample`` without the case endings written after an apostrophe on a name
    (``CASE_SUFFIXES``: Turkish "AB'den", "Almanya'nın") and, per language, how many it held:
    one point each for that language, as a stop word counts. The ending is no word of another
    language ("den" is German and Swedish).

    >>> _name_endings("Ukrayna AB'den 2 milyar euro istedi.")
    ('Ukrayna AB 2 milyar euro istedi.', {'tr': 1})
    >>> _name_endings("Qu'un pays l'a promis, dell'anno.")[1]
    {}
    """
    if "'" not in sample and "’" not in sample:  # most texts: no apostrophe, nothing to do
        return sample, {}
    counts: dict[str, int] = {}

    def ending(match: re.Match[str]) -> str:
        name, end = match.groups()
        if not name[0].isupper() or not (name.isupper() or len(name) >= 3) or not end.islower():
            return match.group()
        for lang, table in CASE_SUFFIXES.items():
            if any(end in endings for endings in table.values()):
                counts[lang] = counts.get(lang, 0) + 1
                return name
        return match.group()

    return NAME_ENDING_RE.sub(ending, sample), counts


# The Cyrillic-script news languages and the ``Scores`` field counting the words only each writes.
CYRILLIC_TELLING = {
    "uk": "ukrainian_words",
    "ru": "russian_words",
    "bg": "bulgarian_words",
    "sr": "serbian_words",
    "mk": "macedonian_words",
}


def _cyrillic_by_news_verbs(sample: str, found) -> str:
    """Return the Cyrillic-script language of ``sample`` (``found``: its scores): the
    parser's ``cyrillic_language``, unless several languages share the most telling words;
    then the one among them whose news verbs (``_by_news_verbs``: giving, receiving, asking
    for) the sample uses most. A short sentence tells little by its letters: "Украина побара
    2 милијарди евра од ЕУ." has one Russian-looking word ("Украина"), one with "ј" (Serbian
    or Macedonian), and only its verb, "побара" (asked for), is Macedonian's alone.

    >>> from aidcalc.parsing.language import language_scores
    >>> text = "Украина побара 2 милијарди евра од ЕУ."
    >>> _cyrillic_by_news_verbs(text, language_scores(text.casefold()))
    'mk'
    >>> text = "Украјина је затражила од ЕУ 2 милијарде евра."
    >>> _cyrillic_by_news_verbs(text, language_scores(text.casefold()))
    'sr'
    """
    guess = cyrillic_language(found)
    counts = {lang: getattr(found, field) for lang, field in CYRILLIC_TELLING.items()}
    most = max(counts.values())
    tied = [lang for lang, count in counts.items() if count == most]
    if len(tied) < 2 or (guess in tied and len(tied) == len(counts)):
        return guess  # told by its letters, or by none (Ukrainian, the parser's default)
    return _by_news_verbs(sample, tied) or guess


def _by_telling_words(sample: str, best: str) -> str:
    """Return the language among ``best`` and those scored alike with it in Latin script
    (``LATIN_TELLING_WORDS``: Serbian in Latin script is scored as Croatian) whose telling
    words the casefolded ``sample`` holds most; ``best`` on a tie or when it has none.

    >>> _by_telling_words("nemačka je ukrajini obećala 4 milijarde evra.", "hr")
    'sr'
    >>> _by_telling_words("njemačka je ukrajini obećala 4 milijarde eura.", "hr")
    'hr'
    >>> _by_telling_words("germany pledged 4 billion euros.", "en")
    'en'
    """
    if best not in LATIN_TELLING_WORDS:  # most texts: no language told apart this way
        return best
    counts = dict.fromkeys(LATIN_TELLING_WORDS, 0)
    for word in WORD_RE.findall(sample):
        for lang, words in LATIN_TELLING_WORDS.items():
            counts[lang] += word in words
    most = max(counts.values())
    return best if counts[best] == most else max(counts, key=counts.get)


WORD_RE = re.compile(r"[^\W\d_]+")


HANGUL_RE = re.compile(r"[\uac00-\ud7af]")
LETTER_RE = re.compile(r"[^\W\d_]")


def _mostly_hangul(sample: str) -> bool:
    """Return True when most letters of ``sample`` are hangul syllables (a Korean text).

    >>> _mostly_hangul("정부는 수단에 500만 달러를 지원한다."), _mostly_hangul("EU pledged")
    (True, False)
    """
    if HANGUL_RE.search(sample) is None:  # most texts: no hangul, no letter counted
        return False
    return len(HANGUL_RE.findall(sample)) * 2 > len(LETTER_RE.findall(sample))


# Hiragana and katakana (with the long mark), written by Japanese alone; and the ideographs
# (kanji, hanzi) Japanese writes among them.
KANA_RE = re.compile(r"[\u3040-\u30ff]")
IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _japanese(sample: str) -> bool:
    """Return True when most letters of ``sample`` are kana and ideographs, kana among them:
    a Japanese text (Chinese writes no kana, so a text of ideographs alone tells nothing).

    >>> _japanese("政府はウクライナに45億ドルの支援を表明した。")
    True
    >>> _japanese("中国政府向乌克兰提供援助")
    False
    >>> _japanese("Japan (日本) pledged $4.5bn to Ukraine.")
    False
    """
    kana = len(KANA_RE.findall(sample))
    if not kana:  # most texts: no kana, nothing more counted
        return False
    japanese = kana + len(IDEOGRAPH_RE.findall(sample))
    return japanese * 2 > len(LETTER_RE.findall(sample))


def _mostly_han(sample: str) -> bool:
    """Return True when most letters of ``sample`` are ideographs (hanzi) and it writes no
    kana and no hangul: a Chinese text (``_japanese`` and ``_mostly_hangul`` asked first).

    >>> _mostly_han("日本政府向乌克兰追加提供约4.7亿美元，其中1.5亿美元用于能源设施修复。")
    True
    >>> _mostly_han("Japan (日本) pledged $4.5bn to Ukraine."), _mostly_han("EU pledged")
    (False, False)
    """
    if IDEOGRAPH_RE.search(sample) is None:  # most texts: no ideograph, nothing counted
        return False
    if KANA_RE.search(sample) is not None or HANGUL_RE.search(sample) is not None:
        return False
    return len(IDEOGRAPH_RE.findall(sample)) * 2 > len(LETTER_RE.findall(sample))


def _by_news_verbs(sample: str, among: list[str] | None = None) -> str | None:
    """Return the news language whose giving and receiving verbs (``VERB``) and verbs of
    asking or refusing (``NOT_GIVING``, but its "not only" contrasts) the sample uses most, or
    None: a short sentence of no stop word ("Ukrainalle Ruotsi lahjoitti 30 miljoonaa
    euroa.") still says its language by its verb; "neposkytne" (will not give) is Slovak and
    Czech, no Polish. Ties go to the language listed first in ``NEWS_LANGUAGES``. ``among``:
    only these languages are counted (the ones tied on their small words and letters).

    >>> _by_news_verbs("Ukrainalle Ruotsi lahjoitti 30 miljoonaa euroa.")
    'fi'
    >>> _by_news_verbs("Hrvatska je Ukrajini donirala 50 milijuna eura.", ["cs", "hr", "sk"])
    'hr'
    >>> _by_news_verbs("Slovensko neposkytne Ukrajine 10 miliónov eur.", ["pl", "sk"])
    'sk'
    """
    counts = {
        lang: sum(cue.kind != "aux" for cue in find_cues(sample, lang, VERB))
        + sum(cue.kind != "contrast" for cue in find_cues(sample, lang, NOT_GIVING))
        for lang in NEWS_LANGUAGES
        if among is None or lang in among
    }
    best = max(counts, key=counts.get, default=None)
    return best if best is not None and counts[best] else None


# The evidence a sentence needs for a language of its own: a stop word of that language counts
# one, a news verb two (a verb is no name: "Banque de France" has a French "de", no more).
OWN_LANGUAGE_EVIDENCE = 2
VERB_EVIDENCE = 2


def sentence_language(sentence: str, text_language: str | None) -> str | None:
    """Return the language ``sentence`` is written in when it is not ``text_language``, else
    None: a Latin-script language of whose stop words (``aidcalc.parsing.language``, one point
    each) and news verbs (``VERB``, ``VERB_EVIDENCE`` points each) the sentence holds at least
    ``OWN_LANGUAGE_EVIDENCE`` points, while it holds none of ``text_language``'s ("Die EU
    sagte der Ukraine 5 Milliarden Euro zu. The United States pledged $2 billion.": the second
    sentence is English, and its "billion" a thousand million). A sentence with a word of the
    text's language, or in Cyrillic, keeps the text's.

    >>> sentence_language("The United States pledged $2 billion.", "de")
    'en'
    >>> sentence_language("Die Niederlande sagten der Ukraine 1 Billion Euro zu.", "en")
    'de'
    >>> sentence_language("Die EU sagte der Ukraine 5 Milliarden Euro zu.", "de") is None
    True
    >>> sentence_language("Germany pledged 1 billion euros.", "nl")
    'en'

    A capitalised word after the sentence's first is a name, never another language's verb:
    "Pays" of "Les Pays-Bas" is no English "pay*" (``count_cues`` with ``capitalised=False``).

    >>> sentence_language("Les Pays-Bas ont promis 300 millions d'euros.", "de")
    'fr'
    """
    if text_language is None:
        return None
    found = language_scores(POSSESSIVE_RE.sub("", sentence).casefold())
    if found.cyrillic_words:
        return None  # Cyrillic is told apart by the whole text's letters
    evidence = dict(found.latin)
    # any point of the text's own language keeps the text's: its stop words are asked first,
    # then its verbs, and only a sentence with neither counts the other languages' verbs
    if evidence.get(text_language, 0) or (
        text_language in NEWS_LANGUAGES and _verbs(sentence, text_language)
    ):
        return None
    for lang in NEWS_LANGUAGES:  # a capitalised word inside is a name, no other language's verb
        evidence[lang] = evidence.get(lang, 0) + VERB_EVIDENCE * _verbs(sentence, lang, False)
    best = max(evidence, key=evidence.get)
    return best if evidence[best] >= OWN_LANGUAGE_EVIDENCE else None


def _verbs(sentence: str, lang: str, capitalised: bool = True) -> int:
    """Return how many news verbs (``VERB``, no auxiliary) of ``lang`` ``sentence`` holds;
    ``capitalised=False``: not counting words written with a capital ("Pays-Bas")."""
    return count_cues(sentence, lang, VERB, but="aux", capitalised=capitalised)
