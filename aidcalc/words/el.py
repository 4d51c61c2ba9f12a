"""Greek (el): qualifiers and the small words around amounts, as plain data.

Curated by the project from news text in Greek about aid and budgets; no outside word list is
copied.

Data only: nothing here imports aidcalc; ``aidcalc.words`` registers this module.
"""

# The script the language is written in (ISO 15924).
SCRIPT = "Grek"

# Dates (aidcalc.news.dates): "πέρυσι" (last year) is the year before the publication's.
# Words before a date that start a running period ("από τον Φεβρουάριο του 2022"): the date
# is its start, not the statement's date.
SINCE = ("από",)
RELATIVE_YEARS = (
    ("πέρυσι", -1),
    ("πέρσι", -1),
    ("τον περασμένο χρόνο", -1),
    ("φέτος", 0),
    ("του χρόνου", 1),
)
# Nouns of a country's economy (GDP): a year right after them, or before them, is the
# year of that measure and dates no amount (aidcalc.news.dates).
ECONOMY_NOUNS = ("ΑΕΠ",)

# Words before an amount that qualify it, per kind (``Amount.qualifier``).
# Words before a bound that turn it into the other one (``aidcalc.words.NEGATED_KIND``).
NEGATIONS = ("όχι", "ούτε")

QUALIFIERS = {
    "approx": ["περίπου", "γύρω στα", "γύρω στο"],
    "over": [
        "πάνω από",
        "περισσότερα από",
        "περισσότερο από",
        "τουλάχιστον",
        "άνω των",
        "ξεπερνά",
        "ξεπερνούν",
        "ξεπέρασε",
        "ξεπερνά τα",
        "ξεπερνούν τα",
        "ξεπέρασε τα",
        "υπερβαίνει",
        "υπερβαίνει τα",
    ],
    "under": ["λιγότερα από", "λιγότερο από", "σχεδόν", "κάτω από"],
    "up_to": ["έως", "μέχρι", "έως και", "μέχρι και"],
}

# Verbs of exceeding ("exceeds"): an amount they stand before in its clause, its subject
# between ("Seit Kriegsbeginn übersteigt die Hilfe 30 Mrd. Euro"), is a lower bound,
# qualifier ``over`` (aidcalc.news.exceeds).
EXCEED_VERBS = "ξεπερνά ξεπερνούν ξεπέρασε ξεπέρασαν υπερβαίνει"

# What may stand between an amount and its restatement in another currency, besides
# "(" and ",".
RESTATEMENT_LINKS = ("δηλαδή", "ή", "ήτοι")

# Words that join the low and high ends of a range.
RANGE_JOINERS = ("έως", "ως", "μέχρι", "και")

# Joiners that make a range without an opener ("2 έως 3 εκατ.").
RANGE_JOINERS_ALONE = ("έως", "ως")

# Words that open a range ("από 2 έως 3", "μεταξύ 2 και 3").
RANGE_OPENERS = ("από", "μεταξύ")

# Words joining a list of numbers that share one currency and scale written once, at the
# end ("8 and 12 million dollars"): LIST_AND gives several amounts, LIST_OR a range.
LIST_AND = ("και",)
LIST_OR = ("ή",)

# The word for the decimal mark in a number spelled out ("two point five"): a decimal
# written in words, read in English, refused in the others (never the part after it).
DECIMAL_WORDS = ("κόμμα",)

# Words after a comma that start another amount whose currency is elided, being written
# with the amount before ("€90 million, of which 60 million").
BREAKDOWN_LINKS = ("εκ των οποίων", "από τα οποία", "άλλα", "και άλλα")
# Words that may follow such an elided amount: what the money is for ("60 million for").
PURPOSE_WORDS = ("για", "σε")

# Words for one (or a half) before a scale word, read without ``lang`` when the scale word is
# of this language too ("ένα δισεκατομμύριο"): {word: value}.
COUNT_WORDS = {
    # one and a half in one word ("anderhalf miljoen")
    "ενάμισι": "1.5",
    "ενάμιση": "1.5",
    "μιάμιση": "1.5",
    "ένα": "1",
    "ένας": "1",
    "μία": "1",
    "μια": "1",
    "μισό": "0.5",
    # small counts, read the same way before a scale word of this language ("δύο δισεκατομμύρια")
    "δύο": "2",
    "δυο": "2",
    "τρία": "3",
    "τέσσερα": "4",
    "πέντε": "5",
    "έξι": "6",
    "επτά": "7",
    "οκτώ": "8",
    "εννέα": "9",
    "δέκα": "10",
    "εκατό": "100",
}

