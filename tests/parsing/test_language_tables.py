"""Fifteen languages beyond the six (issue 9, item 17): one table per language.

Each table holds, in that language's own words: its number words before a scale word (a half,
one, a small count, ten, a hundred, and a billion), at least three qualifiers (more than, about,
up to, almost) and a restatement phrase ("that is", "equivalent to"). Every line is read with
the language given and without it: the words are data in ``aidcalc/words/<lang>.py`` and in the
number words the lexicon builds, so a gap is filled there, never with a rule for one sentence.
The Danish and Norwegian lines name their country: "kroner" alone is the crown of either, and
without ``lang`` the text must say which.
"""

from __future__ import annotations

import pytest

from aidcalc import extract_amounts, parse_amount

# {language: [(text, [amounts as str(Amount), each restatement after the amount it restates])]}
TABLES = {
    "es": [
        ("El fondo suma medio millón de euros.", ["EUR 500000"]),
        ("España aporta mil millones de euros.", ["EUR 1000000000"]),
        ("Se aprobaron dos mil millones de euros.", ["EUR 2000000000"]),
        ("La donación es de diez millones de euros.", ["EUR 10000000"]),
        ("Cien millones de euros irán a Kiev.", ["EUR 100000000"]),
        ("Más de 5 millones de euros llegaron.", ["over EUR 5000000"]),
        ("Unos 300 millones de euros en total.", ["approx EUR 300000000"]),
        ("Hasta 40 millones de euros este año.", ["up to EUR 40000000"]),
        ("Casi 7 millones de euros fueron donados.", ["under EUR 7000000"]),
        (
            "El paquete es de 3 millones de euros, es decir unos 3,3 millones de dólares.",
            ["EUR 3000000", "approx USD 3300000"],
        ),
    ],
    "it": [
        ("Il fondo vale mezzo miliardo di euro.", ["EUR 500000000"]),
        ("L'Italia stanzia un miliardo di euro.", ["EUR 1000000000"]),
        ("Sono stati promessi due miliardi di euro.", ["EUR 2000000000"]),
        ("Il dono è di dieci milioni di euro.", ["EUR 10000000"]),
        ("Cento milioni di euro andranno a Kiev.", ["EUR 100000000"]),
        ("Più di 5 milioni di euro sono arrivati.", ["over EUR 5000000"]),
        ("Circa 300 milioni di euro in tutto.", ["approx EUR 300000000"]),
        ("Fino a 40 milioni di euro quest'anno.", ["up to EUR 40000000"]),
        ("Quasi 7 milioni di euro sono stati donati.", ["under EUR 7000000"]),
        (
            "Il pacchetto vale 3 milioni di euro, cioè circa 3,3 milioni di dollari.",
            ["EUR 3000000", "approx USD 3300000"],
        ),
    ],
    "pt": [
        ("O fundo soma meio bilhão de euros.", ["EUR 500000000"]),
        ("Portugal doa um bilhão de euros.", ["EUR 1000000000"]),
        ("Foram aprovados dois milhões de euros.", ["EUR 2000000"]),
        ("A doação é de dez milhões de euros.", ["EUR 10000000"]),
        ("Cem milhões de euros irão para Kiev.", ["EUR 100000000"]),
        ("Mais de 5 milhões de euros chegaram.", ["over EUR 5000000"]),
        ("Cerca de 300 milhões de euros no total.", ["approx EUR 300000000"]),
        ("Até 40 milhões de euros este ano.", ["up to EUR 40000000"]),
        ("Quase 7 milhões de euros foram doados.", ["under EUR 7000000"]),
        (
            "O pacote vale 3 milhões de euros, ou seja cerca de 3,3 milhões de dólares.",
            ["EUR 3000000", "approx USD 3300000"],
        ),
    ],
    "nl": [
        ("Het fonds krijgt een half miljard euro.", ["EUR 500000000"]),
        ("Nederland geeft een miljard euro.", ["EUR 1000000000"]),
        ("Er gaat twee miljard euro naar Kyiv.", ["EUR 2000000000"]),
        ("De gift bedraagt tien miljoen euro.", ["EUR 10000000"]),
        ("Honderd miljoen euro gaat naar Kyiv.", ["EUR 100000000"]),
        ("Meer dan 5 miljoen euro is aangekomen.", ["over EUR 5000000"]),
        ("Ongeveer 300 miljoen euro in totaal.", ["approx EUR 300000000"]),
        ("Tot 40 miljoen euro dit jaar.", ["up to EUR 40000000"]),
        ("Bijna 7 miljoen euro werd gedoneerd.", ["under EUR 7000000"]),
        (
            "Het pakket is 3 miljoen euro, oftewel ongeveer 3,3 miljoen dollar.",
            ["EUR 3000000", "approx USD 3300000"],
        ),
    ],
    "cs": [
        ("Fond dostane půl miliardy korun.", ["CZK 500000000"]),
        ("Česko dá jednu miliardu korun.", ["CZK 1000000000"]),
        ("Vláda schválila dvě miliardy korun.", ["CZK 2000000000"]),
        ("Dar činí deset milionů korun.", ["CZK 10000000"]),
        ("Sto milionů korun půjde do Kyjeva.", ["CZK 100000000"]),
        ("Více než 5 milionů korun už dorazilo.", ["over CZK 5000000"]),
        ("Asi 300 milionů korun celkem.", ["approx CZK 300000000"]),
        ("Až 40 milionů korun letos.", ["up to CZK 40000000"]),
        ("Téměř 7 milionů korun bylo darováno.", ["under CZK 7000000"]),
        (
            "Balík stojí 500 milionů korun, tedy asi 20 milionů eur.",
            ["CZK 500000000", "approx EUR 20000000"],
        ),
    ],
    "sk": [
        ("Fond dostane pol miliardy eur.", ["EUR 500000000"]),
        ("Slovensko dá jednu miliardu eur.", ["EUR 1000000000"]),
        ("Vláda schválila dve miliardy eur.", ["EUR 2000000000"]),
        ("Dar je desať miliónov eur.", ["EUR 10000000"]),
        ("Sto miliónov eur pôjde do Kyjeva.", ["EUR 100000000"]),
        ("Viac ako 5 miliónov eur už prišlo.", ["over EUR 5000000"]),
        ("Približne 300 miliónov eur celkovo.", ["approx EUR 300000000"]),
        ("Až 40 miliónov eur tento rok.", ["up to EUR 40000000"]),
        ("Takmer 7 miliónov eur bolo darovaných.", ["under EUR 7000000"]),
        (
            "Balík stojí 20 miliónov eur, čiže asi 21 miliónov dolárov.",
            ["EUR 20000000", "approx USD 21000000"],
        ),
    ],
    "da": [
        ("Fonden får en halv milliard kroner fra Danmark.", ["DKK 500000000"]),
        ("Danmark giver en milliard kroner.", ["DKK 1000000000"]),
        ("Danmark giver to milliarder kroner.", ["DKK 2000000000"]),
        ("Gaven fra Danmark er på ti millioner kroner.", ["DKK 10000000"]),
        ("Hundrede millioner kroner går til Kyiv.", ["DKK 100000000"]),
        ("Mere end 5 millioner kroner er sendt.", ["over DKK 5000000"]),
        ("Danmark sender cirka 300 millioner kroner i alt.", ["approx DKK 300000000"]),
        ("Op til 40 millioner kroner i år.", ["up to DKK 40000000"]),
        ("Næsten 7 millioner kroner blev doneret.", ["under DKK 7000000"]),
        (
            "Pakken fra Danmark er på 2 milliarder kroner, svarende til cirka 268 millioner euro.",
            ["DKK 2000000000", "approx EUR 268000000"],
        ),
    ],
    "nb": [
        ("Fondet får en halv milliard kroner fra Norge.", ["NOK 500000000"]),
        ("Norge gir en milliard kroner.", ["NOK 1000000000"]),
        ("Norge gir to milliarder kroner.", ["NOK 2000000000"]),
        ("Gaven fra Norge er på ti millioner kroner.", ["NOK 10000000"]),
        ("Hundre millioner kroner går til Kyiv.", ["NOK 100000000"]),
        ("Mer enn 5 millioner kroner er sendt.", ["over NOK 5000000"]),
        ("Norge sender cirka 300 millioner kroner totalt.", ["approx NOK 300000000"]),
        ("Opptil 40 millioner kroner i år.", ["up to NOK 40000000"]),
        ("Nesten 7 millioner kroner ble donert.", ["under NOK 7000000"]),
        (
            "Pakken fra Norge er på 2 milliarder kroner, tilsvarende rundt 170 millioner euro.",
            ["NOK 2000000000", "approx EUR 170000000"],
        ),
    ],
    "sv": [
        ("Fonden får en halv miljard kronor.", ["SEK 500000000"]),
        ("Sverige ger en miljard kronor.", ["SEK 1000000000"]),
        ("Regeringen ger två miljarder kronor.", ["SEK 2000000000"]),
        ("Gåvan är på tio miljoner kronor.", ["SEK 10000000"]),
        ("Hundra miljoner kronor går till Kyiv.", ["SEK 100000000"]),
        ("Mer än 5 miljoner kronor har skickats.", ["over SEK 5000000"]),
        ("Cirka 300 miljoner kronor totalt.", ["approx SEK 300000000"]),
        ("Upp till 40 miljoner kronor i år.", ["up to SEK 40000000"]),
        ("Nästan 7 miljoner kronor donerades.", ["under SEK 7000000"]),
        (
            "Paketet är på 2 miljarder kronor, motsvarande cirka 175 miljoner euro.",
            ["SEK 2000000000", "approx EUR 175000000"],
        ),
    ],
    "fi": [
        ("Rahasto saa puoli miljardia euroa.", ["EUR 500000000"]),
        ("Suomi antaa miljardi euroa.", ["EUR 1000000000"]),
        ("Hallitus antaa kaksi miljardia euroa.", ["EUR 2000000000"]),
        ("Lahjoitus on kymmenen miljoonaa euroa.", ["EUR 10000000"]),
        ("Sata miljoonaa euroa menee Kiovaan.", ["EUR 100000000"]),
        ("Yli 5 miljoonaa euroa on lähetetty.", ["over EUR 5000000"]),
        ("Noin 300 miljoonaa euroa yhteensä.", ["approx EUR 300000000"]),
        ("Jopa 40 miljoonaa euroa tänä vuonna.", ["up to EUR 40000000"]),
        ("Lähes 7 miljoonaa euroa lahjoitettiin.", ["under EUR 7000000"]),
        (
            "Paketti on 20 miljoonaa euroa eli noin 21 miljoonaa dollaria.",
            ["EUR 20000000", "approx USD 21000000"],
        ),
    ],
    "ro": [
        ("Fondul primește jumătate de miliard de euro.", ["EUR 500000000"]),
        ("România oferă un miliard de euro.", ["EUR 1000000000"]),
        ("Guvernul dă două miliarde de euro.", ["EUR 2000000000"]),
        ("Donația este de zece milioane de euro.", ["EUR 10000000"]),
        ("O sută de milioane de euro merg la Kiev.", ["EUR 100000000"]),
        ("Peste 5 milioane de euro au sosit.", ["over EUR 5000000"]),
        ("Aproximativ 300 de milioane de euro în total.", ["approx EUR 300000000"]),
        ("Până la 40 de milioane de euro anul acesta.", ["up to EUR 40000000"]),
        ("Aproape 7 milioane de euro au fost donate.", ["under EUR 7000000"]),
        (
            "Pachetul este de 20 de milioane de euro, adică aproximativ 100 de milioane de lei.",
            ["EUR 20000000", "approx RON 100000000"],
        ),
    ],
    "hr": [
        ("Fond dobiva pola milijarde eura.", ["EUR 500000000"]),
        ("Hrvatska daje jednu milijardu eura.", ["EUR 1000000000"]),
        ("Vlada daje dvije milijarde eura.", ["EUR 2000000000"]),
        ("Donacija iznosi deset milijuna eura.", ["EUR 10000000"]),
        ("Sto milijuna eura ide u Kijev.", ["EUR 100000000"]),
        ("Više od 5 milijuna eura je stiglo.", ["over EUR 5000000"]),
        ("Oko 300 milijuna eura ukupno.", ["approx EUR 300000000"]),
        ("Do 40 milijuna eura ove godine.", ["up to EUR 40000000"]),
        ("Gotovo 7 milijuna eura je donirano.", ["under EUR 7000000"]),
        (
            "Paket vrijedi 20 milijuna eura, odnosno oko 21 milijun dolara.",
            ["EUR 20000000", "approx USD 21000000"],
        ),
    ],
    "bg": [
        ("Фондът получава половин милиард лева.", ["BGN 500000000"]),
        ("България дава един милиард лева.", ["BGN 1000000000"]),
        ("Правителството дава два милиарда лева.", ["BGN 2000000000"]),
        ("Даренето е десет милиона лева.", ["BGN 10000000"]),
        ("Сто милиона лева отиват в Киев.", ["BGN 100000000"]),
        ("Над 5 милиона лева са изпратени.", ["over BGN 5000000"]),
        ("Около 300 милиона лева общо.", ["approx BGN 300000000"]),
        ("До 40 милиона лева тази година.", ["up to BGN 40000000"]),
        ("Почти 7 милиона лева бяха дарени.", ["under BGN 7000000"]),
        (
            "Пакетът е 20 милиона лева, т.е. около 10 милиона евро.",
            ["BGN 20000000", "approx EUR 10000000"],
        ),
    ],
    "el": [
        ("Το ταμείο παίρνει μισό δισεκατομμύριο ευρώ.", ["EUR 500000000"]),
        ("Η Ελλάδα δίνει ένα δισεκατομμύριο ευρώ.", ["EUR 1000000000"]),
        ("Η κυβέρνηση δίνει δύο δισεκατομμύρια ευρώ.", ["EUR 2000000000"]),
        ("Η δωρεά είναι δέκα εκατομμύρια ευρώ.", ["EUR 10000000"]),
        ("Εκατό εκατομμύρια ευρώ πάνε στο Κίεβο.", ["EUR 100000000"]),
        ("Πάνω από 5 εκατομμύρια ευρώ έφτασαν.", ["over EUR 5000000"]),
        ("Περίπου 300 εκατομμύρια ευρώ συνολικά.", ["approx EUR 300000000"]),
        ("Έως 40 εκατομμύρια ευρώ φέτος.", ["up to EUR 40000000"]),
        ("Σχεδόν 7 εκατομμύρια ευρώ δόθηκαν.", ["under EUR 7000000"]),
        (
            "Το πακέτο είναι 20 εκατομμύρια ευρώ, δηλαδή περίπου 21 εκατομμύρια δολάρια.",
            ["EUR 20000000", "approx USD 21000000"],
        ),
    ],
    "tr": [
        ("Fon yarım milyar dolar alıyor.", ["USD 500000000"]),
        ("Türkiye bir milyar dolar veriyor.", ["USD 1000000000"]),
        ("Hükümet iki milyar dolar veriyor.", ["USD 2000000000"]),
        ("Bağış on milyon dolar.", ["USD 10000000"]),
        ("Yüz milyon dolar Kiev'e gidiyor.", ["USD 100000000"]),
        ("5 milyon dolardan fazla yardım geldi.", ["over USD 5000000"]),
        ("Yaklaşık 300 milyon dolar toplandı.", ["approx USD 300000000"]),
        ("En fazla 40 milyon dolar bu yıl.", ["up to USD 40000000"]),
        ("Neredeyse 7 milyon dolar bağışlandı.", ["under USD 7000000"]),
        (
            "Paket 20 milyon euro, yani yaklaşık 21 milyon dolar.",
            ["EUR 20000000", "approx USD 21000000"],
        ),
    ],
}

