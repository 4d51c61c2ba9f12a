"""Pledge candidates from news text: the seed articles as acceptance tests, sentences in six
languages, restatement deviations and the properties of extraction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from seeds import FILES, PUBLISHED, SEEDS, read_seeds

from aidcalc.news.candidates import COLUMNS, extract_pledges, link_deviations, pledge_candidates
from aidcalc.news.language import infer_language
from aidcalc.parsing import extract_amounts


@pytest.fixture(scope="module")
def seed_texts():
    return read_seeds()


# --- acceptance: the two seed articles ----------------------------------------------------------

KYIV_ROWS = [
    {
        "donor": "LTU",
        "recipient": "UKR",
        "date": "2024-11-04",
        "amount": "over 683 million euros",
        "value": 683e6,
        "currency": "EUR",
        "qualifier": "over",
        "category": "military",
        "basis": "cumulative",
    },
    {
        "donor": "LTU",
        "recipient": "UKR",
        "date": "2024-09",
        "amount": "10 million euros",
        "value": 10e6,
        "currency": "EUR",
        "qualifier": None,
        "category": "military",
        "basis": "new",
    },
]


def test_kyiv_seed_gives_exactly_two_rows(seed_texts):
    frame = extract_pledges(seed_texts["kyiv"], published=PUBLISHED["kyiv"])
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 2
    for row, expected in zip(frame.to_dict("records"), KYIV_ROWS, strict=True):
        qualifier = row.pop("qualifier")
        assert (qualifier if isinstance(qualifier, str) else None) == expected["qualifier"]
        assert {key: row[key] for key in expected if key != "qualifier"} == {
            key: value for key, value in expected.items() if key != "qualifier"
        }
    first, second = frame.to_dict("records")
    assert "Since the start of Russia's full-scale invasion" in first["source"]
    assert first["note"] == first["source"]
    assert second["source"].startswith("In September, Vilnius announced")
    assert "Palianytsia missile-drones" in second["note"]
    # Kiel vocabulary: "has provided … worth" is delivered aid (allocation), "announced plans
    # to allocate" is money promised for later (pledge), as in the shipped sample
    assert (first["measure"], second["measure"]) == ("allocation", "pledge")


def test_kyiv_seed_without_publication_date_keeps_unknown_dates(seed_texts):
    rows = pledge_candidates(seed_texts["kyiv"])
    assert [row["date"] for row in rows] == [None, None]  # "In September" of which year?


def test_elta_seed_gives_no_rows(seed_texts):
    frame = extract_pledges(seed_texts["elta"], published=PUBLISHED["elta"])
    assert frame.empty
    assert list(frame.columns) == list(COLUMNS)


def test_seed_copies_match_shared(shared_dir):
    for file in FILES.values():
        shared = (shared_dir / "seeds" / file).read_bytes()
        assert (SEEDS / file).read_bytes() == shared


def test_rows_read_back_as_pledges(seed_texts):
    from aidcalc.pledges.read import read_pledges

    frame = read_pledges(extract_pledges(seed_texts["kyiv"], published="2024-11-04"))
    assert frame["donor"].tolist() == ["LTU", "LTU"]
    assert frame["value"].tolist() == [683e6, 10e6]
    assert frame["basis"].tolist() == ["cumulative", "new"]


# --- sentences in six languages -----------------------------------------------------------------

# (lang, sentence, [(donor, recipient, date, str(amount), category, measure, basis), ...])
SENTENCES = [
    (
        "en",
        "Germany pledged €500 million in winter aid for Ukraine on 12 December 2023.",
        [("DEU", "UKR", "2023-12-12", "EUR 500000000", "humanitarian", "pledge", "new")],
    ),
    (
        "en",
        "The U.S. has provided Ukraine with $61 billion in military aid since February 2022, "
        "officials said at 10:04 AM.",
        [("USA", "UKR", "2024-11-04", "USD 61000000000", "military", "allocation", "cumulative")],
    ),
    (
        "en",
        "Britain will give £1.5 billion, or about $1.9 billion, in loans to Kyiv.",
        [("GBR", "UKR", "2024-11-04", "GBP 1500000000", "financial", "pledge", "new")],
    ),
    (
        "en",
        "Switzerland allocated CHF 100 million ($112 million) for humanitarian demining.",
        [("CHE", None, "2024-11-04", "CHF 100000000", "humanitarian", "allocation", "new")],
    ),
    (
        "en",
        "Norway disbursed NOK 5 billion in budget support to Ukraine in March.",
        [("NOR", "UKR", "2024-03", "NOK 5000000000", "financial", "disbursement", "new")],
    ),
    (
        "en",
        "Kyiv will receive 40 Bradley vehicles and 500,000 shells from Washington, worth "
        "$2 billion.",
        [("USA", "UKR", "2024-11-04", "USD 2000000000", "military", "pledge", "new")],
    ),
    (
        "en",
        "In December, Japan committed $4.5 billion, i.e. roughly €4.2 billion, in grants.",
        [("JPN", None, "2023-12", "USD 4500000000", "financial", "commitment", "new")],
    ),
    ("en", "The country of 38 million spends 0.25% of GDP on the 12th aid package.", []),
    (
        "de",
        "Deutschland hat der Ukraine im Oktober 2 Mrd. Euro für Luftverteidigung zugesagt.",
        [("DEU", "UKR", "2024-10", "EUR 2000000000", "military", "pledge", "new")],
    ),
    (
        "de",
        "Die Ukraine erhält von Deutschland insgesamt rund 28 Mrd. Euro, umgerechnet rund "
        "30 Mrd. Dollar.",
        [("DEU", "UKR", "2024-11-04", "approx EUR 28000000000", "other", "pledge", "cumulative")],
    ),
    (
        "fr",
        "La France a débloqué 300 millions d'euros (environ 325 millions de dollars) pour "
        "l'Ukraine.",
        [("FRA", "UKR", "2024-11-04", "EUR 300000000", "other", "allocation", "new")],
    ),
    (
        "fr",
        "Au total, Paris a fourni à Kiev plus de 3,8 milliards d'euros d'aide militaire "
        "depuis 2022.",
        [
            (
                "FRA",
                "UKR",
                "2024-11-04",
                "over EUR 3800000000",
                "military",
                "allocation",
                "cumulative",
            )
        ],
    ),
    (
        "lt",
        "Rugsėjį Vilnius paskyrė 10 mln. eurų Ukrainos dronams.",
        [("LTU", "UKR", "2024-09", "EUR 10000000", "military", "allocation", "new")],
    ),
    (
        "lt",
        "Iš viso Lietuva Ukrainai suteikė daugiau nei 683 mln. eurų karinės paramos.",
        [
            (
                "LTU",
                "UKR",
                "2024-11-04",
                "over EUR 683000000",
                "military",
                "allocation",
                "cumulative",
            )
        ],
    ),
    (
        "uk",
        "У вересні Литва виділила Україні 10 мільйонів євро на дрони.",
        [("LTU", "UKR", "2024-09", "EUR 10000000", "military", "allocation", "new")],
    ),
    (
        "uk",
        "Загалом Німеччина надала Україні понад 28 мільярдів євро військової допомоги.",
        [
            (
                "DEU",
                "UKR",
                "2024-11-04",
                "over EUR 28000000000",
                "military",
                "allocation",
                "cumulative",
            )
        ],
    ),
    (
        "pl",
        "We wrześniu Polska przekazała Ukrainie 500 mln zł (ok. 115 mln euro) na pomoc "
        "humanitarną.",
        [("POL", "UKR", "2024-09", "PLN 500000000", "humanitarian", "allocation", "new")],
    ),
    (
        "pl",
        "Łącznie Warszawa przeznaczyła dla Kijowa ponad 3 mld euro na amunicję.",
        [
            (
                "POL",
                "UKR",
                "2024-11-04",
                "over EUR 3000000000",
                "military",
                "allocation",
                "cumulative",
            )
        ],
    ),
    # an announcement, plan or future is a pledge even when "allocate" follows
    (
        "en",
        "Germany pledged €1 billion, of which €400 million has been disbursed to Ukraine.",
        [
            ("DEU", "UKR", "2024-11-04", "EUR 1000000000", "other", "pledge", "new"),
            ("DEU", "UKR", "2024-11-04", "EUR 400000000", "other", "disbursement", "new"),
        ],
    ),
    (
        "de",
        "Deutschland will der Ukraine im Oktober 1 Mrd. Euro für Munition bereitstellen.",
        # "will" is future (issue 10, item 11): the next October after the publication month
        [("DEU", "UKR", "2025-10", "EUR 1000000000", "military", "pledge", "new")],
    ),
    (
        "fr",
        "En septembre, la France a annoncé qu'elle allouera 100 millions d'euros à l'Ukraine "
        "pour des drones.",
        [("FRA", "UKR", "2024-09", "EUR 100000000", "military", "pledge", "new")],
    ),
    (
        "lt",
        "Rugsėjį Lietuva paskelbė, kad planuoja skirti Ukrainai 10 mln. eurų dronams.",
        [("LTU", "UKR", "2024-09", "EUR 10000000", "military", "pledge", "new")],
    ),
    (
        "uk",
        "У вересні Литва оголосила про намір виділити Україні 10 мільйонів євро на дрони.",
        [("LTU", "UKR", "2024-09", "EUR 10000000", "military", "pledge", "new")],
    ),
    (
        "pl",
        "We wrześniu Polska zapowiedziała, że przeznaczy dla Ukrainy 100 mln euro na drony.",
        [("POL", "UKR", "2024-09", "EUR 100000000", "military", "pledge", "new")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    SENTENCES,
    ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(SENTENCES)],
)
@pytest.mark.parametrize("give_lang", [True, False], ids=["lang", "inferred"])
def test_sentence_rows(lang, sentence, expected, give_lang):
    rows = pledge_candidates(
        sentence, published=date(2024, 11, 4), lang=lang if give_lang else None
    )
    found = [
        (
            r["donor"],
            r["recipient"],
            r["date"],
            str(r["parsed"]),
            r["category"],
            r["measure"],
            r["basis"],
        )
        for r in rows
    ]
    assert found == expected
    for row in rows:
        assert sentence[row["start"] : row["end"]] == row["amount"]
        assert row["source"] == row["note"] == sentence


def test_language_of_test_sentences_is_inferred():
    for lang, sentence, _ in SENTENCES:
        assert infer_language(sentence) == lang, sentence


def test_one_row_per_amount_in_a_paragraph():
    text = (
        "Lithuania announced €10 million for drones. The Netherlands pledged €400 million "
        "(about $430 million) for air defence. Canada gave C$500 million in loans."
    )
    rows = pledge_candidates(text, published="2024-11-04")
    assert [(r["donor"], str(r["parsed"]), r["category"]) for r in rows] == [
        ("LTU", "EUR 10000000", "military"),
        ("NLD", "EUR 400000000", "military"),
        ("CAN", "CAD 500000000", "financial"),
    ]
    assert rows[1]["note"] == (
        "The Netherlands pledged €400 million (about $430 million) for air defence."
    )


def test_category_is_the_cue_nearest_the_amount():
    text = "Sweden gave €30 million for winter generators and €50 million for ammunition."
    rows = pledge_candidates(text, published="2024-11-04")
    assert [r["category"] for r in rows] == ["humanitarian", "military"]


def test_recipient_is_none_rather_than_a_guess():
    rows = pledge_candidates("Estonia announced a new €20 million package.", published="2024-01")
    assert [(r["donor"], r["recipient"], r["date"]) for r in rows] == [("EST", None, "2024-01")]


def test_no_country_no_donor():
    rows = pledge_candidates("The ministry announced €20 million.", published="2024-01-05")
    assert [(r["donor"], r["recipient"]) for r in rows] == [(None, None)]


# --- sentences ----------------------------------------------------------------------------------


def test_link_deviations_fills_restatements_only(seed_texts):
    mentions = link_deviations(extract_amounts(seed_texts["kyiv"]), "2024-11-04")
    assert [m.deviation is None for m in mentions] == [True, False, True, False]
    # the source's $763 million is about 2.5 % above the ECB rate of 2024-11-04
    assert Decimal("0.02") < mentions[1].deviation < Decimal("0.03")
    assert abs(mentions[3].deviation) < Decimal("0.02")


def test_link_deviations_without_a_rate_leaves_none():
    mentions = link_deviations(extract_amounts("€5 million ($6 million)"), "1950-01-02")
    assert mentions[1].equivalent_of == 0 and mentions[1].deviation is None


# --- properties ---------------------------------------------------------------------------------

MONEY_SENTENCES = [sentence for _, sentence, _ in SENTENCES] + [
    "Lithuania has provided Ukraine with military support worth over 683 million euros "
    "(approximately $763 million).",
    "In September, Vilnius announced plans to allocate 10 million euros ($11 million).",
]

# Filler: sentences of random lower-case words that hold no money amount by themselves.
FILLER_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäéłęė", min_size=1, max_size=9)
FILLER = (
    st.lists(FILLER_WORDS, min_size=1, max_size=8)
    .map(lambda words: " ".join(words).capitalize() + ".")
    .filter(lambda s: not extract_amounts(s))
)


def _relative(text: str, starts: list[int]) -> list[list[tuple]]:
    """Return, per sentence starting at ``starts``, its mentions relative to the sentence."""
    mentions = extract_amounts(text)
    bounds = starts + [len(text) + 1]
    result = []
    for begin, end in zip(bounds, bounds[1:], strict=False):
        inside = [(i, m) for i, m in enumerate(mentions) if begin <= m.start < end]
        first = inside[0][0] if inside else 0
        result.append(
            [
                (
                    m.start - begin,
                    m.end - begin,
                    m.amount,
                    None if m.equivalent_of is None else m.equivalent_of - first,
                )
                for _, m in inside
            ]
        )
    return result


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    chosen=st.lists(st.sampled_from(MONEY_SENTENCES), min_size=1, max_size=4),
    fillers=st.lists(FILLER, min_size=4, max_size=4),
)
def test_filler_between_sentences_changes_no_mention(chosen, fillers):
    plain_parts, mixed_parts = [], []
    plain_starts, mixed_starts = [], []
    plain = mixed = ""
    for sentence, filler in zip(chosen, fillers, strict=False):
        plain_starts.append(len(plain))
        plain += sentence + " "
        mixed += filler + " "
        mixed_starts.append(len(mixed))
        mixed += sentence + " "
        plain_parts.append(sentence)
        mixed_parts.append(sentence)
    assert _relative(plain, plain_starts) == _relative(mixed, mixed_starts)


TEXT_PIECES = st.sampled_from(
    MONEY_SENTENCES
    + [
        "10:04 AM",
        "500,000 shells",
        "0.25% of GDP",
        " ",
        "\n",
        "(",
        ")",
        ", or about ",
        "$",
        "€",
        "million",
        "2,5",
        "Mrd.",
        "umgerechnet",
        "около",
        "ok.",
        "12th",
        "2024",
    ]
)


@settings(max_examples=80, deadline=None)
@given(pieces=st.lists(TEXT_PIECES, max_size=12))
# found with 1,500 examples (issue 12, parser12): "2,5\n$Deutschland" read the sign opening the
# next line as the number's, a mention across two sentences that no pledge row could hold
@example(
    pieces=[
        "The U.S. has provided Ukraine with $61 billion in military aid since February 2022, "
        "officials said at 10:04 AM.",
        "2,5",
        "\n",
        "$",
        "Deutschland hat der Ukraine im Oktober 2 Mrd. Euro für Luftverteidigung zugesagt.",
    ]
)
def test_mentions_never_overlap_and_slice_back(pieces):
    text = "".join(pieces)
    mentions = extract_amounts(text)
    for before, after in zip(mentions, mentions[1:], strict=False):
        assert before.end <= after.start
    for index, mention in enumerate(mentions):
        piece = text[mention.start : mention.end]
        assert piece == piece.strip() and piece
        assert mention.equivalent_of is None or 0 <= mention.equivalent_of < index
    rows = pledge_candidates(text, published="2024-11-04")
    assert all(text[r["start"] : r["end"]] == r["amount"] for r in rows)
    assert len(rows) == sum(m.equivalent_of is None for m in mentions)


NOT_GIVEN = [  # (lang, sentence, status): money asked for or refused is kept, never totalled
    ("en", "Ukraine asked Germany for €5 billion.", "rejected"),
    ("en", "Germany refused to give Ukraine €5 billion.", "rejected"),
    ("en", "Kyiv urged the EU to release a further €2 billion.", "rejected"),
    ("en", "Asked about it, Germany pledged €5 billion to Ukraine.", "candidate"),
    ("en", "Responding to Kyiv's request, Norway sent NOK 5 billion to Ukraine.", "candidate"),
    ("de", "Die Ukraine bat Deutschland um 5 Mrd. Euro.", "rejected"),
    ("de", "Österreich lehnte es ab, der Ukraine 50 Millionen Euro zu geben.", "rejected"),
    ("fr", "La France a refusé de verser 300 millions d'euros à l'Ukraine.", "rejected"),
    ("pl", "Polska odmówiła przekazania Ukrainie 100 mln zł.", "rejected"),
    ("es", "Ucrania pidió a España 200 millones de euros.", "rejected"),
    ("it", "L'Ucraina ha chiesto all'Italia 300 milioni di euro.", "rejected"),
    ("nl", "Oekraïne vroeg Nederland om 100 miljoen euro.", "rejected"),
    ("uk", "Україна попросила Німеччину про 5 млрд євро.", "rejected"),
    ("uk", "Німеччина надала Україні 5 млрд євро.", "candidate"),
    # negation scoping over the giving verb, denial, wish; "not only" is no negation
    ("de", "Deutschland weigerte sich, der Ukraine 500 Millionen Euro zu geben.", "rejected"),
    ("en", "The UK will not send £100 million to Ukraine.", "rejected"),
    ("en", "France did not pledge €50 million.", "rejected"),
    ("en", "Norway won't give the €50 million it promised last year.", "rejected"),
    ("en", "Germany never paid the €300 million it announced.", "rejected"),
    ("en", "Poland denied it had promised €20 million.", "rejected"),
    ("en", "Ukraine called for $5 billion from donors.", "rejected"),
    ("en", "Kyiv appealed for €2 billion.", "rejected"),
    ("en", "Ukraine wants $3 billion more.", "rejected"),
    ("en", "Ukraine needs €5 billion for its energy grid, Zelensky said.", "rejected"),
    ("en", "Denying reports of a cut, Germany pledged €5 billion to Ukraine.", "candidate"),
    ("en", "Germany not only pledged €5 billion but sent it at once.", "candidate"),
    ("en", "The UK, which did not send troops, pledged £100 million to Ukraine.", "candidate"),
    ("en", "The Netherlands wants to give Ukraine €200 million.", "candidate"),
    ("de", "Deutschland wird der Ukraine 500 Millionen Euro nicht zahlen.", "rejected"),
    ("de", "Deutschland zahlt der Ukraine nicht 500 Millionen Euro.", "rejected"),
    ("de", "Polen dementierte, 20 Millionen Euro zugesagt zu haben.", "rejected"),
    ("de", "Die Ukraine braucht 5 Milliarden Euro.", "rejected"),
    ("de", "Österreich hat nicht nur 50 Mio. Euro zugesagt, sondern auch geliefert.", "candidate"),
    ("de", "Deutschland will im Juli 200 Millionen Euro an die Ukraine zahlen.", "candidate"),
    ("fr", "La France n'a pas promis 50 millions d'euros à l'Ukraine.", "rejected"),
    ("fr", "La Belgique ne versera pas 30 millions d'euros.", "rejected"),
    ("fr", "L'Ukraine a besoin de 2 milliards d'euros.", "rejected"),
    ("fr", "La France a non seulement promis 50 millions d'euros, mais les a versés.", "candidate"),
    ("pl", "Polska nie przekaże Ukrainie 100 mln zł.", "rejected"),
    ("pl", "Polska zaprzeczyła, że obiecała 20 mln euro.", "rejected"),
    ("pl", "Ukraina potrzebuje 3 mld dolarów.", "rejected"),
    ("pl", "Polska przekazała Ukrainie 100 mln zł.", "candidate"),
    ("uk", "Німеччина не надасть Україні 500 млн євро.", "rejected"),
    ("uk", "Україна хоче 3 млрд доларів.", "rejected"),
    ("uk", "Україна закликала партнерів надати 2 млрд євро.", "rejected"),
    ("es", "España no enviará 100 millones de euros a Ucrania.", "rejected"),
    ("es", "Ucrania necesita 5.000 millones de dólares.", "rejected"),
    ("it", "L'Italia non ha stanziato 300 milioni di euro.", "rejected"),
    ("it", "L'Italia ha stanziato 300 milioni di euro per l'Ucraina.", "candidate"),
    ("pt", "Portugal não vai enviar 20 milhões de euros.", "rejected"),
    ("nl", "Nederland geeft Oekraïne niet 100 miljoen euro.", "rejected"),
    ("nl", "Nederland heeft 100 miljoen euro niet betaald.", "rejected"),
    ("ro", "România nu va trimite 50 de milioane de euro.", "rejected"),
    ("sv", "Sverige skickar inte 500 miljoner kronor till Ukraina.", "rejected"),
    ("sv", "Ukraina behöver 5 miljarder euro.", "rejected"),
    ("cs", "Česko neposkytne Ukrajině 100 milionů korun.", "rejected"),
    ("sk", "Slovensko neposkytne Ukrajine 10 miliónov eur.", "rejected"),
    ("lt", "Lietuva atsisakė skirti Ukrainai 10 mln. eurų.", "rejected"),
]


@pytest.mark.parametrize(("lang", "text", "status"), NOT_GIVEN)
def test_money_asked_for_or_refused_is_rejected_with_its_reason(lang, text, status):
    rows = extract_pledges(text, published="2024-11-04", lang=lang)
    assert rows["status"].tolist() == [status]
    if status == "rejected":
        reason = rows["evidence"].iloc[0].split(",")[0]
        assert reason in ("a request", "a refusal", "a denial", "a negation")


ASKED = [  # (lang, sentence, donor, recipient): the subject of a request is who would receive
    ("en", "Ukraine called for $5 billion from donors.", None, "UKR"),
    ("en", "Kyiv appealed for €2 billion.", None, "UKR"),
    ("en", "Ukraine wants $3 billion more.", None, "UKR"),
    ("en", "Kyiv asked Sweden for SEK 500 million.", "SWE", "UKR"),
    ("de", "Die Ukraine bat Deutschland um 5 Mrd. Euro.", "DEU", "UKR"),
    ("de", "Die Ukraine braucht 5 Milliarden Euro.", None, "UKR"),
    ("fr", "L'Ukraine a besoin de 2 milliards d'euros.", None, "UKR"),
    ("uk", "Україна попросила Німеччину про 5 млрд євро.", "DEU", "UKR"),
    ("pl", "Ukraina potrzebuje 3 mld dolarów.", None, "UKR"),
    ("es", "Ucrania pidió a España 200 millones de euros.", "ESP", "UKR"),
    ("sv", "Ukraina behöver 5 miljarder euro.", None, "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "donor", "recipient"), ASKED)
def test_the_asker_is_the_recipient_never_the_donor(lang, text, donor, recipient):
    (row,) = pledge_candidates(text, published="2024-11-04", lang=lang)
    assert (row["donor"], row["recipient"], row["status"]) == (donor, recipient, "rejected")


def test_a_negated_payment_is_a_rejected_pledge_not_a_disbursement():
    for lang, text in [
        ("it", "L'Italia non ha ancora versato i 140 milioni di euro promessi all'Ucraina."),
        ("en", "Germany has not paid out the €300 million it promised."),
        ("fr", "La Belgique n'a pas versé les 120 millions d'euros annoncés."),
    ]:
        (row,) = pledge_candidates(text, published="2024-11-04", lang=lang)
        assert (row["status"], row["measure"]) == ("rejected", "pledge"), text


# Issue 9 (pledges10 item 2): the frame carries the assumptions, as the CLI writes them.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Germany pledged $2bn to Ukraine.", None, ["dollar-usd"]),
        ("Canada pledged $50m for demining.", None, ["donor-currency"]),  # CAD, the donor's
        ("Germany pledged €2bn to Ukraine.", None, [""]),
        (
            "Regeringen skickar 300 miljoner kronor till Ukraina.",
            "sv",
            ["home-currency|home-country"],
        ),
        ("Deutschland sagte 2 Mrd. Dollar zu.", None, ["dollar-usd"]),
        ("Polska przekaże Ukrainie 100 mln dolarów.", None, ["dollar-usd"]),
    ],
)
def test_the_frame_carries_the_assumptions(text, lang, expected):
    frame = extract_pledges(text, published="2025-03-10", lang=lang)
    rows = pledge_candidates(text, published="2025-03-10", lang=lang)
    assert list(frame["assumptions"]) == expected
    assert list(frame["assumptions"]) == ["|".join(row["assumptions"]) for row in rows]


def test_the_frame_columns_are_the_clis():
    from aidcalc.cli.extract import pledge_columns

    assert COLUMNS[COLUMNS.index("high") + 1] == "assumptions"
    cli = [c for c in pledge_columns(("file", *COLUMNS)) if c not in ("file", "duplicate_source")]
    assert cli == list(COLUMNS)
    assert list(extract_pledges("", published="2025-03-10").columns) == list(COLUMNS)


def test_read_pledges_reads_the_frame_back_with_its_assumptions():
    from aidcalc import read_pledges

    text = "Germany pledged $2bn to Ukraine. France pledged €1bn to Ukraine."
    frame = extract_pledges(text, published="2025-03-10")
    back = read_pledges(frame, assumptions=True)
    assert list(back["donor"]) == ["DEU", "FRA"]
    assert back["assumptions"][0].split("|")[0] == "dollar-usd"
    assert len(read_pledges(frame)) == 2  # read without asking for the codes: rows all there


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged $2bn to Ukraine.",
        "The U.S. has provided Ukraine with $61 billion in military aid since February 2022.",
        "Japan committed 4.5 billion dollars to Ukraine.",
        "Deutschland sagte der Ukraine 2 Mrd. Dollar zu.",
        "La France a promis 300 millions de dollars.",
    ],
)
def test_one_reading_one_code_in_amounts_and_pledges(text):
    # the currency codes agree; 'short-scale' is left aside (the pledge path reads the text in
    # its inferred language, whose scale words are then no assumption)
    amounts = [m.assumptions for m in extract_amounts(text) if m.equivalent_of is None]
    pledges = [row["assumptions"] for row in pledge_candidates(text, published="2025-03-10")]
    assert [code for codes in pledges for code in codes if code != "short-scale"] == [
        code for codes in amounts for code in codes if code != "short-scale"
    ]
