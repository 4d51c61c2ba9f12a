"""A currency or scale written once for several amounts.

News text often names the currency (and the scale) only once for several numbers. Two
patterns are read, and only these, since borrowing a currency from a neighbour is an
inference (each amount so read records the assumption ``shared-currency``):

1. **A list** ``N [, N …] and|or M <scale> <currency>``: every bare number before the last
   takes its scale and currency ("8 and 12 million dollars, respectively" is 8 million and
   12 million USD); an item with a scale word of its own keeps it and takes the currency
   ("20 millones y 30 millones de euros"). With "or" (``words.LIST_OR``) two rising numbers
   are one range: "5 or 6 million euros" is EUR 5–6 million. Each item keeps its own minus
   sign ("-2, -3 and -5 million euros").
2. **An elided repeat**: a bare number with its own scale word, joined to an amount by a
   breakdown link (``words.BREAKDOWN_LINKS``: "of which", "davon", "weitere", "z czego") after
   a comma or at once, takes that amount's currency: "€90 million, of which 60 million for
   housing", "80 Millionen Euro für Schulen, weitere 50 Millionen für Kliniken" and, the
   other way round, "2 Mrd., davon 1 Mrd. Euro". The bare number needs a scale word and must
   be followed by the end of the clause or a preposition ("60 million for"), so "of which 60
   million people" takes no currency. A part before its whole ("3 mld z 9 mld euro") takes
   the whole's currency; a whole named after its part ("3 miliardi di euro del pacchetto da 9
   miliardi", ``words.WHOLE_NOUNS``, ``WHOLE_WORTH``) the part's (``_whole_after``).
3. **A parallel part**: a bare scaled number followed by the same purpose word as the amount
   before it, after a comma or a list joiner ("€500 million for refugees and 110 million for
   Kyiv"), or after a colon ("31 millones de euros: 23 millones para Ucrania y 8 millones
   para …"); each part may chain to the next. Or the rest of a clause whose verb and currency
   are left out, after a list word, a name and a comma, ending the clause: "Alemania aportará
   5 millones de euros y Francia, 3 millones." (``_gapped``); without the comma when the name
   is a country's ("3 Mrd. Euro und Moldau 1 Mrd.", "et à la Moldavie 1 milliard"); or after
   a comma alone when a country's name (perhaps after an article, perhaps before a word of
   ``ITEM_WITH``) is all that stands before the number, which ends the clause ("125 milioni
   di euro, la Francia con 50 milioni.", "125 million euros for Sudan, France 50 million.").
4. **A scale written once after signed amounts**: "€5, €10 and €20 million" (each number has
   its sign, only the last its scale) reads every item in millions, recording the assumption
   ``shared-scale``; the items are joined as in a list (1.), and a sign glued before an item
   is its own ("-€2 and +€4 million"); two rising items joined by "or" are one range ("€5
   or 6 million euros", "€5 or €6 million"). Up to three plain words may name each later item
   ("Germany pledged €5, France €3 and Italy €2 million"), and items so named may each write
   their own currency ("The EU gave €5, the US $10 and Japan ¥20 billion"); items in other
   currencies named by a clause's words share nothing ("A meal costs €5, a room $40 and the
   hospital cost £20 million": ``_named_by_clause``).
5. **A bracketed list item**: "L'Allemagne (3 milliards d'euros), la France (2 milliards) et
   l'Italie (1 milliard)": a bracket holding only a number and its scale word, after a comma or
   list word and the next item's name, takes the currency of the bracketed amount before it
   (``_bracket_item_after``); the items chain.
6. **A scale written once after a signed amount and bare numbers**: "€5 or 6 million" is
   EUR 5-6 million, "€5 and 6 million" two amounts and "€5, 6 and 7 million" three
   (``shared-scale``; the later ones also ``shared-currency``); a noun after the last number,
   or a word for "of" and a word that is no noun of aid, is what it counts ("€5 and 10
   million people watched", "€5 y 7 millones de personas" are EUR 5 alone), and
   "respectively" keeps the list money.

7. **A breakdown in the next sentence**: a sentence that opens with a phrase breaking down a
   total (``words.BREAKDOWN_OPENERS``: "De esa cantidad,", "Van dat bedrag gaat", "Dei 30
   milioni,"), then at once a bare scaled number (perhaps after a qualifier) that ends its
   clause, is followed by a preposition or a verb: the number takes the currency of the latest
   amount before it, a sentence or two back, when every amount of that amount's sentence is
   in that currency (a sentence restating its total in another currency leaves the currency
   open: nothing is borrowed); the parts after it chain as parallel parts (3.):
   "España aportará 45 millones de euros. De esa cantidad, 20 millones irán a la UNRWA y 15
   millones al PMA." (``_opened_breakdowns``).

A joiner or link counts only in a language the amount's words, the ``lang`` hint or the text
tell (Dutch "of" is "or", English "of" is not).

>>> from aidcalc.parsing import extract_amounts
>>> [str(m.amount) for m in extract_amounts("8 and 12 million dollars, respectively")]
['USD 8000000', 'USD 12000000']
>>> [str(m.amount) for m in extract_amounts("5 or 6 million euros")]
['EUR 5000000-6000000']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ..amount import Amount
from ..words import (
    AGENT_MARKERS,
    BREAKDOWN_LINKS,
    BREAKDOWN_OPENERS,
    CHANGE_BY,
    CHANGE_FROM,
    DASHES,
    DETERMINERS,
    FILLER_LANGS,
    ITEM_WITH,
    LIST_AND,
    LIST_OR,
    NAME_MAY_FOLLOW_WORDS,
    PART_OF_LINKS,
    PART_VERBS,
    PREVIOUS_VALUE_CUES,
    PURPOSE_WORDS,
    RANGE_OPENERS,
    REFLEXIVE_PRONOUNS,
    RESPECTIVELY,
    SHARE_OF_LINKS,
    VERB,
    WHOLE_FROM,
    WHOLE_NOUNS,
    WHOLE_WORTH,
)
from ..words.currency import OWN_SCALE_ABBREVIATIONS
from .atoms import (
    CUR,
    FILLER,
    JOIN,
    LPAREN,
    NUM,
    OPEN,
    OTHER,
    PERCENT,
    PUNCT,
    QUAL,
    RPAREN,
    SCALE,
    WORDS,
    range_frame,
)
from .context import names_a_country
from .lexicon import CurrencyForm, lexicon
from .restatements import is_aid_noun
from .sides import CURATED, NO_LANGS, UNKNOWN

ASSUMPTION = "shared-currency"
MAX_GAP_ATOMS = 8  # words allowed between an amount and the comma before a link
# atoms a breakdown link may take after that comma ("de los cuales", "parmi lesquels", a
# qualifier after it): "10 millones de euros para la respuesta humanitaria en Sudán, de los
# cuales 4 millones …" is a link after seven words
LINK_ATOMS = 5
CLAUSE_ENDS = frozenset({",", ";", ".", ":", ")", "]"})
# verbs of money going somewhere as atoms spell them (casefolded: "fließen" is "fliessen")
_PART_VERBS = frozenset(w.casefold() for w in PART_VERBS) | PART_VERBS


_KIND_OF = attrgetter("kind")  # an atom's kind


def borrow_shared(
    reader: Any, found: list, spans: list[tuple[int, int]], starts: list[int] | None = None
) -> tuple[list, list]:
    """Add the amounts that borrow their currency from a neighbour in ``found``.

    ``found`` holds the mentions read so far and ``spans`` their atom ranges; returns both,
    in text order, with the new mentions (and "or" ranges widened in place). ``starts``, when
    given, holds the index of every number atom among others, in order (``Reader.mentions``'
    amount starts): rule 7 looks for its bare numbers there instead of among all the atoms.
    """
    if not found:
        return found, spans
    if len(found) == 1 and _alone(reader.atoms, *spans[0]):
        return found, spans
    out: list = []
    out_spans: list[tuple[int, int]] = []
    taken_to = 0  # atoms before this index belong to a mention already
    for index, (mention, (first, after)) in enumerate(zip(found, spans, strict=True)):
        limit_before = max(taken_to, spans[index - 1][1] if index else 0)
        limit_after = spans[index + 1][0] if index + 1 < len(spans) else len(reader.atoms)
        # an elided amount before this one ("2 Mrd., davon 1 Mrd. Euro")
        before = _elided_before(reader, mention, first, limit_before)
        if before is None:  # "3 mld z 9 mld euro": a part before its whole
            before = _part_before(reader, mention, first, limit_before)
        if before is not None:
            out.append(before[0])
            out_spans.append(before[1])
        listed = _listed_before(reader, mention, first, after, limit_before)
        if listed is not None:
            mention, first, extra = listed
            for item in extra:
                out.append(item[0])
                out_spans.append(item[1])
        shared_top = _scaled_after_signed(reader, mention, first, after, limit_after)
        if shared_top is not None:
            mention, after, extra = shared_top
            for item in extra:  # "€5, 6 and 7 million": the items before the last
                out.append(mention)
                out_spans.append((first, after))
                mention, (first, after) = item
        out.append(mention)
        out_spans.append((first, after))
        taken_to = after
        elided = _elided_after(reader, mention, after, limit_after, first=first)
        if elided is None:  # "3 miliardi di euro del pacchetto da 9 miliardi"
            elided = _whole_after(reader, mention, after, limit_after)
        if elided is None:  # "L'Allemagne (3 milliards d'euros), la France (2 milliards)"
            elided = _bracket_item_after(reader, mention, first, after, limit_after)
        # "de los cuales 4 millones se destinarán al PMA y 3 millones a UNICEF": after a
        # breakdown link, every item of the list is a part, whatever purpose word it repeats
        listed = elided is not None and _linked_at(reader, after, elided[1][0])
        while elided is not None:  # "23 millones para Ucrania y 8 millones para …": a chain
            out.append(elided[0])
            out_spans.append(elided[1])
            taken_to = elided[1][1]
            item = elided
            elided = _elided_after(
                reader, elided[0], taken_to, limit_after, parallel_only=True, listed=listed
            )
            if elided is None:
                elided = _bracket_item_after(reader, item[0], *item[1], limit_after)
    out, out_spans = _opened_breakdowns(reader, out, out_spans, starts)
    return _scale_shared_by_signs(reader, out, out_spans)


def _alone(atoms: list, first: int, after: int) -> bool:
    """True when no number atom stands outside atoms [first, after): then nothing is listed
    before the amount, elided before or after it, or shares its scale (each needs a number of
    its own), so ``borrow_shared`` has nothing to add (a speed-up: the usual lone amount)."""
    return all(atom.kind != NUM for atom in atoms[:first]) and all(
        atom.kind != NUM for atom in atoms[after:]
    )


SCALE_ASSUMPTION = "shared-scale"
# an amount with its sign and no scale, listed before a bare number with a scale word that a
# word after it made a count: read as written, the scale not shared, and so said
UNSHARED_ASSUMPTION = "scale-unshared"


def _scale_shared_by_signs(
    reader: Any, found: list, spans: list[tuple[int, int]]
) -> tuple[list, list[tuple[int, int]]]:
    """ "€5, €10 and €20 million": a list of amounts that each write the same currency but
    only the last its scale; the earlier ones take the last one's scale (recording
    ``shared-scale``), as "8 and 12 million dollars" does without the signs.

    The items follow each other with only a comma or a list word (``words.LIST_AND``,
    ``LIST_OR``) between them, a list word before the last item ("€1.00, €1 thousand" is two
    amounts), a comma and a list word together only in a list of three or more
    (so "It costs €5, and €10 million goes to schools" keeps its €5).
    """
    atoms = reader.atoms
    out = list(found)
    merged: dict[int, tuple[int, int]] = {}  # an "or" pair made one range: its new span
    dropped: set[int] = set()  # and the top item it took in
    end = len(found) - 1
    while end > 0:
        last = found[end]
        first, after = spans[end]
        run = end
        if last.amount.high is None and SCALE in map(_KIND_OF, atoms[first:after]):
            while run > 0 and _signed_item_before(reader, found, spans, run, last):
                run -= 1
        signed = [
            index
            for index in range(run, end)
            if CUR in map(_KIND_OF, atoms[spans[index][0] : spans[index][1]])
        ]  # the items with a sign of their own: a bare one took the scale already (rule 1)
        if (
            signed
            and _list_word_before(reader, spans, end)
            and (end - run >= 2 or _joined_tightly(reader, spans, run, end))
        ):
            number = next(k for k in range(first, after) if atoms[k].kind == NUM)
            side = reader.number_at(number)[0]
            langs = reader.languages(side, None)
            for index in signed:
                k = next(k for k in range(*spans[index]) if atoms[k].kind == NUM)
                code = found[index].amount.currency  # "the US $10 and Japan ¥20 billion"
                reader.shared_assumed = ()
                value = _value(reader, reader.number_at(k)[0], langs, code, side.scales)
                if value is None:
                    break
                mention = found[index]
                if mention.amount.value < 0:
                    value = -abs(value)  # "-€2 and -€1 million": the item's own sign stays
                out[index] = replace(
                    mention,
                    amount=replace(mention.amount, value=value),
                    assumptions=_assumed(reader, *mention.assumptions, SCALE_ASSUMPTION),
                )
            low = out[run]
            if (
                end - run == 1
                and _or_before(reader, spans, end)
                and low.amount.currency == last.amount.currency
                and low.amount.high is None
                and 0 <= low.amount.value < last.amount.value
            ):
                # "€5 or 6 million euros": two rising items joined by "or" are one range, as
                # "5 or 6 million euros" is (numfix item 4)
                ranged = replace(low.amount, high=last.amount.value)
                out[run] = replace(low, amount=ranged, end=last.end)
                merged[run] = (spans[run][0], spans[end][1])
                dropped.add(end)
        end = run - 1 if run < end else end - 1
    kept = [k for k in range(len(out)) if k not in dropped]
    return [out[k] for k in kept], [merged.get(k, spans[k]) for k in kept]


def _or_before(reader: Any, spans, index: int) -> bool:
    """True when the list word right before the item at ``index`` is an "or" word."""
    return reader.atoms[_label_start(reader, spans, index) - 1].text in LIST_OR


def _scaled_after_signed(reader: Any, mention, first: int, after: int, limit: int):
    """ "€5 or 6 million", "€5 o 6 millones", "€5 and 6 million", "€5, 6 and 7 million": a
    signed amount with no scale word, perhaps bare numbers each after a comma, a list word
    (``LIST_OR``, ``LIST_AND``; after a comma too when the list has three items or more: "€5,
    6, and 7 million"; or the comma alone in a list of three or more: "€5, 6, 7 million") and
    a bare number with a scale word and no currency of its own. The
    scale is written once for all: with "or" two items are one range when they rise, else
    (and with "and", and a list of three or more) each item is an amount; each reading records
    ``shared-scale``, the later ones also ``shared-currency``. Read alone the first would be €5
    and the others nothing (issue 9 numfix item 4). What follows the last number must let it
    be money (``_clause_goes_on_fitly``, a verb, or a word of ``words.RESPECTIVELY``): "€5 and
    10 million people watched" is EUR 5 alone.

    Returns (mention, its end, ()) for a range, or (first mention, its end, the later
    (mention, span) pairs in order) for a list, or None.
    """
    atoms = reader.atoms
    amount = mention.amount
    if amount.high is not None or mention.equivalent_of is not None or after + 1 >= limit:
        return None
    if atoms[after - 1].kind != NUM:
        return None  # (the test of ``kinds[-1]`` below, made before the list)
    kinds = list(map(_KIND_OF, atoms[first:after]))
    if SCALE in kinds or CUR not in kinds or kinds[-1] != NUM:
        return None
    middle: list[tuple[Any, int, int]] = []  # the bare numbers after commas: (side, k, next)
    k = after
    comma_list = False  # "€5, 6, 7 million": the last item after a comma, no list word
    while k + 1 < limit and atoms[k].text == "," and atoms[k + 1].kind == NUM:
        read = _bare(reader, k + 1, k + 1, need_scale=False)
        if read is None or read[1] > limit:
            return None
        if read[0].scales:
            if not middle:
                return None  # "€5, 10 million": two items, no list word: not told
            comma_list = True
            break
        if read[1] >= limit:
            return None
        middle.append((read[0], k + 1, read[1]))
        k = read[1]
    if not comma_list:
        if middle and atoms[k].text == "," and k + 1 < limit:
            k += 1  # "€5, 6, and 7 million": the comma before the list word of a longer list
        if k + 1 >= limit:
            return None
    langs = _langs_told(reader, first, min(limit, k + 4))
    joiner = atoms[k].text
    is_or = _joiner_fits(LIST_OR, joiner, langs) and not comma_list
    if not comma_list and not is_or and not _joiner_fits(LIST_AND, joiner, langs):
        return None
    read = _bare(reader, k + 1, k + 1, need_scale=True)
    if read is None:
        return None
    top, nxt = read
    if nxt > limit:
        return None
    counts = _counts_what_follows(reader, nxt)
    if counts or (
        counts is None
        and not (
            _clause_goes_on_fitly(reader, nxt)
            or _verb_at(reader, nxt)
            or _respectively_at(reader, nxt)
        )
    ):
        # "It sold for €5 and 10 million people watched": a count of people; or "€4, 6 and 9
        # million went to three regions", a verb the tables lack: the first amount is read as
        # written, and says that a scale after it was not shared
        unshared = (*mention.assumptions, UNSHARED_ASSUMPTION)
        return replace(mention, assumptions=unshared), after, ()
    number = max(j for j in range(first, after) if atoms[j].kind == NUM)
    low = reader.number_at(number)
    if low is None:
        return None
    code = amount.currency
    top_langs = reader.languages(top, None)
    reader.shared_assumed = ()
    high_value = _value(reader, top, top_langs, code)
    low_value = _value(reader, low[0], top_langs, code, top.scales)
    middle_values = [_value(reader, side, top_langs, code, top.scales) for side, _, _ in middle]
    if high_value is None or low_value is None or None in middle_values:
        return None
    if amount.value < 0:
        low_value = -abs(low_value)
    assumed = _assumed(reader, *mention.assumptions, SCALE_ASSUMPTION)
    if is_or and not middle and high_value > low_value:  # falling ("€6 or 5 million"): two
        ranged = replace(amount, value=low_value, high=high_value)
        end = reader.end_position(atoms[nxt - 1].end)
        return replace(mention, amount=ranged, end=end, assumptions=assumed), nxt, ()
    first_mention = replace(mention, amount=replace(amount, value=low_value), assumptions=assumed)
    later = (*assumed, ASSUMPTION)
    items = [
        (_mention(reader, mention, Amount(value, code), j, j_next, later), (j, j_next))
        for value, (_, j, j_next) in zip(middle_values, middle, strict=True)
    ]
    items.append(
        (_mention(reader, mention, Amount(high_value, code), k + 1, nxt, later), (k + 1, nxt))
    )
    return first_mention, after, items


def _counts_what_follows(reader: Any, k: int) -> bool | None:
    """What a word for "of" at atom ``k`` (a filler: "de", "of", "d'") says of the number
    before it: True when a lower-case word that is no noun of aid follows
    (``restatements.is_aid_noun``): the number counts it ("€5 y 7 millones de personas", "7
    million of them"); False when a noun of aid follows ("7 millones de ayuda", "7 millions
    d'aide"): the number is money; None when no filler stands at ``k``."""
    atoms = reader.atoms
    if k + 1 >= len(atoms) or atoms[k].kind != FILLER:
        return None
    j = k + 1
    while j < len(atoms) and atoms[j].text in ("'", "’"):
        j += 1  # "d'aide": the elided "de" and its apostrophe
    if j >= len(atoms):
        return None
    noun = atoms[j]
    if noun.kind != OTHER or not reader.text[noun.start].islower():
        return None
    return not is_aid_noun(noun.text.casefold())


def _respectively_at(reader: Any, k: int) -> bool:
    """True when atom ``k`` starts a word of ``words.RESPECTIVELY`` in any language
    ("respectively", "jeweils", "odpowiednio"): the list's items are paired with their
    givers, so they are money, not a count of what follows."""
    atoms = reader.atoms
    return k < len(atoms) and _RESPECTIVELY_RE.match(reader.text, atoms[k].start) is not None


_RESPECTIVELY_RE = re.compile(
    "(?:"
    + "|".join(
        re.escape(phrase)
        for phrase in sorted(
            {p for phrases in RESPECTIVELY.values() for p in phrases}, key=len, reverse=True
        )
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)


# the words of a verb cue of ``words.VERB`` (giving, receiving, auxiliaries), and its prefixes
_VERB_WORDS = frozenset(
    cue
    for table in VERB.values()
    for cues in table.values()
    for cue in cues.split()
    if "*" not in cue
)
_VERB_PREFIXES = tuple(
    sorted(
        {
            cue[:-1]
            for table in VERB.values()
            for cues in table.values()
            for cue in cues.split()
            if cue.endswith("*")
        }
    )
)


def _verb_at(reader: Any, k: int) -> bool:
    """True when atom ``k`` is a verb of ``words.VERB`` ("were", "pledged", "gingen"), or a
    reflexive pronoun before one (``words.REFLEXIVE_PRONOUNS``: "se destinarán"), or a verb of
    money going somewhere (``words.PART_VERBS``: "iront", "går", "andranno"): what the list's
    items do, not a noun they count ("€5 and 6 million were pledged")."""
    atoms = reader.atoms
    if k >= len(atoms):
        return False
    word = atoms[k].text
    if word.casefold() in REFLEXIVE_PRONOUNS and k + 1 < len(atoms):
        word = atoms[k + 1].text  # "4 millones se destinarán al PMA": the verb after "se"
    return word in _VERB_WORDS or word.startswith(_VERB_PREFIXES) or word in PART_VERBS


def lists_on(atoms, first: int, after: int) -> bool:
    """True when the amount over atoms [first, after) has no scale word and a comma or a list
    word follows it: a later item of its list may write the scale they share ("€5, €10 and €20
    million"), so reading the first amount alone must read on."""
    if after >= len(atoms) or any(atoms[k].kind == SCALE for k in range(first, after)):
        return False
    text = atoms[after].text
    return text == "," or text in LIST_AND or text in LIST_OR


# a number written to the cent with no cents ("1,00", "5.00", "12.000,00"): a price or an exact
# value, never a count of a scale written later in its list ("€1.0 and €1.5 billion" may be)
_ZERO_CENTS = re.compile(r"[.,]00$")
# a number written in full: four digits or more in a row, or a thousands group after a mark or
# a space ("3,500,000", "1.500", "3 500 000"); "€1,5 and €2 million" is a count of millions
WRITTEN_OUT = re.compile(r"\d{4}|\d[,.' \u00a0\u202f\u2009]\d{3}(?!\d)")


def _signed_item_before(reader: Any, found: list, spans, index: int, last) -> bool:
    """True when the mention before ``index`` is an unscaled amount written with its own sign
    or code, joined to the one at ``index`` as a list item. Its currency may differ from
    ``last``'s: "€5, $10 and £20 million" lists three amounts in millions, as a donor-labelled
    list does ("The EU gave €5, the US $10 and Japan ¥20 billion"); read alone the first two
    would be five euros and ten dollars, a silent thousandfold error (issue 9 faults6 A1)."""
    atoms = reader.atoms
    previous = found[index - 1]
    first, after = spans[index - 1]
    if previous.amount.high is not None:
        return False
    kinds = list(map(_KIND_OF, atoms[first:after]))
    if kinds == [NUM] and ASSUMPTION in previous.assumptions:
        # "€5, 6 and 7 million euros": a bare item of the list after the sign, which took the
        # currency written at the end (rule 1); the run goes on to the signed item before it
        between = [atoms[k].text for k in range(after, _label_start(reader, spans, index))]
        return between == [","] or (
            len(between) == 1 and (between[0] in LIST_AND or between[0] in LIST_OR)
        )
    if SCALE in kinds or CUR not in kinds or NUM not in kinds or previous.equivalent_of is not None:
        return False
    number = next(atoms[k].text for k in range(first, after) if atoms[k].kind == NUM)
    if _ZERO_CENTS.search(number) or WRITTEN_OUT.search(number):
        # "1,00 € und € 1 Mrd.", "€3,500,000 and €2 million", "€1000 or €6 million": a value
        # written to the cent or in full counts no scale
        return False
    if previous.amount.currency != found[index].amount.currency and (
        _named_by_clause(reader, spans, index) or _named_by_clause(reader, spans, index - 1)
    ):
        # "A meal costs €5, a room $40 and the hospital cost £20 million", "He paid €5; she
        # paid $10 and £20 million was raised": items in other currencies named by words of
        # their own clause list nothing together
        return False
    between = [atoms[k].text for k in range(after, _label_start(reader, spans, index))]
    langs = _langs_told(reader, first, spans[index][1])
    if between == [","]:
        return True
    if between[:1] == [","]:
        between = between[1:]
    return len(between) == 1 and (
        _joiner_fits(LIST_AND, between[0], langs) or _joiner_fits(LIST_OR, between[0], langs)
    )


def _list_word_before(reader: Any, spans, index: int) -> bool:
    """True when a list word ("and", "und", "i", "et", "or") stands right before the item at
    ``index``: a list that ends so shares its last scale; "€1.00, €1 thousand" is two amounts."""
    word = reader.atoms[_label_start(reader, spans, index) - 1].text
    return word in LIST_AND or word in LIST_OR


LABEL_WORDS = 3  # "the US", "Japan", "the United Kingdom": a donor named before its amount


def _label_start(reader: Any, spans, index: int) -> int:
    """The first atom of the item at ``index`` with the plain words that name it ("Germany
    pledged €5, France €3 and Italy €2 million": "France", "Italy"), at most ``LABEL_WORDS``
    of them after a comma or a list word; else ``_item_start``."""
    start, k = _label_words(reader, spans, index)
    if k == start or k == 0:
        return start
    word = reader.atoms[k - 1].text
    return k if word == "," or word in LIST_AND or word in LIST_OR else start


def _label_words(reader: Any, spans, index: int) -> tuple[int, int]:
    """(the first atom of the item at ``index`` (``_item_start``), the first of the plain
    words right before it, at most ``LABEL_WORDS`` of them)."""
    atoms = reader.atoms
    start = _item_start(reader, spans, index)
    k = start
    while k > 0 and start - k < LABEL_WORDS and atoms[k - 1].kind == OTHER:
        k -= 1
    return start, k


# the words a name may take before it: the determiners of every curated language ("the US")
_NAME_DETERMINERS = frozenset().union(*DETERMINERS.values())


def _named_by_clause(reader: Any, spans, index: int) -> bool:
    """True when the item at ``index`` is named by the words of a clause rather than by a bare
    name: up to ``LABEL_WORDS`` plain words right before it, after a comma, a semicolon or a
    list word, of which one is neither capitalised nor a determiner ("a room $40", "and the
    hospital cost £20 million", "; she paid $10"). A donor's name is capitalised ("the US
    $10", "Japan ¥20 billion"); the words opening the sentence name the whole list ("The EU
    gave €5, the US $10 and Japan ¥20 billion")."""
    atoms = reader.atoms
    start, k = _label_words(reader, spans, index)
    if k == start or k == 0:
        return False
    word = atoms[k - 1].text
    if not (word in (",", ";") or word in LIST_AND or word in LIST_OR):
        return False
    text = reader.text
    return any(
        not text[atom.start : atom.start + 1].isupper() and atom.text not in _NAME_DETERMINERS
        for atom in atoms[k:start]
    )


def _item_start(reader: Any, spans, index: int) -> int:
    """The first atom of the list item at ``index``, counting a plus sign glued before it
    ("-€2 and +€4 million": the "+" is the item's own sign)."""
    atoms = reader.atoms
    first = spans[index][0]
    if first > 0 and atoms[first - 1].text == "+" and atoms[first].adjacent:
        return first - 1
    return first


def _joined_tightly(reader: Any, spans, before: int, index: int) -> bool:
    """True when nothing but one comma or one list word stands between two list items."""
    return _label_start(reader, spans, index) - spans[before][1] == 1


def _langs_told(reader: Any, first: int, after: int) -> frozenset[str]:
    """The languages that may decide a joiner: the hint, else the amount's words and the text.
    With a hint, the curated languages the scale words and currency names or signs of
    ``atoms[first:after]`` agree on join it when the hint is none of them: the amount's own
    words tell their language ("80 Millionen Euro für Schulen, weitere 50 Millionen" with
    ``lang="en"``: German links; "80 mln zł …, z czego 50 mln": Polish ones)."""
    if reader.lang:
        own: frozenset[str] | None = None
        for atom in reader.atoms[first:after]:
            if atom.kind == SCALE and isinstance(atom.data, dict):
                langs = frozenset(atom.data) & CURATED
            elif atom.kind == CUR and isinstance(atom.data, CurrencyForm) and atom.data.langs:
                langs = atom.data.langs & CURATED
            elif atom.kind == FILLER and atom.text in FILLER_LANGS:
                langs = FILLER_LANGS[atom.text] & CURATED  # "millions d'euros": French
            else:
                continue
            own = langs if own is None else own & langs
        if own and reader.lang not in own:
            return own | {reader.lang}
        return frozenset({reader.lang})
    told: set[str] = set()
    for atom in reader.atoms[first:after]:
        if atom.kind == SCALE and isinstance(atom.data, dict):
            told |= _scale_told(atom.data, atom.text)
    text_lang = reader.text_lang()
    if text_lang:
        told.add(text_lang)
    return frozenset(told)


def _scale_told(scale: dict, text: str) -> frozenset[str]:
    """The languages a scale atom (its dict of powers, its text) tells ``_langs_told``: the
    languages writing it, and those whose own press abbreviation it is that CLDR gives to
    others only ("EUR 5 or 8 mil": English news writes "mil"), so that their list words count
    too; remembered per dict (kept with it, whose id stays its own) and text."""
    held = _SCALE_TOLD.get((id(scale), text))
    if held is not None and held[0] is scale:
        return held[1]
    told = frozenset(scale) | {x for x, own in OWN_SCALE_ABBREVIATIONS.items() if text in own}
    if len(_SCALE_TOLD) >= 4096:  # scales made while reading ("deux mille") fill it: afresh
        _SCALE_TOLD.clear()
    _SCALE_TOLD[(id(scale), text)] = (scale, told)
    return told


_SCALE_TOLD: dict[tuple[int, str], tuple[dict, frozenset[str]]] = {}


def _joiner_fits(table: dict, phrase: str, langs: frozenset[str]) -> bool:
    """True when ``phrase`` is in ``table`` for one of ``langs`` (or for one language only
    when nothing tells the language and the phrase is not an English word of another kind)."""
    owners = table.get(phrase)
    if not owners:
        return False
    return bool(owners & langs) or not langs


def _bare(reader: Any, k: int, limit: int, need_scale: bool):
    """Read a bare number (no currency) at atom ``k``; return (side, next) or None."""
    atoms = reader.atoms
    if k < limit or k >= len(atoms) or atoms[k].kind != NUM:
        return None
    if k > 0 and atoms[k - 1].kind == CUR:
        return None
    read = reader.number_at(k)
    if read is None:
        return None
    side, nxt = read
    if need_scale and not side.scales:
        return None
    if nxt < len(atoms) and atoms[nxt].kind in (CUR, PERCENT):
        return None
    return side, nxt


def _value(reader: Any, side, langs, code: str, scales=None):
    """The value of a bare ``side`` read in ``code`` (with ``scales`` when it borrows them).

    The defaults its reading rests on ("EUR 5 and 8 mil": the thousand of "mil", a
    ``scale-default``) are added to ``reader.shared_assumed``, which the caller empties
    (``_assumed``) into the mention it makes: a value read here never drops its doubt.
    """
    if scales is not None:
        side.scales = scales
    reader.amount_currency = []
    reader.amount_start = side.number_start
    reader.range_mark = None
    saved = reader.assumptions
    reader.assumptions = []
    try:
        return reader.value_of(side, langs, code)
    finally:
        reader.shared_assumed = (*reader.shared_assumed, *reader.assumptions)
        reader.assumptions = saved


def _assumed(reader: Any, *codes: str) -> tuple[str, ...]:
    """``codes`` and the defaults the values read by ``_value`` since the last call rest on,
    once each, in that order; empties ``reader.shared_assumed``."""
    found = reader.shared_assumed
    reader.shared_assumed = ()
    return tuple(dict.fromkeys((*codes, *found)))


def _mention(reader: Any, like, amount: Amount, first: int, after: int, assumptions=()):
    """A mention of ``amount`` over atoms [first, after), made from its neighbour ``like``."""
    atoms = reader.atoms
    return replace(
        like,
        amount=amount,
        start=reader.position(atoms[first].start),
        end=reader.end_position(atoms[after - 1].end),
        equivalent_of=None,
        assumptions=tuple(dict.fromkeys((*assumptions, ASSUMPTION))),
    )


def _listed_before(reader: Any, mention, first: int, after: int, limit: int):
    """ "8 and 12 million dollars": the bare numbers listed before ``mention``.

    Returns (mention, first atom, [(mention, span), …]) or None.
    """
    atoms = reader.atoms
    number = first + 1 if _signed_at(reader, first) else first  # "-2, -3 and -5 million euros"
    if mention.amount.high is not None or first < 2 or atoms[number].kind != NUM:
        return None
    # "für Minenräumung 40 sowie für Generatoren 25 Millionen Euro": a purpose phrase before
    # the last item, the same purpose word before each bare one (``_purpose_phrase_after``)
    led = None
    if not _list_word_ends_before(atoms, first):
        led = next(
            (
                p
                for p in _purpose_phrases_before(reader, first, limit)
                if _list_word_ends_before(atoms, p)
            ),
            None,
        )
        if led is None:
            return None  # no list word before it: nothing listed (checked before the re-reading)
        led_word = atoms[led].text
        first_item = first
        first = led
    read = reader.side_at(number)
    if read is None or not read[0].currency:
        return None
    side = read[0]
    if any(a.start < side.number_start for a in side.currency):
        return None  # "8 and $12 million": the currency leads the last number only
    langs = _langs_told(reader, first, after)
    k = first - 1
    abbreviated = (
        atoms[k].text == "." and atoms[k].adjacent and k >= 2 and atoms[k - 1].text in LIST_AND
    )
    if abbreviated:
        k -= 1  # "3, resp. 5 milionů eur": a list word written short, a comma before it
    joiner = atoms[k].text
    phrase = _list_phrase_at(atoms, k) if joiner in _LIST_PHRASE_ENDS else None
    if phrase is not None and phrase[0] > limit:
        k, joiner = phrase  # "2 as well as 3 million euros": the phrase's first word
    is_or = _joiner_fits(LIST_OR, joiner, langs)
    if not is_or and not _joiner_fits(LIST_AND, joiner, langs):
        return None
    if atoms[k - 1].text == "," and k - 1 > limit:
        k -= 1  # "3, resp. 5 milionů eur", "3, respectiv 2 miliarde": a comma before the word
    # the bare numbers: N, N, … joiner; each may have a purpose phrase after it ("20 for
    # shelter and 30 million euros", ``_purpose_phrase_after``) or, when the last has one
    # before it, the same one before it ("für Minenräumung 40 sowie für Generatoren 25 …")
    bares = []
    phrased = led is not None
    while True:
        end = k
        if led is None:
            phrase_at = _purpose_phrase_after(reader, k, limit)
            if phrase_at is not None:
                end, phrased = phrase_at, True
        start = _number_start(atoms, _before_scale(atoms, end - 1, limit), limit)
        if start is None:
            break
        read_bare = _bare(reader, start, limit, need_scale=False)
        if read_bare is None or read_bare[1] != end:
            break  # an item with its own scale word keeps it ("20 million and 30 million euros")
        signed = start - 1 >= limit and _signed_at(reader, start - 1)
        read_bare[0].negative = signed  # the item's own minus sign stays with it
        begin = start - 1 if signed else start
        if led is not None:
            opened = next(
                (
                    p
                    for p in _purpose_phrases_before(reader, begin, limit)
                    if atoms[p].text == led_word
                ),
                None,
            )
            if opened is None:
                return None  # "40 sowie für Generatoren 25 Millionen": no parallel purpose
            bares.append((begin, read_bare[0]))
            begin = opened
        else:
            bares.append((begin, read_bare[0]))
        if begin < 1 or atoms[begin - 1].text != ",":
            break
        k = begin - 1
    if not bares or any(_is_year_text(atoms[s].text) for s, _ in bares):
        return None
    if phrased and is_or:
        return None  # "20 for shelter or 30 million euros": no range, and no plain list
    opener = bares[-1][0] - 1  # "between 10 and 20 dollars" the grammar did not join
    if (
        opener >= limit
        and (atoms[opener].kind == OPEN or atoms[opener].text in RANGE_OPENERS)
        # an opener and a list word of one language ("между 2 и 3 милиона евро"), not "med
        # 2 och 3 miljoner kronor" (Slovenian "between", Swedish "and")
        and range_frame(
            atoms[opener].text,
            joiner,
            LIST_AND.get(joiner, NO_LANGS) | LIST_OR.get(joiner, NO_LANGS),
            reader.lang or reader.text_lang(),
        )
    ):
        is_or = True
    if is_or and len(bares) > 1:
        return None
    code = mention.amount.currency
    word_langs = reader.languages(side, None)
    values = []
    reader.shared_assumed = ()
    for start, bare in reversed(bares):
        value = _value(reader, bare, word_langs, code, scales=bare.scales or side.scales)
        if value is None:
            return None
        values.append((start, bare, value))
    qualifier_at = values[0][0] - 1
    qualifier = None
    if qualifier_at >= limit and qualifier_at >= 0 and atoms[qualifier_at].kind == QUAL:
        qualifier = atoms[qualifier_at].data[0]
    if is_or and not values[0][2] < mention.amount.value:
        if values[0][2] >= 0 or mention.amount.value >= 0:
            return None  # "% 2 veya 1,40 $": no range, and no list either
        is_or = False  # "-2 or -3 million euros": two corrections, each read as listed
    if is_or:
        start, _, low = values[0]
        amount = Amount(
            low, code, qualifier=qualifier or mention.amount.qualifier, high=mention.amount.value
        )
        begin = qualifier_at if qualifier else start
        if begin - 1 >= limit and atoms[begin - 1].kind == OPEN:
            begin -= 1
        assumed = _assumed(reader, *mention.assumptions)
        widened = _mention(reader, mention, amount, begin, after, assumed)
        return widened, begin, []
    extra = []
    assumed = _assumed(reader, *mention.assumptions)
    for number, (start, bare, value) in enumerate(values):
        begin = qualifier_at if number == 0 and qualifier else start
        nxt = reader.number_at(start + 1 if bare.negative else start)[1]
        amount = Amount(value, code, qualifier=qualifier if number == 0 else None)
        extra.append((_mention(reader, mention, amount, begin, nxt, assumed), (begin, nxt)))
    mention = replace(mention, assumptions=tuple(dict.fromkeys((*mention.assumptions, ASSUMPTION))))
    return mention, first if led is None else first_item, extra


# plain words a purpose phrase between a listed number and its list word may hold ("for
# emergency shelter"): no more than this many after the purpose word
_PURPOSE_PHRASE_WORDS = 3
_PHRASE_KINDS = frozenset({OTHER, FILLER, JOIN})


def _phrase_words(reader: Any, first: int, after: int) -> bool:
    """True when atoms [first, after) are 1 to ``_PURPOSE_PHRASE_WORDS`` plain words, none a
    verb (``_verb_at``): the noun a purpose word brings ("shelter", "den Wiederaufbau")."""
    atoms = reader.atoms
    return 1 <= after - first <= _PURPOSE_PHRASE_WORDS and all(
        atoms[i].kind in _PHRASE_KINDS and not _verb_at(reader, i) for i in range(first, after)
    )


def _purpose_phrase_after(reader: Any, k: int, limit: int) -> int | None:
    """The index of the purpose word (``words.PURPOSE_WORDS``) of a phrase ending before the
    list word at atom ``k`` and starting right after a number ("20 for shelter and",
    "20 pour l'abri et", "40 na odminowanie oraz"), else None: a bare number with such a
    phrase says what its money is for, as the scaled amount after it does; a noun right
    after the number ("20 trucks and") is no such phrase, and the number stays a count."""
    atoms = reader.atoms
    for p in range(k - 2, max(limit, k - 2 - _PURPOSE_PHRASE_WORDS), -1):
        if p - 1 < limit or _purpose_at(atoms, p) is None:
            continue
        before = _before_scale(atoms, p - 1, limit)
        if atoms[before].kind == NUM and _phrase_words(reader, p + 1, k):
            return p
    return None


def _purpose_phrases_before(reader: Any, k: int, limit: int) -> list[int]:
    """The indexes, nearest first, of the purpose words that may open a phrase standing
    right before the number at atom ``k`` ("für Generatoren 25", "pour la nourriture 30":
    "pour", and "la", a purpose word of Romanian)."""
    atoms = reader.atoms
    return [
        p
        for p in range(k - 2, max(limit - 1, k - 2 - _PURPOSE_PHRASE_WORDS), -1)
        if _purpose_at(atoms, p) is not None and _phrase_words(reader, p + 1, k)
    ]


def _list_word_ends_before(atoms, first: int) -> bool:
    """True when the atom before ``first`` (or before its abbreviation's dot: "resp.") is a
    list word of some language (``LIST_AND``, ``LIST_OR``), or ends a list phrase ("as well
    as": ``_list_phrase_at``): what ``_listed_before`` needs before it looks further."""
    k = first - 1
    if atoms[k].text == "." and atoms[k].adjacent and k >= 2 and atoms[k - 1].text in LIST_AND:
        k -= 1
    text = atoms[k].text
    return (
        text in LIST_OR
        or text in LIST_AND
        or (text in _LIST_PHRASE_ENDS and _list_phrase_at(atoms, k) is not None)
    )


# list words of more than one word ("as well as", "ainsi que", "a także"), by their words
_LIST_PHRASES = {tuple(phrase.split()): phrase for phrase in (*LIST_AND, *LIST_OR) if " " in phrase}
_LIST_PHRASE_ENDS = frozenset(words[-1] for words in _LIST_PHRASES)


def _list_phrase_at(atoms, k: int) -> tuple[int, str] | None:
    """(its first atom, the phrase) when the atoms up to ``k`` end a list phrase of
    ``LIST_AND`` or ``LIST_OR`` written in more than one word ("2 as well as 3 million
    euros", "2 ainsi que 3 millions d'euros"), else None."""
    for words, phrase in _LIST_PHRASES.items():
        n = len(words)
        if k - n + 1 >= 0 and tuple(atoms[i].text for i in range(k - n + 1, k + 1)) == words:
            return k - n + 1, phrase
    return None


def _signed_at(reader: Any, k: int) -> bool:
    """True when atom ``k`` is a minus sign glued to the number after it, as a list item's own
    sign ("-3" in "-2, -3 and -5 million euros")."""
    atoms = reader.atoms
    return (
        0 <= k < len(atoms) - 1
        and atoms[k + 1].kind == NUM
        and atoms[k].text == "-"
        and reader.sign_before(k + 1)
    )


def _number_start(atoms, k: int, limit: int) -> int | None:
    """The index of the number atom ending at ``k`` (a bare NUM), or None."""
    if k < limit or k < 0 or atoms[k].kind != NUM:
        return None
    return k


def _before_scale(atoms, k: int, limit: int) -> int:
    """The index before the scale word (and its abbreviation's dot) ending at ``k`` ("20
    million", "2 mln.", "500 Mio."), or ``k`` when none ends there."""
    at = k - 1 if k >= limit + 1 and atoms[k].text == "." and atoms[k].adjacent else k
    scales = 0
    while at >= max(limit, 0) and atoms[at].kind == SCALE and scales < 2:
        at, scales = at - 1, scales + 1
    return at if scales else k


def _is_year_text(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100


def _link(reader: Any, gap_first: int, gap_after: int, langs: frozenset[str]):
    """Return (True, qualifier) when the atoms in [gap_first, gap_after) are a breakdown link
    (after a comma, or alone), perhaps with a qualifier at the end; else (False, None)."""
    found = _link_phrase(reader, gap_first, gap_after)
    if found is None or not _joiner_fits(BREAKDOWN_LINKS, found[0], langs):
        return False, None
    return True, found[1]


def _link_phrase(reader: Any, gap_first: int, gap_after: int):
    """Return (phrase, qualifier) when the atoms in [gap_first, gap_after) may be a breakdown
    link: its words, which ``_link`` looks up in ``BREAKDOWN_LINKS`` for the languages told,
    and the qualifier at its end; else None (no languages can make it a link, so the callers
    that score the text's language for ``_link`` need not when this is None)."""
    atoms = reader.atoms
    if gap_after - gap_first > MAX_GAP_ATOMS + LINK_ATOMS or gap_after <= gap_first:
        return None
    gap = atoms[gap_first:gap_after]
    if any(a.kind in (NUM, CUR, SCALE, PERCENT) for a in gap):
        return None
    qualifier = None
    if gap[-1].kind == QUAL:
        qualifier = gap[-1].data[0]
        gap = gap[:-1]
    cut = max((i for i, a in enumerate(gap) if a.text in (",", ";", "(")), default=-1)
    if cut > MAX_GAP_ATOMS or (cut < 0 and len(gap) > MAX_GAP_ATOMS):
        return None  # no more than MAX_GAP_ATOMS words before the comma
    words = [a.text for a in gap[cut + 1 :] if a.kind not in (PUNCT, LPAREN, RPAREN, OPEN)]
    if cut < 0 and len(words) != len(gap):
        return None
    if words and len(words) > 1 and words[-1] in _PART_VERBS:
        words = words[:-1]  # "davon gehen 4 Mio.", "di cui vanno 3 milioni": the link, a verb
    if not words:
        return None
    return " ".join(words), qualifier


def _clause_goes_on_fitly(reader: Any, nxt: int, compared: bool = False) -> bool:
    """True when what follows a bare scaled number lets it be money: the end, a clause end or
    a preposition ("60 million for housing"), not a noun ("60 million people"). With
    ``compared`` (the number follows a word of comparison: a value before), nor a word for
    "of" before a lower-case noun ("contre 5 millions de personnes", "compared with 5 million
    of them"), which in a part says what the money is ("dont 2 milliards de prêts")."""
    atoms = reader.atoms
    if nxt >= len(atoms):
        return True
    atom = atoms[nxt]
    if compared and atom.kind == FILLER and nxt + 1 < len(atoms):
        noun = atoms[nxt + 1]
        if noun.kind == OTHER and noun.text not in _ELISIONS and reader.text[noun.start].islower():
            return False
    return (
        atom.text in CLAUSE_ENDS
        or atom.kind == RPAREN
        or atom.text in NAME_MAY_FOLLOW_WORDS
        or _purpose_at(atoms, nxt) is not None  # "3 milioni all'UNICEF" too
    )


def _parallel(
    reader: Any, after: int, k: int, nxt: int, langs: frozenset[str], listed: bool = False
) -> bool:
    """True when the bare amount at ``k`` (ending at ``nxt``) repeats the purpose of the amount
    ending at ``after``: "€500 million for refugees and 110 million for Kyiv", "415 millions
    d'euros iront à l'énergie, 25 millions à l'eau", or a colon opening the parts ("31 millones
    de euros: 23 millones para Ucrania").

    The bare amount must be followed by a purpose word (``words.PURPOSE_WORDS``), and the gap
    must be a colon alone, or end with a comma, semicolon or list joiner ("and", "y", "e", "et")
    after the same purpose word: the parallel wording is what says the currency is shared.
    With ``listed`` (the amount before is a part a breakdown link opened: "de los cuales 4
    millones se destinarán al PMA y 3 millones a UNICEF") any purpose word will do.
    """
    atoms = reader.atoms
    gap = atoms[after:k]
    if not gap or len(gap) > MAX_GAP_ATOMS or nxt >= len(atoms):
        return False
    purpose = _purpose_at(atoms, nxt)
    if purpose is None or any(
        a.kind in (NUM, SCALE, PERCENT) or a.kind == CUR and not a.is_name for a in gap
    ):  # a name there is a word of the purpose ("l'eau": a dirham's abbreviation elsewhere)
        return False
    last = gap[-1].text
    if last == ":" or _spaced_dash(atoms, after, k):
        return len(gap) == 1  # "31 millones de euros: 23 millones para …", "€3bn – 2bn for …"
    if not (last in (",", ";") or _joiner_fits(LIST_AND, last, langs)):
        return False
    return listed or any(_purpose_at(gap, i) == purpose for i in range(len(gap) - 1))


def _purpose_at(atoms, k: int) -> str | None:
    """The purpose word (``words.PURPOSE_WORDS``) at atom ``k``, or None; an Italian
    preposition elided before its noun is read with its apostrophe ("all'UNICEF": "all'")."""
    text = atoms[k].text
    if text in PURPOSE_WORDS:
        return text
    if k + 1 < len(atoms) and atoms[k + 1].text in ("'", "’") and text + "'" in PURPOSE_WORDS:
        return text + "'"
    return None


def _gapped(reader: Any, after: int, k: int, nxt: int, langs: frozenset[str]) -> bool:
    """True when the bare amount at ``k`` (ending at ``nxt``) is the rest of a clause whose verb
    and currency are left out after a list word, a donor's name and a comma: "Alemania
    aportará 5 millones de euros y Francia, 3 millones." (gapping); the clause must end there.
    """
    atoms = reader.atoms
    gap = atoms[after:k]
    ends = nxt >= len(atoms) or atoms[nxt].text in CLAUSE_ENDS
    if gap and gap[-1].text != "," and _named_gap(gap):
        # "3 milliards d'euros et à la Moldavie 1 milliard.", "3 Mrd. Euro und Moldau 1 Mrd.",
        # "3 mld zł, a Mołdawii 1 mld.": a list word and a country's name, no comma after
        # the name, before the clause's last amount
        named = gap[1:] if gap[0].text == "," else gap
        clause = reader.text[named[1].start : named[-1].end]
        return (
            ends
            and _joiner_fits(LIST_AND, named[0].text, langs)
            and names_a_country(" " + clause, lexicon())
        )
    named = _comma_named(reader, gap, langs)
    if named is not None:  # ", la Francia con 50 milioni.", "for Sudan, France 50 million."
        return ends and names_a_country(" " + named, lexicon())
    if not 3 <= len(gap) <= LABEL_WORDS + 2 or gap[-1].text != ",":
        return False
    if not _joiner_fits(LIST_AND, gap[0].text, langs):
        return False
    if any(a.kind != OTHER for a in gap[1:-1]):
        return False
    return ends


def _comma_named(reader: Any, gap: list, langs: frozenset[str] | None = None) -> str | None:
    """The words after the last comma of ``gap`` when they may name the giver of a gapped part
    with no list word: at most ``LABEL_WORDS`` plain words (an article and a name), perhaps
    then a word of ``ITEM_WITH`` ("la Francia con", "France"), and before the comma at most
    ``MAX_GAP_ATOMS`` atoms of the clause before, no mark ending it; else None."""
    cut = max((i for i, a in enumerate(gap) if a.text == ","), default=-1)
    if cut < 0 or cut > MAX_GAP_ATOMS:
        return None
    if any(a.text in CLAUSE_ENDS or a.kind in (NUM, CUR, SCALE, PERCENT) for a in gap[:cut]):
        return None
    words = gap[cut + 1 :]
    if words and _item_with(words[-1].text, langs):
        words = words[:-1]
    if (
        not 1 <= len(words) <= LABEL_WORDS
        or words[-1].kind != OTHER
        or any(a.kind not in (OTHER, JOIN, FILLER) for a in words)
    ):
        return None
    return reader.text[words[0].start : words[-1].end]


def _item_with(word: str, langs: frozenset[str] | None) -> bool:
    """True when ``word`` is a one-word phrase of ``ITEM_WITH`` ("con", "with", "mit") in one
    of ``langs`` (any language when none is told)."""
    folded = word.casefold()
    return any(folded in own for lang, own in ITEM_WITH.items() if not langs or lang in langs)


def _named_gap(gap: list) -> bool:
    """True when ``gap`` is a list word (perhaps after a comma), then words ending with a
    name-like word, no more than ``LABEL_WORDS`` of them besides articles or prepositions
    ("und Moldau", "et à la Moldavie", "y a Moldavia", ", a Mołdawii"): what may stand
    before a gapped part with no comma after the name."""
    if gap and gap[0].text == ",":  # ", a Mołdawii"
        gap = gap[1:]
    return (
        2 <= len(gap) <= LABEL_WORDS + 3
        and gap[0].text in LIST_AND
        and gap[-1].kind == OTHER
        and all(a.kind in (OTHER, JOIN, FILLER, WORDS) for a in gap[1:])
    )


def _linked_at(reader: Any, after: int, k: int) -> bool:
    """True when a breakdown link (``_link``) joins the amount ending at ``after`` to the one
    starting at atom ``k``."""
    langs = _langs_told(reader, k, min(k + 3, len(reader.atoms)))
    return _link(reader, after, k, langs)[0]


def _elided_langs(reader: Any, k: int, first: int | None) -> frozenset[str]:
    """The languages that may decide the link before the bare number at atom ``k``
    (``_elided_after``): those ``_langs_told`` gives for it, with a hint also those of the
    amount it repeats, starting at atom ``first`` when given."""
    atoms = reader.atoms
    langs = _langs_told(reader, k, min(k + 3, len(atoms)))
    if reader.lang and first is not None:  # the words of the amount it repeats, too
        langs |= _langs_told(reader, first, min(k + 3, len(atoms)))
    return langs


def _elided_after(
    reader: Any,
    mention,
    after: int,
    limit: int,
    parallel_only: bool = False,
    listed=False,
    first: int | None = None,
):
    """ "€90 million, of which 60 million for housing": the bare amount after ``mention``; or one
    repeating its purpose (``_parallel``; with ``listed``, a later item of a list a breakdown
    link opened, after any purpose word)."""
    atoms = reader.atoms
    for k in range(after + 1, min(limit, after + MAX_GAP_ATOMS + LINK_ATOMS + 2)):
        if atoms[k].kind != NUM:
            continue
        # the languages are told only where a rule weighs a word by them (``_elided_langs``):
        # a gap that is no link phrase of any language needs none, and the text's language,
        # scored once per text, is then often never asked at all
        langs = None
        linked, qualifier = False, None
        link = None if parallel_only else _link_phrase(reader, after, k)
        if link is not None and BREAKDOWN_LINKS.get(link[0]):
            langs = _elided_langs(reader, k, first)
            if _joiner_fits(BREAKDOWN_LINKS, link[0], langs):
                linked, qualifier = True, link[1]
        compared = not (linked or parallel_only) and _comparison_gap(reader, after, k)
        if not (linked or compared) and not _may_open_part(reader, atoms[after:k]):
            return None  # neither a link nor what a parallel or gapped part needs before it
        read = _bare(reader, k, after, need_scale=True)
        if read is None:
            return None
        side, nxt = read
        if langs is None:
            langs = _elided_langs(reader, k, first)
        if compared:  # "frente a los 3.000 millones aportados por Alemania"
            if nxt > limit or not _giver_after(reader, nxt):
                return None
        elif (
            not linked
            and (
                qualifier is not None
                or not (
                    _parallel(reader, after, k, nxt, langs, listed)
                    or _gapped(reader, after, k, nxt, langs)
                )
            )
            or nxt > limit
            or not (
                _clause_goes_on_fitly(reader, nxt, _compares(reader, after, k))
                or linked
                and (_giver_after(reader, nxt, after, k) or _verb_at(reader, nxt))
            )
        ):
            return None
        reader.shared_assumed = ()
        value = _value(reader, side, reader.languages(side, None), mention.amount.currency)
        if value is None:
            return None
        amount = Amount(value, mention.amount.currency, qualifier=qualifier)
        begin = k - 1 if qualifier else k
        assumed = _assumed(reader, *mention.assumptions)
        return _mention(reader, mention, amount, begin, nxt, assumed), (begin, nxt)
    return None


_NAME_GAP_KINDS = frozenset({OTHER, JOIN, FILLER, WORDS, QUAL})


def _bracket_item_after(reader: Any, mention, first: int, after: int, limit: int):
    """ "L'Allemagne (3 milliards d'euros), la France (2 milliards) et l'Italie (1 milliard)":
    a bare number with its own scale word, alone in brackets after a name, in a list of names
    whose amount in brackets before it (``mention``, over atoms [first, after)) writes the
    currency, takes that currency (``shared-currency``). Between the two brackets stand a
    comma or a list word (``LIST_AND``) and up to ``LABEL_WORDS`` words with a capital among
    them (the next item's name, with its article); the bracket holds the number and its scale
    word only. Returns (mention, span) or None; ``borrow_shared`` chains the items."""
    atoms = reader.atoms
    n = len(atoms)
    opened = first if atoms[first].kind == LPAREN else first - 1
    if opened < 0 or atoms[opened].kind != LPAREN or after >= n:
        return None
    if atoms[after].kind != RPAREN:
        return None
    k = after + 1
    while k < n and k - after <= LABEL_WORDS + 4 and atoms[k].kind != LPAREN:
        k += 1
    if k >= n or atoms[k].kind != LPAREN or k + 1 >= limit:
        return None
    gap = atoms[after + 1 : k]
    langs = _langs_told(reader, k + 1, min(k + 4, n))
    if not gap or not (gap[0].text == "," or _joiner_fits(LIST_AND, gap[0].text, langs)):
        return None
    rest = gap[1:]
    if rest and rest[0].text in LIST_AND:
        rest = rest[1:]  # ", and France (2bn)"
    if not rest or any(a.kind not in _NAME_GAP_KINDS for a in rest):
        return None
    if not any(a.kind == OTHER and reader.text[a.start].isupper() for a in rest):
        return None
    read = _bare(reader, k + 1, k + 1, need_scale=True)
    if read is None:
        return None
    side, nxt = read
    close = nxt + 1 if nxt < n and atoms[nxt].text == "." and atoms[nxt].adjacent else nxt
    if close > limit or close >= n or atoms[close].kind != RPAREN:
        return None  # "(2 Mrd.)": the dot of the scale's abbreviation may close it
    reader.shared_assumed = ()
    value = _value(reader, side, reader.languages(side, None), mention.amount.currency)
    if value is None:
        return None
    amount = Amount(value, mention.amount.currency)
    assumed = _assumed(reader, *mention.assumptions)
    return _mention(reader, mention, amount, k + 1, close, assumed), (k + 1, close)


_GIVER_KINDS = _NAME_GAP_KINDS | {OPEN}  # "od", "від" open ranges too
# the words for "by" before a giver that are no words for "from" ("por", "par", "by")
_BY_AGENT = frozenset().union(*AGENT_MARKERS.values()) - (set(CHANGE_FROM) - set(CHANGE_BY))
_ELISIONS = frozenset({"'", "’", "l", "d"})
_GIVER_WORDS = 2  # words between a compared amount and its giver ("aportados por Alemania")


def _compares(reader: Any, after: int, k: int) -> bool:
    """True when the atoms in [after, k) are a word of comparison (``PREVIOUS_VALUE_CUES``:
    "contre", "compared with") with its punctuation: the bare number after it is a value
    before, or nothing."""
    gap = [a.text for a in reader.atoms[after:k] if a.kind not in (PUNCT, LPAREN, RPAREN, OPEN)]
    return bool(gap) and bool(PREVIOUS_VALUE_CUES.get(" ".join(gap)))


def _comparison_gap(reader: Any, after: int, k: int) -> bool:
    """True when the atoms in [after, k) are a word of comparison (``words.PREVIOUS_VALUE_CUES``)
    after a comma, perhaps with an article after it ("frente a los", "contre les"), which
    ``_link`` does not take: such a bare amount is read only for another giver
    (``_giver_after``)."""
    gap = [a.text for a in reader.atoms[after:k] if a.kind not in (PUNCT, LPAREN, RPAREN, OPEN)]
    return (
        len(gap) > 1
        and gap[-1] in _NAME_DETERMINERS
        and bool(PREVIOUS_VALUE_CUES.get(" ".join(gap[:-1])))
    )


def _giver_after(reader: Any, nxt: int, after: int | None = None, k: int | None = None) -> bool:
    """True when a country is named in the ``_GIVER_WORDS`` words after a bare amount ending at
    atom ``nxt``, in any case ("wobec 3 mld od Niemiec", "frente a los 3.000 millones aportados
    por Alemania", "порівняно з 3 млрд наданими Німеччиною"): after a word of comparison that
    is another giver's amount in the currency of the amount compared with, which ``changes``
    keeps as its own. With ``after`` and ``k``, the link in [after, k) must be such a word
    (``words.PREVIOUS_VALUE_CUES``). The word right after the number must be a preposition, a
    verb of giving (``words.VERB``), the name, or a participle before a word for "by" or the
    name: a noun there is what the number counts ("compared with 5 million people from
    Germany")."""
    atoms = reader.atoms
    if after is not None and k is not None:
        gap = [a.text for a in atoms[after:k] if a.kind not in (PUNCT, LPAREN, RPAREN, OPEN)]
        if not PREVIOUS_VALUE_CUES.get(" ".join(gap)):
            return False
    if nxt >= len(atoms):
        return False
    first = atoms[nxt]
    second = atoms[nxt + 1] if nxt + 1 < len(atoms) else None
    if not (
        first.kind in (OPEN, FILLER)  # "od Niemiec", "3 milliards de l'Allemagne"
        or first.text in NAME_MAY_FOLLOW_WORDS
        or first.text in PURPOSE_WORDS
        or _verb_at(reader, nxt)
        or reader.text[first.start].isupper()
        # a participle before its giver: after it a word for "by" that is no word for "from"
        # ("aportados por Alemania", "versés par l'Allemagne"), or the giver's name in its
        # instrumental ("наданими Німеччиною", "poskytnutým Německem")
        or second is not None
        and (
            second.text in _BY_AGENT
            or reader.text[second.start].isupper()
            and names_a_country(" " + reader.text[second.start : second.end], lexicon())
        )
    ):
        return False  # "compared with 5 million people from Germany": a noun it counts
    end, words = nxt, 0
    while end < len(atoms) and words <= _GIVER_WORDS and atoms[end].kind in _GIVER_KINDS:
        words += atoms[end].text not in _ELISIONS  # "par l'Allemagne": the apostrophe is none
        end += 1
    if end == nxt:
        return False
    clause = reader.text[atoms[nxt].start : atoms[end - 1].end]
    return names_a_country(" " + clause, lexicon())


def _may_open_part(reader: Any, gap: list) -> bool:
    """True when a gap may stand before a parallel or gapped part (``_parallel``,
    ``_gapped``): it ends with a comma, semicolon, colon, dash or list word (``LIST_AND``), or a
    comma and a name (``_comma_named``).
    Checked before the number after it is read."""
    return bool(gap) and (
        gap[-1].text in (",", ";", ":", *DASHES)
        or gap[-1].text in LIST_AND
        or _named_gap(gap)
        or _comma_named(reader, gap) is not None
    )


def _spaced_dash(atoms, after: int, k: int) -> bool:
    """True when the one atom between an amount ending at ``after`` and the number at ``k`` is
    a dash with a space on both sides ("€3bn – 2bn for air defence"): a pause that opens the
    parts as a colon does (``grammar.spaced_dash_breaks`` keeps the two from a range)."""
    return (
        k == after + 1
        and atoms[after].text in DASHES
        and not atoms[after].adjacent
        and not atoms[k].adjacent
    )


def _part_before(reader: Any, mention, first: int, limit: int):
    """ "3 mld z 9 mld euro", "3 milliards sur les 9 milliards d'euros", "3 billion of the 9
    billion euros": a bare scaled number, a word for "of" of its language (``PART_OF_LINKS``,
    one to three words) and the whole ``mention``, which alone writes the currency. The part
    is in the whole's currency, as the low end of a range is ("3 to 9 billion euros"), and
    records ``shared-currency``. A number without a scale word ("5 of the 10 billion euros")
    may count things, and is left alone; so is a part larger than its whole.

    Returns (mention, span) or None.
    """
    atoms = reader.atoms
    if atoms[first].kind not in (NUM, CUR) or mention.amount.high is not None or first < 2:
        return None
    last = atoms[first - 1].text  # the link's last word stands right before the whole
    if last not in _PART_LAST_WORDS and " " not in last:
        return None
    whole = mention.amount
    for size in (1, 2, 3):
        link = first - size
        if link - 1 < max(limit, 0):
            return None
        if any(a.kind not in (OTHER, FILLER, OPEN) for a in atoms[link:first]):
            return None  # "of" is also a filler ("billion of euros"), "von" an opener
        phrase = " ".join(a.text for a in atoms[link:first])
        if phrase not in PART_OF_LINKS:
            continue
        start = _number_start(atoms, _before_scale(atoms, link - 1, limit), limit)
        if start is None:
            continue  # "3 billion out of $9 billion": "of" alone is not the whole link
        read = _bare(reader, start, limit, need_scale=True)
        if read is None or read[1] != link:
            continue
        side, _ = read
        langs = _langs_told(reader, start, first + 3)
        if not _joiner_fits(PART_OF_LINKS, phrase, langs):
            return None
        reader.shared_assumed = ()
        value = _value(reader, side, reader.languages(side, None), whole.currency)
        if value is None or not 0 < value <= abs(whole.value):
            reader.shared_assumed = ()
            return None
        begin = start
        qualifier = None
        if start - 1 >= max(limit, 0) and atoms[start - 1].kind == QUAL:
            begin = start - 1
            qualifier = atoms[begin].data[0]
        amount = Amount(value, whole.currency, qualifier=qualifier)
        assumed = _assumed(reader, *mention.assumptions)
        return _mention(reader, mention, amount, begin, link, assumed), (begin, link)
    return None


# the last words of the links of ``_part_before`` ("of the": "the")
_PART_LAST_WORDS = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in PART_OF_LINKS)
WHOLE_GAP_ATOMS = 12  # atoms a link and the noun phrase of a whole after a part may take


def _whole_after(reader: Any, mention, after: int, limit: int):
    """ "3 miliardi di euro del pacchetto da 9 miliardi", "3 Mrd. Euro aus dem 9-Milliarden-Paket",
    "3 mld euro z pakietu o wartości 9 mld": after ``mention`` (the part, ending at atom
    ``after``), up to three words (its recipient: "per l'Ucraina"), a link of its language
    (``words.SHARE_OF_LINKS``, ``WHOLE_FROM``) and a noun
    phrase naming a whole, then a bare scaled number: the whole, in the part's currency
    (``shared-currency``). The phrase is either a noun of ``WHOLE_NOUNS`` with up to three words
    before it and two after, then a word of ``WHOLE_WORTH`` ("del pacchetto da", "z pakietu o
    wartości"), or up to two words (determiners) when such a noun follows the number ("dem
    9-Milliarden-Paket"). After the number of a named phrase stands the clause's end, a
    preposition or a verb of the news cues ("de 9 milliards destinée à"). A whole smaller than
    its part, a list word in the phrase, or a number followed by a noun of its own ("9
    miliardi di persone") is left alone.

    Returns (mention, span) or None.
    """
    atoms = reader.atoms
    if mention.amount.high is not None:
        return None
    for k in range(after + 1, min(limit, after + WHOLE_GAP_ATOMS + 1)):
        if atoms[k].kind in (NUM, CUR, SCALE, PERCENT) or atoms[k].text in CLAUSE_ENDS:
            break
    else:
        return None
    if atoms[k].kind != NUM or k >= limit:
        return None
    # while the text's language is not known (scored once per text, when a rule first asks),
    # the bare scaled number is read first when its reading leaves no trace on the reader (no
    # problem recorded, no refusal, no sentence asked last): a number with no scale ("aid since
    # February 2022") is then no whole in any language, and the languages are not told for
    # it. A reading that leaves a trace is undone, and made again where it was made before:
    # after the phrase's pattern matched
    read = _UNREAD
    if reader._text_lang is UNKNOWN and not reader.lang:
        problems, refused, piece = len(reader.problems), reader.refused_to, reader._sentence_piece
        read = _bare(reader, k, after, need_scale=True)
        if (len(reader.problems), reader.refused_to, reader._sentence_piece) != (
            problems,
            refused,
            piece,
        ):
            del reader.problems[problems:]
            reader.refused_to, reader._sentence_piece = refused, piece
            read = _UNREAD
        elif read is None:
            return None
    langs = _langs_told(reader, after, k)
    gap = reader.text[atoms[after - 1].end : atoms[k].start]
    named = _named_whole(langs)
    if named is None:
        return None
    found = named.match(gap)
    if found is None:
        return None
    if read is _UNREAD:
        read = _bare(reader, k, after, need_scale=True)
    if read is None:
        return None
    side, nxt = read
    if nxt > limit:
        return None
    if found.group("words") is not None:  # "aus dem 9-Milliarden-Paket": the noun after it
        rest = reader.text[atoms[nxt - 1].end : atoms[nxt - 1].end + 40]
        if not _noun_after(langs).match(rest):
            return None
    elif not (_clause_goes_on_fitly(reader, nxt) or _verb_at(reader, nxt)):
        return None  # "9 billion people"; not "9 milliards destinée à l'Ukraine"
    reader.shared_assumed = ()
    value = _value(reader, side, reader.languages(side, None), mention.amount.currency)
    if value is None or value < abs(mention.amount.value):
        reader.shared_assumed = ()
        return None
    amount = Amount(value, mention.amount.currency)
    assumed = _assumed(reader, *mention.assumptions)
    return _mention(reader, mention, amount, k, nxt, assumed), (k, nxt)


_UNREAD = object()  # ``_whole_after``: the bare number is read again where it was before


def _named_whole(langs: frozenset[str]) -> re.Pattern[str] | None:
    """``_whole_after``'s pattern of the text between a part and its whole's number, for the
    first of ``langs`` (sorted) with the words; group ``words`` when no noun stands in it."""
    for lang in sorted(langs):
        if WHOLE_NOUNS.get(lang) and (SHARE_OF_LINKS.get(lang) or WHOLE_FROM.get(lang)):
            return _named_whole_pattern(lang)
    return None


@lru_cache(maxsize=32)
def _named_whole_pattern(lang: str) -> re.Pattern[str]:
    links = (*SHARE_OF_LINKS.get(lang, ()), *WHOLE_FROM.get(lang, ()))
    link = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    ands = [w for w, langs in LIST_AND.items() if lang in langs]
    stop = rf"(?!(?:{'|'.join(map(re.escape, ands))})\b)" if ands else ""
    word = rf"{stop}[^\W\d_]+(?:['’][^\W\d_]+|['’])?"
    noun = rf"{stop}[^\W\d_]*(?:{'|'.join(map(re.escape, WHOLE_NOUNS[lang]))})[^\W\d_]*"
    worths = WHOLE_WORTH.get(lang, ())
    worth = "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(worths, key=len, reverse=True)
    )
    elided = r"(?:\s+|(?<=[dl])['’])"
    named = (
        rf"(?:{word}\s*){{0,3}}?{noun}(?:\s+{word}){{0,2}}?\s+(?:{worth}){elided}"
        if worth
        else r"(?!)"
    )
    return re.compile(
        rf"(?:\s+{word}){{0,3}}?\s*(?:{link}){elided}(?:{named}|(?P<words>(?:(?:{word})(?:\s+|(?<=['’]))){{0,2}}))$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=32)
def _noun_after_pattern(lang: str) -> re.Pattern[str]:
    body = "|".join(map(re.escape, WHOLE_NOUNS.get(lang, ()))) or "(?!)"
    return re.compile(rf"(?:[\s-]+[^\W\d_]+)?[\s-]+[^\W\d_]*(?:{body})", re.IGNORECASE)


def _noun_after(langs: frozenset[str]) -> re.Pattern[str]:
    """A noun of ``WHOLE_NOUNS`` after a number, perhaps after its scale word and a hyphen
    ("9-Milliarden-Paket", "€50bn facility")."""
    for lang in sorted(langs):
        if WHOLE_NOUNS.get(lang):
            return _noun_after_pattern(lang)
    return _noun_after_pattern("en")


def _elided_before(reader: Any, mention, first: int, limit: int):
    """ "2 Mrd., davon 1 Mrd. Euro": a bare scaled amount before ``mention``, a link between."""
    atoms = reader.atoms
    if atoms[first].kind != NUM:
        return None
    for k in range(first - 2, max(limit, first - MAX_GAP_ATOMS - 3) - 1, -1):
        if atoms[k].kind != NUM:
            continue
        read = _bare(reader, k, limit, need_scale=True)
        if read is None:
            return None
        side, nxt = read
        link = _link_phrase(reader, nxt, first)
        if link is None or link[1] is not None or not BREAKDOWN_LINKS.get(link[0]):
            return None  # no link of any language: none told (``_elided_after``)
        if not _joiner_fits(BREAKDOWN_LINKS, link[0], _langs_told(reader, k, first + 3)):
            return None
        qualifier = None
        if not any(a.text == "," for a in atoms[nxt:first]):
            return None  # "2 Mrd., davon": the total, a comma, then its part
        reader.shared_assumed = ()
        value = _value(reader, side, reader.languages(side, None), mention.amount.currency)
        if value is None:
            return None
        begin = k
        if k - 1 >= limit and atoms[k - 1].kind == QUAL:
            begin = k - 1
            qualifier = atoms[begin].data[0]
        amount = Amount(value, mention.amount.currency, qualifier=qualifier)
        assumed = _assumed(reader, *mention.assumptions)
        return _mention(reader, mention, amount, begin, nxt, assumed), (begin, nxt)
    return None


# What may end a sentence before the next one opens (rule 7): a stop, perhaps a closing quote or
# bracket, and a space; or a line break.
# (``[.!?…][\"'”»)]*\s+|\n`` written to open with one character class, as
# ``side_value.SENTENCE_END`` is: the engine skips to the next stop or line end in C)
_SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)|[\"'”»)]*\s+)")
# The most sentences a breakdown's total may stand back (rule 7): its own sentence's start,
# and the one before.
BREAKDOWN_REACH = 2
# The most characters of an opener before its number ("Van dat bedrag gaat ruim ").
OPENER_CHARS = 60


def _opened_breakdowns(
    reader: Any, found: list, spans: list[tuple[int, int]], among: list[int] | None = None
) -> tuple[list, list[tuple[int, int]]]:
    """Rule 7: add the bare scaled numbers of a sentence opening with a breakdown phrase
    (``words.BREAKDOWN_OPENERS``) in the currency of the total before it, and the parts they
    chain to; ``found`` and ``spans`` in text order, returned so. ``among``: atom indices in
    order holding every number atom (``borrow_shared``'s ``starts``), else every atom."""
    atoms = reader.atoms
    text = reader.text
    starts: list[int] | None = None
    added: list[tuple[Any, tuple[int, int]]] = []
    taken_to = 0
    # the atoms the mentions read take, as one set: a number among them is passed over at
    # once, not checked against every span (that made the pass the square of the amounts)
    covered = {k for a, b in spans for k in range(a, b)}
    if among is None:
        numbers = [k for k, atom in enumerate(atoms) if atom.kind == NUM and k not in covered]
    else:
        numbers = [k for k in among if atoms[k].kind == NUM and k not in covered]
    for k in numbers:
        if k < taken_to:
            continue
        if starts is None:
            starts = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(text)]
        begin = k - 1 if k > 0 and atoms[k - 1].kind == QUAL else k
        sentence = starts[bisect_right(starts, atoms[begin].start) - 1]
        opener = text[sentence : atoms[begin].start]
        if not opener.strip() or len(opener) > OPENER_CHARS:
            continue
        if _OPENER_FIRST is not None and _OPENER_FIRST.match(opener) is None:
            continue  # "Germany pledged ", "On ": no opener of any language starts so
        langs = _langs_told(reader, k, min(k + 3, len(atoms)))
        pattern = _opener_pattern(langs)
        if pattern is None or pattern.fullmatch(opener) is None:
            continue
        whole = _breakdown_whole(reader, found, spans, starts, sentence)
        if whole is None:
            continue
        read = _bare(reader, k, 0, need_scale=True)
        if read is None:
            continue
        side, nxt = read
        if not (_clause_goes_on_fitly(reader, nxt) or _verb_at(reader, nxt)):
            continue
        reader.shared_assumed = ()
        value = _value(reader, side, reader.languages(side, None), whole.amount.currency)
        if value is None:
            continue
        qualifier = atoms[k - 1].data[0] if begin < k else None
        amount = Amount(value, whole.amount.currency, qualifier=qualifier)
        item = (_mention(reader, whole, amount, begin, nxt, _assumed(reader)), (begin, nxt))
        limit = min((a for a, _ in spans if a >= nxt), default=len(atoms))
        while item is not None:  # "20 millones irán a la UNRWA y 15 millones al PMA"
            added.append(item)
            taken_to = item[1][1]
            item = _elided_after(reader, item[0], taken_to, limit, parallel_only=True, listed=True)
    if not added:
        return found, spans
    merged = sorted([*zip(found, spans, strict=True), *added], key=lambda pair: pair[1][0])
    return [m for m, _ in merged], [span for _, span in merged]


def _breakdown_whole(
    reader: Any, found: list, spans: list[tuple[int, int]], starts: list[int], sentence: int
):
    """The total a breakdown opening the sentence at offset ``sentence`` divides (rule 7): the
    latest amount before it, at most ``BREAKDOWN_REACH`` sentences back, when every amount of
    its sentence is in its currency; else None."""
    atoms = reader.atoms
    before = [i for i, (_, after) in enumerate(spans) if atoms[after - 1].end <= sentence]
    if not before:
        return None
    whole = found[before[-1]]
    end = atoms[spans[before[-1]][1] - 1].end
    if bisect_right(starts, sentence) - bisect_right(starts, end) >= BREAKDOWN_REACH:
        return None
    own = starts[bisect_right(starts, end) - 1]
    if any(
        m.amount.currency != whole.amount.currency
        for m, (first, _) in zip(found, spans, strict=True)
        if own <= atoms[first].start < sentence
    ):
        return None  # "2.300 millones de dólares (alrededor de 2.200 millones de euros)"
    return whole


def _opener_first() -> re.Pattern[str] | None:
    """What every ``_opener_pattern`` match starts with: its leading spaces, quotes and
    brackets, then the first word of a phrase of ``BREAKDOWN_OPENERS`` in any language, in
    any case (as the pattern reads it: the same flag, so the same letters fold together),
    with a space after it when the phrase has more words or a number after that word. A
    text before a number that does not start so matches no language's pattern, and
    ``_opened_breakdowns`` passes it over without telling the languages or trying the
    pattern. None when a phrase has no word before its number (a bare "#").

    >>> [_OPENER_FIRST.match(text) is not None for text in ("Davon ", "The ", ' "Of that, ')]
    [True, False, True]
    """
    spaced, alone = set(), set()  # first words a space follows; whole one-word phrases
    for own in BREAKDOWN_OPENERS.values():
        for phrase in own:
            words = phrase.removesuffix("#").split()
            if not words:
                return None
            (alone if len(words) == 1 and not phrase.endswith("#") else spaced).add(words[0])

    def either(words: set[str]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

    return re.compile(rf"[\s\"'„“«(]*(?:(?:{either(spaced)})(?=\s)|{either(alone)})", re.IGNORECASE)


_OPENER_FIRST = _opener_first()


@lru_cache(maxsize=32)
def _opener_pattern(langs: frozenset[str]) -> re.Pattern[str] | None:
    """The phrases of ``BREAKDOWN_OPENERS`` in ``langs`` (every language when none is told),
    "#" a number restating the total, then perhaps a comma or colon and a verb of money going
    somewhere (``PART_VERBS``: "Van dat bedrag gaat"), as the whole text before a number."""
    phrases = {
        phrase
        for lang, own in BREAKDOWN_OPENERS.items()
        if not langs or lang in langs
        for phrase in own
    }
    if not phrases:
        return None
    number = r"\d[\d.,\s]*?(?:\s*[^\W\d_]+)?"
    body = "|".join(
        r"\s+".join(re.escape(w) for w in p.removesuffix("#").split())
        + (rf"\s+{number}" if p.endswith("#") else "")
        for p in sorted(phrases, key=len, reverse=True)
    )
    verbs = "|".join(re.escape(v) for v in sorted(PART_VERBS, key=len, reverse=True))
    return re.compile(rf"[\s\"'„“«(]*(?:{body})\s*[,:]?\s*(?:(?:{verbs})\s+)?", re.IGNORECASE)