# Scale words that are a number alone, with no word for one before them: the million and
# the billion ("διέθεσε εκατομμύριο ευρώ", one million euros).
WHOLE_SCALES = ("εκατομμύριο", "δισεκατομμύριο")

# Cardinal numbers in a Greek text (num2words does not spell Greek): units with their gender
# forms, teens, tens and the neuter hundreds ("διακόσια εκατομμύρια"), and tens followed by a
# unit ("είκοσι πέντε"); read only with ``lang="el"``.
_UNITS = {
    "ένα": 1,
    "ένας": 1,
    "μία": 1,
    "μια": 1,
    "δύο": 2,
    "δυο": 2,
    "τρία": 3,
    "τρεις": 3,
    "τέσσερα": 4,
    "τέσσερις": 4,
    "πέντε": 5,
    "έξι": 6,
    "επτά": 7,
    "εφτά": 7,
    "οκτώ": 8,
    "οχτώ": 8,
    "εννέα": 9,
    "εννιά": 9,
}
_TEENS = {
    "δέκα": 10,
    "έντεκα": 11,
    "ένδεκα": 11,
    "δώδεκα": 12,
    "δεκατρία": 13,
    "δεκατέσσερα": 14,
    "δεκαπέντε": 15,
    "δεκαέξι": 16,
    "δεκαεπτά": 17,
    "δεκαεφτά": 17,
    "δεκαοκτώ": 18,
    "δεκαοχτώ": 18,
    "δεκαεννέα": 19,
    "δεκαεννιά": 19,
}
_TENS = {
    "είκοσι": 20,
    "τριάντα": 30,
    "σαράντα": 40,
    "πενήντα": 50,
    "εξήντα": 60,
    "εβδομήντα": 70,
    "ογδόντα": 80,
    "ενενήντα": 90,
}
_HUNDREDS = {
    "εκατό": 100,
    "εκατόν": 100,
    "διακόσια": 200,
    "τριακόσια": 300,
    "τετρακόσια": 400,
    "πεντακόσια": 500,
    "εξακόσια": 600,
    "επτακόσια": 700,
    "οκτακόσια": 800,
    "εννιακόσια": 900,
}
NUMBER_WORDS = {
    **_UNITS,
    **_TEENS,
    **_TENS,
    **_HUNDREDS,
    **{f"{ten} {unit}": t + u for ten, t in _TENS.items() for unit, u in _UNITS.items()},
    **{
        f"{h} {w}": hv + v
        for h, hv in _HUNDREDS.items()
        for w, v in {**_UNITS, **_TEENS, **_TENS}.items()
    },
    "χίλια": 1000,
}

# Phrases naming the calendar week before the publication's (aidcalc.news.dates,
# docs/extraction.md): a date approximate to the week, dated by the month of its Thursday.
RELATIVE_WEEKS = (
    ("την περασμένη εβδομάδα", -1),
    ("την προηγούμενη εβδομάδα", -1),
)
# Forms of the days of the week that CLDR's names lack (the case after "on"), 1 = Monday
WEEKDAY_FORMS = {
    "Δευτέρα": 1,
    "Τρίτη": 2,
    "Τετάρτη": 3,
    "Πέμπτη": 4,
    "Παρασκευή": 5,
    "Σάββατο": 6,
    "Κυριακή": 7,
}

# Phrases beside an amount that make it a yearly amount, one year's instalment of a
# period (aidcalc.news.yearly): "€4bn a year", "jährlich 4 Mrd. Euro", "4 mld zł rocznie".
PER_YEAR = (
    "ετησίως",
    "το χρόνο",
    "κάθε χρόνο",
)

# Verbs of an actor spending on itself: money so spent is no aid.
SPENDING_VERBS = "ξοδεύει ξόδεψε δαπανά δαπάνησε"

# --- News (aidcalc.news) ----------------------------------------------------------------------
# Our own lists, written for this project after the verbs Greek aid news uses (see es.py for the
# conventions): giving and receiving verbs make Greek a news language, so that a Greek sentence
# ("Η Ελλάδα θα δώσει στην Ουκρανία 20 εκατ. ευρώ.") has its giver and recipient, the one after
# "σε" or its forms with the article ("στην", "στο").
VERBS = {
    "give": (
        "δίνει δίνουν δώσει δώσουν έδωσε έδωσαν δωρίζει δωρίσει δώρισε δώρισαν στέλνει στείλει "
        "έστειλε έστειλαν διαθέτει διαθέσει διέθεσε διέθεσαν υπόσχεται υποσχέθηκε "
        "υποσχέθηκαν παρέχει παράσχει παρείχε χορηγεί χορηγήσει χορήγησε εκταμιεύει "
        "εκταμιεύσει εκταμίευσε συνεισφέρει συνεισφέρουν συνεισέφερε συνεισέφεραν δεσμεύεται "
        "δεσμεύτηκε δεσμεύτηκαν ενέκρινε ενέκριναν εγκρίνει εγκρίνουν"
    ),
    # thanking reverses the roles as receiving does: the one thanked gives
    "receive": "λαμβάνει λάβει έλαβε παίρνει πήρε ευχαρίστησε ευχαριστεί",
    "aux": "θα έχει έχουν είχε",
}