LINES = [(lang, text, amounts) for lang, rows in TABLES.items() for text, amounts in rows]


def _read(text, lang):
    found = extract_amounts(text, lang=lang)
    return [str(m.amount) for m in found], [m.equivalent_of for m in found]


@pytest.mark.parametrize(("lang", "text", "amounts"), LINES)
def test_with_the_language(lang, text, amounts):
    got, links = _read(text, lang)
    assert got == amounts
    assert links == [None, 0][: len(amounts)]
    assert str(parse_amount(text, lang=lang)) == amounts[0]


@pytest.mark.parametrize(("lang", "text", "amounts"), LINES)
def test_without_the_language(lang, text, amounts):
    got, links = _read(text, None)
    assert got == amounts
    assert links == [None, 0][: len(amounts)]
    assert str(parse_amount(text)) == amounts[0]


def test_every_language_has_its_table():
    """Each language has a half, one, a billion, four qualifier kinds and a restatement."""
    for lang, rows in TABLES.items():
        kinds = {amounts[0].split()[0] for _, amounts in rows}
        assert {"over", "approx", "up", "under"} <= kinds, lang
        assert any(len(amounts) == 2 for _, amounts in rows), lang
        assert any(
            amounts[0].endswith("500000000") or amounts[0].endswith(" 500000")
            for _, amounts in rows
        ), lang


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye Ukrayna'ya 1,5 milyar dolar yardım gönderdi.",
        "Hükümet 2,5 milyar TL harcadı.",
        "Bakanlık depremzedeler için 500 milyon lira ayırdı.",
        "Dünya Bankası 300 milyon dolarlık kredi onayladı.",
        "Türk Kızılayı 12 milyon avro topladı.",
    ],
)
def test_a_short_turkish_sentence_reads_as_turkish(text):
    """ö, ü, ç and ş are Turkish letters too (shared): a short Turkish sentence whose only
    telling letters are ü and ö read German before."""
    from aidcalc.parsing.language import text_language

    assert text_language(text) == "tr"
