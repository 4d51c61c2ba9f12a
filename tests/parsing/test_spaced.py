"""Plain shapes read off their words (``parsing.spaced``) read as the general way does.

``parse_amount`` without a language or hint reads "[qualifier] number [scale] [de/di/d']
currency" and "[qualifier] currency number [scale]" off its space-separated words, each looked
up once, when every word means one thing in every language (issue 9, "Speed is part of the
design"). The atoms it puts together must be ``atomize``'s, and each reading the general
one (``plain`` on a ``Reader``, else the grammar), to the Decimal digits; every other text
must be left to the ``Reader``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aidcalc import ParseError, parse_amount
from aidcalc.parsing import parse_mention
from aidcalc.parsing import spaced as spaced_module
from aidcalc.parsing.atoms import atomize
from aidcalc.parsing.characters import clean
from aidcalc.parsing.grammar import Reader
from aidcalc.parsing.lexicon import lexicon
from aidcalc.parsing.plain import plain_amount, plain_refusal
from aidcalc.parsing.spaced import joined_atoms, word_amount, word_reading


def _placed(text: str) -> tuple[object, list]:
    """(what ``word_reading`` gives for ``text``, the atoms it put together from the units it
    kept, ``spaced._placed_atoms``, each time it did)."""
    placed = []
    keep = spaced_module._placed_atoms

    def recording(kept, number):
        placed.append(keep(kept, number))
        return placed[-1]

    spaced_module._placed_atoms = recording
    try:
        found = word_reading(text)
    finally:
        spaced_module._placed_atoms = keep
    return found, placed


def _general(text: str):
    """The amount the general way reads (plain shapes on a ``Reader``, else the grammar)."""
    reader = Reader(text, None, None)
    found = plain_amount(reader)
    if found is not None:
        return found
    mentions = reader.mentions(first_only=True)
    return mentions[0].amount if mentions else None


def _assert_reads_as_general(text: str) -> None:
    """The word tier agrees with the general reading of ``text`` (or leaves it), and
    ``parse_amount`` gives what the general way gives, a refusal included."""
    assert _agrees(text) is not False, text
    try:
        parsed = parse_amount(text)
    except ParseError:
        parsed = None
    assert repr(parsed) == repr(_general(text)), text


def _agrees(text: str) -> bool | None:
    """None when the word tier leaves ``text``; else whether it reads as the general way, to
    the digits, and its atoms are ``atomize``'s."""
    atoms = joined_atoms(clean(text)[0], lexicon())
    assert atoms is None or atoms == atomize(clean(text)[0], lexicon()), text
    found, placed = _placed(text)
    # the atoms the reading put together from its units are those ``joined_atoms`` gives, or,
    # for a number grouped by spaces (one token across them, which ``joined_atoms`` leaves),
    # ``atomize``'s
    for kept in placed:
        assert kept == atoms or atoms is None and kept == atomize(clean(text)[0], lexicon()), text
    found = found if found.__class__ is not tuple else None
    assert repr(found) == repr(word_amount(text)), text
    if found is None:
        return None
    general = _general(text)
    return general is not None and repr(found) == repr(general)