INTENTION = {
    "pledge": "θα υπόσχεται υποσχέθηκε υποσχέθηκαν",
}

MEASURE = {
    "allocation": (
        "έδωσε έδωσαν δώρισε δώρισαν έστειλε έστειλαν διέθεσε διέθεσαν χορήγησε "
        # the perfect: has given, has allocated (pledgefaults16)
        "έχει διαθέσει έχουν διαθέσει έχει δώσει έχουν δώσει έχει στείλει έχουν στείλει "
        "έχει χορηγήσει έχουν χορηγήσει"
    ),
    "disbursement": "εκταμίευσε έλαβε πήρε",
}

FUTURE = {
    "future": "θα",
}

# Nouns of aid whose possessor or adjective is the giver ("помощта на България", "Greek
# aid"; aidcalc.news.donors); a star ends a stem.
AID_NOUNS = "βοήθει* στήριξ* πακέτ* χρηματοδότησ* δάνει* συνεισφορ*"
AGENT_MARKERS = "από"
# Words before a country after a part of a whole that name where the part comes from, its
# giver ("Of that, €1bn will come from Germany"; aidcalc.news.donors.part_source).
PART_SOURCES = "από"
# "για" (for) marks the recipient too: "5 εκατ. ευρώ για τη Γάζα", "Για την Ουκρανία, …"
RECIPIENT_MARKERS = "σε στην στη στο στον προς για"
# The articles that may stand between a marker and its country ("από την Ελλάδα", "για τη
# Γάζα"), in their cases and genders.
DETERMINERS = "ο η το οι τα τον την τη του της των τους τις"
# Words opening a clause of another subject after an amount ("…, ενώ η Κύπρος δεσμεύτηκε για
# 2 εκατ. ευρώ": while Cyprus pledged).
CONTRAST_OPENERS = ("ενώ",)
# How many letters may follow a place name's form in a word: the genitive "-ς" ("Ουκρανίας").
EXTRA_LETTERS = 2
# Short forms and codes of countries in news text (matched exactly, case kept).
PLACE_SHORT_FORMS = {
    "ΗΠΑ": "USA",
    "ΕΕ": "EU",
    "Ευρωπαϊκή Ένωση": "EU",
    "Κομισιόν": "EU",
    # Gaza (PSE, as the other languages name it; "της Γάζας" by the extra letter) and the
    # cases of Lebanon CLDR's nominative "Λίβανος" does not begin ("στον Λίβανο", "του Λιβάνου")
    "Γάζα": "PSE",
    "Λίβανο": "LBN",
    "Λιβάνου": "LBN",
    # Palestine as the press names it (CLDR has only the territories); "της Παλαιστίνης" by the
    # extra letter
    "Παλαιστίνη": "PSE",
}

# Money that is no gift, whoever's it is (aidcalc.news.other_money): damage, losses, trade,
# revenues, debts.
OTHER_MONEY = {
    "damage": "κατέστρεψε κατέστρεψαν καταστράφηκ* ζημιές ζημιών ζημιά",
    "loss": "έχασε έχασαν απώλειες απωλειών",
    "trade": "εμπόριο εμπορίου εξαγωγές εξαγωγών εισαγωγές εισαγωγών πούλησε",
    "revenue": "έσοδα εσόδων",
    "debt": "χρέος χρέους χρέη",
    # the price of a thing, stated: no gift in a clause with no giving verb (KINDS_STATED)
    "price": "κόστος κοστίζει κόστισε τιμή",
    # a need stated ("οι ανάγκες ανοικοδόμησης", the needs of rebuilding), in its clause only
    "need": "ανάγκες ανάγκη αναγκών",
    # figures stated, not given ("εκτιμώνται σε", are estimated at; "υπολογίζονται σε", are
    # reckoned at): only in a clause with no giving verb (KINDS_STATED)
    "estimate": (
        "εκτιμά εκτιμούν εκτίμησε εκτίμησαν εκτιμάται εκτιμώνται εκτιμήθηκ* εκτίμηση "
        "υπολογίζει υπολογίζουν υπολόγισε υπολογίζεται υπολογίζονται υπολογίστηκ* εκτιμ* "
        "υπολογίζ*"
    ),
    # aid only being considered, a hypothetical ("η Αθήνα θα εξετάσει πρόσθετη βοήθεια 3 έως 5
    # εκατ. ευρώ": will consider), no pledge in a clause with no giving verb
    "conditional": "εξετάσει εξετάζει εξετάζουν εξετάσουν εξετάζεται",
}
OTHER_MONEY_LINKS = "σε"

