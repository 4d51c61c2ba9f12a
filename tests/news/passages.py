"""Test passages for pledge extraction, written by the project in its own words after the kinds of
sentences aid news prints (donor conferences, packages, deliveries), with the rows an analyst
would write down for each.

Each passage is ``(lang, text, rows)``; each row ``(amount, donor, recipient, measure, basis)``
and, optionally, a dict of extraction columns (``duplicate_of``/``part_of``: the index of the
row within the passage; ``donor_from``). ``amount`` is ``str(Amount)``. ``score`` compares the
rows ``pledge_candidates`` gives with them, field by field.
"""

from __future__ import annotations

from collections import Counter

PUBLISHED = "2024-11-04"

PASSAGES = [
    # --- en -------------------------------------------------------------------------------------
    (
        "en",
        "Spain announced €200 million for power grids, while Australia pledged A$100 million "
        "for demining in Ukraine.",
        [
            ("EUR 200000000", "ESP", "UKR", "pledge", "new"),
            ("AUD 100000000", "AUS", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Sweden pledged €50 million, Norway €80 million and Ireland €25 million for Ukraine's "
        "energy system.",
        [
            ("EUR 50000000", "SWE", "UKR", "pledge", "new"),
            ("EUR 80000000", "NOR", "UKR", "pledge", "new"),
            ("EUR 25000000", "IRL", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Portugal has delivered armoured vehicles and ammunition to Ukraine since 2022. Most of "
        "it came in six shipments worth about €220 million.",
        [("approx EUR 220000000", "PRT", "UKR", "allocation", "cumulative")],
    ),
    (
        "en",
        "Ireland's prime minister met the Ukrainian president in Dublin on Tuesday. \"We will "
        'help rebuild schools with a further €15 million," he said.',
        [("EUR 15000000", "IRL", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "en",
        "The Dutch defence ministry said it would spend €400 million on drones for Ukraine.",
        [("EUR 400000000", "NLD", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "The Pentagon announced a $425 million package of air defence interceptors for Kyiv.",
        [("USD 425000000", "USA", "UKR", "pledge", "new", {"donor_from": "institution"})],
    ),
    (
        "en",
        "Portugal's cabinet approved €100 million in aid for Kyiv on Thursday.",
        [("EUR 100000000", "PRT", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Greek aid for Kyiv will reach €50 million this year.",
        [("EUR 50000000", "GRC", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Ammunition worth €90 million was supplied by Slovakia to Ukraine in March.",
        [("EUR 90000000", "SVK", "UKR", "allocation", "new")],
    ),
    (
        "en",
        "After new Russian strikes on power plants, Denmark promised €130 million for energy "
        "repairs in Ukraine.",
        [("EUR 130000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "The federal government in Berlin will give Ukraine another €1.4 billion, officials said.",
        [("EUR 1400000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Finland to send €190 million in arms to Ukraine\n\nFinland will send Ukraine a "
        "€190 million package of artillery shells and air defence parts, its defence minister "
        "said on Friday.",
        [
            ("EUR 190000000", "FIN", "UKR", "pledge", "new"),
            ("EUR 190000000", "FIN", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "en",
        "The European Commission disbursed €4.2 billion to Ukraine under its support facility.",
        [("EUR 4200000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "en",
        "Belgium will provide €1 billion in military aid to Kyiv this year. The money will pay "
        "for F-16 parts and €150 million of it for demining.",
        [
            ("EUR 1000000000", "BEL", "UKR", "pledge", "new"),
            ("EUR 150000000", "BEL", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    # --- de -------------------------------------------------------------------------------------
    (
        "de",
        "Österreich stellt 20 Millionen Euro für die Minenräumung bereit, während Luxemburg "
        "10 Millionen Euro für Generatoren zusagt.",
        [
            ("EUR 20000000", "AUT", None, "pledge", "new"),
            ("EUR 10000000", "LUX", None, "pledge", "new"),
        ],
    ),
    (
        "de",
        "Im Februar sagte Deutschland der Ukraine 2 Mrd. Euro für Munition zu.",
        [("EUR 2000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Deutschland ist nach den USA der zweitgrößte Geber der Ukraine. Die Bundesregierung will "
        "ihr weitere 1,4 Mrd. Euro zur Verfügung stellen.",
        [("EUR 1400000000", "DEU", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "de",
        "Die Niederlande unterstützen die Ukraine seit 2022 mit Waffen. Im Mai sagten sie "
        "weitere 350 Millionen Euro für Drohnen zu.",
        [("EUR 350000000", "NLD", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "de",
        "Polens Regierung kündigte an, der Ukraine 100 Millionen Euro für Winterhilfe zu geben.",
        [("EUR 100000000", "POL", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Artilleriegranaten im Wert von 80 Millionen Euro wurden von Tschechien an die Ukraine "
        "geliefert.",
        [("EUR 80000000", "CZE", "UKR", "allocation", "new")],
    ),
    (
        "de",
        "Dänemark sagt der Ukraine 500 Mio. Euro zu\n\nKopenhagen hat der Ukraine am Montag "
        "500 Mio. Euro für die Luftverteidigung zugesagt.",
        [
            ("EUR 500000000", "DNK", "UKR", "pledge", "new"),
            ("EUR 500000000", "DNK", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "de",
        "Das Verteidigungsministerium in Wien kündigte 30 Millionen Euro für Schutzausrüstung an.",
        [("EUR 30000000", "AUT", None, "pledge", "new")],
    ),
    # --- fr -------------------------------------------------------------------------------------
    (
        "fr",
        "La Belgique versera 150 millions d'euros, tandis que le Luxembourg annonce 20 millions "
        "d'euros pour le déminage en Ukraine.",
        [
            ("EUR 150000000", "BEL", "UKR", "pledge", "new"),
            ("EUR 20000000", "LUX", "UKR", "pledge", "new"),
        ],
    ),
    (
        "fr",
        "Le ministère des Armées a annoncé une nouvelle aide de 200 millions d'euros à Kiev.",
        [("EUR 200000000", "FRA", "UKR", "pledge", "new", {"donor_from": "institution"})],
    ),
    (
        "fr",
        "L'aide grecque à Kiev atteindra 50 millions d'euros cette année.",
        [("EUR 50000000", "GRC", "UKR", "pledge", "new")],
    ),
    (
        "fr",
        "La Norvège soutient l'Ukraine depuis le début de la guerre. Elle a annoncé vendredi "
        "500 millions d'euros supplémentaires pour l'énergie.",
        [("EUR 500000000", "NOR", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "fr",
        "La Commission européenne a versé 1,5 milliard d'euros à l'Ukraine.",
        [("EUR 1500000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "fr",
        "Des obus d'une valeur de 100 millions d'euros ont été livrés par la Tchéquie à l'Ukraine.",
        [("EUR 100000000", "CZE", "UKR", "allocation", "new")],
    ),
    (
        "fr",
        "Le gouvernement fédéral allemand a promis 500 millions d'euros à l'Ukraine.",
        [("EUR 500000000", "DEU", "UKR", "pledge", "new")],
    ),
    # --- lt -------------------------------------------------------------------------------------
    (
        "lt",
        "Lietuva skyrė 5 mln. eurų, o Latvija – 3 mln. eurų Ukrainos energetikai.",
        [
            ("EUR 5000000", "LTU", "UKR", "allocation", "new"),
            ("EUR 3000000", "LVA", "UKR", "allocation", "new"),
        ],
    ),
    (
        "lt",
        "Krašto apsaugos ministerija paskelbė, kad Ukrainai skirs 20 mln. eurų dronams.",
        [("EUR 20000000", "LTU", "UKR", "pledge", "new", {"donor_from": "institution"})],
    ),
    (
        "lt",
        "Estija nuo 2022 m. Ukrainai perdavė daug ginkluotės. Šiemet ji skyrė dar 10 mln. eurų.",
        [("EUR 10000000", "EST", "UKR", "allocation", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "lt",
        "Vokietijos vyriausybė skyrė Ukrainai 1 mlrd. eurų oro gynybai.",
        [("EUR 1000000000", "DEU", "UKR", "allocation", "new")],
    ),
    (
        "lt",
        "Europos Komisija išmokėjo Ukrainai 2 mlrd. eurų.",
        [("EUR 2000000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "lt",
        "Lietuva toliau remia Ukrainą. Vyriausybė nusprendė skirti jai 12 mln. eurų ginklams.",
        [("EUR 12000000", "LTU", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    # --- uk -------------------------------------------------------------------------------------
    (
        "uk",
        "Німеччина виділила 500 мільйонів євро, а Франція – 300 мільйонів євро на енергетику.",
        [
            ("EUR 500000000", "DEU", None, "allocation", "new"),
            ("EUR 300000000", "FRA", None, "allocation", "new"),
        ],
    ),
    (
        "uk",
        "Міністерство оборони Литви передало Україні дрони на 10 мільйонів євро.",
        [("EUR 10000000", "LTU", "UKR", "allocation", "new")],
    ),
    (
        "uk",
        "Уряд Японії надав Україні 4,5 мільярда доларів.",
        [("USD 4500000000", "JPN", "UKR", "allocation", "new")],
    ),
    (
        "uk",
        "Данія є одним з найбільших донорів України. Цього тижня вона оголосила про ще "
        "200 мільйонів євро на озброєння.",
        [("EUR 200000000", "DNK", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "uk",
        "Європейська комісія виплатила Україні 1,5 мільярда євро.",
        [("EUR 1500000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "uk",
        "Україна отримала від Норвегії 300 мільйонів доларів.",
        [("USD 300000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "uk",
        "Кабінет міністрів Канади оголосив про 500 мільйонів доларів для України.",
        [("USD 500000000", "CAN", "UKR", "pledge", "new")],
    ),
    # --- pl -------------------------------------------------------------------------------------
    (
        "pl",
        "Polska przekazała 100 mln euro, a Czechy 50 mln euro na pomoc humanitarną dla Ukrainy.",
        [
            ("EUR 100000000", "POL", "UKR", "allocation", "new"),
            ("EUR 50000000", "CZE", "UKR", "allocation", "new"),
        ],
    ),
    (
        "pl",
        "Ministerstwo Obrony Narodowej ogłosiło nowy pakiet o wartości 300 mln zł dla Ukrainy.",
        [("PLN 300000000", "POL", "UKR", "pledge", "new", {"donor_from": "institution"})],
    ),
    (
        "pl",
        "Rząd Kanady przekazał Ukrainie 500 mln USD.",
        [("USD 500000000", "CAN", "UKR", "allocation", "new")],
    ),
    (
        "pl",
        "Rumunia od 2022 r. wspiera Ukrainę. W marcu przekazała jej 40 mln euro na amunicję.",
        [("EUR 40000000", "ROU", "UKR", "allocation", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "pl",
        "Sprzęt o wartości 80 mln euro został dostarczony przez Słowację do Ukrainy.",
        [("EUR 80000000", "SVK", "UKR", "allocation", "new")],
    ),
    (
        "pl",
        "Norweska pomoc dla Kijowa wyniesie w tym roku 200 mln euro.",
        [("EUR 200000000", "NOR", "UKR", "pledge", "new")],
    ),
]

FIELDS = ("donor", "recipient", "measure", "basis")


def expected_rows(passage):
    """Return the expected rows of a passage as dicts."""
    rows = []
    for row in passage[2]:
        amount, donor, recipient, measure, basis = row[:5]
        extra = row[5] if len(row) > 5 else {}
        rows.append(
            {
                "amount": amount,
                "donor": donor,
                "recipient": recipient,
                "measure": measure,
                "basis": basis,
                **extra,
            }
        )
    return rows


def score(extract, passages=PASSAGES, languages=None):
    """Return {language or "all": Counter} of expected rows, found rows, extra rows and rows
    right per field, for ``extract(text, lang) -> list of row dicts`` (with ``parsed``)."""
    scores: dict[str, Counter] = {}
    for lang, text, _ in passages:
        if languages and lang not in languages:
            continue
        passage = (lang, text, _)
        expected = expected_rows(passage)
        found = extract(text, lang)
        for key in (lang, "all"):
            counts = scores.setdefault(key, Counter())
            counts["expected"] += len(expected)
            counts["extra"] += max(0, len(found) - len(expected))
            pool = list(found)
            for want in expected:
                match = next((r for r in pool if str(r["parsed"]) == want["amount"]), None)
                if match is None:
                    continue
                pool.remove(match)
                counts["found"] += 1
                for field in FIELDS:
                    counts[field] += match[field] == want[field]
    return scores