# forms news and price tags write in many languages, each read off the words
WORD_SHAPES = [
    ("2,8 Mrd. Euro", "EUR 2800000000"),
    ("1,5 Milliarden Euro", "EUR 1500000000"),
    ("rund 5 Mrd. €", "approx EUR 5000000000"),
    ("mehr als 500 Millionen Euro", "over EUR 500000000"),
    ("bis zu 3 Milliarden Euro", "up to EUR 3000000000"),
    ("1.234,56 €", "EUR 1234.56"),
    ("CHF 1'234'567.50", "CHF 1234567.5"),
    ("1,2 milliard d'euros", "EUR 1200000000"),
    ("plus de 3 milliards d'euros", "over EUR 3000000000"),
    ("jusqu'à 5 milliards d'euros", "up to EUR 5000000000"),
    ("environ 500 millions d'euros", "approx EUR 500000000"),
    ("unos 300 millones de euros", "approx EUR 300000000"),
    ("oltre 2 miliardi di euro", "over EUR 2000000000"),
    ("500 milioni di euro", "EUR 500000000"),
    ("€ 2,5 miljard", "EUR 2500000000"),
    ("ruim 1 miljard euro", "over EUR 1000000000"),
    ("daugiau nei 683 mln. eurų", "over EUR 683000000"),
    ("1,2 mlrd. eurų", "EUR 1200000000"),
    ("ponad 2 mld zł", "over PLN 2000000000"),
    ("3,5 mld złotych", "PLN 3500000000"),
    ("100 tys. zł", "PLN 100000"),
    ("50 million zlotys", "PLN 50000000"),
    ("понад 683 млн євро", "over EUR 683000000"),
    ("2,3 млрд гривень", "UAH 2300000000"),
    ("1,5 miliardy Kč", "CZK 1500000000"),
    ("1,5 miliarde de euro", "EUR 1500000000"),
    ("1.299,00 EUR", "EUR 1299"),
    ("9,99 €", "EUR 9.99"),
    # a number grouped by spaces is the scan's one token across them
    ("1 234,56 zł", "PLN 1234.56"),
    ("₴ 1 234,56", "UAH 1234.56"),
    ("12 345 678,9 €", "EUR 12345678.9"),
    ("понад 5 000 000 євро", "over EUR 5000000"),
    # a scale word that is an ordinary word of other languages than English ("mio": Italian
    # "my"): with no language given it is a scale wherever it stands (``spaced._scale_apart``)
    ("7,1 Mio. €", "EUR 7100000"),
    ("etwa 400 Mio. US-Dollar", "approx USD 400000000"),
    ("mehr als 10 Mio. €", "over EUR 10000000"),
    ("1,5 Mio. CHF", "CHF 1500000"),
    ("4 mia. euro", "EUR 4000000000"),
    ("2 mia. DKK", "DKK 2000000000"),
    ("2 mio euro", "EUR 2000000"),
    # the sentence-stop cut cuts the stop off the last word: weighed on the cut atoms
    ("Fr. 50 Mio.", "CHF 50000000"),
    ("EUR 6,4 bil.", "EUR 6400000000"),
    ("zł 5 mln.", "PLN 5000000"),
    ("€ 5 bn.", "EUR 5000000000"),
]


@pytest.mark.parametrize(("text", "expected"), WORD_SHAPES)
def test_word_shapes_read_as_the_general_way_reads_them(text, expected):
    assert str(word_amount(text)) == expected
    assert _agrees(text) is True
    assert repr(parse_amount(text)) == repr(_general(text))


# texts the tier leaves to the Reader: a currency the weighing refuses, a number across a
# space, words around, a glued sign, a range, number words
LEFT = [
    "75 milliarder kroner",  # "kroner": several codes, and nothing tells which (refused)
    "do 5 million dollars",  # "do": a gated qualifier that fits no word of the amount
    "iki milyar dolar",  # "iki": a count word before a scale word (Turkish two billion)
    "iki € 5",  # a count word before no number: its atom may depend on the word after
    "1 23 zł",  # two numbers: the tier reads one
    "100 000zł",  # a number glued to what follows
    "R$250 mil",  # a sign glued to its number after letters: the general way
    "Plan A$ 5",  # a word before a letter and sign: the general way
    "$ 5 million",  # a dollar sign alone (several codes): the simplest shapes' or the Reader's
    "EUR 5 aid",  # a word right after a number that a currency leads: the grammar checks it
    "75 milliarder kroner til Norge",  # "til" after the amount: a range word, weighed
    "300 to 400 million euros",  # a range
    "two billion euros",  # number words
    "2,3 mia. kr.",  # "kr" several codes: refused (``word_reading`` gives the reason)
    "kr 499",  # refused by the grammar: its reason is given there
    "5 mln euro  ",  # spaces at the end
    "5\u00a0mln euro",  # another space character
    "a 5 mln euro",  # an article
    "5 mln de eur",  # a lower-case code after a linking word
    "eur 5 mln",  # a lower-case code leading its number
]