# Money asked for or needed (aidcalc.news.not_giving): a request ("ζήτησε", asked; "έκκληση",
# an appeal) or a verb of need ("χρειάζεται", is needed) is no pledge of anyone.
NOT_GIVING = {
    "contrast": "όχι μόνο",
    "request": (
        "ζήτησε ζήτησαν ζητήσει ζητήσουν ζητά ζητάει ζητούν ζητείται αίτημα αιτήματος "
        "έκκληση έκκλησης εκκλήσεις ζητεί κάλεσε κάλεσαν καλεί καλούν παρότρυνε παρότρυναν "
        "προέτρεψε"
    ),
    "wish": "χρειάζεται χρειάζονται χρειαζόταν χρειάζεστε ανάγκες αναγκών ανάγκη",
}
# Words after a request that open what the one asked is to do ("asked Germany to give …"):
# a giving verb after one is the thing asked for, no gift (aidcalc.news.not_giving).
REQUEST_LINKS = "να"
CUE_PHRASES = ("μέχρι σήμερα", "έως σήμερα", "από την αρχή", "όχι μόνο", "μέχρι τώρα", "έως τώρα")

# Offices and bodies that act for a country or body (aidcalc.news.institutions); code "" for
# an office of the country named beside it.
INSTITUTIONS = {
    "": (
        "κυβέρνηση*",
        "υπουργείο Άμυνας",
        "υπουργείο Εξωτερικών",
        "υπουργείο Οικονομικών",
        "υπουργείο*",
        "πρωθυπουργ*",
        "πρόεδρ*",
        "Βουλή*",
    ),
    "EU": ("Ευρωπαϊκή Επιτροπή*", "Ευρωπαϊκή Ένωση*", "Ευρωπαϊκό Κοινοβούλιο*", "Κομισιόν"),
    "IMF": ("Διεθνές Νομισματικό Ταμείο*", "ΔΝΤ"),
}
# Words joining an office to its country ("η κυβέρνηση της Ελλάδας": the genitive article).
GENITIVE_LINKS = "της του"

# A correction note (aidcalc.news.corrections): its label before a colon ("Correction:"), the
# phrases naming the figure an earlier version gave (retracted), and a "not" before a retracted
# figure in the note ("…, not 257 million").
CORRECTION_LABELS = ("διόρθωση", "επανόρθωση")
EARLIER_VERSION = (
    "σε προηγούμενη εκδοχή",
    "σε προηγούμενη έκδοση",
    "στην προηγούμενη έκδοση",
    "στην προηγούμενη εκδοχή",
    "στην αρχική έκδοση",
    "στην αρχική εκδοχή",
    "σε παλαιότερη έκδοση",
    "σε προγενέστερη έκδοση",
)
CORRECTION_NOT = ("όχι", "και όχι")
# Words in a sentence naming an earlier version that introduce the right figure after the
# retracted one ("…; the correct figure is …"; aidcalc.news.corrections).
CORRECT_FIGURE = ("σωστό", "σωστός", "σωστή", "σωστά", "ορθό")

# A person's titles (aidcalc.news.persons): a country name right after one, perhaps after
# first names, is a surname ("o primeiro-ministro, Luís Montenegro").
PERSON_TITLES = ("πρόεδρος", "πρωθυπουργός", "υπουργός", "καγκελάριος")

# Phrases before an amount that make it part of the one before it ("Από το ποσό αυτό, 3 εκατ.
# ευρώ …": of this sum; aidcalc.news.parts).
# Verbs of being between an amount and its restatement in another currency.
COPULAS = "είναι αντιστοιχεί ισοδυναμεί ανέρχεται"
# Subjects naming the money said just before, opening a sentence that only restates it in another
# currency: that amount is the same money, no second pledge (aidcalc.news.restated).
RESTATING_SUBJECTS = ("το ποσό αυτό", "αυτό το ποσό", "το ποσό")
PART_BEFORE = ("από το ποσό αυτό", "από αυτό το ποσό", "εκ των οποίων", "από τα οποία")

