"""Guessing the language of a news text from its script, letters and most common words.

Deliberately simple: Cyrillic text is Ukrainian (Russian when it has Russian-only letters and no
Ukrainian-only ones); Latin text scores one point per frequent function word and per letter only
one of the supported languages uses, and the best score wins. The first 20,000 characters are
enough for an article.

>>> infer_language("Lithuania has provided Ukraine with military support.")
'en'
>>> infer_language("Lietuva skyrė Ukrainai 10 mln. eurų paramą.")
'lt'
>>> infer_language("Литва надала Україні допомогу.")
'uk'
>>> infer_language("12 345") is None
True
"""

from __future__ import annotations

import re

from ..parsing.language import language_scores
from ..words import NEWS_LANGUAGES
from .cues import VERB, find_cues

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
    The "s" of an English possessive counts as no word (``POSSESSIVE_RE``).

    >>> infer_language("Germany pledged €2bn. Korea's government promised $300m.")
    'en'
    """
    found = language_scores(POSSESSIVE_RE.sub("", text[:SAMPLE_CHARS]).casefold())
    if found.cyrillic_words > found.latin_words:
        return "ru" if found.russian_words > found.ukrainian_words else "uk"
    best = max(found.latin, key=found.latin.get)
    return best if found.latin[best] else _by_news_verbs(text[:SAMPLE_CHARS])


def _by_news_verbs(sample: str) -> str | None:
    """Return the news language whose giving and receiving verbs (``VERB``) the sample uses
    most, or None: a short sentence of no stop word ("Ukrainalle Ruotsi lahjoitti 30
    miljoonaa euroa.") still says its language by its verb. Ties go to the language listed
    first in ``NEWS_LANGUAGES``.

    >>> _by_news_verbs("Ukrainalle Ruotsi lahjoitti 30 miljoonaa euroa.")
    'fi'
    """
    counts = {
        lang: sum(cue.kind != "aux" for cue in find_cues(sample, lang, VERB))
        for lang in NEWS_LANGUAGES
    }
    best = max(counts, key=counts.get)
    return best if counts[best] else None