@pytest.mark.parametrize("text", LEFT)
def test_other_texts_are_left_to_the_reader(text):
    assert word_amount(text) is None
    atoms = joined_atoms(clean(text)[0], lexicon())
    assert atoms is None or atoms == atomize(clean(text)[0], lexicon())


# a number whose mark is ambiguous, a scale word of several powers or a currency of several
# codes: the tier weighs them on the small context (``spaced._weighed_words``, ``weighing``)
# as the grammar weighs them on its ``Reader``, or leaves the text (None) when the weighing
# reads nothing there; the grammar's reading, with the assumptions it rests on, is the one
# ``parse_mention`` gives
WEIGHED_UNITS = [
    ("1.500 millones de euros", "EUR 1500000000", ()),
    ("más de 2.000 millones de dólares", "over USD 2000000000", ("dollar-usd",)),
    ("1,500 Millionen Euro", "EUR 1500000", ()),
    ("über 2 Mrd. Dollar", "over USD 2000000000", ("dollar-usd",)),
    ("at least 2 billion euros", "over EUR 2000000000", ()),
    ("близько 1,5 млрд доларів", "approx USD 1500000000", ("dollar-usd",)),
    ("2 millions de dollars", "USD 2000000", ("dollar-usd",)),
    ("Norwegian kroner 10 billion", "NOK 10000000000", ("short-scale",)),
    ("5 miliardi di dollari", "USD 5000000000", ("dollar-usd",)),
    ("1.5 billion Swedish kronor", "SEK 1500000000", ()),
    ("250.000 euro", "EUR 250000", ()),
    ("1,5 miljarder kronor", "SEK 1500000000", ("home-currency",)),
    ("около 2 млрд рублей", "approx RUB 2000000000", ("home-currency",)),
    ("Kč 1 billion", "CZK 1000000000", ("short-scale",)),
    # French words: francs of twenty countries, CHF is only Romansh's home (refused)
    ("2 milliards de francs", None, ()),
    ("5 billion dollars", "USD 5000000000", ("dollar-usd", "short-scale")),
    ("3 mld koron", None, ()),  # refused: which crown?
    ("75 milliarder kroner", None, ()),
    # a sign glued to its number (``spaced._glued_unit``)
    ("¥1 trillion", "JPY 1000000000000", ("default-currency",)),
    ("¥1,980", "JPY 1980", ("default-currency",)),
    ("₹10 crore", "INR 100000000", ()),
    ("₹1,00,00,000", "INR 10000000", ()),
    ("rund €1.500 Mrd", "approx EUR 1500000000000", ()),
    ("€2,5 mld", "EUR 2500000000", ()),
    ("около ₽1,5 млрд", "approx RUB 1500000000", ()),
    # letters glued to a sign, a symbol of the lexicon (``spaced._letters_sign``)
    ("R$ 250 mil", "BRL 250000", ("scale-default",)),
    ("R$ 1,5 bilhão", "BRL 1500000000", ()),
    ("R$ 3 bilhões", "BRL 3000000000", ()),
    ("C$ 5 million", "CAD 5000000", ("default-currency",)),
    ("HK$ 20 mln", "HKD 20000000", ()),
    ("über US$ 2 Mrd.", "over USD 2000000000", ()),
    ("S$ 12 million", "SGD 12000000", ()),
    ("CN¥ 5 mln", "CNY 5000000", ()),
]


@pytest.mark.parametrize(("text", "expected", "assumed"), WEIGHED_UNITS)
def test_weighed_units_read_as_the_grammar_weighs_them(text, expected, assumed):
    found = word_amount(text)
    assert (None if found is None else str(found)) == expected
    mentions = Reader(text, None, None).mentions(first_only=True)
    general = mentions[0] if mentions else None
    try:
        parsed = parse_amount(text)
    except ParseError:
        parsed = None
    assert parsed == (general.amount if general else None)
    if expected is not None:
        assert repr(found) == repr(general.amount)
        assert _agrees(text) is True
        assert parse_mention(text).assumptions == assumed