# Words that make an amount a running total: "η συνολική ελληνική στήριξη … από το 2022
# ξεπερνά τα 250 εκατ." (the total since 2022 exceeds), "μέχρι σήμερα" (to date).
# "από" alone is "from"; with a year ("από το 2022") or a month ("από τον Φεβρουάριο του
# 2022") it is "since": the amount then a running total (pledgefaults16; a future's amount,
# "από τον Μάρτιο θα …", keeps its own time: aidcalc.news.own_time)
BASIS = {
    "cumulative": (
        "συνολική συνολικά συνολικό ξεπερνά ξεπερνούν μέχρι σήμερα έως σήμερα από την αρχή "
        "μέχρι τώρα έως τώρα από το #### "
        "από τον Ιανουάριο από τον Φεβρουάριο "
        "από τον Μάρτιο από τον Απρίλιο "
        "από τον Μάιο από τον Ιούνιο "
        "από τον Ιούλιο από τον Αύγουστο "
        "από τον Σεπτέμβριο από τον Οκτώβριο "
        "από τον Νοέμβριο από τον Δεκέμβριο"
    ),
    "already": "ήδη",
}
CUE_PHRASES = (
    *CUE_PHRASES,
    *(
        f"{aux} {verb}"
        for aux in ("έχει", "έχουν")
        for verb in ("διαθέσει", "δώσει", "στείλει", "χορηγήσει")
    ),
    "από το ####",
    "από τον Ιανουάριο",
    "από τον Φεβρουάριο",
    "από τον Μάρτιο",
    "από τον Απρίλιο",
    "από τον Μάιο",
    "από τον Ιούνιο",
    "από τον Ιούλιο",
    "από τον Αύγουστο",
    "από τον Σεπτέμβριο",
    "από τον Οκτώβριο",
    "από τον Νοέμβριο",
    "από τον Δεκέμβριο",
)

# Phrases right after an amount that make it a difference, no pledge ("30 million more than last
# year"; a comparative and the word for "than"; aidcalc.news.beside).
COMPARED_AFTER = ("περισσότερα από", "λιγότερα από", "περισσότερο από", "λιγότερο από")

# The rest of a whole, set off right before an amount or standing right before it: a
# part of the amount before (aidcalc.news.parts).
REST_WORDS = ("τα υπόλοιπα", "το υπόλοιπο")

# Phrases opening a sentence that break down a total said a sentence or a few before it
# ("Από το ποσό αυτό, 250 εκατ. ευρώ …"): its amounts are parts of the giver's latest total
# (aidcalc.news.parts.opens_breakdown); "#" a number the total is restated by.
BREAKDOWN_OPENERS = (
    "από αυτά",
    "από το ποσό αυτό",
    "από αυτό το ποσό",
    "από το συνολικό ποσό",
    "από τα χρήματα αυτά",
    "από τα #",
)

# Headings of a pasted table's label column that name recipients or purposes, not givers
# (aidcalc.news.article_tables).
RECIPIENT_HEADERS = ("δικαιούχος", "σκοπός")

# The word for "today": the day its text counts from, a dateline's when one stands above it
# (aidcalc.news.dates.today_date).
TODAY = ("σήμερα",)
# Channel words (issue actors15): phrases, folded, before the organisations that pay the money
# out for a giver ("via UNDP and the EU"): such an organisation, and the ones joined to it, is a
# channel, neither giver nor recipient (aidcalc.news.donors).
CHANNEL_WORDS = (
    "μέσω",
    "διαμέσου",
)
# Venue words (issue actors15): stems of the nouns of an event ("ceremony", "conference",
# "summit", "meeting"); a place after one and a word of place ("at a ceremony in Paris") is
# where it happens, never a giver or recipient (aidcalc.news.donors).
VENUE_WORDS = (
    "τελετ",
    "διάσκεψ",
    "σύνοδ",
    "συνάντησ",
    "συνέδρι",
)

# Words for givers (aidcalc.news.donors, rule 3): as a subject, several givers' money; with
# a country as their possessor or genitive, that country receives.
ALLY_WORDS = ("σύμμαχοι", "εταίροι", "δωρητές", "χορηγοί")

# Head nouns of an organisation's name ("*" ends a prefix; a leading "*" a compound's head):
# one in the subject of a giving verb where no known giver stands names a giver the gazetteer
# does not know, never an earlier sentence's donor (aidcalc.news.donors).
ORGANISATION_NOUNS = ("τράπεζ*", "ταμεί*")
