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
            # the lead states the date the headline lacks: it is counted (dates12)
            ("EUR 190000000", "FIN", "UKR", "pledge", "new", {"duplicate_of": 1}),
            ("EUR 190000000", "FIN", "UKR", "pledge", "new", {"duplicate_of": None}),
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
            # the lead states the date the headline lacks: it is counted (dates12)
            ("EUR 500000000", "DNK", "UKR", "pledge", "new", {"duplicate_of": 1}),
            ("EUR 500000000", "DNK", "UKR", "pledge", "new", {"duplicate_of": None}),
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
        [("USD 300000000", "NOR", "UKR", "disbursement", "new")],
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
    # --- es -------------------------------------------------------------------------------------
    (
        "es",
        "España anunció 200 millones de euros para la reconstrucción de Ucrania.",
        [("EUR 200000000", "ESP", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "Italia aportará 150 millones de euros para escuelas, mientras que Francia prometió "
        "300 millones de euros para la red eléctrica de Ucrania.",
        [
            ("EUR 150000000", "ITA", "UKR", "pledge", "new"),
            ("EUR 300000000", "FRA", "UKR", "pledge", "new"),
        ],
    ),
    (
        "es",
        "El Gobierno de España aprobó el martes destinar 1.000 millones de euros en ayuda "
        "militar a Ucrania en 2025.",
        [("EUR 1000000000", "ESP", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "Desde el inicio de la invasión, España ha destinado en total más de 120 millones de "
        "euros en ayuda humanitaria a Ucrania.",
        [("over EUR 120000000", "ESP", "UKR", "allocation", "cumulative")],
    ),
    (
        "es",
        "El presidente español visitó Kiev el lunes. Allí prometió un nuevo paquete de 50 "
        "millones de euros para generadores.",
        [("EUR 50000000", "ESP", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "es",
        "Madrid enviará a Ucrania un paquete de 817 millones de euros, de los cuales 615 "
        "millones se destinarán a defensa.",
        [
            ("EUR 817000000", "ESP", "UKR", "pledge", "new"),
            ("EUR 615000000", "ESP", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "es",
        "Tras los nuevos ataques rusos contra la red eléctrica, Portugal prometió 30 millones "
        "de euros para reparaciones en Ucrania.",
        [("EUR 30000000", "PRT", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "La Comisión Europea desembolsó 4.200 millones de euros a Ucrania en marzo.",
        [("EUR 4200000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "es",
        "Equipos por valor de 60 millones de euros fueron entregados por Suecia a Ucrania.",
        [("EUR 60000000", "SWE", "UKR", "allocation", "new")],
    ),
    (
        "es",
        "La ayuda alemana a Ucrania alcanzará este año 7.000 millones de euros.",
        [("EUR 7000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "España donará 10 millones de euros a Ucrania\n\nEspaña donará 10 millones de euros a "
        "Ucrania para la compra de medicamentos, informó el ministerio de Exteriores.",
        [
            ("EUR 10000000", "ESP", "UKR", "pledge", "new"),
            ("EUR 10000000", "ESP", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "es",
        "Noruega entregó 80 millones de euros y Dinamarca 45 millones de euros a Ucrania.",
        [
            ("EUR 80000000", "NOR", "UKR", "allocation", "new"),
            ("EUR 45000000", "DNK", "UKR", "allocation", "new"),
        ],
    ),
    (
        "es",
        "En la conferencia de donantes, las promesas de 30 gobiernos sumaron 2.300 millones de "
        "dólares para Siria.",
        [("USD 2300000000", None, "SYR", "pledge", "new")],
    ),
    (
        "es",
        "Japón se comprometió a aportar 500 millones de dólares al fondo climático.",
        [("USD 500000000", "JPN", None, "commitment", "new")],
    ),
    (
        "es",
        "El Banco Mundial desembolsó 1.500 millones de dólares a Ucrania en junio.",
        [("USD 1500000000", "WBG", "UKR", "disbursement", "new")],
    ),
    # --- it -------------------------------------------------------------------------------------
    (
        "it",
        "L'Italia ha stanziato 300 milioni di euro per l'Ucraina.",
        [("EUR 300000000", "ITA", "UKR", "allocation", "new")],
    ),
    (
        "it",
        "La Germania ha promesso 500 milioni di euro, mentre il Giappone fornirà 200 milioni "
        "di dollari all'Ucraina.",
        [
            ("EUR 500000000", "DEU", "UKR", "pledge", "new"),
            ("USD 200000000", "JPN", "UKR", "pledge", "new"),
        ],
    ),
    (
        "it",
        "Il governo italiano ha annunciato un nuovo pacchetto di 140 milioni di euro per la "
        "difesa aerea dell'Ucraina.",
        [("EUR 140000000", "ITA", "UKR", "pledge", "new")],
    ),
    (
        "it",
        "Dall'inizio della guerra l'Italia ha fornito in totale 1,7 miliardi di euro in aiuti "
        "militari a Kiev.",
        [("EUR 1700000000", "ITA", "UKR", "allocation", "cumulative")],
    ),
    (
        "it",
        "Roma invierà a Kiev 25 milioni di euro per generatori e riparazioni della rete elettrica.",
        [("EUR 25000000", "ITA", "UKR", "pledge", "new")],
    ),
    (
        "it",
        "Il ministro degli Esteri italiano è arrivato a Kiev giovedì. Ha promesso altri 10 "
        "milioni di euro per lo sminamento.",
        [("EUR 10000000", "ITA", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "it",
        "Dopo i nuovi attacchi russi, la Spagna ha promesso 20 milioni di euro all'Ucraina.",
        [("EUR 20000000", "ESP", "UKR", "pledge", "new")],
    ),
    (
        "it",
        "La Commissione europea ha erogato 3 miliardi di euro all'Ucraina ad aprile.",
        [("EUR 3000000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "it",
        "Munizioni per un valore di 40 milioni di euro sono state consegnate dalla Polonia "
        "all'Ucraina.",
        [("EUR 40000000", "POL", "UKR", "allocation", "new")],
    ),
    (
        "it",
        "L'aiuto francese all'Ucraina raggiungerà 3 miliardi di euro quest'anno.",
        [("EUR 3000000000", "FRA", "UKR", "pledge", "new")],
    ),
    (
        "it",
        "L'Italia darà 100 milioni di euro all'Ucraina, di cui 30 milioni per gli ospedali.",
        [
            ("EUR 100000000", "ITA", "UKR", "pledge", "new"),
            ("EUR 30000000", "ITA", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "it",
        "L'Italia stanzia 50 milioni di euro per l'Ucraina\n\nL'Italia ha stanziato 50 "
        "milioni di euro per l'Ucraina, ha detto il ministro.",
        [
            ("EUR 50000000", "ITA", "UKR", "allocation", "new"),
            ("EUR 50000000", "ITA", "UKR", "allocation", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "it",
        "Il Canada ha promesso 60 milioni di dollari canadesi e l'Australia 40 milioni di "
        "dollari australiani per l'Ucraina.",
        [
            ("CAD 60000000", "CAN", "UKR", "pledge", "new"),
            ("AUD 40000000", "AUS", "UKR", "pledge", "new"),
        ],
    ),
    (
        "it",
        "Il Regno Unito ha versato 500 milioni di sterline in aiuti al bilancio dell'Ucraina.",
        [("GBP 500000000", "GBR", "UKR", "disbursement", "new")],
    ),
    (
        "it",
        "La Banca europea per gli investimenti concederà un prestito di 400 milioni di euro "
        "alla Moldavia.",
        [("EUR 400000000", "EIB", "MDA", "pledge", "new")],
    ),
    # --- pt -------------------------------------------------------------------------------------
    (
        "pt",
        "Portugal anunciou 100 milhões de euros para a Ucrânia.",
        [("EUR 100000000", "PRT", "UKR", "pledge", "new")],
    ),
    (
        "pt",
        "O Brasil prometeu 50 milhões de dólares, e a Espanha doará 30 milhões de euros à Ucrânia.",
        [
            ("USD 50000000", "BRA", "UKR", "pledge", "new"),
            ("EUR 30000000", "ESP", "UKR", "pledge", "new"),
        ],
    ),
    (
        "pt",
        "O Governo português aprovou 126 milhões de euros em ajuda militar à Ucrânia.",
        [("EUR 126000000", "PRT", "UKR", "pledge", "new")],
    ),
    (
        "pt",
        "Desde 2022, Portugal já entregou à Ucrânia um total de 250 milhões de euros.",
        [("EUR 250000000", "PRT", "UKR", "allocation", "cumulative")],
    ),
    (
        "pt",
        "Lisboa vai enviar 20 milhões de euros para a reconstrução de escolas na Ucrânia.",
        [("EUR 20000000", "PRT", "UKR", "pledge", "new")],
    ),
    (
        "pt",
        "O primeiro-ministro português esteve em Kiev na sexta-feira. Ele prometeu mais 15 "
        "milhões de euros para a energia.",
        [("EUR 15000000", "PRT", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "pt",
        "A Comissão Europeia desembolsou 1,5 mil milhões de euros para a Ucrânia em maio.",
        [("EUR 1500000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "pt",
        "Equipamento no valor de 70 milhões de euros foi fornecido pela Noruega à Ucrânia.",
        [("EUR 70000000", "NOR", "UKR", "allocation", "new")],
    ),
    (
        "pt",
        "Após novos ataques russos, a Irlanda prometeu 25 milhões de euros à Ucrânia.",
        [("EUR 25000000", "IRL", "UKR", "pledge", "new")],
    ),
    (
        "pt",
        "A ajuda alemã à Ucrânia chegará a 8 mil milhões de euros este ano.",
        [("EUR 8000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "pt",
        "Portugal vai dar 60 milhões de euros à Ucrânia, dos quais 20 milhões para drones.",
        [
            ("EUR 60000000", "PRT", "UKR", "pledge", "new"),
            ("EUR 20000000", "PRT", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "pt",
        "Portugal doa 5 milhões de euros à Ucrânia\n\nPortugal vai doar 5 milhões de euros à "
        "Ucrânia para ajuda humanitária, disse o ministro.",
        [
            ("EUR 5000000", "PRT", "UKR", "pledge", "new"),
            ("EUR 5000000", "PRT", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "pt",
        "O Japão comprometeu-se com 300 milhões de dólares para o fundo do clima.",
        [("USD 300000000", "JPN", None, "commitment", "new")],
    ),
    (
        "pt",
        "Os Estados Unidos forneceram à Ucrânia 2 mil milhões de dólares em munições.",
        [("USD 2000000000", "USA", "UKR", "allocation", "new")],
    ),
    (
        "pt",
        "O Banco Mundial vai conceder 200 milhões de dólares a Moçambique.",
        [("USD 200000000", "WBG", "MOZ", "pledge", "new")],
    ),
    # --- nl -------------------------------------------------------------------------------------
    (
        "nl",
        "Nederland heeft 20 miljoen euro extra toegezegd voor het Oekraïense energienet.",
        [("EUR 20000000", "NLD", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "België geeft 150 miljoen euro aan Oekraïne en Luxemburg 20 miljoen euro.",
        [
            ("EUR 150000000", "BEL", "UKR", "pledge", "new"),
            ("EUR 20000000", "LUX", "UKR", "pledge", "new"),
        ],
    ),
    (
        "nl",
        "Het Nederlandse kabinet stelt volgend jaar 2,5 miljard euro beschikbaar voor steun "
        "aan Oekraïne.",
        [("EUR 2500000000", "NLD", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "Nederland heeft Oekraïne in totaal meer dan 17 miljard euro aan steun toegezegd.",
        [("over EUR 17000000000", "NLD", "UKR", "pledge", "cumulative")],
    ),
    (
        "nl",
        "Den Haag trekt 110 miljoen euro extra uit voor winterhulp aan Oekraïne.",
        [("EUR 110000000", "NLD", "UKR", "allocation", "new")],
    ),
    (
        "nl",
        "De Nederlandse minister van Buitenlandse Zaken was donderdag in Kyiv. Hij zegde daar "
        "7 miljoen euro toe voor de Oekraïense energiesector.",
        [("EUR 7000000", "NLD", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "nl",
        "Na nieuwe Russische aanvallen beloofde Denemarken 80 miljoen euro voor reparaties in "
        "Oekraïne.",
        [("EUR 80000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "De Europese Commissie heeft in juni 1,9 miljard euro aan Oekraïne uitbetaald.",
        [("EUR 1900000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "nl",
        "Munitie ter waarde van 30 miljoen euro werd door Tsjechië aan Oekraïne geleverd.",
        [("EUR 30000000", "CZE", "UKR", "allocation", "new")],
    ),
    (
        "nl",
        "Duitse steun voor Oekraïne bedraagt dit jaar 7 miljard euro.",
        [("EUR 7000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "Nederland trekt 400 miljoen euro uit voor drones, waarvan 100 miljoen euro voor "
        "onderhoud.",
        [
            ("EUR 400000000", "NLD", None, "allocation", "new"),
            ("EUR 100000000", "NLD", None, "allocation", "new", {"part_of": 0}),
        ],
    ),
    (
        "nl",
        "Nederland geeft 50 miljoen euro aan Oekraïne\n\nNederland geeft 50 miljoen euro aan "
        "Oekraïne voor luchtverdediging, meldt het ministerie van Defensie.",
        [
            ("EUR 50000000", "NLD", "UKR", "pledge", "new"),
            ("EUR 50000000", "NLD", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "nl",
        "Zweden heeft 300 miljoen euro aan Oekraïne overgemaakt voor begrotingssteun.",
        [("EUR 300000000", "SWE", "UKR", "disbursement", "new")],
    ),
    (
        "nl",
        "De Wereldbank keert 500 miljoen dollar uit aan Oekraïne.",
        [("USD 500000000", "WBG", "UKR", "disbursement", "new")],
    ),
    (
        "nl",
        "Noorwegen zal in 2025 nog eens 1 miljard euro aan Oekraïne geven.",
        [("EUR 1000000000", "NOR", "UKR", "pledge", "new")],
    ),
    # --- sv -------------------------------------------------------------------------------------
    (
        "sv",
        "Sverige skänker 500 miljoner kronor till Ukraina.",
        [("SEK 500000000", "SWE", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "Norge lovade 80 miljoner euro och Finland 40 miljoner euro till Ukraina.",
        [
            ("EUR 80000000", "NOR", "UKR", "pledge", "new"),
            ("EUR 40000000", "FIN", "UKR", "pledge", "new"),
        ],
    ),
    (
        "sv",
        "Den svenska regeringen har beslutat om ett stödpaket till Ukraina på 7,1 miljarder "
        "kronor.",
        [("SEK 7100000000", "SWE", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "Sammanlagt har Sverige gett Ukraina militärt stöd för 45 miljarder kronor sedan 2022.",
        [("SEK 45000000000", "SWE", "UKR", "allocation", "cumulative")],
    ),
    (
        "sv",
        "Stockholm ska skicka 200 miljoner kronor till Ukrainas energisektor.",
        [("SEK 200000000", "SWE", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "Sveriges biståndsminister besökte Kyiv i tisdags. Hon utlovade ytterligare 100 "
        "miljoner kronor till återuppbyggnaden.",
        [("SEK 100000000", "SWE", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "sv",
        "Efter nya ryska attacker lovade Danmark 60 miljoner euro till Ukraina.",
        [("EUR 60000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "EU-kommissionen betalade ut 4,2 miljarder euro till Ukraina i mars.",
        [("EUR 4200000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "sv",
        "Utrustning värd 90 miljoner euro levererades av Nederländerna till Ukraina.",
        [("EUR 90000000", "NLD", "UKR", "allocation", "new")],
    ),
    (
        "sv",
        "Det tyska stödet till Ukraina uppgår i år till 7 miljarder euro.",
        [("EUR 7000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "Sverige ger 1 miljard kronor till Ukraina, varav 300 miljoner kronor till minröjning.",
        [
            ("SEK 1000000000", "SWE", "UKR", "pledge", "new"),
            ("SEK 300000000", "SWE", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "sv",
        "Sverige ger 50 miljoner kronor till Ukraina\n\nSverige ger 50 miljoner kronor till "
        "Ukraina för vinterhjälp, meddelar regeringen.",
        [
            ("SEK 50000000", "SWE", "UKR", "pledge", "new"),
            ("SEK 50000000", "SWE", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "sv",
        "Sverige har betalat ut 2 miljarder kronor i budgetstöd till Ukraina.",
        [("SEK 2000000000", "SWE", "UKR", "disbursement", "new")],
    ),
    (
        "sv",
        "Japan har åtagit sig att bidra med 500 miljoner dollar till klimatfonden.",
        [("USD 500000000", "JPN", None, "commitment", "new")],
    ),
    (
        "sv",
        "Världsbanken ska låna ut 300 miljoner dollar till Moldavien.",
        [("USD 300000000", "WBG", "MDA", "pledge", "new")],
    ),
    # --- cs -------------------------------------------------------------------------------------
    (
        "cs",
        "Česko poskytne Ukrajině 500 milionů korun na munici.",
        [("CZK 500000000", "CZE", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Slovensko slíbilo 20 milionů eur a Polsko 100 milionů eur pro Ukrajinu.",
        [
            ("EUR 20000000", "SVK", "UKR", "pledge", "new"),
            ("EUR 100000000", "POL", "UKR", "pledge", "new"),
        ],
    ),
    (
        "cs",
        "Česká vláda schválila humanitární pomoc Ukrajině ve výši 300 milionů korun.",
        [("CZK 300000000", "CZE", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Celkem Česko od roku 2022 poskytlo Ukrajině vojenskou pomoc za 4 miliardy korun.",
        [("CZK 4000000000", "CZE", "UKR", "allocation", "cumulative")],
    ),
    (
        "cs",
        "Praha pošle Ukrajině 50 milionů korun na generátory.",
        [("CZK 50000000", "CZE", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Český ministr zahraničí navštívil ve středu Kyjev. Slíbil další 2 miliony eur na "
        "odminování.",
        [("EUR 2000000", "CZE", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "cs",
        "Po nových ruských útocích slíbilo Německo Ukrajině 200 milionů eur.",
        [("EUR 200000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Evropská komise vyplatila Ukrajině v březnu 4,2 miliardy eur.",
        [("EUR 4200000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "cs",
        "Vybavení v hodnotě 30 milionů eur dodalo Ukrajině Dánsko.",
        [("EUR 30000000", "DNK", "UKR", "allocation", "new")],
    ),
    (
        "cs",
        "Německá pomoc Ukrajině letos dosáhne 7 miliard eur.",
        [("EUR 7000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Česko daruje Ukrajině 100 milionů korun, z toho 40 milionů korun na nemocnice.",
        [
            ("CZK 100000000", "CZE", "UKR", "pledge", "new"),
            ("CZK 40000000", "CZE", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "cs",
        "Česko dá Ukrajině 60 milionů korun\n\nČesko dá Ukrajině 60 milionů korun na opravy "
        "energetiky, oznámilo ministerstvo zahraničí.",
        [
            ("CZK 60000000", "CZE", "UKR", "pledge", "new"),
            ("CZK 60000000", "CZE", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "cs",
        "Na dárcovské konferenci přislíbilo 40 vlád celkem 1,5 miliardy eur pro Sýrii.",
        [("EUR 1500000000", None, "SYR", "pledge", "new")],
    ),
    (
        "cs",
        "Rakousko poskytlo Moldavsku 10 milionů eur.",
        [("EUR 10000000", "AUT", "MDA", "allocation", "new")],
    ),
    (
        "cs",
        "Spojené státy vyplatily Ukrajině 1 miliardu dolarů.",
        [("USD 1000000000", "USA", "UKR", "disbursement", "new")],
    ),
    # --- ro -------------------------------------------------------------------------------------
    (
        "ro",
        "România a anunțat 100 de milioane de euro pentru Ucraina.",
        [("EUR 100000000", "ROU", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "Bulgaria a promis 30 de milioane de euro, iar Grecia 25 de milioane de euro pentru "
        "Ucraina.",
        [
            ("EUR 30000000", "BGR", "UKR", "pledge", "new"),
            ("EUR 25000000", "GRC", "UKR", "pledge", "new"),
        ],
    ),
    (
        "ro",
        "Guvernul României a aprobat un ajutor de 50 de milioane de lei pentru Republica Moldova.",
        [("RON 50000000", "ROU", "MDA", "pledge", "new")],
    ),
    (
        "ro",
        "În total, România a oferit Republicii Moldova 300 de milioane de euro din 2022.",
        [("EUR 300000000", "ROU", "MDA", "allocation", "cumulative")],
    ),
    (
        "ro",
        "Bucureștiul va trimite Ucrainei 20 de milioane de euro pentru energie.",
        [("EUR 20000000", "ROU", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "Ministrul român de externe a vizitat Kievul marți. El a promis încă 5 milioane de "
        "euro pentru reconstrucție.",
        [("EUR 5000000", "ROU", "UKR", "pledge", "new", {"donor_from": "earlier sentence"})],
    ),
    (
        "ro",
        "După noi atacuri rusești, Italia a promis 40 de milioane de euro Ucrainei.",
        [("EUR 40000000", "ITA", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "Comisia Europeană a plătit Ucrainei 1,5 miliarde de euro în aprilie.",
        [("EUR 1500000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "ro",
        "Echipamente în valoare de 15 milioane de euro au fost livrate de Polonia Ucrainei.",
        [("EUR 15000000", "POL", "UKR", "allocation", "new")],
    ),
    (
        "ro",
        "Ajutorul german pentru Ucraina va ajunge anul acesta la 7 miliarde de euro.",
        [("EUR 7000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "România va acorda Moldovei 100 de milioane de euro, din care 40 de milioane de euro "
        "pentru drumuri.",
        [
            ("EUR 100000000", "ROU", "MDA", "pledge", "new"),
            ("EUR 40000000", "ROU", "MDA", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "ro",
        "România dă 10 milioane de euro Ucrainei\n\nRomânia va da Ucrainei 10 milioane de euro "
        "pentru spitale, a anunțat ministerul.",
        [
            ("EUR 10000000", "ROU", "UKR", "pledge", "new"),
            ("EUR 10000000", "ROU", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "ro",
        "Statele Unite au furnizat Ucrainei 2 miliarde de dolari în muniție.",
        [("USD 2000000000", "USA", "UKR", "allocation", "new")],
    ),
    (
        "ro",
        "Banca Mondială va acorda un împrumut de 200 de milioane de dolari României.",
        [("USD 200000000", "WBG", "ROU", "pledge", "new")],
    ),
    (
        "ro",
        "Japonia s-a angajat să contribuie cu 400 de milioane de dolari la fondul climatic.",
        [("USD 400000000", "JPN", None, "commitment", "new")],
    ),
    # --- a second set, labelled before it was run (issue 10 kinds across languages) ------------
    (
        "en",
        "MADRID (Reuters) - Pledges from 14 governments reached $1.2 billion at the donor "
        "conference for Sudan on Monday.",
        [("USD 1200000000", None, "SDN", "pledge", "new")],
    ),
    (
        "en",
        "Together with other lenders, Japan will provide $3 billion to Ukraine's budget.",
        [("USD 3000000000", None, "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Wellington announced a further NZ$10 million for Ukraine, while Seoul pledged "
        "$100 million in humanitarian aid.",
        [
            ("NZD 10000000", "NZL", "UKR", "pledge", "new"),
            ("USD 100000000", "KOR", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "The UAE sent $100 million in relief to Gaza, officials said.",
        [("USD 100000000", "ARE", "PSE", "allocation", "new")],
    ),
    (
        "de",
        "Die Regierung in Wien teilte mit, dass Österreich der Ukraine 50 Millionen Euro zur "
        "Verfügung stellen werde.",
        [("EUR 50000000", "AUT", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "BERLIN (dpa) - Die Zusagen von 20 Staaten summierten sich auf 900 Millionen Euro für "
        "den Wiederaufbau der Ukraine.",
        [("EUR 900000000", None, "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Am 24. Februar sagte Schweden der Ukraine weitere 300 Millionen Euro zu.",
        [("EUR 300000000", "SWE", "UKR", "pledge", "new")],
    ),
    (
        "fr",
        "Le Canada a annoncé une enveloppe de 60 millions de dollars canadiens pour l'Ukraine, "
        "pour un total de 120 millions de dollars canadiens avec la tranche de juin.",
        [
            ("CAD 60000000", "CAN", "UKR", "pledge", "new"),
            ("CAD 120000000", "CAN", "UKR", "pledge", "cumulative"),
        ],
    ),
    (
        "fr",
        "La Belgique a livré à l'Ukraine pour 200 millions d'euros de munitions depuis 2023.",
        [("EUR 200000000", "BEL", "UKR", "allocation", "cumulative")],
    ),
    (
        "fr",
        "Après de nouvelles frappes russes, le gouvernement italien a promis 40 millions "
        "d'euros à Kiev.",
        [("EUR 40000000", "ITA", "UKR", "pledge", "new")],
    ),
    (
        "lt",
        "Latvija skyrė 5 mln. eurų, o Estija – 8 mln. eurų Ukrainos energetikai.",
        [
            ("EUR 5000000", "LVA", "UKR", "allocation", "new"),
            ("EUR 8000000", "EST", "UKR", "allocation", "new"),
        ],
    ),
    (
        "lt",
        "Lietuvos vyriausybė pritarė 20 mln. eurų paramai Ukrainai.",
        [("EUR 20000000", "LTU", "UKR", "pledge", "new")],
    ),
    (
        "uk",
        "До державного бюджету України надійшов 1 мільярд євро від Європейського Союзу.",
        [("EUR 1000000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "uk",
        "Уряд Канади надав Україні 500 мільйонів доларів на ППО.",
        [("USD 500000000", "CAN", "UKR", "allocation", "new")],
    ),
    (
        "pl",
        "Z funduszu wypłacono Ukrainie 2 mld euro od Unii Europejskiej.",
        [("EUR 2000000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "pl",
        "Rząd Norwegii przekaże Ukrainie 300 mln euro na drony.",
        [("EUR 300000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "MADRID (EFE). - Los compromisos de 25 países sumaron 800 millones de euros para Sudán.",
        [("EUR 800000000", None, "SDN", "pledge", "new")],
    ),
    (
        "es",
        "El Gobierno de Canadá anunció 50 millones de dólares canadienses para Ucrania.",
        [("CAD 50000000", "CAN", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "España ha pagado a Ucrania 300 millones de euros en ayuda presupuestaria este año.",
        [("EUR 300000000", "ESP", "UKR", "disbursement", "new")],
    ),
    (
        "it",
        "ROMA - Il governo ha deciso di stanziare 200 milioni di euro per l'Ucraina fino al "
        "2027, ha detto il ministro della Difesa italiano.",
        [("EUR 200000000", "ITA", "UKR", "pledge", "new")],
    ),
    (
        "it",
        "Berlino fornirà all'Ucraina 4 miliardi di euro, mentre Parigi darà 2 miliardi di euro.",
        [
            ("EUR 4000000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 2000000000", "FRA", "UKR", "pledge", "new"),
        ],
    ),
    (
        "it",
        "Materiale per 80 milioni di euro è stato consegnato all'Ucraina dalla Svezia.",
        [("EUR 80000000", "SWE", "UKR", "allocation", "new")],
    ),
    (
        "pt",
        "O Governo brasileiro anunciou 20 milhões de dólares para o fundo da Amazónia.",
        [("USD 20000000", "BRA", None, "pledge", "new")],
    ),
    (
        "pt",
        "Desde o início da guerra, a Alemanha desembolsou 10 mil milhões de euros para a Ucrânia.",
        [("EUR 10000000000", "DEU", "UKR", "disbursement", "cumulative")],
    ),
    (
        "nl",
        "Het ministerie van Defensie maakte bekend dat Nederland 150 miljoen euro aan "
        "Oekraïne levert voor munitie.",
        [("EUR 150000000", "NLD", "UKR", "allocation", "new")],
    ),
    (
        "nl",
        "Met de Noorse bijdrage van 100 miljoen euro komt het fonds op 500 miljoen euro.",
        [
            ("EUR 100000000", "NOR", None, "pledge", "new"),
            ("EUR 500000000", None, None, "pledge", "cumulative"),
        ],
    ),
    (
        "nl",
        "België heeft sinds 2022 in totaal 1,7 miljard euro aan Oekraïne gegeven.",
        [("EUR 1700000000", "BEL", "UKR", "allocation", "cumulative")],
    ),
    (
        "sv",
        "Finland skickar ammunition för 100 miljoner euro till Ukraina.",
        [("EUR 100000000", "FIN", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "I mars beslutade regeringen i Oslo att ge Ukraina 5 miljarder norska kronor.",
        [("NOK 5000000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "Danmarks regering har hittills gett Ukraina 60 miljarder danska kronor.",
        [("DKK 60000000000", "DNK", "UKR", "allocation", "cumulative")],
    ),
    (
        "cs",
        "Ukrajina obdrží od Japonska 500 milionů dolarů na obnovu.",
        [("USD 500000000", "JPN", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Slovensko dosud dodalo Ukrajině zbraně za 200 milionů eur.",
        [("EUR 200000000", "SVK", "UKR", "allocation", "cumulative")],
    ),
    (
        "ro",
        "Ucraina va primi 300 de milioane de euro de la Uniunea Europeană.",
        [("EUR 300000000", "EU", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "Guvernul german a anunțat 500 de milioane de euro pentru Ucraina, iar Franța 200 de "
        "milioane de euro.",
        [
            ("EUR 500000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 200000000", "FRA", "UKR", "pledge", "new"),
        ],
    ),
    (
        "ro",
        "Polonia a livrat Ucrainei, din 2022, echipamente de 3 miliarde de euro.",
        [("EUR 3000000000", "POL", "UKR", "allocation", "cumulative")],
    ),
    # --- news branch: money not given, requests, thanks, money received (issue 10) ----------
    (
        "en",
        "Slovakia did not send the €40 million of ammunition it had offered Ukraine in May.",
        [("EUR 40000000", "SVK", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "en",
        "Kyiv called on its partners for $2 billion to repair the power grid before winter.",
        [("USD 2000000000", None, "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "de",
        "Die Niederlande erhielten keine Anfrage; die Ukraine erhielt von Belgien 60 Millionen "
        "Euro.",
        [("EUR 60000000", "BEL", "UKR", "disbursement", "new")],
    ),
    (
        "fr",
        "L'Ukraine a remercié Lisbonne pour 25 millions d'euros d'aide humanitaire.",
        [("EUR 25000000", "PRT", "UKR", "pledge", "new")],
    ),
    (
        "pl",
        "Czechy nie wyślą Ukrainie 30 mln euro na drony, zapowiedział rząd w Pradze.",
        [("EUR 30000000", "CZE", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "uk",
        "Від Нідерландів надійшло 150 мільйонів євро на закупівлю газу.",
        [("EUR 150000000", "NLD", None, "disbursement", "new")],
    ),
    # fi
    (
        "fi",
        "Suomi antaa Ukrainalle 50 miljoonaa euroa talven energia-apuun.",
        [("EUR 50000000", "FIN", "UKR", "pledge", "new")],
    ),
    (
        "fi",
        "Ruotsi lahjoitti Ukrainalle viime vuonna 300 miljoonaa euroa sotilaallista apua.",
        [("EUR 300000000", "SWE", "UKR", "allocation", "new")],
    ),
    (
        "fi",
        "Ukraina pyysi Suomelta 100 miljoonaa euroa ilmatorjuntaan.",
        [("EUR 100000000", "FIN", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "fi",
        "Norja ei anna Ukrainalle 200 miljoonaa euroa tänä vuonna.",
        [("EUR 200000000", "NOR", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "fi",
        "Suomi on antanut Ukrainalle yhteensä 2,5 miljardia euroa sodan alusta.",
        [("EUR 2500000000", "FIN", "UKR", "allocation", "cumulative")],
    ),
    (
        "fi",
        "Ukraina sai Saksalta 500 miljoonaa euroa budjettitukea.",
        [("EUR 500000000", "DEU", "UKR", "disbursement", "new")],
    ),
    # hr
    (
        "hr",
        "Hrvatska je Ukrajini dala 10 milijuna eura za obnovu škola.",
        [("EUR 10000000", "HRV", "UKR", "allocation", "new")],
    ),
    (
        "hr",
        "Slovenija će Ukrajini poslati 8 milijuna eura humanitarne pomoći.",
        [("EUR 8000000", "SVN", "UKR", "pledge", "new")],
    ),
    (
        "hr",
        "Ukrajina je zatražila od Hrvatske 30 milijuna eura za razminiranje.",
        [("EUR 30000000", "HRV", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "hr",
        "Hrvatska neće Ukrajini dati 50 milijuna eura ove godine.",
        [("EUR 50000000", "HRV", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "hr",
        "Hrvatska je Ukrajini ukupno isporučila vojnu opremu vrijednu 200 milijuna eura.",
        [("EUR 200000000", "HRV", "UKR", "allocation", "cumulative")],
    ),
    (
        "hr",
        "Ukrajina je primila od Austrije 40 milijuna eura.",
        [("EUR 40000000", "AUT", "UKR", "disbursement", "new")],
    ),
    # --- counted once (restate11): an aside restating, a value before, a collective headline,
    # a country's name before its currency symbol, a share of the whole
    (
        "en",
        "Finland will send €150 million to Ukraine – roughly $160 million – for winter repairs, "
        "its government said.",
        [("EUR 150000000", "FIN", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Die Niederlande erhöhten ihre Hilfe für die Ukraine auf 3 Mrd. Euro in diesem Jahr von "
        "2 Mrd. Euro.",
        [("EUR 3000000000", "NLD", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Allies pledge €600m for Kyiv's grid. Norway gave €300m, Sweden €200m and Denmark €100m.",
        [
            ("EUR 600000000", None, "UKR", "pledge", "new", {"duplicate_of": 1}),
            ("EUR 300000000", "NOR", "UKR", "pledge", "new"),
            ("EUR 200000000", "SWE", "UKR", "pledge", "new"),
            ("EUR 100000000", "DNK", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "The UK £500m and Canada C$200m were announced for Ukraine's air defence.",
        [
            ("GBP 500000000", "GBR", "UKR", "pledge", "new"),
            ("CAD 200000000", "CAN", "UKR", "pledge", "new"),
        ],
    ),
    (
        "pl",
        "Czechy przekazały Ukrainie 2 mld koron. Połowa z tego, 1 mld koron, trafi na amunicję.",
        [
            ("CZK 2000000000", "CZE", "UKR", "allocation", "new"),
            ("CZK 1000000000", "CZE", "UKR", "allocation", "new", {"part_of": 0}),
        ],
    ),
    (
        "fr",
        "La Belgique a promis 1 milliard d'euros à l'Ukraine, dont un tiers, soit 330 millions "
        "d'euros, pour les F-16.",
        [
            ("EUR 1000000000", "BEL", "UKR", "pledge", "new"),
            ("EUR 330000000", "BEL", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    # tables and lists pasted into the text (issue lists11): a total row, year cells, a
    # currency written once in the header
    (
        "en",
        "Air-defence money pledged in Ramstein, by donor (EUR million):\nGermany | 400 | 2024\n"
        "Netherlands | 150 | 2024\nDenmark | 90 | 2025\nTotal | 640 |",
        [
            ("EUR 400000000", "DEU", None, "pledge", "new"),
            ("EUR 150000000", "NLD", None, "pledge", "new"),
            ("EUR 90000000", "DNK", None, "pledge", "new"),
            ("EUR 640000000", None, None, "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "de",
        "Neue Zusagen für die Ukraine (in Mio. Euro):\n- Deutschland: 250\n- Österreich: 40\n"
        "- Gesamt: 290",
        [
            ("EUR 250000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 40000000", "AUT", "UKR", "pledge", "new"),
            ("EUR 290000000", None, "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "fr",
        "Aides annoncées pour l'Ukraine :\n- Allemagne : 2 milliards d'euros (2024)\n"
        "- Belgique : 1 milliard d'euros (2025)\n- Total : 3 milliards d'euros",
        [
            ("EUR 2000000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 1000000000", "BEL", "UKR", "pledge", "new"),
            ("EUR 3000000000", None, "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "pl",
        "Wsparcie dla Ukrainy (w mln zł): Polska 300; Litwa 45; Łotwa 20",
        [
            ("PLN 300000000", "POL", "UKR", "pledge", "new"),
            ("PLN 45000000", "LTU", "UKR", "pledge", "new"),
            ("PLN 20000000", "LVA", "UKR", "pledge", "new"),
        ],
    ),
    (
        "uk",
        "Внески до коаліції (млн євро):\n- Нідерланди: 120\n- Швеція: 80\n- Всього: 200",
        [
            ("EUR 120000000", "NLD", None, "pledge", "new"),
            ("EUR 80000000", "SWE", None, "pledge", "new"),
            ("EUR 200000000", None, None, "pledge", "cumulative", {"duplicate_of": 0}),
        ],
    ),
    # --- session 11 (branch tables11b): a total on a line of its own, a header with a year or a
    # comma, numbered items, notes after a number, labels of no known giver -------------------
    (
        "en",
        "Winter aid for Ukraine (EUR million), 2024:\nSweden 180\nFinland 70\nOthers 30\nTotal 280",
        [
            ("EUR 180000000", "SWE", "UKR", "pledge", "new"),
            ("EUR 70000000", "FIN", "UKR", "pledge", "new"),
            ("EUR 30000000", None, "UKR", "pledge", "new", {"donor_from": "others"}),
            ("EUR 280000000", None, "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "de",
        "Zusagen beim Treffen in Ramstein (in Mrd. Euro):\n1. Deutschland 2\n"
        "2. Niederlande 1 (vorläufig)\n3. Sonstige 0,5\nGesamt 3,5",
        [
            ("EUR 2000000000", "DEU", None, "pledge", "new"),
            ("EUR 1000000000", "NLD", None, "pledge", "new"),
            ("EUR 500000000", None, None, "pledge", "new", {"donor_from": "others"}),
            ("EUR 3500000000", None, None, "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "pl",
        "Pomoc wojskowa, mln zł:\n- Polska: 400\n- Litwa: 60, plus 20 dronów\n- Pozostali: 40\n"
        "- Razem: 500",
        [
            ("PLN 400000000", "POL", None, "pledge", "new"),
            ("PLN 60000000", "LTU", None, "pledge", "new"),
            ("PLN 40000000", None, None, "pledge", "new", {"donor_from": "others"}),
            ("PLN 500000000", None, None, "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    # --- session 11 (branch donors11): the one thanked, respectively lists, a quote's
    # speaker, the past of "give", a year after a year noun -------------------------------------
    (
        "de",
        "Kyjiw dankte Berlin für 4 Milliarden Euro Winterhilfe und Rom für 600 Millionen Euro.",
        [
            ("EUR 4000000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 600000000", "ITA", "UKR", "pledge", "new"),
        ],
    ),
    (
        "sv",
        "Danmark och Finland skickade 900 respektive 400 miljoner euro till Ukrainas energinät.",
        [
            ("EUR 900000000", "DNK", "UKR", "allocation", "new"),
            ("EUR 400000000", "FIN", "UKR", "allocation", "new"),
        ],
    ),
    (
        "en",
        "Canada, Korea and Norway pledged €400 million, €150 million and €250 million "
        "respectively for Ukraine's grid.",
        [
            ("EUR 400000000", "CAN", "UKR", "pledge", "new"),
            ("EUR 150000000", "KOR", "UKR", "pledge", "new"),
            ("EUR 250000000", "NOR", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        '"We will send another €2 billion in air defence to Ukraine," said the German defence '
        "minister on Tuesday.",
        [("EUR 2000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "fr",
        "« Nous verserons 800 millions d'euros à l'Ukraine », a déclaré le ministre belge des "
        "Finances.",
        [("EUR 800000000", "BEL", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "België gaf Oekraïne 300 miljoen euro voor munitie.",
        [("EUR 300000000", "BEL", "UKR", "allocation", "new")],
    ),
    (
        "pl",
        "Czechy w roku 2024 przekazały Ukrainie 500 mln euro na amunicję.",
        [("EUR 500000000", "CZE", "UKR", "allocation", "new")],
    ),
    (
        "es",
        "España prometió en el año 2024 1.000 millones de euros a Ucrania.",
        [("EUR 1000000000", "ESP", "UKR", "pledge", "new")],
    ),
    # Danish and Norwegian (issue 11, nordic11): written in the project's own words after the
    # forms of Danish and Norwegian aid news, labelled before the extraction was run
    (
        "da",
        "Danmark giver Ukraine 1,5 milliarder kroner til luftforsvar.",
        [("DKK 1500000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "da",
        "Ukraine modtager 300 millioner kroner fra Danmark til vinterhjælp.",
        [("DKK 300000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "da",
        "Regeringen giver Ukraine yderligere 800 millioner kroner.",
        [("DKK 800000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "da",
        "Folketinget har besluttet at give Ukraine 200 millioner euro.",
        [("EUR 200000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "da",
        "Danmark lover Ukraine 50 millioner euro til genopbygning.",
        [("EUR 50000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "da",
        "Sverige og Danmark giver hver 100 millioner euro. Danmark sender også 20 millioner "
        "euro til minerydning i Ukraine.",
        [
            ("EUR 100000000", None, None, "pledge", "new"),
            ("EUR 20000000", "DNK", "UKR", "pledge", "new"),
        ],
    ),
    (
        "nb",
        "Norge gir Ukraina 2 milliarder kroner til energi i år.",
        [("NOK 2000000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "nb",
        "Ukraina mottar 500 millioner kroner fra Norge til humanitær hjelp.",
        [("NOK 500000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "nb",
        "Regjeringen gir Ukraina ytterligere 1 milliard kroner.",
        [("NOK 1000000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "nb",
        "Stortinget vedtok å gi Ukraina 300 millioner euro.",
        [("EUR 300000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "nb",
        "Norge lover Ukraina 75 millioner euro til gjenoppbygging.",
        [("EUR 75000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "nb",
        "Norge ga Ukraina 400 millioner kroner til luftvern i mars.",
        [("NOK 400000000", "NOR", "UKR", "allocation", "new")],
    ),
    # --- quotes11: a quote's speaker who asks or receives, a quote in another language -------
    (
        "en",
        'Canada sent C$500 million in artillery shells to Ukraine last autumn. "We still need '
        'another $3 billion for air defence," the Ukrainian defence minister said on Monday.',
        [
            ("CAD 500000000", "CAN", "UKR", "allocation", "new"),
            ("USD 3000000000", None, "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "de",
        "Österreich hat der Ukraine 20 Millionen Euro für Minenräumung überwiesen. „Wir brauchen "
        "noch 2 Milliarden Euro für Generatoren“, sagte der ukrainische Energieminister.",
        [
            ("EUR 20000000", "AUT", "UKR", "allocation", "new"),
            ("EUR 2000000000", None, "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "pl",
        "Litwa przekazała Ukrainie 50 mln euro na drony. „Potrzebujemy jeszcze 4 mld zł na "
        "odbudowę szkół” – powiedział ukraiński premier.",
        [
            ("EUR 50000000", "LTU", "UKR", "allocation", "new"),
            ("PLN 4000000000", None, "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "en",
        '"This spring we received €1.2 billion from Norway," the Ukrainian prime minister said.',
        [("EUR 1200000000", "NOR", "UKR", "disbursement", "new", {"donor_from": "agent"})],
    ),
    # --- session 11 (branch dates11b): "w tym roku" is no part, respectively lists that do not
    # pair, a dated first sentence is no headline, the one thanked gives its own amount -------
    (
        "pl",
        "Słowacja przekazała Ukrainie w roku 2023 200 mln euro, a w tym roku 90 mln euro.",
        [
            ("EUR 200000000", "SVK", "UKR", "allocation", "new", {"part_of": None}),
            ("EUR 90000000", "SVK", "UKR", "allocation", "new", {"part_of": None}),
        ],
    ),
    (
        "en",
        "Sweden, Finland and Scotland pledged €300m, €200m and £50m respectively for demining.",
        [
            ("EUR 300000000", "SWE", None, "pledge", "new"),
            ("EUR 200000000", "FIN", None, "pledge", "new"),
            ("GBP 50000000", None, None, "pledge", "new", {"donor_from": "unnamed"}),
        ],
    ),
    (
        "en",
        "Norway pledged NOK 2bn on Monday. On Wednesday, Norway pledged NOK 2bn for Moldova.",
        [
            ("NOK 2000000000", "NOR", None, "pledge", "new", {"duplicate_of": None}),
            ("NOK 2000000000", "NOR", "MDA", "pledge", "new", {"duplicate_of": None}),
        ],
    ),
    (
        "en",
        "President Zelensky, who thanked Oslo for its support and Copenhagen for €250m in "
        "artillery shells, returned home on Friday.",
        [("EUR 250000000", "DNK", None, "pledge", "new")],
    ),
    # --- session 12 (branch dates12): yearly amounts (basis per-year), a headline over a dated
    # lead under its dateline (the lead is counted) ------------------------------------------
    (
        "da",
        "Danmark giver Ukraine 2 mia. kr. om året til genopbygning frem til 2028.",
        [("DKK 2000000000", "DNK", "UKR", "pledge", "per-year")],
    ),
    (
        "de",
        "Deutschland wird der Ukraine jährlich 4 Mrd. Euro für Waffen bereitstellen.",
        [("EUR 4000000000", "DEU", "UKR", "pledge", "per-year")],
    ),
    (
        "pl",
        "Polska przekaże Ukrainie 3 mld zł rocznie do 2027 r.",
        [("PLN 3000000000", "POL", "UKR", "pledge", "per-year")],
    ),
    (
        "sv",
        "Sverige ger Ukraina 5 miljarder kronor per år i militärt stöd fram till 2026.",
        [("SEK 5000000000", "SWE", "UKR", "pledge", "per-year")],
    ),
    (
        "en",
        "Canada pledges C$500m to Ukraine\nOTTAWA, Oct 31 (Reuters) - Canada pledged C$500m to "
        "Ukraine for air defence on Thursday.",
        [
            ("CAD 500000000", "CAN", "UKR", "pledge", "new", {"duplicate_of": 1}),
            ("CAD 500000000", "CAN", "UKR", "pledge", "new", {"duplicate_of": None}),
        ],
    ),
    # --- session 11 (branch own11): a country's own spending or budget, a need reported in the
    # past or subjunctive, a request in a relative clause closed before the main clause's money
    (
        "en",
        "Finland pledged €400m for air defence. Russia, meanwhile, spends about €110bn a year on "
        "its armed forces.",
        [
            ("EUR 400000000", "FIN", None, "pledge", "new"),
            ("approx EUR 110000000000", "RUS", None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "de",
        "Österreich sagte 80 Mio. Euro für Minenräumung zu. Der Verteidigungshaushalt Russlands "
        "liegt inzwischen bei rund 110 Mrd. Euro.",
        [
            ("EUR 80000000", "AUT", None, "pledge", "new"),
            ("approx EUR 110000000000", "RUS", None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "pl",
        "Premier powiedział, że Ukraina potrzebowała 3 mld euro. Litwa obiecała 50 mln euro.",
        [
            ("EUR 3000000000", None, "UKR", "pledge", "new", {"status": "rejected"}),
            ("EUR 50000000", "LTU", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Moldova, which has asked for €900m, received €150m from Romania on Tuesday.",
        [
            ("EUR 900000000", "ROU", "MDA", "disbursement", "new", {"status": "rejected"}),
            ("EUR 150000000", "ROU", "MDA", "disbursement", "new", {"status": "candidate"}),
        ],
    ),
    # givers11c: a verb of adding gives; a name right after a giving verb receives
    (
        "en",
        "Belgium pledged €400m on Tuesday, while Austria added €150m for winter repairs.",
        [
            ("EUR 400000000", "BEL", None, "pledge", "new"),
            ("EUR 150000000", "AUT", None, "pledge", "new"),
        ],
    ),
    (
        "en",
        "Denmark said it would send Ukraine DKK 1bn and Moldova DKK 200m before the summer.",
        [
            ("DKK 1000000000", "DNK", "UKR", "pledge", "new"),
            ("DKK 200000000", "DNK", "MDA", "pledge", "new"),
        ],
    ),
    # --- session 12 (branch tables12): tables with years across, units in headers, captions
    # or the last column; a list's unit written after it ----------------------------------------
    (
        "en",
        "Air defence pledges to Ukraine (USD m)\nCountry | 2024 | 2025\nNetherlands | 450 | 300\n"
        "Canada | 120 | 95",
        [
            ("USD 450000000", "NLD", "UKR", "pledge", "new"),
            ("USD 300000000", "NLD", "UKR", "pledge", "new"),
            ("USD 120000000", "CAN", "UKR", "pledge", "new"),
            ("USD 95000000", "CAN", "UKR", "pledge", "new"),
        ],
    ),
    (
        "pl",
        "Pomoc wojskowa dla Ukrainy (mln zł)\n| Kraj | 2023 | 2024 |\n|---|---|---|\n"
        "| Polska | 850 | 1 200 |\n| Litwa | 40 | 65 |",
        [
            ("PLN 850000000", "POL", "UKR", "pledge", "new"),
            ("PLN 1200000000", "POL", "UKR", "pledge", "new"),
            ("PLN 40000000", "LTU", "UKR", "pledge", "new"),
            ("PLN 65000000", "LTU", "UKR", "pledge", "new"),
        ],
    ),
    (
        "de",
        "Zusagen für die Ukraine\nLand;Mio. Euro 2023;Mio. Euro 2024\nÖsterreich;120,5;90\n"
        "Belgien;300;410",
        [
            ("EUR 120500000", "AUT", None, "pledge", "new"),
            ("EUR 90000000", "AUT", None, "pledge", "new"),
            ("EUR 300000000", "BEL", None, "pledge", "new"),
            ("EUR 410000000", "BEL", None, "pledge", "new"),
        ],
    ),
    (
        "uk",
        "Допомога Україні\nКраїна\tмлн євро 2023\tмлн євро 2024\nДанія\t900\t1 100\n"
        "Швеція\t650\t700",
        [
            ("EUR 900000000", "DNK", "UKR", "pledge", "new"),
            ("EUR 1100000000", "DNK", "UKR", "pledge", "new"),
            ("EUR 650000000", "SWE", "UKR", "pledge", "new"),
            ("EUR 700000000", "SWE", "UKR", "pledge", "new"),
        ],
    ),
    (
        "fr",
        "Aide humanitaire à l'Ukraine : Belgique : 40 ; Portugal : 25 ; Irlande : 35 "
        "(en millions d'euros)",
        [
            ("EUR 40000000", "BEL", "UKR", "pledge", "new"),
            ("EUR 25000000", "PRT", "UKR", "pledge", "new"),
            ("EUR 35000000", "IRL", "UKR", "pledge", "new"),
        ],
    ),
    (
        "es",
        "Ayuda a Ucrania, millones de euros\nPaís | 2023 | 2024\nEspaña | 310 | 480\n"
        "Italia | 520 | 600",
        [
            ("EUR 310000000", "ESP", "UKR", "pledge", "new"),
            ("EUR 480000000", "ESP", "UKR", "pledge", "new"),
            ("EUR 520000000", "ITA", "UKR", "pledge", "new"),
            ("EUR 600000000", "ITA", "UKR", "pledge", "new"),
        ],
    ),
    # actors12: money that is no gift (damage, weapons fired, losses, trade) whoever's clause it
    # is in; a relative clause closing with its giving verb gives its antecedent the amount;
    # own spending beside another country's gift
    (
        "en",
        "Norway pledged NOK 2bn for Ukraine's power grid on Monday after Russian drones "
        "destroyed substations worth about $900m.",
        [
            ("NOK 2000000000", "NOR", "UKR", "pledge", "new", {"status": "candidate"}),
            (
                "approx USD 900000000",
                "RUS",
                None,
                "pledge",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
        ],
    ),
    (
        "de",
        "Die Niederlande, die durch die Sanktionen 1,5 Mrd. Euro an Exporten verloren, sagten "
        "der Ukraine 300 Mio. Euro zu.",
        [
            (
                "EUR 1500000000",
                "NLD",
                None,
                "pledge",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
            ("EUR 300000000", "NLD", "UKR", "pledge", "new", {"status": "candidate"}),
        ],
    ),
    (
        "de",
        "Russland hat Kraftwerke im Wert von 2 Mrd. Euro zerstört, erklärte Österreich, das der "
        "Ukraine 50 Mio. Euro zusagte.",
        [
            (
                "EUR 2000000000",
                "RUS",
                None,
                "pledge",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
            ("EUR 50000000", "AUT", "UKR", "pledge", "new", {"status": "candidate"}),
        ],
    ),
    (
        "fr",
        "Selon Kiev, les frappes russes ont causé 3 milliards d'euros de dégâts ; la Belgique a "
        "promis 150 millions d'euros à l'Ukraine.",
        [
            (
                "EUR 3000000000",
                "RUS",
                None,
                "pledge",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
            ("EUR 150000000", "BEL", "UKR", "pledge", "new", {"status": "candidate"}),
        ],
    ),
    (
        "pl",
        "Litwa, która straciła 400 mln euro na handlu z Białorusią, przekazała Ukrainie 60 mln "
        "euro.",
        [
            (
                "EUR 400000000",
                "LTU",
                None,
                "allocation",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
            ("EUR 60000000", "LTU", "UKR", "allocation", "new", {"status": "candidate"}),
        ],
    ),
    (
        "uk",
        "Росія знищила енергетичні об'єкти вартістю 1 млрд доларів, а Японія надала Україні 200 "
        "млн доларів.",
        [
            (
                "USD 1000000000",
                "RUS",
                None,
                "allocation",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
            ("USD 200000000", "JPN", "UKR", "allocation", "new", {"status": "candidate"}),
        ],
    ),
    (
        "it",
        "La Grecia ha promesso 40 milioni di euro all'Ucraina, dopo che la Russia ha distrutto "
        "impianti per 2 miliardi di euro.",
        [
            ("EUR 40000000", "GRC", "UKR", "pledge", "new", {"status": "candidate"}),
            (
                "EUR 2000000000",
                "RUS",
                None,
                "pledge",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
        ],
    ),
    (
        "es",
        "Portugal, que perdió 300 millones de euros en exportaciones, prometió 50 millones de "
        "euros a Ucrania.",
        [
            (
                "EUR 300000000",
                "PRT",
                None,
                "pledge",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
            ("EUR 50000000", "PRT", "UKR", "pledge", "new", {"status": "candidate"}),
        ],
    ),
    (
        "nl",
        "België gaf Oekraïne 100 miljoen euro, terwijl Rusland infrastructuur ter waarde van 4 "
        "miljard euro verwoestte.",
        [
            ("EUR 100000000", "BEL", "UKR", "allocation", "new", {"status": "candidate"}),
            (
                "EUR 4000000000",
                "RUS",
                None,
                "allocation",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
        ],
    ),
    (
        "pt",
        "A Rússia gasta 130 mil milhões de euros por ano no seu exército; Portugal prometeu 100 "
        "milhões de euros à Ucrânia.",
        [
            (
                "EUR 130000000000",
                "RUS",
                None,
                "pledge",
                "new",
                {"status": "rejected", "donor_from": "other clause"},
            ),
            ("EUR 100000000", "PRT", "UKR", "pledge", "new", {"status": "candidate"}),
        ],
    ),
    # session 12 (givers12): wholes named after their share, allies as givers, receivers named
    # before their amounts, contrast clauses, a speaker going on after a quote
    (
        "en",
        "The Netherlands will cover €600 million of the EU's €4 billion air-defence fund for "
        "Ukraine.",
        [
            ("EUR 600000000", "NLD", "UKR", "pledge", "new"),
            ("EUR 4000000000", None, "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "pl",
        "Polska pokryje 2 mld zł z 7 mld zł funduszu odbudowy szkół na Ukrainie.",
        [
            ("PLN 2000000000", "POL", "UKR", "pledge", "new"),
            ("PLN 7000000000", "POL", "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "en",
        "Moldova's partners pledged €1.2 billion at the Chisinau meeting, Romania leading with "
        "€400 million.",
        [
            ("EUR 1200000000", None, "MDA", "pledge", "new", {"donor_from": "collective"}),
            ("EUR 400000000", "ROU", "MDA", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "fr",
        "La Belgique versera à l'Ukraine 500 millions d'euros et à la Moldavie 80 millions.",
        [
            ("EUR 500000000", "BEL", "UKR", "pledge", "new"),
            ("EUR 80000000", "BEL", "MDA", "pledge", "new"),
        ],
    ),
    (
        "it",
        "La Spagna ha stanziato 300 milioni di euro per l'Ucraina, mentre il Portogallo valuterà "
        "altri 100 milioni di euro.",
        [
            ("EUR 300000000", "ESP", "UKR", "allocation", "new"),
            ("EUR 100000000", "PRT", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        '"Kyiv will receive €700m from us this winter," the Austrian chancellor said.',
        [("EUR 700000000", "AUT", "UKR", "pledge", "new", {"donor_from": "speaker"})],
    ),
    # --- tables pasted inside articles (issue tables12b) -----------------------------------------
    (
        "de",
        "Deutschland stellt der Ukraine weitere 800 Mio. Euro bereit. Kiew bittet um mehr "
        "Flugabwehr.\n\nÜbersicht der deutschen Hilfe:\n\nFlugabwehr      500 Mio. EUR\n"
        "Minenräumung    300 Mio. EUR",
        [
            ("EUR 800000000", "DEU", "UKR", "pledge", "new"),
            (
                "EUR 500000000",
                "DEU",
                "UKR",
                "pledge",
                "new",
                {"part_of": 0, "donor_from": "caption"},
            ),
            (
                "EUR 300000000",
                "DEU",
                "UKR",
                "pledge",
                "new",
                {"part_of": 0, "donor_from": "caption"},
            ),
        ],
    ),
    (
        "nl",
        "Nederland trekt 250 miljoen euro uit voor Oekraïne, waarvan 150 miljoen euro voor "
        "munitie. Oekraïne vraagt Nederland om meer.\n\nOverzicht (miljoen euro):\n"
        "Munitie        150\nEnergie        100",
        [
            ("EUR 250000000", "NLD", "UKR", "allocation", "new"),
            ("EUR 150000000", "NLD", "UKR", "allocation", "new", {"part_of": 0}),
            (
                "EUR 150000000",
                "NLD",
                "UKR",
                "allocation",
                "new",
                {"duplicate_of": 1, "donor_from": "article"},
            ),
            (
                "EUR 100000000",
                "NLD",
                "UKR",
                "allocation",
                "new",
                {"part_of": 0, "donor_from": "article"},
            ),
        ],
    ),
    (
        "en",
        "Donors meeting in Geneva pledged $900 million for Sudan. Ireland added €10 million. "
        "Norway's aid to Gaza since 2023 has reached NOK 1 billion.\n\nPledges in Geneva:\n\n"
        "| Donor | Amount |\n| Ireland | €10m |\n| Iceland | $2m |",
        [
            ("USD 900000000", None, "SDN", "pledge", "new"),
            ("EUR 10000000", "IRL", "SDN", "pledge", "new"),
            # "aid … has reached": aid given so far, an allocation (pledgefaults16)
            ("NOK 1000000000", "NOR", "PSE", "allocation", "cumulative"),
            ("EUR 10000000", "IRL", "SDN", "pledge", "new", {"duplicate_of": 1}),
            ("USD 2000000", "ISL", "SDN", "pledge", "new", {"duplicate_of": None}),
        ],
    ),
    (
        "cs",
        "Česko pošle Ukrajině 600 milionů korun. Slovensko přispěje Moldavsku 2 miliony eur."
        "\n\nPřehled (mil. Kč):\nMunice         400\nZdravotnictví  200",
        [
            ("CZK 600000000", "CZE", "UKR", "pledge", "new"),
            ("EUR 2000000", "SVK", "MDA", "pledge", "new"),
            (
                "CZK 400000000",
                "CZE",
                "UKR",
                "pledge",
                "new",
                {"part_of": 0, "donor_from": "article"},
            ),
            (
                "CZK 200000000",
                "CZE",
                "UKR",
                "pledge",
                "new",
                {"part_of": 0, "donor_from": "article"},
            ),
        ],
    ),
    # donors12b: givers and recipients from the clause itself: a closing attribution, a
    # meeting's city and a currency's name are no actors; a country compared with receives
    # nothing; a recipient spending its own currency gives nothing
    (
        "en",
        "Donors gathered in Geneva on Monday pledged $900 million for Yemen, the Swiss foreign "
        "ministry said.",
        [("USD 900000000", None, "YEM", "pledge", "new", {"donor_from": "collective"})],
    ),
    (
        "de",
        "Die Geber sagten auf der Konferenz in Berlin 2 Milliarden Euro für den Sudan zu, teilte "
        "das Auswärtige Amt mit.",
        [("EUR 2000000000", None, "SDN", "pledge", "new", {"donor_from": "collective"})],
    ),
    (
        "it",
        "I donatori riuniti a Bruxelles hanno promesso 4 miliardi di euro per la Siria, ha "
        "riferito la Commissione.",
        [("EUR 4000000000", None, "SYR", "pledge", "new", {"donor_from": "collective"})],
    ),
    (
        "uk",
        "Канада виділить Україні 500 млн канадських доларів (близько 365 млн доларів США).",
        [("CAD 500000000", "CAN", "UKR", "pledge", "new")],
    ),
    (
        "pl",
        "Japonia przekaże Ukrainie 1 mld dolarów amerykańskich na odbudowę energetyki.",
        [("USD 1000000000", "JPN", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Deutschlands Hilfe liegt bei 0,4 Prozent der Wirtschaftsleistung, weniger als Schweden. "
        "Zusätzlich stellt das Entwicklungsministerium 40 Millionen Euro für Schulen bereit.",
        [("EUR 40000000", "DEU", None, "pledge", "new")],
    ),
    (
        "cs",
        "Ministerstvo zahraničí oznámilo 40 milionů korun pro Moldavsko a 25 mil. Kč na "
        "humanitární pomoc v Gaze.",
        [
            ("CZK 40000000", "CZE", "MDA", "pledge", "new"),
            ("CZK 25000000", "CZE", "PSE", "pledge", "new"),
        ],
    ),
    (
        "uk",
        "Нідерланди виділили Україні 150 млн євро. Кабмін спрямував 900 млн грн на ремонт "
        "лікарень.",
        [
            ("EUR 150000000", "NLD", "UKR", "allocation", "new"),
            ("UAH 900000000", "UKR", None, "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "it",
        "La Francia ha annunciato 40 milioni di euro, mentre la Spagna ha promesso 25 milioni di "
        "euro. Nel 2023 erano stati promessi 6 miliardi di euro.",
        [
            ("EUR 40000000", "FRA", None, "pledge", "new"),
            ("EUR 25000000", "ESP", None, "pledge", "new"),
            ("EUR 6000000000", None, None, "pledge", "new"),
        ],
    ),
    # parts12b: a package's contents named sentences later, every item of an "of which" list,
    # bare items after "de los cuales", a headline restating its lead's amount
    (
        "pl",
        "Polska przekaże Ukrainie kolejny pakiet pomocy wojskowej o wartości 900 mln zł. – To "
        "odpowiedź na potrzeby frontu – powiedział minister obrony. W skład pakietu wchodzą "
        "m.in. drony o wartości 250 mln zł.",
        [
            ("PLN 900000000", "POL", "UKR", "pledge", "new"),
            ("PLN 250000000", "POL", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "sv",
        "Sverige ger Ukraina ett nytt stödpaket på 7 miljarder kronor. ”Vi fortsätter stödet”, "
        "sade statsministern. Paketet omfattar bland annat luftvärn för 2,5 miljarder kronor.",
        [
            ("SEK 7000000000", "SWE", "UKR", "pledge", "new"),
            ("SEK 2500000000", "SWE", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "fr",
        "La France accorde à l'Ukraine une aide de 2,4 milliards d'euros, dont 640 millions "
        "d'euros de dons et 1,8 milliard d'euros de prêts.",
        [
            ("EUR 2400000000", "FRA", "UKR", "pledge", "new"),
            ("EUR 640000000", "FRA", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 1800000000", "FRA", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "es",
        "Portugal aporta 12 millones de euros a Sudán, de los cuales 5 millones se destinarán a "
        "ACNUR y 4 millones a UNICEF.",
        [
            ("EUR 12000000", "PRT", "SDN", "pledge", "new"),
            ("EUR 5000000", "PRT", "SDN", "pledge", "new", {"part_of": 0}),
            ("EUR 4000000", "PRT", "SDN", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "nl",
        "Nederland trekt 1,2 miljard euro uit voor Oekraïne in 2025\n\nDEN HAAG, 17 september "
        "2024 – Het kabinet trekt voor volgend jaar 1,2 miljard euro uit voor steun aan "
        "Oekraïne.",
        # both dated 2025 ("in 2025", "voor volgend jaar"): the key groups them, headline first
        [
            ("EUR 1200000000", "NLD", "UKR", "allocation", "new"),
            ("EUR 1200000000", "NLD", "UKR", "allocation", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "it",
        "Roma, promessi 40 milioni di euro per il Libano\n\nROMA, 4 novembre 2024 – Alla "
        "conferenza di Parigi il governo italiano ha promesso 40 milioni di euro, ha detto il "
        "ministro.",
        [
            ("EUR 40000000", "ITA", "LBN", "pledge", "new", {"duplicate_of": 1}),
            ("EUR 40000000", "ITA", "LBN", "pledge", "new"),
        ],
    ),
    # --- notaid12b: figures beside pledges that are not aid (estimates, reserves, hypotheticals)
    (
        "en",
        "Japan pledged $300 million to Ukraine for energy repairs. The World Bank puts the cost "
        "of rebuilding at $524 billion over ten years.",
        [
            ("USD 300000000", "JPN", "UKR", "pledge", "new"),
            ("USD 524000000000", "WBG", None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "de",
        "Schweden sagte der Ukraine 500 Mio. Euro zu. Die Devisenreserven der ukrainischen "
        "Nationalbank betrugen Ende Januar 43 Mrd. Dollar.",
        [
            ("EUR 500000000", "SWE", "UKR", "pledge", "new"),
            ("USD 43000000000", None, None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "uk",
        "Данія надала Україні 250 млн євро. За оцінкою уряду, дефіцит бюджету у 2025 році "
        "становитиме 38 млрд доларів.",
        [
            ("EUR 250000000", "DNK", "UKR", "allocation", "new"),
            ("USD 38000000000", None, None, "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "fr",
        "La Belgique a débloqué 150 millions d'euros pour l'Ukraine. Selon la Banque mondiale, "
        "la reconstruction coûtera 486 milliards de dollars.",
        [
            ("EUR 150000000", "BEL", "UKR", "allocation", "new"),
            # another giver's sentence: no measure from the one before (round measure15b)
            ("USD 486000000000", "WBG", None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "nl",
        "Kyiv vraagt bondgenoten om 0,25 procent van hun bbp. Voor België zou dat 1,5 miljard "
        "euro per jaar betekenen.",
        [("EUR 1500000000", None, None, "pledge", "per-year", {"status": "rejected"})],
    ),
    (
        "pl",
        "Czechy przekazały Ukrainie 100 mln euro. Straty w rolnictwie szacuje się na 40 mld "
        "dolarów, a rezerwy walutowe wynoszą 44 mld dolarów.",
        [
            ("EUR 100000000", "CZE", "UKR", "allocation", "new"),
            ("USD 40000000000", None, None, "allocation", "new", {"status": "rejected"}),
            ("USD 44000000000", None, None, "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "it",
        "La Spagna ha stanziato 60 milioni di euro per Kyiv. Il deficit pubblico dell'Ucraina "
        "ammonta a 35 miliardi di dollari.",
        [
            ("EUR 60000000", "ESP", "UKR", "allocation", "new"),
            # another giver's sentence: no measure from the one before (round measure15b)
            ("USD 35000000000", None, None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "en",
        "Ukraine asks its partners for 0.25% of GDP. For Britain that would mean £6bn a year.",
        [("GBP 6000000000", None, None, "pledge", "per-year", {"status": "rejected"})],
    ),
    # --- dates13: the date of a pledge when the sentence names other years (PUBLISHED is a
    # Monday); a year ending a span, another clause's year, a weekday opening the sentence
    (
        "de",
        "Die Bundesregierung will der Ukraine bis Ende 2027 jährlich 400 Millionen Euro für "
        "Luftverteidigung zur Verfügung stellen.",
        [("EUR 400000000", "DEU", "UKR", "pledge", "per-year", {"date": PUBLISHED})],
    ),
    (
        "nl",
        "Het kabinet geeft Oekraïne tot en met 2027 elk jaar 250 miljoen euro voor de wederopbouw.",
        [("EUR 250000000", "NLD", "UKR", "pledge", "per-year", {"date": PUBLISHED})],
    ),
    (
        "es",
        "El Gobierno aportará a Ucrania hasta 2027 cada año 150 millones de euros para desminado.",
        [("EUR 150000000", "ESP", "UKR", "pledge", "per-year", {"date": PUBLISHED})],
    ),
    (
        "sv",
        "Sverige ger Ukraina fram till 2028 årligen 3 miljarder kronor i militärt stöd.",
        [("SEK 3000000000", "SWE", "UKR", "pledge", "per-year", {"date": PUBLISHED})],
    ),
    (
        "pl",
        "Rząd przekaże Ukrainie do 2026 r. co roku 300 mln zł na pomoc humanitarną.",
        [("PLN 300000000", "POL", "UKR", "pledge", "per-year", {"date": PUBLISHED})],
    ),
    (
        "es",
        "Portugal prometió 12 millones de euros a Ucrania para hospitales; en 2023 había "
        "aportado 9 millones.",
        [("EUR 12000000", "PRT", "UKR", "pledge", "new", {"date": PUBLISHED})],
    ),
    (
        "fr",
        "La Belgique a promis 80 millions d'euros à l'Ukraine pour le déminage, contre 50 "
        "millions l'an dernier.",
        [("EUR 80000000", "BEL", "UKR", "pledge", "new", {"date": PUBLISHED})],
    ),
    (
        "de",
        "Österreich sagte der Ukraine 30 Millionen Euro für Winterhilfe zu, gegenüber 20 "
        "Millionen im Vorjahr.",
        [("EUR 30000000", "AUT", "UKR", "pledge", "new", {"date": PUBLISHED})],
    ),
    (
        "en",
        "Ireland pledged €40 million to Ukraine for energy repairs; last year it had given 25 "
        "million.",
        [("EUR 40000000", "IRL", "UKR", "pledge", "new", {"date": PUBLISHED})],
    ),
    (
        "it",
        "L'Italia ha promesso 60 milioni di euro all'Ucraina per la rete elettrica, rispetto a 45 "
        "milioni nel 2023.",
        [("EUR 60000000", "ITA", "UKR", "pledge", "new", {"date": PUBLISHED})],
    ),
    (
        "fr",
        "Mardi, le Luxembourg a promis 15 millions d'euros à l'Ukraine pour des générateurs.",
        [("EUR 15000000", "LUX", "UKR", "pledge", "new", {"date": "2024-10-29"})],
    ),
    (
        "es",
        "El martes, Grecia prometió 10 millones de euros a Ucrania para ayuda alimentaria.",
        [("EUR 10000000", "GRC", "UKR", "pledge", "new", {"date": "2024-10-29"})],
    ),
    (
        "sv",
        "I onsdags lovade Finland Ukraina 90 miljoner euro för luftförsvar.",
        [("EUR 90000000", "FIN", "UKR", "pledge", "new", {"date": "2024-10-30"})],
    ),
    (
        "pt",
        "Na quinta-feira, Portugal prometeu 5 milhões de euros à Ucrânia para escolas.",
        [("EUR 5000000", "PRT", "UKR", "pledge", "new", {"date": "2024-10-31"})],
    ),
    # session 13 (wholes13): a whole named after its part by a noun phrase, the whole's
    # currency written once, items after a breakdown link, a part before a whole in dollars
    (
        "fr",
        "La France a promis 3 milliards d'euros à l'Ukraine sur l'enveloppe européenne de 9 "
        "milliards d'euros.",
        [
            ("EUR 3000000000", "FRA", "UKR", "pledge", "new"),
            ("EUR 9000000000", "FRA", "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 300 mln euro z unijnego pakietu o wartości 900 mln euro.",
        [
            ("EUR 300000000", "POL", "UKR", "allocation", "new"),
            ("EUR 900000000", "POL", "UKR", "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "en",
        "The EU disbursed €1.5bn to Ukraine out of its €50bn facility.",
        [
            ("EUR 1500000000", "EU", "UKR", "disbursement", "new"),
            ("EUR 50000000000", "EU", "UKR", "disbursement", "new", {"status": "rejected"}),
        ],
    ),
    (
        "it",
        "L'Italia ha stanziato per l'Ucraina 300 milioni di euro del pacchetto da 900 milioni.",
        [
            ("EUR 300000000", "ITA", "UKR", "allocation", "new"),
            ("EUR 900000000", "ITA", "UKR", "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "de",
        "Deutschland sagte der Ukraine 2 Mrd. Euro aus dem 6-Milliarden-Paket zu.",
        [
            ("EUR 2000000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 6000000000", "DEU", "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "es",
        "España entregó a Ucrania 50 millones de euros del fondo europeo de 150 millones de euros.",
        [
            ("EUR 50000000", "ESP", "UKR", "allocation", "new"),
            ("EUR 150000000", "ESP", "UKR", "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "nl",
        "Nederland gaf Oekraïne 200 miljoen euro uit het fonds van 600 miljoen euro.",
        [
            ("EUR 200000000", "NLD", "UKR", "allocation", "new"),
            ("EUR 600000000", "NLD", "UKR", "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "it",
        "L'Italia ha stanziato 12 milioni di euro per la Siria, di cui 5 milioni all'UNICEF.",
        [
            ("EUR 12000000", "ITA", "SYR", "allocation", "new"),
            ("EUR 5000000", "ITA", "SYR", "allocation", "new", {"part_of": 0}),
        ],
    ),
    (
        "de",
        "Österreich gibt 8 Mio. Euro für den Sudan, davon gehen 3 Mio. an das WFP.",
        [
            ("EUR 8000000", "AUT", "SDN", "pledge", "new"),
            ("EUR 3000000", "AUT", "SDN", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "en",
        "Canada sent 2 billion out of C$6 billion to Ukraine.",
        [
            ("CAD 2000000000", "CAN", "UKR", "allocation", "new"),
            ("CAD 6000000000", "CAN", "UKR", "allocation", "new", {"status": "rejected"}),
        ],
    ),
    # --- actors13: passives, own ends, prices, Japanese and Chinese ----------------------------
    (
        "en",
        "Moldova was promised €120 million by the Netherlands for its power grid.",
        [("EUR 120000000", "NLD", "MDA", "pledge", "new")],
    ),
    (
        "en",
        "Finland announced €90 million for Ukraine, while Russia set aside €4 billion for its "
        "army.",
        [
            ("EUR 90000000", "FIN", "UKR", "pledge", "new"),
            ("EUR 4000000000", "RUS", None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "fr",
        "La Moldavie s'est vu promettre 60 millions d'euros par la France pour l'hiver.",
        [("EUR 60000000", "FRA", "MDA", "pledge", "new")],
    ),
    (
        "de",
        "Österreich sagte der Ukraine 30 Mio. Euro zu, während Russland 5 Mrd. Euro für seine "
        "Armee bereitstellte.",
        [
            ("EUR 30000000", "AUT", "UKR", "pledge", "new"),
            ("EUR 5000000000", "RUS", None, "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "pl",
        "Litwa przekazała Ukrainie 15 mln euro na generatory; koszt jednej elektrowni to "
        "40 mln euro.",
        [
            ("EUR 15000000", "LTU", "UKR", "allocation", "new"),
            ("EUR 40000000", None, None, "allocation", "new", {"status": "rejected"}),
        ],
    ),
    (
        "ja",
        "韓国政府はウクライナに2億ドルの人道支援を拠出すると表明した。",
        [("USD 200000000", "KOR", "UKR", "pledge", "new")],
    ),
    (
        "ja",
        "日本政府はモルドバに5000万ドルの追加支援を表明した。",
        [("USD 50000000", "JPN", "MDA", "pledge", "new")],
    ),
    (
        "ja",
        "米国はウクライナへ20億ドルの軍事支援を約束した。",
        [("USD 2000000000", "USA", "UKR", "pledge", "new")],
    ),
    (
        "ja",
        "ドイツはウクライナに10億ユーロの支援を約束したと発表した。",
        [("EUR 1000000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "ja",
        "日本はヨルダンに1億ドルの難民支援を表明した。",
        [("USD 100000000", "JPN", "JOR", "pledge", "new")],
    ),
    (
        "ja",
        "フランス政府はウクライナに20億ユーロの支援を約束した。",
        [("EUR 2000000000", "FRA", "UKR", "pledge", "new")],
    ),
    ("zh", "德国宣布向乌克兰提供5亿欧元援助。", [("EUR 500000000", "DEU", "UKR", "pledge", "new")]),
    (
        "zh",
        "中国宣布向叙利亚提供3000万美元人道援助。",
        [("USD 30000000", "CHN", "SYR", "pledge", "new")],
    ),
    (
        "zh",
        "日本承诺向乌克兰提供45亿美元援助。",
        [("USD 4500000000", "JPN", "UKR", "pledge", "new")],
    ),
    (
        "zh",
        "法国宣布向摩尔多瓦提供6000万欧元援助。",
        [("EUR 60000000", "FRA", "MDA", "pledge", "new")],
    ),
    (
        "zh",
        "美国承诺向乌克兰提供10亿美元军事援助。",
        [("USD 1000000000", "USA", "UKR", "pledge", "new")],
    ),
    (
        "zh",
        "韩国宣布向乌克兰提供1亿美元人道援助。",
        [("USD 100000000", "KOR", "UKR", "pledge", "new")],
    ),
    # --- tables13: a spaced table under a header row, a correction note, a surname --------------
    (
        "de",
        "Andere Zusagen beim Treffen (in Mio. Euro):\n\nLand            Zusage\n"
        "Niederlande     400\nFinnland        120",
        [
            ("EUR 400000000", "NLD", None, "pledge", "new"),
            ("EUR 120000000", "FIN", None, "pledge", "new"),
        ],
    ),
    (
        "nb",
        "Norge gir 180 millioner kroner til Sudan. Rettelse: I en tidligere versjon av saken sto "
        "det 210 millioner kroner. Riktig tall er 180 millioner kroner.",
        [
            ("NOK 180000000", "NOR", "SDN", "pledge", "new"),
            ("NOK 210000000", None, "SDN", "pledge", "new", {"status": "rejected"}),
            ("NOK 180000000", "NOR", "SDN", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "pt",
        "Portugal vai doar 40 milhões de euros à Moldávia, anunciou o primeiro-ministro, Luís "
        'Montenegro. "Estes 40 milhões de euros são um compromisso", afirmou Montenegro.',
        [
            ("EUR 40000000", "PRT", "MDA", "pledge", "new"),
            ("EUR 40000000", "PRT", "MDA", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    # session 13 (parts13b): a breakdown opening a sentence a sentence or two under its total,
    # the rest of a total, an aside in a list of parts, an item after "while"
    (
        "de",
        "Österreich stellt der Ukraine 80 Mio. Euro für den Winter bereit. Das gab das "
        "Außenministerium in Wien bekannt. Davon fließen 50 Mio. Euro in die Energieversorgung "
        "und 20 Mio. Euro in Generatoren.",
        [
            ("EUR 80000000", "AUT", "UKR", "pledge", "new"),
            ("EUR 50000000", "AUT", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 20000000", "AUT", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "fi",
        "Suomi myöntää Ukrainalle 40 miljoonaa euroa humanitaarista apua. Päätöksen teki "
        "hallitus. Tästä 25 miljoonaa euroa ohjataan YK:n järjestöille. Loput 15 miljoonaa "
        "euroa käytetään energiaverkon korjaamiseen.",
        [
            ("EUR 40000000", "FIN", "UKR", "pledge", "new"),
            ("EUR 25000000", "FIN", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 15000000", "FIN", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "pt",
        "Portugal vai conceder à Moldávia 30 milhões de euros em 2025. O anúncio foi feito em "
        "Lisboa. Do montante total, 20 milhões de euros destinam-se à energia e 10 milhões de "
        "euros a escolas.",
        [
            ("EUR 30000000", "PRT", "MDA", "pledge", "new"),
            ("EUR 20000000", "PRT", "MDA", "pledge", "new", {"part_of": 0}),
            ("EUR 10000000", "PRT", "MDA", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "nb",
        "Norge gir 300 millioner kroner til Sudan. – Situasjonen er alvorlig, sier ministeren. "
        "Av de 300 millionene går 200 millioner kroner til WFP og 100 millioner til UNICEF.",
        [
            ("NOK 300000000", "NOR", "SDN", "pledge", "new"),
            ("NOK 200000000", "NOR", "SDN", "pledge", "new", {"part_of": 0}),
            ("NOK 100000000", "NOR", "SDN", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "da",
        "Danmark giver Ukraine en pakke på 3 milliarder kroner. Heraf går 1,5 mia. kr. til "
        "droner, mens 1 mia. kr. bruges på artilleri. De resterende 500 millioner kroner går "
        "til minerydning.",
        [
            ("DKK 3000000000", "DNK", "UKR", "pledge", "new"),
            ("DKK 1500000000", "DNK", "UKR", "pledge", "new", {"part_of": 0}),
            ("DKK 1000000000", "DNK", "UKR", "pledge", "new", {"part_of": 0}),
            ("DKK 500000000", "DNK", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "lt",
        "Lietuva skirs Ukrainai 15 mln. eurų paramą. Iš šios sumos 8 mln. eurų teks "
        "dronams, 4 mln. eurų – šaudmenims, o likę 3 mln. eurų – medicinai.",
        [
            ("EUR 15000000", "LTU", "UKR", "pledge", "new"),
            ("EUR 8000000", "LTU", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 4000000", "LTU", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 3000000", "LTU", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "de",
        "Deutschland sagt der Ukraine 900 Mio. Euro für Luftverteidigung zu, darunter zwei "
        "IRIS-T-Systeme, und 300 Mio. Euro für Munition.",
        [
            ("EUR 900000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 300000000", "DEU", "UKR", "pledge", "new", {"part_of": None}),
        ],
    ),
    (
        "en",
        "Britain pledged £600 million to Ukraine. The minister spoke in London. Of this, £400 "
        "million is for air defence. The remaining £200 million will fund demining.",
        [
            ("GBP 600000000", "GBR", "UKR", "pledge", "new"),
            ("GBP 400000000", "GBR", "UKR", "pledge", "new", {"part_of": 0}),
            ("GBP 200000000", "GBR", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "pl",
        "Polska przekaże Ukrainie 20 mln euro, a 5 mln do UNICEF na pomoc dzieciom.",
        [
            ("EUR 20000000", "POL", "UKR", "pledge", "new"),
            ("EUR 5000000", "POL", "UKR", "pledge", "new", {"part_of": None}),
        ],
    ),
    # issue 13 (carry13b): a part's, a clause's or an item's own recipient; each clause's own
    # giver; a total pledged by no one named
    (
        "en",
        "Qatar pledged $30 million for Sudan on Monday. The Netherlands' package of 40 million "
        "euros includes 15 million euros for refugees in Chad. Belgium pledged 5 million euros.",
        [
            ("USD 30000000", "QAT", "SDN", "pledge", "new"),
            ("EUR 40000000", "NLD", "SDN", "pledge", "new"),
            ("EUR 15000000", "NLD", "TCD", "pledge", "new"),
            ("EUR 5000000", "BEL", "SDN", "pledge", "new"),
        ],
    ),
    (
        "de",
        "Österreich sagte 12 Millionen Euro für den Sudan zu. Das Paket der Niederlande im Wert "
        "von 40 Millionen Euro umfasst 15 Millionen Euro für den Tschad. Irland stellt 6 "
        "Millionen Euro bereit.",
        [
            ("EUR 12000000", "AUT", "SDN", "pledge", "new"),
            ("EUR 40000000", "NLD", "SDN", "pledge", "new"),
            ("EUR 15000000", "NLD", "TCD", "pledge", "new"),
            ("EUR 6000000", "IRL", "SDN", "pledge", "new"),
        ],
    ),
    (
        "nb",
        "Norge gir 200 millioner kroner til Jemen i år, og Somalia får 90 millioner kroner.",
        [
            ("NOK 200000000", "NOR", "YEM", "pledge", "new"),
            ("NOK 90000000", "NOR", "SOM", "pledge", "new"),
        ],
    ),
    (
        "sv",
        "Sverige bidrar med 150 miljoner kronor till Sudan, och Tchad får 40 miljoner kronor.",
        [
            ("SEK 150000000", "SWE", "SDN", "pledge", "new"),
            ("SEK 40000000", "SWE", "TCD", "pledge", "new"),
        ],
    ),
    (
        "fi",
        "Suomi tukee Syyriaa 6 miljoonalla eurolla ja Libanonia 2 miljoonalla eurolla.",
        [
            ("EUR 6000000", "FIN", "SYR", "pledge", "new"),
            ("EUR 2000000", "FIN", "LBN", "pledge", "new"),
        ],
    ),
    (
        "pl",
        "Polska przekaże Syrii 20 mln zł i Libanowi 8 mln zł na pomoc humanitarną.",
        [
            ("PLN 20000000", "POL", "SYR", "pledge", "new"),
            ("PLN 8000000", "POL", "LBN", "pledge", "new"),
        ],
    ),
    (
        "da",
        "Tyskland øremærkede 60 millioner euro til Sudan, mens Europa-Kommissionen lovede 90 "
        "millioner euro.",
        [
            ("EUR 60000000", "DEU", "SDN", "pledge", "new"),
            ("EUR 90000000", "EU", "SDN", "pledge", "new"),
        ],
    ),
    (
        "fr",
        "L'Espagne a réservé 25 millions d'euros pour le Soudan, tandis que la Commission "
        "européenne a promis 80 millions d'euros.",
        [
            ("EUR 25000000", "ESP", "SDN", "pledge", "new"),
            ("EUR 80000000", "EU", "SDN", "pledge", "new"),
        ],
    ),
    (
        "hr",
        "Hrvatska je dala 1,5 milijuna eura Libanonu. Na konferenciji je ukupno obećano 7,5 "
        "milijardi eura za Siriju.",
        [
            ("EUR 1500000", "HRV", "LBN", "allocation", "new"),
            ("EUR 7500000000", None, "SYR", "pledge", "cumulative"),
        ],
    ),
    (
        "it",
        "L'Italia ha dato 8 milioni di euro al Libano. Alla conferenza in totale sono stati "
        "promessi 6 miliardi di euro per la Siria.",
        [
            ("EUR 8000000", "ITA", "LBN", "allocation", "new"),
            ("EUR 6000000000", None, "SYR", "pledge", "cumulative"),
        ],
    ),
    # --- trial 13, F10 and F11 (context13b): the giver's pound, the aggressor, basis --------
    (
        "de",
        "Für Äthiopien sagte Berlin 25 Millionen Euro zu. Großbritannien stellt dem Sudan 12 "
        "Millionen Pfund für Nahrungsmittel bereit.",
        [
            ("EUR 25000000", "DEU", "ETH", "pledge", "new"),
            ("GBP 12000000", "GBR", "SDN", "pledge", "new"),
        ],
    ),
    (
        "fr",
        "Le Liban a reçu des tentes de la France. Le Royaume-Uni versera 15 millions de livres "
        "au Soudan pour l'eau potable.",
        [("GBP 15000000", "GBR", "SDN", "pledge", "new")],
    ),
    (
        "hr",
        "Libanon je zatražio pomoć za izbjeglice. Ujedinjena Kraljevina daje Siriji 40 milijuna "
        "funti.",
        [("GBP 40000000", "GBR", "SYR", "pledge", "new")],
    ),
    (
        "pt",
        "Desde o início da invasão russa, a ajuda espanhola soma cerca de 1,1 mil milhões de "
        "euros. O governo acrescentou que Espanha contribuirá ainda com 30 milhões de euros por "
        "ano, entre 2025 e 2026, para a desminagem na Ucrânia.",
        [
            ("approx EUR 1100000000", "ESP", "UKR", "pledge", "cumulative"),
            ("EUR 30000000", "ESP", "UKR", "pledge", "per-year"),
        ],
    ),
    (
        "da",
        "Danmark sender en ny donationspakke til Ukraine. Pakken har en samlet værdi af 3,1 "
        "milliarder kroner.",
        [("DKK 3100000000", "DNK", "UKR", "pledge", "new")],
    ),
    (
        "lt",
        "Lietuva skyrė Ukrainai 50 mln. eurų dronams. Nuo invazijos pradžios Lietuvos karinė "
        "parama Ukrainai viršija 900 mln. eurų.",
        [
            ("EUR 50000000", "LTU", "UKR", "allocation", "new"),
            # "viršija" (exceeds): a lower bound (session 14, verbs of exceeding)
            ("over EUR 900000000", "LTU", "UKR", "pledge", "cumulative"),
        ],
    ),
    # --- notaid13b: costs, needs, requests, running totals, budget lines, a period's total
    (
        "fi",
        "Ruotsi lupasi Ukrainalle 300 miljoonaa euroa. Maailmanpankin mukaan jälleenrakennuksen "
        "kustannukset ovat noin 500 miljardia dollaria.",
        [
            ("EUR 300000000", "SWE", "UKR", "pledge", "new"),
            ("approx USD 500000000000", None, None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "fi",
        "Suomi lähettää Ukrainalle uuden puolustustarvikepaketin. Suomen Ukrainalle toimittaman "
        "avun kokonaisarvo nousee paketin myötä 3,1 miljardiin euroon.",
        [("EUR 3100000000", "FIN", "UKR", "pledge", "cumulative")],
    ),
    (
        "de",
        "Die Niederlande sagen der Ukraine 400 Mio. Euro zu. Kiew bezifferte seinen "
        "Finanzierungsbedarf für das kommende Jahr auf 42 Mrd. Dollar.",
        [
            ("EUR 400000000", "NLD", "UKR", "pledge", "new"),
            ("USD 42000000000", "UKR", None, "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "de",
        '"Wir bleiben an der Seite der Ukraine", sagte die Ministerin. Im Haushalt 2027 sind für '
        "die Ukraine-Hilfe 9 Milliarden Euro vorgesehen.",
        [("EUR 9000000000", "DEU", "UKR", "allocation", "new", {"date": "2027"})],
    ),
    (
        "nb",
        "Norge gir Ukraina 50 milliarder kroner over fem år, det vil si 10 milliarder kroner i "
        "året.",
        [
            ("NOK 50000000000", "NOR", "UKR", "pledge", "new", {"duplicate_of": 1}),
            ("NOK 10000000000", "NOR", "UKR", "pledge", "per-year"),
        ],
    ),
    (
        "pl",
        "W budżecie na 2026 r. rząd zapisał 2 mld zł na pomoc dla Ukrainy.",
        [("PLN 2000000000", "POL", "UKR", "allocation", "new", {"date": "2026"})],
    ),
    # newlangs13b: Greek, Bulgarian and Korean roles (written for the project)
    (
        "el",
        "Η Ελλάδα θα διαθέσει 4 εκατ. ευρώ για τον άμαχο πληθυσμό της Γάζας.",
        [("EUR 4000000", "GRC", "PSE", "pledge", "new")],
    ),
    (
        "el",
        "Για την Ουκρανία, η Ελλάδα ενέκρινε πακέτο 8 εκατ. ευρώ, ενώ η Κύπρος δεσμεύτηκε για 1 "
        "εκατ. ευρώ.",
        [
            ("EUR 8000000", "GRC", "UKR", "pledge", "new"),
            ("EUR 1000000", "CYP", "UKR", "pledge", "new"),
        ],
    ),
    (
        "bg",
        "България ще отпусне 3 млн. лв. на Молдова и 1 млн. лв. за пострадалите в Сирия.",
        [
            ("BGN 3000000", "BGR", "MDA", "pledge", "new"),
            ("BGN 1000000", "BGR", "SYR", "pledge", "new"),
        ],
    ),
    (
        "bg",
        "ЕС одобри 3 млрд. евро за Украйна, а САЩ обявиха помощ от 400 млн. долара.",
        [
            ("EUR 3000000000", "EU", "UKR", "pledge", "new"),
            ("USD 400000000", "USA", "UKR", "pledge", "new"),
        ],
    ),
    (
        "ko",
        "미국은 6천만 달러, 일본은 2억 달러의 지원을 우크라이나에 약속했다.",
        [
            ("USD 60000000", "USA", "UKR", "pledge", "new"),
            ("USD 200000000", "JPN", "UKR", "pledge", "new"),
        ],
    ),
    (
        "ko",
        "캐나다는 수단에 300만 달러, 가자지구에 800만 달러를 지원한다.",
        [
            ("USD 3000000", "CAN", "SDN", "pledge", "new"),
            ("USD 8000000", "CAN", "PSE", "pledge", "new"),
        ],
    ),
    (
        "el",
        "Η Ελλάδα έστειλε 3 εκατ. ευρώ στον Λίβανο.",
        [("EUR 3000000", "GRC", "LBN", "allocation", "new")],
    ),
    (
        "el",
        "Η Ελλάδα θα δώσει 6 εκατ. ευρώ στη Μολδαβία, ενώ η Κύπρος δεσμεύτηκε για 2 εκατ. ευρώ.",
        [
            ("EUR 6000000", "GRC", "MDA", "pledge", "new"),
            ("EUR 2000000", "CYP", "MDA", "pledge", "new"),
        ],
    ),
    (
        "el",
        "Μέχρι σήμερα η Ελλάδα έχει δώσει 280 εκατ. ευρώ στην Ουκρανία.",
        # "has given": money given, an allocation, as "has given" and "hat … gegeben" read
        [("EUR 280000000", "GRC", "UKR", "allocation", "cumulative")],
    ),
    (
        "el",
        "Η Αθήνα θα εξετάσει πρόσθετη βοήθεια 4 έως 6 εκατ. ευρώ.",
        [("EUR 4000000-6000000", None, None, "pledge", "new", {"status": "rejected"})],
    ),
    (
        "bg",
        "България ще дари 700 000 евро за Газа.",
        [("EUR 700000", "BGR", "PSE", "pledge", "new")],
    ),
    (
        "bg",
        "Румъния ще отпусне 20 млн. евро на Молдова, докато Полша ще даде 15 млн. евро.",
        [
            ("EUR 20000000", "ROU", "MDA", "pledge", "new"),
            ("EUR 15000000", "POL", "MDA", "pledge", "new"),
        ],
    ),
    (
        "bg",
        "Досега България е предоставила на Украйна 900 млн. лева.",
        [("BGN 900000000", "BGR", "UKR", "allocation", "cumulative")],
    ),
    (
        "bg",
        "България ще изпрати 5 млн. лв. на Украйна. Киев поиска от ЕС още 15 млрд. евро.",
        [
            ("BGN 5000000", "BGR", "UKR", "pledge", "new"),
            ("EUR 15000000000", "EU", "UKR", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "ko",
        "캐나다는 우크라이나에 3억 달러, 독일은 몰도바에 1억 유로를 지원한다.",
        [
            ("USD 300000000", "CAN", "UKR", "pledge", "new"),
            ("EUR 100000000", "DEU", "MDA", "pledge", "new"),
        ],
    ),
    (
        "ko",
        "한국은 튀르키예·시리아 지진 피해 복구에 400만 달러를 지원한다.",
        [("USD 4000000", "KOR", "TUR", "pledge", "new")],
    ),
    (
        "ko",
        "일본은 수단에 500만 달러를 약속했다.",
        [("USD 5000000", "JPN", "SDN", "pledge", "new")],
    ),
    (
        "ko",
        "한국은 수단에 200만 달러를 지원한다. 유엔은 올해 수단 지원을 위해 41억 달러가 필요하다고 "
        "밝혔다.",
        [
            ("USD 2000000", "KOR", "SDN", "pledge", "new"),
            ("USD 4100000000", None, "SDN", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    # msgs13c: a recipient a fronted topic phrase names stays in its sentence; the labels of a
    # table of givers under a caption on the first line
    (
        "el",
        "Η Ελλάδα στέλνει 8 εκατ. ευρώ στον Λίβανο. Για την Ουκρανία, η κυβέρνηση ενέκρινε 15 "
        "εκατ. ευρώ. Η Κύπρος δεσμεύτηκε για 3 εκατ. ευρώ.",
        [
            ("EUR 8000000", "GRC", "LBN", "pledge", "new"),
            ("EUR 15000000", "GRC", "UKR", "pledge", "new"),
            ("EUR 3000000", "CYP", "LBN", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Ireland is sending €6 million to Sudan. For Ukraine, the government approved €20 "
        "million. Austria pledged €4 million.",
        [
            ("EUR 6000000", "IRL", "SDN", "pledge", "new"),
            ("EUR 20000000", "IRL", "UKR", "pledge", "new"),
            ("EUR 4000000", "AUT", "SDN", "pledge", "new"),
        ],
    ),
    (
        "de",
        "Weitere Zusagen beim Geberabend (in Mio. Euro):\nLand            Zusage\n"
        "Finnland        70\nIrland          25",
        [
            ("EUR 70000000", "FIN", None, "pledge", "new"),
            ("EUR 25000000", "IRL", None, "pledge", "new"),
        ],
    ),
    # session 13 (parts13c): a Croatian item after ", a" in a breakdown, a Korean breakdown
    # opener and last year's Korean pledge beside this year's (trial 13c, N6)
    (
        "hr",
        "Hrvatska će Libanonu izdvojiti 800.000 eura humanitarne pomoći. Od toga će 500.000 "
        "eura dobiti Svjetski program za hranu, a 300.000 eura UNHCR.",
        [
            ("EUR 800000", "HRV", "LBN", "pledge", "new"),
            ("EUR 500000", "HRV", "LBN", "pledge", "new", {"part_of": 0}),
            ("EUR 300000", "HRV", "LBN", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "ko",
        "한국 정부가 몰도바에 3천만 달러의 인도적 지원을 제공하기로 했다. 이 중 2천만 달러는 "
        "난민 지원에, 1천만 달러는 에너지 지원에 쓰인다. 정부는 지난해 몰도바에 5천만 달러를 "
        "지원했다.",
        [
            ("USD 30000000", "KOR", "MDA", "pledge", "new"),
            ("USD 20000000", "KOR", "MDA", "pledge", "new", {"part_of": 0}),
            ("USD 10000000", "KOR", "MDA", "pledge", "new", {"part_of": 0}),
            ("USD 50000000", "KOR", "MDA", "pledge", "new", {"date": "2023"}),
        ],
    ),
    # --- session 14 (branch pledges14): a part from another giver, a yearly amount over a
    # span, the right figure of a correction, a running total said as exceeding a figure
    (
        "en",
        "The Nordic fund will hand Ukraine €900 million for its grid. Of that, €300 million will "
        "come from Denmark.",
        [
            ("EUR 900000000", None, "UKR", "pledge", "new"),
            ("EUR 300000000", "DNK", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "de",
        "Die EU sagte Moldau 600 Mio. Euro zu. Davon stammen 150 Mio. Euro aus Österreich.",
        [
            ("EUR 600000000", "EU", "MDA", "pledge", "new"),
            ("EUR 150000000", "AUT", "MDA", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "en",
        "Canada will give Ukraine C$500 million a year from 2026 to 2028, Ottawa said.",
        [("CAD 500000000", "CAN", "UKR", "pledge", "per-year", {"date": "2026"})],
    ),
    (
        "en",
        "Ireland pledged €80 million to Ukraine on Friday. Correction: an earlier version said "
        "€90 million; the correct figure is €80 million.",
        [
            ("EUR 80000000", "IRL", "UKR", "pledge", "new"),
            ("EUR 90000000", None, "UKR", "pledge", "new", {"status": "rejected"}),
            ("EUR 80000000", "IRL", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "fr",
        "Depuis le début de la guerre, l'aide belge à l'Ukraine dépasse 2 milliards d'euros.",
        [("over EUR 2000000000", "BEL", "UKR", "pledge", "cumulative")],
    ),
    # --- issue 15 (pledgefaults15): a breakdown's total further back in the paragraph, a
    # sentence restating the money before it, a running total of the article's recipient ---
    (
        "tr",
        "Avrupa Birliği, Ukrayna'ya 800 milyon avroluk yeni bir yardım paketi açıkladı. Paket, "
        "Brüksel'deki toplantıda duyuruldu. Komisyon sözcüsü ilk ödemenin baharda yapılacağını "
        "söyledi. Bu tutarın 500 milyon avrosu enerji altyapısına, 300 milyon avrosu ise askeri "
        "desteğe ayrılacak.",
        [
            ("EUR 800000000", "EU", "UKR", "pledge", "new"),
            ("EUR 500000000", "EU", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 300000000", "EU", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "tr",
        "Japonya, Ukrayna'ya 200 milyon dolarlık yeni bir hibe açıkladı.",
        [("USD 200000000", "JPN", "UKR", "pledge", "new")],
    ),
    (
        "tr",
        "Almanya, Ukrayna'ya 150 milyon avroluk yeni bir yardım açıkladı. Bu tutar yaklaşık 160 "
        "milyon dolara denk geliyor.",
        [("EUR 150000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "tr",
        "Norveç, Ukrayna'ya 2 milyar kron değerinde yardım sağlayacak. Bu tutarın 1,5 milyar "
        "kronu enerji altyapısına ayrılacak.",
        [
            ("NOK 2000000000", "NOR", "UKR", "pledge", "new"),
            ("NOK 1500000000", "NOR", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "tr",
        "Savaşın başından bu yana Polonya, Ukrayna'ya toplam 4 milyar avro yardım sağladı.",
        [("EUR 4000000000", "POL", "UKR", "allocation", "cumulative")],
    ),
    (
        "tr",
        "Kanada, Ukrayna'ya 50 milyon Kanada doları vereceğini açıkladı. Ayrıca Kanada "
        "depremden sonra Türkiye'ye 10 milyon Kanada doları gönderdi. Şimdiye kadar Kanada "
        "toplam 5 milyar Kanada doları yardım sağladı.",
        [
            ("CAD 50000000", "CAN", "UKR", "pledge", "new"),
            ("CAD 10000000", "CAN", "TUR", "allocation", "new"),
            ("CAD 5000000000", "CAN", "UKR", "allocation", "cumulative"),
        ],
    ),
    # --- round 15b (turkish15b): Turkish names with a dotted capital İ, the measure of a
    # Turkish verb, the Russian and Ukrainian instrumental as the giver ---
    (
        "tr",
        "Isveç, kış yardımı olarak Ukrayna'ya 300 milyon kron bağışladı. İtalya ise gelecek ay "
        "Moldova'ya 40 milyon avro verecek.",
        [
            ("SEK 300000000", "SWE", "UKR", "allocation", "new"),
            ("EUR 40000000", "ITA", "MDA", "pledge", "new"),
        ],
    ),
    (
        "tr",
        "İspanya Ukrayna'ya 120 milyon avro ödedi ve 200 milyon avro daha yardım sözü verdi.",
        [
            ("EUR 120000000", "ESP", "UKR", "disbursement", "new"),
            ("EUR 200000000", "ESP", "UKR", "pledge", "new"),
        ],
    ),
    (
        "ru",
        "Поддержка Молдовы Швецией в прошлом году составила 35 млн евро.",
        # support that came to a sum: given, an allocation of that year (pledgefaults16)
        [("EUR 35000000", "SWE", "MDA", "allocation", "new")],
    ),
    (
        "uk",
        "Фінансування відбудови України Нідерландами торік сягнуло 400 млн євро.",
        # a sum reached last year: that year's aid given, new (pledgefaults16)
        [("EUR 400000000", "NLD", "UKR", "allocation", "new")],
    ),
    (
        "en",
        "The Netherlands will give Ukraine €120 million for energy repairs. The cabinet agreed "
        "on Friday. Work starts in spring. Crews are already on site. Of this, €70 million goes "
        "to power lines and €50 million to substations.",
        [
            ("EUR 120000000", "NLD", "UKR", "pledge", "new"),
            ("EUR 70000000", "NLD", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 50000000", "NLD", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "ro",
        "Guvernul României a aprobat un nou ajutor de 10 milioane de euro pentru Ucraina. "
        "Această sumă reprezintă aproximativ 49,7 milioane de lei.",
        [("EUR 10000000", "ROU", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Slovakia pledged €15 million to Ukraine on Tuesday. This amount is equivalent to "
        "roughly $16 million, the ministry said.",
        [("EUR 15000000", "SVK", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "Guvernul României a aprobat un nou ajutor de 20 de milioane de euro pentru Ucraina. "
        "Separat, România a donat 2 milioane de euro Turciei după cutremur. De la începutul "
        "războiului, România a oferit ajutor în valoare de 1,2 miliarde de euro.",
        [
            ("EUR 20000000", "ROU", "UKR", "pledge", "new"),
            ("EUR 2000000", "ROU", "TUR", "allocation", "new"),
            ("EUR 1200000000", "ROU", "UKR", "allocation", "cumulative"),
        ],
    ),
    (
        "uk",
        "Литва передала Україні нову допомогу на 20 мільйонів євро. Окремо Литва надала 1 "
        "мільйон євро Молдові. Загалом Литва надала вже 1,5 мільярда євро.",
        [
            ("EUR 20000000", "LTU", "UKR", "allocation", "new"),
            ("EUR 1000000", "LTU", "MDA", "allocation", "new"),
            ("EUR 1500000000", "LTU", "UKR", "allocation", "cumulative"),
        ],
    ),
    (
        "sv",
        "Sverige skänker 60 miljoner kronor till Jemen via UNDP och EU. Pengarna går till "
        "vatten och sjukvård.",
        [("SEK 60000000", "SWE", "YEM", "pledge", "new")],
    ),
    (
        "en",
        "Finland will send €12 million to Chad through the UN World Food Programme and the EU.",
        [("EUR 12000000", "FIN", "TCD", "pledge", "new")],
    ),
    (
        "de",
        "Österreich stellt Syrien 9 Millionen Euro über das UNHCR und die EU bereit.",
        [("EUR 9000000", "AUT", "SYR", "pledge", "new")],
    ),
    (
        "en",
        "Denmark pledged €90 million to Moldova on Monday. The package was unveiled at a "
        "ceremony in Paris. Of this sum, €30 million goes to housing.",
        [
            ("EUR 90000000", "DNK", "MDA", "pledge", "new"),
            ("EUR 30000000", "DNK", "MDA", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "uk",
        "Німеччина схвалила новий пакет. Підтримка Молдови склала 7 млн євро.",
        [("EUR 7000000", "DEU", "MDA", "pledge", "new")],
    ),
    (
        "pl",
        "Niemcy zatwierdziły nowy pakiet. Wsparcie Mołdawii wyniosło 7 mln euro.",
        [("EUR 7000000", "DEU", "MDA", "pledge", "new")],
    ),
    (
        "ru",
        "Германия выделила Молдове 40 млн евро. Помощь Франции Молдове составила 15 млн евро.",
        [
            ("EUR 40000000", "DEU", "MDA", "allocation", "new"),
            # France's own sentence takes no measure from Germany's (round measure15b): it
            # reads as it reads alone; aid that came to a sum ("составила") was given, an
            # allocation (pledgefaults16)
            ("EUR 15000000", "FRA", "MDA", "allocation", "new"),
        ],
    ),
    (
        "ru",
        "Со стороны Италии Молдове поступило 6 млн евро через Всемирный банк.",
        [("EUR 6000000", "ITA", "MDA", "disbursement", "new")],
    ),
    (
        "ru",
        "Правительство Японии выделит Иордании 25 млн долларов на помощь беженцам.",
        [("USD 25000000", "JPN", "JOR", "pledge", "new", {"donor_from": "institution"})],
    ),
    (
        "ru",
        "Польша пообещала Молдове 8 млн евро, а Литва выделит ей ещё 2 млн евро.",
        [
            ("EUR 8000000", "POL", "MDA", "pledge", "new"),
            ("EUR 2000000", "LTU", "MDA", "pledge", "new"),
        ],
    ),
    (
        "ru",
        "Берлин передаст Киеву 50 млн евро на ремонт энергосетей. Пакет объявили на "
        "конференции в Лондоне.",
        [("EUR 50000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "ru",
        "Швеция в прошлом году выделила Грузии 30 млн евро гуманитарной помощи.",
        [("EUR 30000000", "SWE", "GEO", "allocation", "new", {"date": "2023"})],
    ),
    # --- trial 16 (trialfixb16): a part in its sentence or the next in Korean, Chinese and
    # Japanese, a running total since a year, a figure set against a running total, "already"
    # with a month of its own, Korean dates, a dateline's year before a dash
    (
        "ko",
        "일본 정부는 2024년 12월 3일 요르단에 2000만 달러를 지원하기로 했다. 이 가운데 500만 "
        "달러는 난민 캠프에 쓰인다.",
        [
            ("USD 20000000", "JPN", "JOR", "pledge", "new", {"date": "2024-12-03"}),
            ("USD 5000000", "JPN", "JOR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "ko",
        "캐나다는 2022년 이후 우크라이나에 총 40억 달러 이상을 지원했다.",
        [("over USD 4000000000", "CAN", "UKR", "pledge", "cumulative", {"date": PUBLISHED})],
    ),
    (
        "zh",
        "日本政府向约旦提供3000万美元，其中1000万美元用于难民营。",
        [
            ("USD 30000000", "JPN", "JOR", "pledge", "new"),
            ("USD 10000000", "JPN", "JOR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "zh",
        "自2022年以来，加拿大对乌克兰援助总额超过40亿美元。",
        [("over USD 4000000000", "CAN", "UKR", "pledge", "cumulative", {"date": PUBLISHED})],
    ),
    (
        "ja",
        "カナダは2024年11月5日、ヨルダンに3000万ドルを拠出すると発表した。このうち1000万ドルは"
        "難民支援に充てる。",
        [
            ("USD 30000000", "CAN", "JOR", "pledge", "new", {"date": "2024-11-05"}),
            ("USD 10000000", "CAN", "JOR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "en",
        "By the end of 2023, Norway had allocated about €2 billion to Ukraine, against roughly "
        "€1.5 billion from Denmark.",
        [
            ("approx EUR 2000000000", "NOR", "UKR", "allocation", "cumulative"),
            ("approx EUR 1500000000", "DNK", "UKR", "allocation", "cumulative"),
        ],
    ),
    (
        "en",
        "Austria had already sent Moldova €2 million in June 2023.",
        [("EUR 2000000", "AUT", "MDA", "allocation", "new", {"date": "2023-06"})],
    ),
    (
        "de",
        "Österreich hat Moldau bereits im Juni 2023 2 Millionen Euro gegeben.",
        [("EUR 2000000", "AUT", "MDA", "allocation", "new", {"date": "2023-06"})],
    ),
    (
        "hr",
        "Zagreb, 4. studenoga 2024. – Hrvatska je odobrila 3 milijuna eura za Ukrajinu, od čega "
        "milijun eura za struju.",
        [
            ("EUR 3000000", "HRV", "UKR", "pledge", "new", {"date": "2024-11-04"}),
            ("EUR 1000000", "HRV", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "ru",
        "Дания выделит Грузии 30 млн долларов на водоснабжение. Эта сумма эквивалентна "
        "примерно 28 млн евро.",
        [("USD 30000000", "DNK", "GEO", "pledge", "new")],
    ),
    (
        "ru",
        "Ранее сообщалось, что Швеция передаст Армении 20 млн евро; позднее правительство "
        "уточнило, что речь идет о 25 млн евро.",
        [
            ("EUR 20000000", "SWE", "ARM", "pledge", "new", {"status": "rejected"}),
            ("EUR 25000000", "SWE", "ARM", "pledge", "new", {"status": "candidate"}),
        ],
    ),
    (
        "lt",
        "Estija Gruzijai skyrė 500 tūkst. eurų. Pataisymas: anksčiau buvo nurodyta, kad Estija "
        "Gruzijai skyrė 400 tūkst. eurų, tačiau teisinga suma yra 500 tūkst. eurų.",
        [
            ("EUR 500000", "EST", "GEO", "allocation", "new", {"duplicate_of": None}),
            ("EUR 400000", "EST", "GEO", "allocation", "new", {"status": "rejected"}),
            ("EUR 500000", "EST", "GEO", "allocation", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "hr",
        "Austrija je Gruziji dala 12 milijuna eura. Taj iznos odgovara oko 13 milijuna dolara.",
        [("EUR 12000000", "AUT", "GEO", "allocation", "new")],
    ),
    (
        "en",
        "Britain announces support for Jordan\n\nThe minister pledged £25 million for refugees. "
        "Egypt's own appeal was also discussed.",
        [("GBP 25000000", "GBR", "JOR", "pledge", "new")],
    ),
    (
        "zh",
        "日本政府向格鲁吉亚提供3000万美元。这笔资金约合2800万欧元。",
        [("USD 30000000", "JPN", "GEO", "pledge", "new")],
    ),
    (
        "zh",
        "法国向约旦提供8000万欧元发展援助（约合6.2亿元人民币）。",
        [("EUR 80000000", "FRA", "JOR", "pledge", "new")],
    ),
    (
        "ja",
        "日本政府はジョージアに3000万ドルを供与する。これは約2800万ユーロに相当する。",
        [("USD 30000000", "JPN", "GEO", "pledge", "new")],
    ),
    (
        "sr",
        "Nemačka je Moldaviji obećala 60 miliona evra za obnovu energetske mreže.",
        [("EUR 60000000", "DEU", "MDA", "pledge", "new", {"donor_from": "subject"})],
    ),
    (
        "sr",
        "Холандија је Украјини доделила још 25 милиона евра хуманитарне помоћи.",
        [("EUR 25000000", "NLD", "UKR", "allocation", "new")],
    ),
    (
        "sr",
        "Jermenija je od Švajcarske dobila 4 miliona franaka pomoći posle poplava.",
        [("CHF 4000000", "CHE", "ARM", "disbursement", "new", {"donor_from": "agent"})],
    ),
    (
        "sr",
        "Влада Републике Србије одобрила је 30 милиона динара помоћи Турској.",
        [("RSD 30000000", "SRB", "TUR", "commitment", "new", {"donor_from": "institution"})],
    ),
    (
        "sr",
        "Svetska banka je Srbiji odobrila zajam od 100 miliona dolara.",
        [("USD 100000000", "WBG", "SRB", "commitment", "new")],
    ),
    (
        "sr",
        "Италија ће Либану упутити 8 милиона евра, док ће Аустрија обећати 3 милиона евра.",
        [
            ("EUR 8000000", "ITA", "LBN", "pledge", "new"),
            ("EUR 3000000", "AUT", "LBN", "pledge", "new"),
        ],
    ),
    # mk16b: Macedonian a news language (trial 16 re-check)
    (
        "mk",
        "Германија на Молдавија и вети 60 милиони евра за обнова на енергетската мрежа.",
        [("EUR 60000000", "DEU", "MDA", "pledge", "new", {"donor_from": "subject"})],
    ),
    (
        "mk",
        "Холандија додели уште 25 милиони евра хуманитарна помош за Украина.",
        [("EUR 25000000", "NLD", "UKR", "allocation", "new")],
    ),
    (
        "mk",
        "Ерменија доби 4 милиони франци помош од Швајцарија по поплавите.",
        [("CHF 4000000", "CHE", "ARM", "disbursement", "new", {"donor_from": "agent"})],
    ),
    (
        "mk",
        "Светска банка на Србија и одобри заем од 100 милиони долари.",
        [("USD 100000000", "WBG", "SRB", "commitment", "new", {"donor_from": "institution"})],
    ),
    (
        "mk",
        "Италија ќе упати 8 милиони евра на Либан, додека Австрија ќе вети 3 милиони евра.",
        [
            ("EUR 8000000", "ITA", "LBN", "pledge", "new"),
            ("EUR 3000000", "AUT", "LBN", "pledge", "new"),
        ],
    ),
    (
        "mk",
        "Норвешка ќе одвои 40 милиони круни за бегалците во Јордан.",
        [("NOK 40000000", "NOR", "JOR", "pledge", "new")],
    ),
    (
        "ko",
        "캐나다는 수단 난민을 위해 1,200만 달러를 지원하기로 했다고 밝혔다.",
        [("USD 12000000", "CAN", "SDN", "pledge", "new")],
    ),
    (
        "ko",
        "세계은행은 우크라이나에 15억 달러의 차관을 승인했다.",
        [("USD 1500000000", "WBG", "UKR", "pledge", "new")],
    ),
    (
        "zh",
        "世界银行向乌克兰批准了一笔15亿美元的贷款。",
        [("USD 1500000000", "WBG", "UKR", "pledge", "new")],
    ),
    (
        "zh",
        "挪威向加沙地带提供500万美元人道主义援助。",
        [("USD 5000000", "NOR", "PSE", "pledge", "new")],
    ),
    (
        "ja",
        "カナダは加盟国とともにスーダン難民のため1200万ドルを拠出すると発表した。",
        [("USD 12000000", "CAN", "SDN", "pledge", "new")],
    ),
    (
        "hr",
        "Vlada Republike Hrvatske odobrila je Libanonu 2 milijuna eura humanitarne pomoći.",
        [("EUR 2000000", "HRV", "LBN", "pledge", "new", {"donor_from": "institution"})],
    ),
    # --- trial 17 (trialfixa17), F1: a date's year before a spaced euro sign that leads the
    # amount ("op 27 februari 2025 € 3,5 miljoen" was EUR 2025, the amount lost)
    (
        "nl",
        "Nederland zegde op 21 oktober 2024 € 6,5 miljoen toe voor winterhulp aan Oekraïne.",
        [("EUR 6500000", "NLD", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Österreich sagte am 18. Oktober 2024 € 4 Millionen für die Minenräumung in der Ukraine "
        "zu.",
        [("EUR 4000000", "AUT", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "Irlanda prometió el 15 de octubre de 2024 € 12 millones para la reconstrucción de "
        "escuelas en Ucrania.",
        [("EUR 12000000", "IRL", "UKR", "pledge", "new")],
    ),
    (
        "mk",
        "Молдавија побара 300 милиони евра од Светската банка за енергетска обнова. "
        "Германија ветуваше 40 милиони евра за Молдавија.",
        [
            ("EUR 300000000", "WBG", "MDA", "pledge", "new", {"status": "rejected"}),
            ("EUR 40000000", "DEU", "MDA", "pledge", "new"),
        ],
    ),
    (
        "tr",
        "Gürcistan AB'den 80 milyon euro talep etti. Almanya Gürcistan'a 10 milyon euro verdi.",
        [
            ("EUR 80000000", "EU", "GEO", "pledge", "new", {"status": "rejected"}),
            ("EUR 10000000", "DEU", "GEO", "allocation", "new"),
        ],
    ),
    (
        "zh",
        "黎巴嫩政府呼吁国际社会提供5亿美元援助。日本向黎巴嫩提供了1000万美元。",
        [
            ("USD 500000000", None, "LBN", "pledge", "new", {"status": "rejected"}),
            ("USD 10000000", "JPN", "LBN", "pledge", "new"),
        ],
    ),
    (
        "ja",
        "イエメンは国際社会に3億ドルの支援を要請した。",
        [("USD 300000000", None, "YEM", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "pl",
        "Mołdawia zwróciła się do Unii Europejskiej o 150 mln euro na drogi.",
        [("EUR 150000000", "EU", "MDA", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "en",
        "The new winter package for Moldova comes to €60m, Romania said.",
        [("EUR 60000000", "ROU", "MDA", "pledge", "new")],
    ),
    (
        "de",
        "Das Hilfspaket umfasst 25 Millionen Euro, teilte Österreich mit.",
        [("EUR 25000000", "AUT", None, "pledge", "new")],
    ),
    (
        "en",
        "Norway's contribution, at about NOK 9bn, remains the largest among the Nordic donors.",
        [("approx NOK 9000000000", "NOR", None, "allocation", "cumulative")],
    ),
    (
        "de",
        "Die Hilfe Österreichs für Moldau liegt inzwischen bei 90 Millionen Euro.",
        [("EUR 90000000", "AUT", "MDA", "allocation", "cumulative")],
    ),
    (
        "en",
        "Sweden pledged $15m for Sudan in January. The UN says it still needs $2.7bn for Sudan.",
        [
            ("USD 15000000", "SWE", "SDN", "pledge", "new"),
            ("USD 2700000000", None, "SDN", "pledge", "new", {"status": "rejected"}),
        ],
    ),
    (
        "ru",
        "Япония выделит 20 млн долларов Чаду и 5 млн долларов Молдавии.",
        [
            ("USD 20000000", "JPN", "TCD", "pledge", "new"),
            ("USD 5000000", "JPN", "MDA", "pledge", "new"),
        ],
    ),
    (
        "hr",
        "Hrvatska će Egiptu dati 2 milijuna eura za izbjeglice iz Sudana.",
        [("EUR 2000000", "HRV", "EGY", "pledge", "new")],
    ),
    (
        "lt",
        "Sakartvelui vyriausybė skirs 3 mln. eurų paramą.",
        [("EUR 3000000", "LTU", "GEO", "pledge", "new")],
    ),
    (
        "cs",
        "Moldavsku vláda poskytne 20 milionů korun na školy.",
        [("CZK 20000000", "CZE", "MDA", "pledge", "new")],
    ),
    (
        "it",
        "L'Unhcr ha lanciato un appello da 120 milioni di euro per i profughi in Sudan.",
        [("EUR 120000000", None, "SDN", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "fr",
        "L'OMS a lancé mardi un appel de 60 millions de dollars pour le Yémen.",
        [("USD 60000000", None, "YEM", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "nl",
        "De VN deden een noodoproep van 2 miljard dollar voor Jemen.",
        [("USD 2000000000", None, "YEM", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "es",
        "La OCHA presentó un llamamiento de 1.500 millones de dólares para Yemen.",
        [("USD 1500000000", None, "YEM", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "uk",
        "Уряд Молдови звернувся до партнерів із проханням виділити 100 млн євро на енергетику.",
        [("EUR 100000000", None, "MDA", "allocation", "new", {"status": "rejected"})],
    ),
    (
        "uk",
        "Литва передала Україні 30 млн євро. Загалом партнери цього року надали Україні понад 40 "
        "млрд доларів.",
        [
            ("EUR 30000000", "LTU", "UKR", "allocation", "new"),
            (
                "over USD 40000000000",
                None,
                "UKR",
                "allocation",
                "cumulative",
                {"donor_from": "collective"},
            ),
        ],
    ),
    (
        "en",
        "Ireland pledged €10 million to Lebanon. In all, donors have provided Lebanon with $1.2 "
        "billion.",
        [
            ("EUR 10000000", "IRL", "LBN", "pledge", "new"),
            (
                "USD 1200000000",
                None,
                "LBN",
                "allocation",
                "cumulative",
                {"donor_from": "collective"},
            ),
        ],
    ),
    (
        "es",
        "Chile donó 2 millones de dólares a Haití. El Banco de Desarrollo del Caribe aprobó un "
        "préstamo de 30 millones de dólares para Haití.",
        [
            ("USD 2000000", "CHL", "HTI", "allocation", "new"),
            ("USD 30000000", None, "HTI", "pledge", "new", {"donor_from": "unnamed"}),
        ],
    ),
    (
        "es",
        "El Banco Interamericano de Desarrollo aprobó un préstamo de 500 millones de dólares para "
        "Argentina.",
        [("USD 500000000", "IDB", "ARG", "pledge", "new")],
    ),
    (
        "de",
        "Japan sagte dem Libanon 5 Mio. Dollar zu. Auf der Konferenz für den Libanon sagten die "
        "Geber 800 Mio. Dollar zu. Deutschland sagte dort 60 Mio. Euro zu.",
        [
            ("USD 5000000", "JPN", "LBN", "pledge", "new"),
            ("USD 800000000", None, "LBN", "pledge", "new"),
            ("EUR 60000000", "DEU", "LBN", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Canada gave $5 million to Gaza. At the Brussels conference on Syria, donors pledged €5 "
        "billion. Canada pledged C$100 million there.",
        [
            ("CAD 5000000", "CAN", "PSE", "allocation", "new"),
            ("EUR 5000000000", None, "SYR", "pledge", "new"),
            ("CAD 100000000", "CAN", "SYR", "pledge", "new"),
        ],
    ),
    (
        "ja",
        "国連は、スーダンの避難民支援として各国に2億ドルの拠出を要請した。",
        [("USD 200000000", None, "SDN", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "pl",
        "Od marca 2022 roku Czechy przekazały Ukrainie sprzęt o łącznej wartości ponad 1,2 mld "
        "euro.",
        [("over EUR 1200000000", "CZE", "UKR", "allocation", "cumulative")],
    ),
    (
        "uk",
        "З березня 2022 року Литва передала Україні допомогу загальною вартістю 700 млн євро.",
        [("EUR 700000000", "LTU", "UKR", "allocation", "cumulative")],
    ),
    (
        "pl",
        "Litwa przekaże Ukrainie pakiet pomocy o wartości 90 mln euro. W ramach tego pakietu "
        "30 mln euro trafi na drony, a 20 mln euro na generatory.",
        [
            ("EUR 90000000", "LTU", "UKR", "pledge", "new"),
            ("EUR 30000000", "LTU", "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 20000000", "LTU", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "de",
        "Belgien sagt der Republik Moldau ein Paket von 40 Mio. Euro zu. Im Rahmen des Pakets "
        "fließen 15 Mio. Euro in die Stromversorgung.",
        [
            ("EUR 40000000", "BEL", "MDA", "pledge", "new"),
            ("EUR 15000000", "BEL", "MDA", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "cs",
        "Rakousko poskytne Moldavsku balík 60 milionů eur. V rámci balíku půjde 25 milionů eur "
        "na opravy škol.",
        [
            ("EUR 60000000", "AUT", "MDA", "pledge", "new"),
            ("EUR 25000000", "AUT", "MDA", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "pl",
        "Holandia zobowiązała się do wypłaty 40 mln euro dla Jordanii.",
        [("EUR 40000000", "NLD", "JOR", "commitment", "new")],
    ),
    (
        "es",
        "Suecia se comprometió a desembolsar 25 millones de euros para Jordania.",
        [("EUR 25000000", "SWE", "JOR", "commitment", "new")],
    ),
    (
        "pl",
        "Czechy przekażą 3 mln euro na pomoc dla Birmy.",
        [("EUR 3000000", "CZE", "MMR", "pledge", "new")],
    ),
    (
        "lt",
        "Lietuva skirs 200 tūkst. eurų Mianmarui.",
        [("EUR 200000", "LTU", "MMR", "pledge", "new")],
    ),
    (
        "ja",
        "韓国は、スーダンの難民支援として3億円を拠出すると発表した。",
        [("JPY 300000000", "KOR", "SDN", "pledge", "new")],
    ),
    (
        "ja",
        "政府は3月2日、ヨルダンに対し2000万ドルの支援を行うと発表した。",
        [("USD 20000000", "JPN", "JOR", "pledge", "new", {"date": "2024-03-02"})],
    ),
    (
        "de",
        "Österreich stellt der Republik Moldau 12 Mio. Euro bereit. Das teilte das "
        "Außenministerium am 3. Oktober 2024 mit.",
        [("EUR 12000000", "AUT", "MDA", "pledge", "new", {"date": "2024-10-03"})],
    ),
    (
        "uk",
        "Одеса, 2 жовтня 2024 року. Естонія передасть Україні 8 млн євро на енергетику.",
        [("EUR 8000000", "EST", "UKR", "pledge", "new", {"date": "2024-10-02"})],
    ),
    # --- pledges17b: a request for another country; a country owning a noun (ja, zh) -------------
    (
        "pl",
        "Litwa poprosiła Szwecję, by przekazała Mołdawii 40 mln euro na energetykę.",
        [("EUR 40000000", "SWE", "MDA", "allocation", "new", {"status": "rejected"})],
    ),
    (
        "en",
        "Latvia asked Norway to give Moldova €25 million for its power grid.",
        [("EUR 25000000", "NOR", "MDA", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "ja",
        "ヨルダンの要請を受け、日本はヨルダンに300万ドルの緊急無償資金協力を行う。",
        [("USD 3000000", "JPN", "JOR", "pledge", "new", {"status": "candidate"})],
    ),
    (
        "zh",
        "应约旦的请求，韩国将向约旦提供500万美元人道援助。",
        [("USD 5000000", "KOR", "JOR", "pledge", "new", {"status": "candidate"})],
    ),
    # --- pledges18: verb-last requests, UN agencies as channels, needs, offices owned after ---
    (
        "ko",
        "요르단 정부는 일본에 2억 달러의 추가 지원을 요청했다.",
        [("USD 200000000", "JPN", "JOR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "tr",
        "Moldova, Japonya'ya 50 milyon dolarlık yardım çağrısı yaptı.",
        [("USD 50000000", "JPN", "MDA", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "en",
        "UNICEF said on Monday it was appealing for $150 million to help children in Haiti.",
        [("USD 150000000", None, "HTI", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "de",
        "Das UNHCR erhielt von Schweden 12 Millionen Euro.",
        [("EUR 12000000", "SWE", None, "disbursement", "new")],
    ),
    (
        "es",
        "ACNUR recibió 8 millones de euros de Noruega para los refugiados de Sudán.",
        [("EUR 8000000", "NOR", "SDN", "disbursement", "new")],
    ),
    (
        "fr",
        "L'OMS a reçu 5 millions d'euros de la Belgique pour ses hôpitaux au Tchad.",
        [("EUR 5000000", "BEL", "TCD", "disbursement", "new")],
    ),
    (
        "fi",
        "Moldovan rahoitustarve on tänä vuonna 2 miljardia euroa.",
        [("EUR 2000000000", None, "MDA", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "pl",
        "Gruzji rząd Szwecji przekazał 15 mln euro na odbudowę.",
        [("EUR 15000000", "SWE", "GEO", "allocation", "new")],
    ),
    (
        "ru",
        "Мьянме правительство Японии выделило 10 млн долларов на школы.",
        [("USD 10000000", "JPN", "MMR", "allocation", "new")],
    ),
    (
        "en",
        "Norway gave Chad $15 million for clinics. Some outlets had cited $12 million; the right "
        "figure is $15 million.",
        [
            ("USD 15000000", "NOR", "TCD", "allocation", "new"),
            ("USD 12000000", None, "TCD", "pledge", "new", {"status": "rejected"}),
            ("USD 15000000", "NOR", "TCD", "allocation", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "cs",
        "Slovensko dalo Moldavsku 3 miliony eur na školy. Tisk původně psal o 2 milionech eur, "
        "správná suma jsou 3 miliony eur.",
        [
            ("EUR 3000000", "SVK", "MDA", "allocation", "new"),
            ("EUR 2000000", None, "MDA", "pledge", "new", {"status": "rejected"}),
            ("EUR 3000000", "SVK", "MDA", "allocation", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "hr",
        "Ukupna pomoć Slovenije Moldaviji premašuje 30 milijuna eura.",
        [("over EUR 30000000", "SVN", "MDA", "allocation", "cumulative")],
    ),
    (
        "ro",
        "Ajutorul Poloniei pentru Moldova depășește 70 de milioane de euro.",
        [("over EUR 70000000", "POL", "MDA", "allocation", "cumulative")],
    ),
    (
        "sv",
        "Röda korset uppmanar givarna att avsätta 900 miljoner dollar till Jemen.",
        [("USD 900000000", None, "YEM", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "cs",
        "OSN vyzvala dárce, aby na pomoc Jemenu vyčlenili 900 milionů dolarů.",
        [("USD 900000000", None, "YEM", "allocation", "new", {"status": "rejected"})],
    ),
    (
        "pt",
        "O Japão doou em 12/02/2024 4 milhões de dólares ao Chade.",
        [("USD 4000000", "JPN", "TCD", "allocation", "new", {"date": "2024-02-12"})],
    ),
    (
        "hr",
        "Austrija je Čadu darovala 4 milijuna eura.",
        [("EUR 4000000", "AUT", "TCD", "allocation", "new")],
    ),
    (
        "pt",
        "Portugal doou 30 milhões de euros a Moçambique. Do total, 12 milhões de euros foram "
        "destinados a escolas.",
        [
            ("EUR 30000000", "PRT", "MOZ", "allocation", "new"),
            ("EUR 12000000", "PRT", "MOZ", "allocation", "new", {"part_of": 0}),
        ],
    ),
    (
        "pt",
        "Em 2023, Portugal já tinha doado 4 milhões de euros a Moçambique, valor que eleva a "
        "ajuda acumulada ao país para 19 milhões de euros.",
        [
            ("EUR 4000000", "PRT", "MOZ", "allocation", "new"),
            ("EUR 19000000", "PRT", "MOZ", "allocation", "cumulative"),
        ],
    ),
    # --- session 24: a pledge raised by a change to an amount (its new size, no new money), a
    # country the giving is likened to (no recipient), years paired by "respectively"
    (
        "en",
        "At the Rome conference Canada raised its pledge to Ukraine's energy fund by CAD 20 "
        "million to CAD 70 million.",
        [("CAD 70000000", "CAN", "UKR", "pledge", "cumulative")],
    ),
    (
        "de",
        "Österreich erhöhte seine Zusage für den Wiederaufbau der Ukraine um 3 Mio. Euro auf 15 "
        "Mio. Euro.",
        [("EUR 15000000", "AUT", "UKR", "pledge", "cumulative")],
    ),
    (
        "es",
        "Portugal elevó su compromiso con Ucrania en 4 millones hasta 24 millones de euros.",
        [("EUR 24000000", "PRT", "UKR", "pledge", "cumulative")],
    ),
    (
        "pl",
        "Czechy zwiększyły swoje zobowiązanie wobec Ukrainy o 2 mln euro do 12 mln euro.",
        [("EUR 12000000", "CZE", "UKR", "commitment", "cumulative")],
    ),
    (
        "en",
        "Latvia pledged €4 million for winter repairs, matching the pledge of Estonia.",
        [("EUR 4000000", "LVA", None, "pledge", "new")],
    ),
    (
        "fr",
        "La Belgique a promis 30 millions d'euros pour les écoles, comme les Pays-Bas.",
        [("EUR 30000000", "BEL", None, "pledge", "new")],
    ),
    (
        "en",
        "In 2025 and 2026 Ireland will give Ukraine €20 million and €25 million respectively.",
        [
            ("EUR 20000000", "IRL", "UKR", "pledge", "new"),
            ("EUR 25000000", "IRL", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Norway raised its pledge of NOK 500 million to Ukraine's grid fund by NOK 300 million "
        "to NOK 800 million.",
        [
            ("NOK 500000000", "NOR", "UKR", "pledge", "cumulative"),
            ("NOK 800000000", "NOR", "UKR", "pledge", "cumulative"),
        ],
    ),
    (
        "de",
        "Die Slowakei sagte der Ukraine 12 Mio. Euro zu, so viel wie Tschechien im Frühjahr.",
        [("EUR 12000000", "SVK", "UKR", "pledge", "new")],
    ),
]

# --- held out --------------------------------------------------------------------------------
# HELD_OUT: passages written in round 2 of issue 10, after real aid news (ministries' and
# outlets' reports of 2022-2025, in the project's own words) and labelled BEFORE the extraction
# was run on them. They are scored apart from PASSAGES (test_donors.py, the corpus report),
# with floors as first measured, so they say how the rules generalise to text they were not
# fitted to. A label is changed only when it was wrong; the changes are listed in the commit
# messages that make them.
HELD_OUT = [
    # en
    (
        "en",
        "Finland's government approved a €95 million defence package for Ukraine on Friday, its "
        "twenty-fifth since the invasion.",
        [("EUR 95000000", "FIN", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Canada will contribute $40 million to a fund for Ukraine's power grid, the foreign "
        "minister said in Ottawa, while Japan pledged $60 million for mine clearance.",
        [
            ("CAD 40000000", "CAN", "UKR", "pledge", "new"),
            ("USD 60000000", "JPN", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "The World Bank approved a $300 million loan to Moldova to support its energy sector.",
        [("USD 300000000", "WBG", "MDA", "pledge", "new")],
    ),
    (
        "en",
        "Britain has provided £12.5 billion to Ukraine since February 2022, of which £7.8 "
        "billion was military aid.",
        [
            ("GBP 12500000000", "GBR", "UKR", "allocation", "cumulative"),
            ("GBP 7800000000", "GBR", "UKR", "allocation", "cumulative", {"part_of": 0}),
        ],
    ),
    (
        "en",
        "Donors at the Berlin conference pledged a total of €16 billion for Ukraine's recovery. "
        "Germany alone promised €1.4 billion.",
        [
            ("EUR 16000000000", None, "UKR", "pledge", "new"),
            ("EUR 1400000000", "DEU", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "en",
        "Sweden pledges $25 million for Ukrainian air defence. Sweden will give $25 million to "
        "a joint air defence fund, its defence minister said on Sunday.",
        [
            ("USD 25000000", "SWE", "UKR", "pledge", "new"),
            ("USD 25000000", "SWE", "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    # de
    (
        "de",
        "Die Bundesregierung stellt der Ukraine weitere 130 Millionen Euro für humanitäre Hilfe "
        "zur Verfügung, teilte das Auswärtige Amt am Dienstag mit.",
        [("EUR 130000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Österreich hat seit Kriegsbeginn rund 250 Millionen Euro an humanitärer Hilfe für die "
        "Ukraine geleistet.",
        [("approx EUR 250000000", "AUT", "UKR", "allocation", "cumulative")],
    ),
    (
        "de",
        "Im Juni sagte die Schweiz der Ukraine 1,5 Milliarden Franken für den Wiederaufbau bis "
        "2028 zu.",
        [("CHF 1500000000", "CHE", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Das Finanzministerium beantragte beim Haushaltsausschuss zusätzliche 400 Millionen Euro "
        "für die Militärhilfe an die Ukraine.",
        [("EUR 400000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Die Niederlande und Dänemark finanzieren gemeinsam ein Paket von 300 Millionen Euro für "
        "Munition für die Ukraine. Davon trägt Dänemark 120 Millionen Euro.",
        [
            ("EUR 300000000", None, "UKR", "pledge", "new"),
            ("EUR 120000000", "DNK", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    # fr
    (
        "fr",
        "La France accordera à l'Ukraine un prêt de 100 millions d'euros pour soutenir son "
        "budget, a indiqué Bercy.",
        [("EUR 100000000", "FRA", "UKR", "pledge", "new")],
    ),
    (
        "fr",
        "Le Japon a versé 4,5 milliards de dollars à l'Ukraine depuis le début de l'année.",
        [("USD 4500000000", "JPN", "UKR", "disbursement", "cumulative")],
    ),
    (
        "fr",
        "BRUXELLES — La Commission européenne a annoncé mercredi une aide d'urgence de 145 "
        "millions d'euros pour l'Ukraine et de 8 millions d'euros pour la Moldavie.",
        [
            ("EUR 145000000", "EU", "UKR", "pledge", "new"),
            ("EUR 8000000", "EU", "MDA", "pledge", "new"),
        ],
    ),
    (
        "fr",
        "La Belgique livrera cette année à Kiev des équipements militaires pour 977 millions "
        "d'euros.",
        [("EUR 977000000", "BEL", "UKR", "pledge", "new")],
    ),
    (
        "fr",
        "Lors de la conférence de Paris, plus de 50 pays ont promis près d'un milliard d'euros à "
        "l'Ukraine. Sur cette somme, 415 millions d'euros iront au secteur de l'énergie.",
        [
            ("approx EUR 1000000000", None, "UKR", "pledge", "new"),
            ("EUR 415000000", None, "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    # es
    (
        "es",
        "El Consejo de Ministros aprobó el martes una contribución de 50 millones de euros al "
        "fondo de la OTAN para Ucrania.",
        [("EUR 50000000", "ESP", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "México enviará ayuda humanitaria por valor de 2 millones de dólares a Ucrania.",
        [("USD 2000000", "MEX", "UKR", "pledge", "new")],
    ),
    (
        "es",
        "La Unión Europea ha desembolsado otros 289 millones de euros de ayuda macrofinanciera a "
        "Ucrania.",
        [("EUR 289000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "es",
        "Desde 2022, España ha entregado a Ucrania material militar por valor de más de 1.200 "
        "millones de euros.",
        [("over EUR 1200000000", "ESP", "UKR", "allocation", "cumulative")],
    ),
    (
        "es",
        "Portugal y Noruega anunciaron 20 millones y 30 millones de euros, respectivamente, para "
        "la reconstrucción de escuelas en Ucrania.",
        [
            ("EUR 20000000", "PRT", "UKR", "pledge", "new"),
            ("EUR 30000000", "NOR", "UKR", "pledge", "new"),
        ],
    ),
    # it
    (
        "it",
        "Il governo italiano ha stanziato 110 milioni di euro in assistenza finanziaria per Kiev.",
        [("EUR 110000000", "ITA", "UKR", "allocation", "new")],
    ),
    (
        "it",
        "La Farnesina contribuirà con 15 milioni di euro alla ricostruzione della rete idrica "
        "ucraina.",
        [("EUR 15000000", "ITA", "UKR", "pledge", "new")],
    ),
    (
        "it",
        "Roma e Berlino hanno annunciato insieme un pacchetto da 400 milioni di euro per la "
        "difesa aerea dell'Ucraina.",
        [("EUR 400000000", None, "UKR", "pledge", "new")],
    ),
    (
        "it",
        "Secondo il ministro, dall'inizio della guerra l'Italia ha fornito all'Ucraina aiuti per "
        "circa 1,7 miliardi di euro.",
        [("approx EUR 1700000000", "ITA", "UKR", "allocation", "cumulative")],
    ),
    (
        "it",
        "La Banca europea per gli investimenti firmerà un prestito di 300 milioni di euro a "
        "favore della Moldavia.",
        [("EUR 300000000", "EIB", "MDA", "pledge", "new")],
    ),
    # nl
    (
        "nl",
        "Het kabinet maakt 700 miljoen euro extra vrij voor militaire steun aan Oekraïne, "
        "schrijven de ministers aan de Kamer.",
        [("EUR 700000000", "NLD", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "België stuurt dit jaar nog 200 miljoen euro aan wapens naar Oekraïne.",
        [("EUR 200000000", "BEL", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "Nederland draagt 100 miljoen euro bij aan een nieuw fonds voor militair materieel voor "
        "Oekraïne.",
        [("EUR 100000000", "NLD", "UKR", "pledge", "new")],
    ),
    (
        "nl",
        "Sinds februari 2022 heeft Nederland ruim 4 miljard euro aan Oekraïne uitgekeerd.",
        [("over EUR 4000000000", "NLD", "UKR", "disbursement", "cumulative")],
    ),
    (
        "nl",
        "Duitsland zegt Oekraïne 500 miljoen euro toe; daarvan is 150 miljoen euro bestemd voor "
        "luchtverdediging.",
        [
            ("EUR 500000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 150000000", "DEU", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    # pl
    (
        "pl",
        "Rząd przeznaczy 100 mln zł na odbudowę szkół w obwodzie lwowskim na Ukrainie.",
        [("PLN 100000000", "POL", "UKR", "pledge", "new")],
    ),
    (
        "pl",
        "Od początku wojny Polska przekazała Ukrainie sprzęt wojskowy o wartości ponad 3 mld euro.",
        [("over EUR 3000000000", "POL", "UKR", "allocation", "cumulative")],
    ),
    (
        "pl",
        "Kanada przeznaczy 50 mln dolarów na pomoc humanitarną dla Ukrainy, a Australia 30 mln "
        "dolarów.",
        [
            ("CAD 50000000", "CAN", "UKR", "pledge", "new"),
            ("AUD 30000000", "AUS", "UKR", "pledge", "new"),
        ],
    ),
    (
        "pl",
        "Ministerstwo Spraw Zagranicznych poinformowało, że Polska wpłaci 20 mln euro do "
        "funduszu energetycznego Ukrainy.",
        [("EUR 20000000", "POL", "UKR", "pledge", "new")],
    ),
    (
        "pl",
        "Do budżetu Ukrainy wpłynęło 1,5 mld euro od Unii Europejskiej.",
        [("EUR 1500000000", "EU", "UKR", "disbursement", "new")],
    ),
    # uk
    (
        "uk",
        "Японія виділить Україні 230 мільйонів доларів на відновлення енергетики.",
        [("USD 230000000", "JPN", "UKR", "pledge", "new")],
    ),
    (
        "uk",
        "Єврокомісія виділила Україні ще 175 мільйонів євро гуманітарної допомоги.",
        [("EUR 175000000", "EU", "UKR", "allocation", "new")],
    ),
    (
        "uk",
        "До державного бюджету надійшло 4,2 мільярда євро від ЄС у межах програми Ukraine "
        "Facility.",
        [("EUR 4200000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "uk",
        "Норвегія оголосила пакет допомоги Україні на 500 мільйонів євро, з яких 350 мільйонів "
        "євро піде на військові потреби.",
        [
            ("EUR 500000000", "NOR", "UKR", "pledge", "new"),
            ("EUR 350000000", "NOR", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "uk",
        "Литва з початку війни надала Україні допомоги на понад 700 мільйонів євро.",
        [("over EUR 700000000", "LTU", "UKR", "allocation", "cumulative")],
    ),
    # sv
    (
        "sv",
        "Regeringen presenterar ett nytt civilt stödpaket till Ukraina på 1,1 miljarder kronor.",
        [("SEK 1100000000", "SWE", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "Sverige ger 50 miljoner kronor till en fond för Ukraina under de kommande tre åren.",
        [("SEK 50000000", "SWE", "UKR", "pledge", "new")],
    ),
    (
        "sv",
        "Sverige ger 1,4 miljarder kronor till Ukraina inför vintern. Av pengarna går 900 "
        "miljoner kronor till Världsbankens fond för Ukrainas återuppbyggnad.",
        [
            ("SEK 1400000000", "SWE", "UKR", "pledge", "new"),
            ("SEK 900000000", "SWE", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "sv",
        "Norge har sedan 2022 betalat ut 15 miljarder norska kronor till Ukraina.",
        [("NOK 15000000000", "NOR", "UKR", "disbursement", "cumulative")],
    ),
    (
        "sv",
        "Danmark och Finland lovade tillsammans 80 miljoner euro till Ukrainas energisektor.",
        [("EUR 80000000", None, "UKR", "pledge", "new")],
    ),
    # pt
    (
        "pt",
        "O Governo português aprovou 100 milhões de euros em ajuda militar à Ucrânia para este "
        "ano.",
        [("EUR 100000000", "PRT", "UKR", "pledge", "new")],
    ),
    (
        "pt",
        "O Brasil doou 5 milhões de reais para ações humanitárias na Ucrânia.",
        [("BRL 5000000", "BRA", "UKR", "allocation", "new")],
    ),
    (
        "pt",
        "Desde o início da guerra, Portugal já enviou para Kiev cerca de 250 milhões de euros em "
        "apoio.",
        [("approx EUR 250000000", "PRT", "UKR", "allocation", "cumulative")],
    ),
    (
        "pt",
        "A Comissão Europeia vai mobilizar 40 milhões de euros para ajudar a Ucrânia a enfrentar "
        "o inverno.",
        [("EUR 40000000", "EU", "UKR", "pledge", "new")],
    ),
    (
        "pt",
        "O Canadá prometeu 60 milhões de dólares e a Austrália 25 milhões de dólares para a "
        "desminagem na Ucrânia.",
        [
            ("CAD 60000000", "CAN", "UKR", "pledge", "new"),
            ("AUD 25000000", "AUS", "UKR", "pledge", "new"),
        ],
    ),
    # ro
    (
        "ro",
        "Guvernul de la București a aprobat un ajutor de 10 milioane de euro pentru Republica "
        "Moldova.",
        [("EUR 10000000", "ROU", "MDA", "pledge", "new")],
    ),
    (
        "ro",
        "România a livrat Ucrainei un sistem Patriot, iar Germania va plăti 200 de milioane de "
        "euro pentru muniție.",
        [("EUR 200000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "Comisia Europeană a transferat Ucrainei o nouă tranșă de 4,1 miliarde de euro.",
        [("EUR 4100000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "ro",
        "Ministerul Afacerilor Externe a anunțat o contribuție de 3 milioane de euro la fondul "
        "umanitar pentru Ucraina.",
        [("EUR 3000000", "ROU", "UKR", "pledge", "new")],
    ),
    (
        "ro",
        "Japonia și Coreea de Sud au promis împreună 1 miliard de dolari pentru reconstrucția "
        "Ucrainei.",
        [("USD 1000000000", None, "UKR", "pledge", "new")],
    ),
    # cs
    (
        "cs",
        "Vláda schválila dar ve výši 500 milionů korun na obnovu ukrajinské energetiky.",
        [("CZK 500000000", "CZE", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Česko poslalo Ukrajině od začátku války vojenský materiál za více než 6 miliard korun.",
        [("over CZK 6000000000", "CZE", "UKR", "allocation", "cumulative")],
    ),
    (
        "cs",
        "Slovensko přispěje částkou 5 milionů eur do fondu pro Ukrajinu.",
        [("EUR 5000000", "SVK", "UKR", "pledge", "new")],
    ),
    (
        "cs",
        "Ministerstvo zahraničí uvolní 100 milionů korun na humanitární pomoc Moldavsku.",
        [("CZK 100000000", "CZE", "MDA", "pledge", "new")],
    ),
    (
        "cs",
        "Evropská investiční banka poskytne Ukrajině úvěr 400 milionů eur. Z toho 150 milionů "
        "eur půjde na opravy vodovodů.",
        [
            ("EUR 400000000", "EIB", "UKR", "pledge", "new"),
            ("EUR 150000000", "EIB", "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    # lt
    (
        "lt",
        "Lietuvos Vyriausybė skirs 15 mln. eurų Ukrainos energetikos sistemai atkurti.",
        [("EUR 15000000", "LTU", "UKR", "pledge", "new")],
    ),
    (
        "lt",
        "Nuo karo pradžios Lietuva Ukrainai suteikė paramos už daugiau nei 1 mlrd. eurų.",
        [("over EUR 1000000000", "LTU", "UKR", "allocation", "cumulative")],
    ),
    (
        "lt",
        "Latvija pažadėjo 20 mln. eurų dronams, o Estija – 10 mln. eurų šaudmenims Ukrainai.",
        [
            ("EUR 20000000", "LVA", "UKR", "pledge", "new"),
            ("EUR 10000000", "EST", "UKR", "pledge", "new"),
        ],
    ),
    (
        "lt",
        "Krašto apsaugos ministerija pranešė, kad Ukrainai bus perduota įrangos už 30 mln. eurų.",
        [("EUR 30000000", "LTU", "UKR", "pledge", "new")],
    ),
    (
        "lt",
        "Europos Komisija išmokėjo Ukrainai 1,5 mlrd. eurų.",
        [("EUR 1500000000", "EU", "UKR", "disbursement", "new")],
    ),
]

# HELD_OUT_3: passages written in round 3 of issue 10 (money not given, requests, thanks,
# money received, case forms of the recipient, agencies), after the kinds of sentences real aid
# news prints, in the project's own words, and labelled BEFORE the extraction was run on them.
# A row of money not given is labelled with its ``status``. Scored apart (test_donors.py).
HELD_OUT_3 = [
    # en
    (
        "en",
        "Austria said on Monday it would not contribute €80 million to the ammunition scheme "
        "for Ukraine.",
        [("EUR 80000000", "AUT", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "en",
        "Moldova appealed to the EU for €300 million to cover its winter gas bills.",
        [("EUR 300000000", "EU", "MDA", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "en",
        "President Zelensky thanked Oslo for NOK 2 billion of new energy aid.",
        [("NOK 2000000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Ukraine received a further $1.2 billion from the United States last week.",
        [("USD 1200000000", "USA", "UKR", "disbursement", "new")],
    ),
    (
        "en",
        "Korea's KOICA will provide $20 million for rebuilding schools in Ukraine.",
        [("USD 20000000", "KOR", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Hungary blocked €500 million of EU military aid to Ukraine in June.",
        [("EUR 500000000", "EU", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    # de
    (
        "de",
        "Die Schweiz wird der Ukraine 100 Millionen Franken für Minenräumung nicht zahlen.",
        [("CHF 100000000", "CHE", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "de",
        "Österreich stellt der Ukraine im Dezember 30 Millionen Euro für Generatoren bereit.",
        [("EUR 30000000", "AUT", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Die Ukraine erhielt im Oktober 400 Millionen Euro von der Europäischen Kommission.",
        [("EUR 400000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "de",
        "Kiew dankte Berlin für zusätzliche 250 Millionen Euro für die Luftverteidigung.",
        [("EUR 250000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "de",
        "Die Ukraine braucht nach Angaben der Regierung 2 Milliarden Euro für den Winter.",
        [("EUR 2000000000", None, "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    # fr
    (
        "fr",
        "La Belgique n'enverra pas les 120 millions d'euros annoncés au printemps.",
        [("EUR 120000000", "BEL", None, "pledge", "new", {"status": "rejected"})],
    ),
    (
        "fr",
        "L'Ukraine a reçu 600 millions d'euros de la Banque mondiale en septembre.",
        [("EUR 600000000", "WBG", "UKR", "disbursement", "new")],
    ),
    (
        "fr",
        "Kiev a remercié Paris pour une aide de 200 millions d'euros.",
        [("EUR 200000000", "FRA", "UKR", "pledge", "new")],
    ),
    (
        "fr",
        "L'Ukraine demande 3 milliards d'euros à ses partenaires pour l'énergie.",
        [("EUR 3000000000", None, "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "fr",
        "Le Luxembourg a versé 10 millions d'euros à l'Ukraine pour des drones.",
        [("EUR 10000000", "LUX", "UKR", "disbursement", "new")],
    ),
    # pl
    (
        "pl",
        "Polska nie przekaże Ukrainie kolejnych 200 mln zł na amunicję.",
        [("PLN 200000000", "POL", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "pl",
        "Ukraina otrzymała od Japonii 500 mln dolarów na odbudowę sieci.",
        [("USD 500000000", "JPN", "UKR", "disbursement", "new")],
    ),
    (
        "pl",
        "Ukrainie Niemcy przekazały w tym roku 1,5 mld euro pomocy wojskowej.",
        [("EUR 1500000000", "DEU", "UKR", "allocation", "new")],
    ),
    (
        "pl",
        "Kijów poprosił Unię Europejską o 4 mld euro na wydatki budżetowe.",
        [("EUR 4000000000", "EU", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "pl",
        "Szwecja przeznaczy dla Ukrainy 300 mln koron na sprzęt medyczny.",
        [("SEK 300000000", "SWE", "UKR", "pledge", "new")],
    ),
    # uk
    (
        "uk",
        "Україна отримала від Канади 200 мільйонів доларів бюджетної підтримки.",
        [("USD 200000000", "CAN", "UKR", "disbursement", "new")],
    ),
    (
        "uk",
        "Україні Данія передала ще 100 мільйонів євро на дрони.",
        [("EUR 100000000", "DNK", "UKR", "allocation", "new")],
    ),
    (
        "uk",
        "Угорщина не надасть Україні 50 мільйонів євро з Європейського фонду миру.",
        [("EUR 50000000", "HUN", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "uk",
        "Київ подякував Токіо за 300 мільйонів доларів на відновлення енергетики.",
        [("USD 300000000", "JPN", "UKR", "pledge", "new")],
    ),
    (
        "uk",
        "Україна потребує 5 мільярдів доларів на відбудову електромереж.",
        [("USD 5000000000", None, "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    # es
    (
        "es",
        "España no enviará los 50 millones de euros prometidos a Ucrania hasta 2026.",
        [("EUR 50000000", "ESP", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "es",
        "Ucrania recibió 700 millones de euros de la Comisión Europea en agosto.",
        [("EUR 700000000", "EU", "UKR", "disbursement", "new")],
    ),
    (
        "es",
        "Kiev agradeció a Madrid los 150 millones de euros para defensa aérea.",
        [("EUR 150000000", "ESP", "UKR", "pledge", "new")],
    ),
    # it
    (
        "it",
        "L'Italia non ha ancora versato i 140 milioni di euro promessi all'Ucraina.",
        [("EUR 140000000", "ITA", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "it",
        "L'Ucraina ha ricevuto dalla Germania 900 milioni di euro per la difesa aerea.",
        [("EUR 900000000", "DEU", "UKR", "disbursement", "new")],
    ),
    # fi
    (
        "fi",
        "Suomi lahjoittaa Ukrainalle 90 miljoonaa euroa puolustustarvikkeisiin.",
        [("EUR 90000000", "FIN", "UKR", "pledge", "new")],
    ),
    (
        "fi",
        "Ukrainalle Ruotsi antoi viime vuonna 400 miljoonaa euroa.",
        [("EUR 400000000", "SWE", "UKR", "allocation", "new")],
    ),
    (
        "fi",
        "Suomi ei anna Ukrainalle 100 miljoonaa euroa lisää tänä vuonna.",
        [("EUR 100000000", "FIN", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    # hr
    (
        "hr",
        "Hrvatska je Ukrajini donirala 15 milijuna eura za razminiranje.",
        [("EUR 15000000", "HRV", "UKR", "allocation", "new")],
    ),
    (
        "hr",
        "Ukrajina je zatražila od Hrvatske 20 milijuna eura za obnovu.",
        [("EUR 20000000", "HRV", "UKR", "pledge", "new", {"status": "rejected"})],
    ),
    (
        "hr",
        "Vlada Hrvatske će Ukrajini poslati 5 milijuna eura humanitarne pomoći.",
        [("EUR 5000000", "HRV", "UKR", "pledge", "new")],
    ),
]


# HELD_OUT_4: passages written in session 8 after real conference and budget reports (Paris
# winter conference, Warsaw donors' conference, German budget plans of 2022-2025, in the
# project's own words, keeping their forms: comparisons with another giver, list items,
# brackets, parts, sums and changes), labelled BEFORE the extraction was run on them, so that
# they say how the day's rules on who gives and what is counted once generalise. A label is
# changed only when it was wrong.
HELD_OUT_4 = [
    (
        "en",
        "Denmark pledged DKK 1.2bn for Ukraine's power grid, compared with Norway's NOK 3bn "
        "announced a week earlier.",
        [
            ("DKK 1200000000", "DNK", "UKR", "pledge", "new"),
            ("NOK 3000000000", "NOR", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "The Netherlands will provide €400 million to Ukraine, against €250 million pledged in "
        "June by Belgium.",
        [
            ("EUR 400000000", "NLD", "UKR", "pledge", "new"),
            ("EUR 250000000", "BEL", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Winter aid for Ukraine pledged at the Paris conference: Germany, €50 million; France, "
        "€76.5 million; Norway, NOK 300 million.",
        [
            ("EUR 50000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 76500000", "FRA", "UKR", "pledge", "new"),
            ("NOK 300000000", "NOR", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Of the $2.5 billion Washington announced on Friday, $1.5 billion is for air defence and "
        "$1 billion for artillery ammunition.",
        [
            ("USD 2500000000", "USA", None, "pledge", "new"),
            ("USD 1500000000", "USA", None, "pledge", "new", {"part_of": 0}),
            ("USD 1000000000", "USA", None, "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "en",
        "Canada (C$500 million), Australia (A$100 million) and New Zealand (NZ$20 million) made "
        "the largest new pledges to Ukraine.",
        [
            ("CAD 500000000", "CAN", "UKR", "pledge", "new"),
            ("AUD 100000000", "AUS", "UKR", "pledge", "new"),
            ("NZD 20000000", "NZL", "UKR", "pledge", "new"),
        ],
    ),
    (
        "en",
        "Germany pledged €2bn to Ukraine in January and a further €1bn in April.",
        [
            ("EUR 2000000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 1000000000", "DEU", "UKR", "pledge", "new", {"duplicate_of": None}),
        ],
    ),
    (
        "fr",
        "Sur le milliard d'euros promis à l'Ukraine, 415 millions d'euros iront à l'énergie et "
        "25 millions d'euros à l'eau.",
        [
            ("EUR 1000000000", None, "UKR", "pledge", "new"),
            ("EUR 415000000", None, "UKR", "pledge", "new", {"part_of": 0}),
            ("EUR 25000000", None, "UKR", "pledge", "new", {"part_of": 0}),
        ],
    ),
    (
        "de",
        "Die Schweiz stellt der Ukraine in den nächsten sechs Jahren 1,8 Mrd. Franken bereit, und "
        "Dänemark will für einen Sonderfonds 1 Mrd. Euro sammeln.",
        [
            ("CHF 1800000000", "CHE", "UKR", "pledge", "new"),
            ("EUR 1000000000", "DNK", "UKR", "pledge", "new"),
        ],
    ),
    (
        "de",
        "Deutschland (3 Mrd. Euro) und Frankreich (2 Mrd. Euro) sagten der Ukraine zusammen "
        "5 Mrd. Euro zu.",
        [
            ("EUR 3000000000", "DEU", "UKR", "pledge", "new"),
            ("EUR 2000000000", "FRA", "UKR", "pledge", "new"),
            ("EUR 5000000000", None, "UKR", "pledge", "new", {"duplicate_of": 0}),
        ],
    ),
    (
        "pl",
        "Niemcy zwiększą wsparcie dla Ukrainy z 8,5 mld euro do 11,5 mld euro w przyszłym roku.",
        [("EUR 11500000000", "DEU", "UKR", "pledge", "new")],
    ),
    (
        "pl",
        "Polska przekazała Ukrainie 300 mln zł, a Czechy – 200 mln koron.",
        [
            ("PLN 300000000", "POL", "UKR", "allocation", "new"),
            ("CZK 200000000", "CZE", "UKR", "allocation", "new"),
        ],
    ),
    (
        "es",
        "España aportará 200 millones de euros a Ucrania, frente a los 350 millones de euros de "
        "Italia.",
        [
            ("EUR 200000000", "ESP", "UKR", "pledge", "new"),
            ("EUR 350000000", "ITA", "UKR", "pledge", "new"),
        ],
    ),
    (
        "it",
        "L'Italia ha stanziato 150 milioni di euro per l'Ucraina, mentre la Corea ha promesso "
        "100 milioni di dollari.",
        [
            ("EUR 150000000", "ITA", "UKR", "allocation", "new"),
            ("USD 100000000", "KOR", "UKR", "pledge", "new"),
        ],
    ),
    (
        "uk",
        "Японія виділила Україні 4,5 млрд доларів, а Корея – ще 300 млн доларів.",
        [
            ("USD 4500000000", "JPN", "UKR", "allocation", "new"),
            ("USD 300000000", "KOR", "UKR", "allocation", "new"),
        ],
    ),
    (
        "nl",
        "Nederland trekt 2 miljard euro uit voor Oekraïne; daarvan gaat 500 miljoen euro naar "
        "luchtverdediging.",
        [
            ("EUR 2000000000", "NLD", "UKR", "allocation", "new"),
            ("EUR 500000000", "NLD", "UKR", "allocation", "new", {"part_of": 0}),
        ],
    ),
    (
        "sv",
        "Sverige skänker 3 miljarder kronor till Ukraina, och Norge ytterligare 5 miljarder "
        "norska kronor.",
        [
            ("SEK 3000000000", "SWE", "UKR", "pledge", "new"),
            ("NOK 5000000000", "NOR", "UKR", "pledge", "new"),
        ],
    ),
    # --- pledgefaults16: fronted purpose phrases, sums of aid reached, agents of war, since-
    # phrases, announcing verbs -----------------------------------------------------------------
    (
        "pl",
        "Na odbudowę sieci ciepłowniczej dla Ukrainy rząd przeznaczy 80 mln zł, poinformował "
        "resort w Warszawie. Polska wcześniej wysłała generatory.",
        [("PLN 80000000", "POL", "UKR", "pledge", "new")],
    ),
    (
        "uk",
        "Для України уряд Литви виділить 12 млн євро на ремонт шкіл.",
        [("EUR 12000000", "LTU", "UKR", "pledge", "new")],
    ),
    (
        "tr",
        "Kanada'nın Ukrayna'ya askeri yardımı 4 milyar dolara ulaştı.",
        [("USD 4000000000", "CAN", "UKR", "allocation", "cumulative")],
    ),
    (
        "fr",
        "L'aide de la Suède à l'Ukraine a atteint 6 milliards d'euros, selon Stockholm.",
        [("EUR 6000000000", "SWE", "UKR", "allocation", "cumulative")],
    ),
    (
        "ru",
        "Оккупированные Россией районы Украины получат от Норвегии 30 млн евро на восстановление.",
        [("EUR 30000000", "NOR", "UKR", "pledge", "new")],
    ),
    (
        "en",
        "Towns shelled by Russia will get £8 million from Britain to rebuild Ukraine's schools.",
        [("GBP 8000000", "GBR", "UKR", "pledge", "new")],
    ),
    (
        "el",
        "Η Κύπρος έχει στείλει στην Ουκρανία 15 εκατ. ευρώ από τον Μάρτιο του 2022.",
        [("EUR 15000000", "CYP", "UKR", "allocation", "cumulative")],
    ),
    (
        "da",
        "Danmark annoncerede tirsdag, at landet har afsat 700 millioner kroner til Ukraine.",
        [("DKK 700000000", "DNK", "UKR", "pledge", "new")],
    ),
]

FIELDS = ("donor", "recipient", "measure", "basis")
# The review columns a row may be labelled with; scored only where labelled ("date": the value
# date, with PUBLISHED as the publication date).
REVIEW = ("donor_from", "part_of", "duplicate_of", "status", "date")


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
    right per field, for ``extract(text, lang) -> list of row dicts`` (with ``parsed``); for
    each review column, how many rows are labelled with it (``"part_of labelled"``) and how
    many of those the extraction gets right (``"part_of"``)."""
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
                for column in REVIEW:
                    if column in want:
                        counts[f"{column} labelled"] += 1
                        counts[column] += match[column] == want[column]
    return scores


def languages(passages=PASSAGES):
    """Return the languages of the passages, in the order they first appear."""
    return list(dict.fromkeys(lang for lang, _, _ in passages))