# plain shapes whose one currency the weighing refuses, in several languages: the word tier
# gives the reason and position the ``Reader`` gives (``plain.plain_refusal``), without a
# ``Reader``, and ``parse_amount`` raises it; a name before a year goes to the event rule
REFUSED = [
    "kr 499",
    "kr. 1.500",
    "kr 2024",
    "75 milliarder kroner",
    "1,5 miljarder kroner",
    "3 mld koron",
    "über 5 Mio. Kronen",
    "ab 5 Mio. Kronen",
    "Ａｂ 5 Mio. Kronen",
    "около 5 млн крон",
    "5 millions de couronnes",
    "noin 2 miljardia kruunua",
    "５ mln kroner",
    "2,3 mia. kr.",
    "kr. 5 mia.",
    # a number grouped by spaces: the scan's one token, weighed as any other
    "kr 1 234,50",
    "5 000 000 kroner",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_refused_currency_gives_the_readers_reason_without_a_reader(text):
    reader = Reader(text, None, None)
    assert plain_amount(reader) is None
    general = plain_refusal(reader)
    assert general is not None and "is ambiguous" in general[0]
    assert word_reading(text) == general
    with pytest.raises(ParseError) as raised:
        parse_amount(text)
    assert (str(raised.value), raised.value.position) == general


@pytest.mark.parametrize("text", ["Kronen 2024", "SEK 5 kr", "5 Mio."])
def test_other_refusals_are_left_to_the_reader(text):
    assert word_reading(text) is None


def _surface(key: str) -> str:
    """A lexicon key as a text writes it ("mrd ." as "mrd.", "us - dollar" as "us-dollar")."""
    for spaced, written in ((" . ", ". "), (" .", "."), (" - ", "-"), (" ' ", "'"), (" '", "'")):
        key = key.replace(spaced, written)
    return key


def _lexicon_forms():
    lex = lexicon()
    lex.name("euro")  # load the names
    scales = sorted(_surface(k) for k in lex.scales)
    qualifiers = sorted(_surface(k) for k in lex.qualifiers)
    symbols = sorted(_surface(k) for k in lex.symbols)
    names = sorted(_surface(k) for k in lex._names)
    return scales, qualifiers, symbols, names


@pytest.mark.parametrize(
    "text",
    [
        "über 2 Mrd. Dollar",
        "1.500 millones de dólares",
        "Fr. 50 Mio.",
        "2,3 mia. kr.",
        "¥1,980",
        "около 2 млрд рублей",
        "1,5 miljarder kronor",
        "Norwegian kroner 10 billion",
        "Rs. 2,499",
        "EUR 5 mln.",
        "50 млн грн.",
    ],
)
def test_atoms_put_together_from_the_units_read_are_the_atomizers(text):
    # a reading that weighs its words, or checks a dotted word against the sentence-stop cut,
    # puts the atoms together from the units it has read, not by splitting the text again:
    # they are ``atomize``'s, as ``joined_atoms``' are
    found, placed = _placed(text)
    assert placed, text  # the reading needed its atoms
    cleaned = clean(text)[0]
    assert placed == [atomize(cleaned, lexicon())] * len(placed), text
    assert placed[0] == joined_atoms(cleaned, lexicon()), text
    assert found is not None, text


@pytest.mark.parametrize(
    "text", ["kr 1 234,50", "1 234,56 zł", "₴ 1 234,56", "1 234,5 mln $", "Kč 12 345,678"]
)
def test_a_number_across_a_space_puts_the_atomizers_atoms_together(text):
    # "1 234,50": one number token across a space, which ``joined_atoms`` leaves; a reading
    # that weighs it puts the atomizer's atoms together (its number's kept as the scan reads
    # it), and reads or refuses as the general way does
    found, placed = _placed(text)
    assert joined_atoms(clean(text)[0], lexicon()) is None
    assert all(kept == atomize(clean(text)[0], lexicon()) for kept in placed), text
    _assert_reads_as_general(text)


def test_word_tier_agrees_on_every_scale_qualifier_symbol_and_name():
    scales, qualifiers, symbols, names = _lexicon_forms()
    numbers = ["5", "2,8", "12,345.67", "0.5", "1.500", "700"]
    texts = []
    for i, scale in enumerate(scales):
        number = numbers[i % len(numbers)]
        texts += [f"{number} {scale} €", f"€ {number} {scale}", f"{number} {scale} de eurų"]
        texts += [f"{number} {scale} {scale}", f"{number} {scale}"]
    for i, qualifier in enumerate(qualifiers):
        texts += [f"{qualifier} {numbers[i % 6]} {scales[i % len(scales)]} {names[i * 7 % 999]}"]
        texts += [f"{qualifier} € {numbers[i % 6]}", f"{qualifier} {numbers[i % 6]} mln zł"]
    for i, symbol in enumerate(symbols):
        texts += [f"{symbol} {numbers[i % 6]}", f"{numbers[i % 5]} {symbol}"]
        texts += [f"{numbers[i % 5]} mln {symbol}", f"{symbol} {numbers[i % 6]} mld"]
    for i, name in enumerate(names[::7]):
        texts += [f"{numbers[i % 6]} {scales[i % len(scales)]} {name}", f"{name} {numbers[i % 5]}"]
        texts += [f"5 mln {name}", f"{numbers[i % 6]} millions d'{name}"]
    agreed = {text: _agrees(text) for text in texts}
    assert sum(result is True for result in agreed.values()) > 1500  # the tier is exercised
    assert [text for text, result in agreed.items() if result is False] == []


_FORMS = _lexicon_forms()
_NUMBERS = st.one_of(
    st.integers(0, 10**9).map(str),
    st.integers(1, 10**6).map(lambda n: f"{n:,}"),
    st.integers(1, 10**6).map(lambda n: f"{n:,}".replace(",", ".")),
    st.integers(1, 10**6).map(lambda n: f"{n:,}".replace(",", " ")),
    st.tuples(st.integers(0, 9999), st.integers(0, 99)).map(lambda p: f"{p[0]},{p[1]:02d}"),
    st.tuples(st.integers(0, 99), st.integers(0, 9)).map(lambda p: f"{p[0]}.{p[1]}"),
)
# any word of the lexicon, a number, a linking or plain word: texts of them in any order
_WORDS = st.one_of(
    st.sampled_from(_FORMS[0]),
    st.sampled_from(_FORMS[1]),
    st.sampled_from(_FORMS[2]),
    st.sampled_from(_FORMS[3]),
    _NUMBERS,
    st.sampled_from(["de", "di", "d'", "e", "and", "a", "in", "aid", "for", "bis", "-", ".", "("]),
)


@settings(max_examples=500, deadline=None)
@given(
    qualifier=st.sampled_from(["", *_FORMS[1]]),
    currency=st.sampled_from(_FORMS[2] + _FORMS[3] + ["EUR", "eur", "PLN", "XXX", "DEM"]),
    number=_NUMBERS,
    scale=st.sampled_from(["", *_FORMS[0]]),
    filler=st.sampled_from(["", " de", " di", " d'", " e"]),
    before=st.booleans(),
    stop=st.sampled_from(["", ".", ","]),
)
def test_word_tier_never_reads_otherwise_than_the_general_way(
    qualifier, currency, number, scale, filler, before, stop
):
    if before:
        text = f"{qualifier} {currency} {number} {scale}{stop}".strip()
    else:
        text = f"{qualifier} {number} {scale}{filler} {currency}{stop}".strip()
    text = " ".join(text.split())  # single spaces, as the tier reads
    assert _agrees(text) is not False, text


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=7))
def test_joined_atoms_are_the_atomizers_on_random_texts(words):
    text = " ".join(words)
    assert _agrees(text) is not False, text


def test_a_sign_glued_to_its_number_agrees_with_the_atomizer():
    # every sign of the lexicon glued to numbers of every grouping, alone, before a scale word
    # or another currency, after a qualifier and after letters: the atoms ``joined_atoms``
    # puts together are ``atomize``'s and each reading the general one
    scales, qualifiers, symbols, _names = _lexicon_forms()
    numbers = ["5", "2,8", "12,345.67", "0.5", "1.500", "700", "1,00,000", "1'234.50"]
    texts = []
    for i, symbol in enumerate(symbols):
        number = numbers[i % len(numbers)]
        scale = scales[i * 5 % len(scales)]
        texts += [f"{symbol}{number}", f"{symbol}{number} {scale}", f"{symbol}{number} mln"]
        texts += [f"{qualifiers[i % len(qualifiers)]} {symbol}{number}", f"{symbol}{number} €"]
        texts += [f"A{symbol}{number}", f"{symbol}{number} in aid", f"{symbol}{number} billion"]
    agreed = {text: _agrees(text) for text in texts}
    assert sum(result is True for result in agreed.values()) > 100
    assert [text for text, result in agreed.items() if result is False] == []


def test_letters_glued_to_a_sign_agree_with_the_atomizer_beside_any_word():
    # every symbol of the lexicon written as letters glued to a sign ("R$", "HK$", "CN¥"),
    # before and after numbers, scale words, qualifiers, capitalised words and letters: the
    # atoms ``joined_atoms`` puts together are ``atomize``'s and each reading the general one
    scales, qualifiers, symbols, _names = _lexicon_forms()
    glued = [
        symbol.replace(" ", "")
        for symbol in symbols
        if symbol.count(" ") == 1
        and symbol.split(" ")[0].isalpha()
        and not symbol.split(" ")[1].isalnum()
    ]
    assert {"R$", "US$", "HK$", "CN¥"} <= set(glued)
    texts = []
    for i, symbol in enumerate(glued):
        number = ["5", "2,8", "12,345.67", "1.500", "700"][i % 5]
        scale = scales[i * 3 % len(scales)]
        texts += [f"{symbol} {number}", f"{symbol} {number} {scale}", f"{number} {symbol}"]
        texts += [f"{number} mln {symbol}", f"{qualifiers[i % len(qualifiers)]} {symbol} {number}"]
        texts += [f"Plan {symbol} {number}", f"120 {symbol}", f"{symbol} {number} million"]
        texts += [f"{symbol} {number} mil", f"5 {symbol} 5", f"{symbol} {symbol} 5"]
    agreed = {text: _agrees(text) for text in texts}
    assert sum(result is True for result in agreed.values()) > 150
    assert [text for text, result in agreed.items() if result is False] == []


def test_scale_words_apart_agree_with_the_atomizer_beside_any_word():
    # the scale words ``_scale_apart`` reads off their unit alone, between every kind of
    # neighbour: their atoms are ``atomize``'s and each reading the general one
    from aidcalc.parsing.spaced import _scale_apart

    lex = lexicon()
    words = sorted(
        {k.split(" ")[0] for k in lex.scales if _scale_apart(k.split(" ")[0], k.split(" ")[0], lex)}
    )
    assert {"mio", "mia", "mille"} <= set(words)
    texts = []
    for word in words:
        for written in (word, word.capitalize(), f"{word}.", f"{word.capitalize()}."):
            texts += [f"5 {written} €", f"rund 2,5 {written} Euro", f"€ 3 {written}"]
            texts += [f"{written} 5 €", f"5 {written} de euros", f"1.500 {written} dólares"]
            texts += [f"5 {written} kroner", f"5 {written}", f"ein {written} 5 €"]
    agreed = {text: _agrees(text) for text in texts}
    assert sum(result is True for result in agreed.values()) > 100
    assert [text for text, result in agreed.items() if result is False] == []


def test_a_dotted_word_the_tier_reads_agrees_with_the_sentence_stop_rule():
    # ``word_amount`` skips the sentence-stop cut where its rules cannot cut (a dotted scale or
    # currency word before a currency, a dotted currency before its number); where the cut
    # cuts the stop off the text's last word ("Fr. 50 Mio."), the tier weighs the cut atoms:
    # every dotted text it reads keeps its atoms through ``grammar._split_sentence_stops`` or
    # loses only its final stop, and agrees with the general way, refusals included
    from aidcalc.parsing.atoms import atomize
    from aidcalc.parsing.grammar import _split_sentence_stops

    lex = lexicon()
    scales, qualifiers, symbols, names = _lexicon_forms()
    dotted = [form for form in scales + symbols + names if form.endswith(".")]
    currencies = ["€", "Euro", "eurų", "zł", "Kč", "дол. США", "USD", "грн", "CHF"]
    texts = []
    for i, form in enumerate(dotted):
        currency = currencies[i % len(currencies)]
        number = ["5", "2,8", "683", "1 234,56"][i % 4]
        texts += [
            f"{number} {form} {currency}",
            f"{qualifiers[i % len(qualifiers)]} {number} {form} {currency}",
            f"{form} {number}",
            f"{form} {number} mln",
        ]
        texts += [f"{number} {form} de {currency}", f"{number} {form} De {currency}"]
        texts += [f"{currency} {number} {form}", f"{number} {form}", f"{number} mln {form}"]
    read = cut_read = refused = 0
    for text in texts:
        found = word_reading(text)
        if isinstance(found, tuple):
            refused += 1
            reader = Reader(text, None, None)
            assert plain_amount(reader) is None, text
            assert plain_refusal(reader) == found, text
            continue
        if found is None or "." not in text:
            continue
        read += 1
        atoms = atomize(text, lex)
        cut = _split_sentence_stops(atoms, text, lex)
        if cut is not atoms:
            cut_read += 1
            assert len(cut) == len(atoms) + 1 and cut[-1].text == "." == text[-1], text
        assert _agrees(text) is not False, text
    assert read > 100  # dotted words are read by the tier
    assert cut_read > 20  # a dotted word ending the text too
    assert refused > 5


YEAR_NAMES = [
    ("Euro 2024", None),  # a name and its year: the grammar's event rule
    ("EURO 2016", None),
    ("2024 Euro", "EUR 2024"),
    ("Euro 1500", "EUR 1500"),  # four digits, no year
    ("EUR 2024", "EUR 2024"),  # a code
    ("2024 złotych", "PLN 2024"),
    ("1999 €", "EUR 1999"),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_NAMES)
def test_a_year_after_a_name_is_left_to_the_event_rule(text, expected):
    found = _general(text)
    assert (None if found is None else str(found)) == expected
    fast = word_amount(text)
    assert fast is None or str(fast) == expected
    try:
        assert str(parse_amount(text)) == expected
    except ParseError:
        assert expected is None


# a second qualifier after a qualifier of no English once raised a TypeError in the tier
# ("ab a maximum of 5 euro"): the tier leaves such a text, and the grammar reads it
TWO_QUALIFIERS = [
    "ab a maximum of 5 euro",
    "über etwa 2 Mrd. Dollar",
    "rund bis zu 5 mln euro",
    "ponad około 3 mld zł",
    "plus de environ 4 millions d'euros",
]


@pytest.mark.parametrize("text", TWO_QUALIFIERS)
def test_two_qualifiers_are_left_to_the_grammar(text):
    assert word_amount(text) is None
    assert repr(parse_amount(text)) == repr(_general(text))


# the words of several meanings the tier now weighs: scale words of several powers, currency
# words of several codes, numbers whose mark needs evidence, in the languages that write them
_WEIGHED_SCALES = ["billion", "billions", "mil", "bilhão", "Billion", "bln", "mld", "Mrd.", "mln"]
_WEIGHED_CURRENCIES = [
    "dollars", "Dollar", "dólares", "dollari", "доларів", "долларов", "kronor", "kroner",
    "francs", "Franken", "pesos", "rupees", "lei", "рублей", "Kč", "zł", "€", "EUR", "USD",
]  # fmt: skip
_WEIGHED_QUALIFIERS = ["", "über", "más de", "около", "близько", "plus de", "about", "oltre"]
_AMBIGUOUS = st.one_of(
    st.integers(1, 999).map(lambda n: f"{n}.{st_three(n)}"),
    st.integers(1, 999).map(lambda n: f"{n},{st_three(n)}"),
    st.tuples(st.integers(0, 99), st.integers(0, 9)).map(lambda p: f"{p[0]},{p[1]}"),
    st.integers(1, 999).map(str),
)


def st_three(n: int) -> str:
    return f"{(n * 7) % 1000:03d}"


@settings(max_examples=400, deadline=None)
@given(
    qualifier=st.sampled_from(_WEIGHED_QUALIFIERS),
    number=_AMBIGUOUS,
    scale=st.sampled_from(["", *_WEIGHED_SCALES]),
    filler=st.sampled_from(["", " de", " di"]),
    currency=st.sampled_from(_WEIGHED_CURRENCIES),
    before=st.booleans(),
)
def test_weighed_shapes_read_as_the_general_way(qualifier, number, scale, filler, currency, before):
    if before:
        text = f"{qualifier} {currency} {number} {scale}"
    else:
        text = f"{qualifier} {number} {scale}{filler} {currency}"
    text = " ".join(text.split())
    _assert_reads_as_general(text)
    found = word_reading(text)
    if isinstance(found, tuple):  # a refusal: the Reader's own reason and position
        reader = Reader(text, None, None)
        assert plain_amount(reader) is None, text
        assert plain_refusal(reader) == found, text


# plain words after the amount, in several languages, some naming a country that the currency
# steps read ("Norge", "Canada", "Rwanda") or a word the grammar weighs ("and", "a", "mil")
_AFTER_WORDS = [
    "in aid", "Ukraine Facility", "für die Ukraine", "pour l'Ukraine", "para Ucrania",
    "dla Ukrainy", "til Ukraina", "for Canada", "to Kyiv", "Kyiv", "aid", "Україні", "Norge",
    "pour le Rwanda", "i Sverige", "a year", "and more", "mil", "2024", "Danmark og Norge",
]  # fmt: skip
_BEFORE_SHAPES = [
    "€50 billion", "2,8 Mrd. Euro", "über 2 Mrd. Dollar", "75 milliarder kroner", "kr 499",
    "5 million dollars", "500 millions de francs", "1.500 millones de euros", "ponad 2 mld zł",
    "do 5 mld dolarów", "€ 2,5 miljard", "CHF 49.90", "Kč 1 billion", "2,3 mia. kr.", "$5 billion",
    "EUR 5", "€5", "300 milioane lei", "50 млн євро", "1,5 miljarder kronor", "Rs 5 lakh",
]  # fmt: skip


@pytest.mark.parametrize("after", _AFTER_WORDS)
def test_plain_words_after_the_amount_read_as_the_general_way(after):
    read = 0
    for shape in _BEFORE_SHAPES:
        text = f"{shape} {after}"
        assert _agrees(text) is not False, text
        try:
            parsed = parse_amount(text)
        except ParseError:
            parsed = None
        assert repr(parsed) == repr(_general(text)), text
        found = word_reading(text)
        read += isinstance(found, type(parsed)) and found is not None
        if isinstance(found, tuple):  # a refusal: the Reader's own reason and position
            reader = Reader(text, None, None)
            assert plain_amount(reader) is None, text
            assert plain_refusal(reader) == found, text


def test_plain_words_after_the_amount_are_read_by_the_tier():
    # the premise of the test above: the tier reads such texts, weighed or not
    for text in ("€50 billion Ukraine Facility", "2,8 Mrd. Euro für die Ukraine",
                 "5 million dollars for Canada", "50 млн євро Україні"):  # fmt: skip
        assert word_amount(text) is not None, text


@settings(max_examples=400, deadline=None)
@given(
    qualifier=st.sampled_from(_WEIGHED_QUALIFIERS),
    number=_AMBIGUOUS,
    scale=st.sampled_from(["", *_WEIGHED_SCALES]),
    currency=st.sampled_from(_WEIGHED_CURRENCIES),
    before=st.booleans(),
    after=st.sampled_from(_AFTER_WORDS),
)
def test_weighed_shapes_with_words_after_read_as_the_general_way(
    qualifier, number, scale, currency, before, after
):
    if before:
        text = f"{qualifier} {currency} {number} {scale} {after}"
    else:
        text = f"{qualifier} {number} {scale} {currency} {after}"
    text = " ".join(text.split())
    _assert_reads_as_general(text)
