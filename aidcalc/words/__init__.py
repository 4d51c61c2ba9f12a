"""Curated vocabulary, data only: the words around amounts that CLDR does not have.

One module per language (``en.py``, ``de.py``, …) holds that language's words as plain data,
its docstring saying where they come from; ``currency.py`` holds the currency supplements.
This module is the one registry: ``LANGUAGES`` maps each code to its module, and ``build``
merges the modules into the tables code reads (``QUALIFIER_FORMS``, ``RANGE_JOINERS``, the news
cues, …). Adding a language is one module and one line in ``LANGUAGES``. Nothing here imports
aidcalc, and code reads these tables, never its own copies.

A language module may define any of these names (all optional; a missing one adds nothing):

==========================  ===========================================================
``SCRIPT``                  ISO 15924 script, ``"Latn"`` or ``"Cyrl"``
``QUALIFIERS``              {kind: [forms]}: ``approx``, ``over``, ``under``, ``up_to``
``EXCEED_VERBS``            verbs of exceeding ("übersteigt"): before an amount in its clause
                            they make it a lower bound, ``over`` (news.exceeds)
``AND_A_HALF``              one word for "and a half" after a count ("iki buçuk milyar")
``NEGATIONS``               words that turn a bound before an amount into the other one ("no
                            more than": ``up_to``; "not less than": ``over``)
``GATED_QUALIFIERS``        its ordinary words that other languages use as qualifiers
``CONJUNCTIONS``            words joining main and minor units ("and")
``RESTATEMENT_LINKS``       words between an amount and its restatement ("that is")
``RATE_PHRASES``            the rate a restatement was converted at, after it ("at current
                            rates", "zum aktuellen Kurs")
``AMOUNT_ADJECTIVES``       words between a scaled number and its currency name ("900 million
                            emergency euros")
``ORDINARY_NAMES``          its currency names that are ordinary words ("real"): money only when
                            no other word follows
``LIST_AND`` ``LIST_OR``    words joining numbers that share the currency written at the end
                            ("8 and 12 million dollars"; "5 or 6 million euros": a range)
``BREAKDOWN_LINKS``         words starting another amount whose currency is elided ("of
                            which", "davon", "weitere"); ``PURPOSE_WORDS`` may follow such
                            an amount ("60 million for housing"), or a verb, perhaps after one
                            of ``REFLEXIVE_PRONOUNS`` ("4 millones se destinarán"), or one of
                            ``PART_VERBS``, money going somewhere ("iront", "går")
``PART_OF_LINKS``           words between a part and its whole ("3 mld z 9 mld euro", "3 billion
                            of the 9 billion euros"): the part takes the whole's currency
``WORTH_AFTER_NOUNS``       {qualifier form: nouns}: after such a noun (or a compound ending in
                            one) the form names a worth, no bound ("ein Paket über 1 Mrd.")
``LABEL_NOUNS``             nouns that label a numbered part ("Tranche 2", "Paket 4", "Étape 2"):
                            a dash after their number starts no range, and a number grouped
                            by spaces after one starts with their number ("Article 3 250
                            euros": EUR 250)
``IN_YEARS``                phrases before a list of years, each one amount's ("in den Jahren")
``CURRENCY_COMPOUNDS``      nouns after a currency's name or code that make it the first part
                            of a compound noun ("the 20 euro area states", "die 20 Euro
                            Länder"): after one of its ``DETERMINERS``, or joined by a hyphen
                            ("500 EUR-pallets"), the number before counts the compound;
``CURRENCY_NAMED_GOODS``    goods named after a currency ("Euro pallets"): always so
``COIN_NOUNS``              coins and notes after a currency ("2 euro coins"): a face value
``YEAR_ATTRIBUTE_BEFORE``   words before a year that make it the attribute of a noun after a
                            currency adjective ("The 2024 euro budget"): refused, not 2,024
``YEAR_BASIS_BEFORE``       words before a year that make it a time or a price basis before
                            any currency after it ("in 2022 dollars"): refused too
``YEAR_BASIS_ONLY``         those of them after which a round hundred is a basis too
``POSSESSIVE_DETERMINERS``  "its", "seine", "son": after a verb of change, the giver's object
``PRICE_EACH_WORDS``        range words that also give the price of each ("50 à € 2 miljoen
                            per stuk"): before a top that writes its sign first, no range
``NUMBER_WORDS``            {spelled cardinal: int}: number words read in a text of this
                            language (``lang``), on top of those num2words spells, or instead
                            for a language it lacks ("десет", "δέκα", "dvjesto")
``COUNT_WORDS``             {word: "1" or "0.5"}: "one", "half" before a scale word ("un
                            miliardo", "půl miliardy"); ``WHOLE_SCALES`` scale phrases that
                            are a number alone ("mil millones")
``DECIMAL_WORDS``           the word for the decimal mark of a spelled number ("point",
                            "virgola", "komma", "celá"), lower case
``UNREAD_FRACTIONS``        fractions before a spelled number, refused ("third", "Drittel");
                            ``FRACTION_LINKS`` the words between ("of", "van", "de")
``FILLERS``                 words between a scale and a currency name telling the language
``MORE_FILLERS``            such words that do not tell the language
``NAME_MAY_FOLLOW``         words after which a currency name may lead its number
``RANGE_JOINERS``           words joining a range's ends; ``RANGE_JOINERS_ALONE`` without an
                            opener; ``RANGE_OPENERS`` ("between"); ``RANGE_FROM`` ordinary
                            words that open a range only with a joiner of their language
                            ("de 2 a 3 millones", "van 2 tot 3 miljoen"); ``RANGE_ARTICLES``
                            articles before each end after an opener ("tra i 5 e i 10");
                            ``RANGE_CLOSERS`` words after a range that close it, needed by
                            its ``CLOSED_RANGE_JOINERS`` ("5 ile 10 milyon dolar arasında")
``CHANGE_VERBS``            verbs of a change of value ("rose", "stieg", ``*`` ends a prefix);
                            with one before ``CHANGE_FROM`` ("from", "von", "z") and
                            ``CHANGE_TO`` between ("to", "auf", "do"), the two numbers are two
                            amounts, the value before and after ("rose from €5bn to €8bn");
                            ``CHANGE_TO_ALONE`` such words that need no verb ("von … auf");
                            ``CHANGE_BY`` the words of ``CHANGE_FROM`` that give the change,
                            not the value before ("by", "um", "o", "на");
                            ``CHANGE_CUES`` words before the value before ("up from");
                            ``PREVIOUS_VALUE_CUES`` words before a value compared with
                            ("versus", "gegenüber", "wobec"), the value before unless its
                            clause names a country
``AFTER_VALUE_WORDS``       the word before a value before written after its value after
``PAST_PERIODS``            ("…to €8bn, after €5bn"), and the phrases of a past period that
                            must follow it ("last year", "im Vorjahr")
``MINUS_WORDS``             the word for "minus" right before an amount: its sign ("minus €5
                            million" is a negative value)
``PLUS_WORDS``              the word for "plus" between two numbers ("2 plus 3 million euros",
                            "2 más 3 millones"): a sum, refused as "2 + 3 million" is
``MULTIPLY_WORDS``          words after a count that multiply what follows ("3 times", "fois",
                            "razy"); ``FACTOR_WORDS`` one-word factors ("twice", "dreimal",
                            "двічі"); ``PRODUCT_EACH`` a word for "each" after them ("trzy
                            razy po 50 mln zł"): a product, or with words between a comparison
                            ("twice as much as €5bn"), refused before an amount
``CHANGE_ALONE``            {"up" | "down": phrases} right before the size of a change stated
                            without the value after ("an increase of", "cut by", "Erhöhung
                            um", "wzrost o"): a pledge row of the amount added, or none of a cut
``HYPHEN_QUALIFIERS``       {word: qualifier kind} glued by a hyphen after an amount
                            ("€5bn-plus": over)
``QUALIFIERS_AFTER``        {word: qualifier kind} written after an amount ("3億ドル以上");
                            ``AFTER_PARTICLES`` particles glued to the amount that such a word
                            may follow ("5억 달러가 넘는": over)
``GLUED_THOUSANDS``         {language: forms of the word for a thousand inside one glued
                            compound number ("duemilacinquecento", "zweitausendfünfhundert"):
                            [count] thousand [rest] (``parsing.number_spans``)
``NUMBER_OVER_SUFFIXES``    {suffix: languages}: suffixes glued to a number before its group
                            unit, or to the unit before the currency, that make the figure a
                            lower bound ("6000여만원", "3000余万元", "5亿多元": more than):
                            read as qualifier ``over`` (``parsing.number_spans``)
``VERBS`` ``CATEGORIES``    news cues, {kind: "cue cue* …"} (``aidcalc.news.cues``); a
``BASIS`` ``INTENTION``     language with ``VERBS`` is a news language (``NEWS_LANGUAGES``);
                            ``BASIS`` kinds: ``cumulative``, ``already`` (a running total only
                            for an amount its clause dates by no month or year), ``as_of`` (a
                            running total's date, in a sentence of no intention or future)
``MEASURE`` ``FUTURE``
``CUE_PHRASES``             its cues that are phrases of several words
``SINCE`` ``IN_YEAR``       date words (``aidcalc.news.dates``); ``DAY_SUFFIXES`` ("4th");
``DATE_LINKS``              words between a day, its month and its year ("3 de marzo de
                            2025")
``SINCE_AFTER``             words right after a date that make it the start of a running
                            period, as ``SINCE`` words before one do ("2022年以来", "2022년
                            이후"; Finnish, Turkish after the date's case ending: "2022'den
                            itibaren"): no value date
``RELATIVE_YEARS``          ((phrase, years added to the publication year), …): "last year",
                            "im Vorjahr", "торік" (-1), "this year" (0), "next year" (+1)
``ANCHORED_YEARS``          ((phrase, years added to the year named before it), …): "the year
                            before", "rok wcześniej" (-1), "a year later" (+1)
``ECONOMY_NOUNS``           nouns of a country's economy ("GDP", "BIP", "ВВП"): the year beside
                            them ("GDP in 2023", "2023 GDP") is theirs, no value date
``UNTIL``                   words before a year or an ``IN_YEAR`` phrase making the year a
``UNTIL_LINKS``             period's end ("until 2027", "jusqu'en 2027"), no value date;
                            ``UNTIL_LINKS`` words that may stand between ("bis Ende 2027")
``SPAN_LINKS``              words that, like an ``UNTIL`` word, join the two years of a span
                            ("2025 to 2027", "de 2025 à 2027", "2025년부터 2027년")
``SEVERAL_YEARS``           phrases saying an amount is spread over several years ("multi-year",
                            "mehrjährig", "중장기적으로"), folded, matched inside its clause
``OTHER_TIME_WORDS``        words between an amount and a figure without currency that put
                            the figure in a clause of another time ("compared with", "had",
                            "gegenüber", "había"): that clause's year is the figure's only
``RELATIVE_WEEKS``          ((phrase, weeks added), …): "last week", "minulého týždňa" (-1)
``TODAY``                   the words for "today" ("heute", "i dag"): the day the text
                            counts from, a dateline's day when one stands above
``SAME_DAY``                phrases dating a sentence's money on the day of the sentence
                            before it ("the same day", "dezelfde dag", "samma dag")
``WEEKDAY_FORMS``           {form: day, 1 = Monday}: days of the week in the case after "on"
                            that CLDR lacks ("we środę", "у п'ятницю"); ``NOT_WEEKDAYS``
``NOT_WEEKDAYS``            CLDR day names that are everyday words too (Russian "среда")
``PER_YEAR``                phrases beside an amount making it a yearly amount ("a year",
                            "jährlich", "rocznie"); ``PER_YEAR_NOT_BEFORE`` words after one
``PER_YEAR_NOT_BEFORE``     that make it a time instead ("a year ago")
``PER_UNIT``                words right after an amount, before a noun, making it a rate
                            ("€500 per family", "€2 a day", "5 € pro Kopf"): no total given;
                            ``PER_UNIT_PHRASES`` whole phrases so ("500 zł na osobę");
                            ``PER_UNIT_NOT`` words after which it is none ("per direct");
                            ``PART_UNIT_NOUNS`` the parts a sum is paid in ("two tranches of
                            €5m": one of several); ``PACE_NOUNS`` times after a slash
                            ("€5m/month": a pace, no rate)
``MULTIPLIED_VERBS``        verbs multiplying an amount ("tripled its €5m pledge": the value
                            before the change, no pledge)
``RELATIVE_WORDS``          relative pronouns: a date in the clause they open after a comma is
                            that clause's amount's only ("which", "der", "który")
``COMPARED_WORDS``          words before a ``RELATIVE_YEARS`` phrase making it a comparison
                            ("as", "than", "from": "the same as last year"), no date
``LIKENESS_OPENERS``        words opening a clause after a comma that liken the giving to
                            another's ("…, matching the pledge of Germany"): no recipient there
``MONTH_IN_CASE``           (CLDR context, ((ending, replacement), …)): the "in <month>" case
``IRREGULAR_MONTHS``        {form: month} the rule does not give;
                            ``EXTRA_MONTH_ABBREVIATIONS``: {abbreviation: month} CLDR lacks
``STOP_WORDS`` ``LETTERS``  language inference (``aidcalc.news.language``)
``TELLING_WORDS``           small words of a Cyrillic language that the other supported ones
                            of its script write otherwise ("что", "що", "ще"), scored beside
                            its ``LETTERS`` (Latin languages use ``STOP_WORDS``);
``LATIN_TELLING_WORDS``     words that tell apart two languages scored alike in Latin script
                            (Serbian's ekavian "Nemačka", "dve" and Croatian's "Njemačka",
                            "dvije"): the one whose words a text holds more of is its language
                            (``aidcalc.news.language.infer_language``);
``LETTER_PAIRS``            letters only this language writes side by side ("ъе": the
                            Russian hard sign, which only a vowel like "е" follows; Finnish
                            "ää", Norwegian "øy", "økt": scored as ``LETTERS`` are);
``WORD_ENDINGS``            endings of words that tell this language ("помощ", Slovak
                            "-ovať"), scored as its ``LETTERS`` are
``COMMON_NOUNS``            its everyday words that CLDR also gives as a currency name and no
                            other list (stop words, CLDR place names) holds: "kip" (Dutch
                            "chicken"), "Rand" (German "edge"); a currency there only after a
                            scaled number (``aidcalc.parsing.cldr``), or in a sentence
                            holding one of its ``MONEY_CONTEXT`` words, or in a text naming a
                            country paying in it (``aidcalc.parsing.atoms``)
``PLACE_SHORT_FORMS``       {short form: code} (``aidcalc.places``); ``EXTRA_LETTERS``
``PLACE_CASE_FORMS``        {form: code}: a short form in a case other than the nominative
                            ("Moldovu", "Gaze"), matched as written and never a subject
``INFLECTED``               True when case endings tell subject from recipient (stems)
``VERB_SECOND``             True when a main clause may put its subject after the verb that
                            comes second ("Im Februar sagte Deutschland …"), and the giving
                            verb may close the clause after an auxiliary ("hat … zugesagt")
``ABBREVIATIONS``           words a period after which does not end a sentence;
``ENDING_ABBREVIATIONS``    those of them that still end one before a capital letter ("zł.")
``YEAR_ABBREVIATIONS``      "year" abbreviated after a year ("2023 г.", "2023 r."): the end of
                            a sentence unless a short date phrase opening it ends there
``YEAR_ABBREVIATION_LANGS`` {word: languages} of ``YEAR_ABBREVIATIONS``: "2024 р." is a year
                            in Ukrainian, not 2,024 roubles (``parsing.number_spans``)
``INSTITUTIONS``            {code: phrases}: offices and bodies that act for a country or
                            body; code ``""`` for an office of the country named beside it
``AID_NOUNS``               nouns whose possessor or adjective is the giver ("Greek aid")
``COLLECTIVE_DONORS``       phrases making a sentence's money collective, with no single donor
``AGENT_MARKERS``           words before the giver ("by"); ``RECIPIENT_MARKERS`` before the
``RECIPIENT_MARKERS``       recipient ("to"); ``DETERMINERS`` may stand between
``PART_SOURCES``            words before the country a part of a whole comes from ("from",
                            "aus", "z"): the part's giver
``MEANS_MARKERS``           words before a way or model ("through", "via"): a nationality
                            adjective after them ("through the Danish model") is no actor
``PASSIVE_AUXILIARIES``     auxiliaries of the passive ("was"): before a giving verb they make
                            the subject the receiver and the agent the giver
``GIVING_WORDS``            in a language written without spaces (Japanese, Chinese, Korean),
                            words of giving found inside longer runs ("表明", "承诺", "지원");
``RECIPIENT_AFTER``         particles right after a country making it the receiver ("に", "에"),
``RECIPIENT_BEFORE``        and words right before it ("向", "给"): ``aidcalc.news.cjk``
``REQUEST_ANSWERED``        in Japanese and Chinese, words that answer a request ("応じ",
                            "应"): its clause gives (``aidcalc.news.not_giving``)
``ASKED_AFTER``             in a language whose verb closes the clause (ja, ko, tr), the particles
                            or case endings right after a country before a request verb that make
                            it the one asked ("독일에 … 요청했다", "ドイツに…要請した", "Almanya'ya
                            … çağrısı"): the donor asked, the asker the recipient
``MONTH_FIRST_DATES``       True when the language's press may write a numeric date month
                            first ("02/12/2025" in US English); else day first
``REQUEST_LINKS``           words after a request opening what the one asked is to do ("to",
                            "aby"): a giving verb after one is asked for
``SUBJECT_AFTER``           particles right after a country making it its clause's giver ("은")
``GENITIVE_AFTER``          particles right after a country making it the owner of the noun
                            after ("スーダンの人道危機", "乌克兰的要求"): no giver by place alone
``PURPOSE_AFTER``           words closing a phrase of purpose after a country and its nouns
                            ("가자지구 주민을 위해", for the people of Gaza): the receiver
``COMPOUND_MARKS``          marks joining countries into one noun ("·"): the aid's place
``CASE_SUFFIXES``           {role: endings} after an apostrophe that give a country its role
                            ("Ukrayna'ya": ``recipient``, "Japonya'dan": ``agent``,
                            "Türkiye'nin": ``owner``; "Ankara'da", in Ankara: ``place``,
                            no actor)
``NAME_ENDINGS``            {role: endings} written onto a country's name with no apostrophe
                            that give it its role ("Ukrainalle", to Ukraine: ``recipient``;
                            "Hrvatske": ``owner``, the genitive; "Ukrajini": ``dative``,
                            never the aggressor after a noun of war; "Германией", by
                            Germany: ``agent``, the instrumental, unless after a word of
                            ``INSTRUMENTAL_LINKS``)
``INSTRUMENTAL_LINKS``      prepositions taking the instrumental ("с", "між"): a country in
                            it after one ("вместе с Германией") is no agent
``SUBJECT_RECEIVES``        words right before a giving verb making its subject the receiver
                            ("Ukraine was promised", "l'Ukraine s'est vu promettre"): the
                            agent gives, else no one the sentence names (news.donors)
``GENITIVE_LINKS``          words joining an office to its country ("of"); ``SEAT_LINKS``
                            to the capital it sits in ("in"); ``STATE_NOUNS`` nouns of a
                            state's form between them ("Republike": "Vlada Republike
                            Slovenije", "Government of the Republic of Poland")
``MEETING_WORDS``           meetings named by their city ("the Paris conference", "Conferenza
                            di Parigi"): that capital is where donors meet, no actor
``COPULAS``                 verbs of being between an amount and its restatement in another
                            currency ("C$40 million is roughly US$28 million"); two of them
                            may stand together ("is equivalent to", "komt overeen met")
``COPULAS_AFTER``           the same closing a verb-final clause, after the restating amount
                            ("… 10,8 milyon dolara denk geliyor")
``RESTATING_SUBJECTS``      subjects naming the money said just before ("This sum", "Această
                            sumă"), opening a sentence that restates it by a verb of being
``PART_BEFORE``             phrases before or after an amount that make it part of the one
``PART_AFTER``              before it ("of which", "of it")
``PART_CONTENTS``           verbs saying a package holds what follows ("includes", "umfasst",
                            "w skład … wchodzi"): the amount after one is a part of the
                            package, which may stand a few sentences before
``PART_SHARES``             share words before a ``PART_AFTER`` phrase ("most of it, €2bn");
``TOTAL_FRAMES``            a verb, some words ("…"), a word for "to" before an amount: a
                            running total said after a new one ("bringing … to")
``RAISE_FRAMES``            the same frames for a new level set for a whole ("raise … to"):
``LEVEL_NOUNS``             cumulative when a noun of ``LEVEL_NOUNS`` ("envelope*") stands
``RAISE_FRAMES_AFTER``      in the frame; ``RAISE_FRAMES_AFTER``: "to" before the amount
                            ("…"), the verb after it ("Rahmen auf … zu erhöhen")
``REACH_VERBS``             verbs of a sum of aid reached ("reached", "a atteint", "osiągnęła"),
``REACH_VERBS_AFTER``       the amount right after them; ``REACH_VERBS_AFTER`` verb last, the
                            amount right before ("… avroya ulaştı"): cumulative, an allocation
``SUM_VERBS``               verbs of a sum the aid came to ("amounted to", "wyniosła"): an
                            allocation
``RANKING_AFTER``           a ranking after a sum of aid set off by commas ("Japan's
                            contribution, at about $12bn, remains the largest"): reached
``WAR_NOUNS``               nouns of war and invasion: a demonym beside one ("Russian
                            invasion", "invasão russa") is the aggressor, no recipient
``WAR_PARTICIPLES``         participles of acts of war ("occupied", "оккупированные"): a
                            country as their agent ("occupied by Russia") is the aggressor
``ON_TOP``                  words saying a sentence's money comes on top of an earlier
                            one's ("will also give", "contribuirá ainda com"): a new row
``PACKAGE_VALUE``           phrases restating a package's value ("total value of", "samlet
                            værdi af"): the package's pledge, no running total
``COMPARED_AFTER``          phrases right after an amount that make it a difference ("more
                            than"); ``SET_AGAINST`` phrases right before an amount that set it
``SET_AGAINST``             against a pledge ("short of", "a fraction of"); ``RELATIVE_PRONOUNS``
``RELATIVE_PRONOUNS``       may open another actor's clause after an amount ("that", "die");
``SPENDING_VERBS``          verbs of an actor spending on itself ("spends"): no aid
``RELATIVE_CLAUSE_WORDS``   words opening a relative clause after a comma: a request in it
                            governs only that clause's amounts ("Kyiv, which asked for …,")
``OWN_BUDGETS``             budget nouns ("military budget"): their value is the owner's money
``OTHER_MONEY``             {kind: words} of money that is no gift, whoever's it is: damage,
                            weapons fired, losses, costs of war, trade, revenues, debts
                            ("destroyed", "a perdu", "straty"), and figures stated: estimates,
                            stocks, hypotheticals, valuation verbs ("will cost", "rezerwy",
                            "would mean", "beläuft sich"); "word*" for any word it begins
``OTHER_MONEY_LINKS``       words between an amount and such a word after it ("in damage")
``OWN_POSSESSIVES``         the subject's possessives after spent money ("its army"): own money
``SPENDING_SPLIT``          split spending verbs (verb, particle): "gibt … aus"
``OWN_ENDS``                nouns of an actor's own ends after such a possessive ("its army",
                            "seine Armee", "swoją armię"): money for them is its own, no aid
``SHARE_WHOLES``            the whole a share is taken of, before an amount set off ("a third of
                            the package (€1.3bn)"): a part, as after ``PART_AFTER``
``SHARE_OF_LINKS``          words between a share and its whole written as an amount ("a third
                            of the €9bn"): that amount is the whole, no pledge of the giver
``WHOLE_FROM``              links naming a whole only with a noun after them ("from", "aus")
``WHOLE_NOUNS``             stems of nouns naming a whole money is taken of ("package",
                            "pakiet", "enveloppe"): "€3bn from the package worth €9bn"
``WHOLE_WORTH``             words between such a noun and the whole's amount ("worth", "de")
``REST_WORDS``              the rest of a whole, set off right before an amount ("The rest,
                            €1.5bn, …") or standing right before it ("the remaining €1bn",
                            "Loput 10 miljoonaa"): a part of the amount before;
``REST_AFTER``              the same right after an amount ("10 millions restants")
``BREAKDOWN_OPENERS``       phrases opening a sentence that break down a total said a sentence
                            or a few before ("Of this", "Davon", "Tästä", "Av de 500
                            millionene": "#" a number the total is restated by): the
                            sentence's amounts are parts of the giver's latest total
``PART_NOT_AFTER``          words binding a ``PART_BEFORE`` phrase into their own ("on top of")
``PART_NOT_BEFORE``         nouns after a ``PART_BEFORE`` phrase making it one of time or
                            reason, no part ("w tym roku": this year, "z toho důvodu")
``JOINT_DONORS``            words saying that the givers before them give one sum together
                            ("jointly", "gemeinsam"): that money has no single donor;
``RESPECTIVELY``            unless the sentence pairs givers and amounts ("respectively")
``THANKING``                the thanking verbs among the receiving ones, in the languages
                            whose subject may follow the verb: the one thanked right after
                            such a verb is its object ("dankte Berlin"), never its subject
``SPEECH_VERBS``            verbs of saying after a quote ("said", "sagte", "powiedział"),
``WE_WORDS``                words of the first person plural inside it ("we", "wir", "my")
``WE_ENDINGS``              and endings of a giving, asking or needing verb in that person
                            ("-emy", "-amos"): a speaker of a named country after a quote in
                            the first person plural is the giver of its amounts, or, when
                            the quote asks or receives, their recipient
``FURTHER_AMOUNT``          words between a list item's giver and its amount ("Japan another
                            $2bn", "Japan weitere 2 Mrd."): the giver still opens the item;
                            before an amount, and ``FURTHER_AFTER`` after it ("DKK 9.7bn
``FURTHER_AFTER``           more"), they make it a new pledge, never a repeat; so do
``AGAIN_WORDS``             words anywhere in its clause saying it is given once more ("again")
``SUBJECT_PRONOUNS``        words opening a sentence as a subject that name no one ("It"):
                            any other capitalised first word before a giving verb or "'s"
                            is an unknown giver ("Korea pledged …"), not the earlier donor
``CONTRAST_OPENERS``        words opening a clause of another subject after an amount
                            ("while", "tandis que"): the country after them gives its amounts
``FROM_US``                 words in a quote naming its speakers as the givers ("from us")
``ALLY_WORDS``              words for a country's givers ("Ukraine's allies"): as a subject,
                            collective money that country receives
``EVENT_TOPICS``            words after a noun of an event (``VENUE_WORDS``, ``MEETING_WORDS``)
                            and before the country it is about ("the conference on Lebanon",
                            "la conférence de Paris sur le Liban", "Konferenz zum Libanon"):
                            that country receives, never gives
``ORGANISATION_NOUNS``      stems of the head nouns of an organisation's name ("bank",
                            "Banco", "fund*", "agenc*", "Entwicklungsbank"): one in the subject
                            of a giving verb where no known giver stands ("El Banco
                            Interamericano aprobó") is a giver the gazetteer does not know,
                            never the donor of an earlier sentence (``unnamed``)
``APPEAL_WORDS``            nouns of an appeal or a call for money ("appeal", "appel",
                            "llamamiento", "Spendenaufruf", "呼びかけ") and forms of asking the
                            request verbs of ``NOT_GIVING`` miss: added to its ``request``
                            cues (phrases of several words need no ``CUE_PHRASES`` entry)
``ITEM_WITH``               words between a later list item's giver and its amount ("Germany
                            leading with €4bn", "Deutschland mit 4 Mrd."): the giver opens it
``EACH_WORDS``              words beside one amount of several joined givers saying each
                            gives it ("€20m each", "jeweils"): one row per giver
``FUND_NOUNS``              stems of a fund's or programme's noun, held in a word ("fund",
                            "fonds" in "energiefonds"): a country after it and a genitive
                            link ("van", "von", "of") owns the fund and receives, never gives
``CHANNEL_AFTER``           postpositions after such an organisation, its case ending
                            between ("kautta", "aracılığıyla"): the same
``CHANNEL_WORDS``           phrases before an organisation that pays the money out for a
                            giver ("via", "through", "über", "za pośrednictwem"): it and the
                            organisations joined to it are channels, no giver or recipient
``VENUE_WORDS``             stems of the nouns of an event ("ceremon", "Konferenz", "szczyt"):
                            a place after one and a word of place is where it happens, no actor
``SUM_WORDS``               words making an amount the sum of those beside it ("combined")
``WHOLE_BEFORE``            words right before a whole whose parts follow ("Of the €5bn")
``BUDGET_NOUNS``            words of a state's budget or spending frame ("Haushalt", "budżet*",
                            "rammen"): with a year, an allocation of that year (news.budget_lines)
``TOTAL_LABELS``            labels of a pasted table row or list item that sums the items
                            before it ("Total | €5bn", "- Razem: 5 mld zł"): no giver's own
``ID_HEADERS``              headings of a pasted table's column that numbers its rows ("No.",
                            "Nr.", "Pakke"; with ``LABEL_NOUNS``): identifiers, no money
``RECIPIENT_HEADERS``       headings of a pasted table's label column naming recipients or
                            purposes ("Recipient", "Empfänger", "Purpose", "Cel"): the labels
                            receive, or name what the money is for, never who gives it
``CORRECTION_LABELS``       labels of a correction note before its colon ("Correction:",
                            "Rettelse:"); ``EARLIER_VERSION`` phrases naming the figure an
                            earlier version gave ("in einer früheren Fassung"): retracted;
                            ``CORRECTION_NOT`` a "not" before a retracted figure in the note;
                            ``CORRECT_FIGURE`` words after the earlier version's figure that
                            introduce the right one ("…; the correct figure is …");
                            ``EARLIER_REPORT`` phrases naming what was reported before ("ранее
                            сообщалось"): retracted only with a ``CORRECT_FIGURE`` word after
                            them in the same sentence ("…; позднее министерство уточнило …")
``PERSON_TITLES``           a person's titles ("prime minister", "primeiro-ministro", "Kanzler"):
                            a country name right after one is a surname, no place
``OTHER_LABELS``            labels of a list item or table row of unnamed givers ("- Others:
                            €1bn", "Sonstige", "Pozostali"): no country's pledge
``NAME_CASE_ENDINGS``       endings of a name in the oblique cases ("Чаду"), and the vowels a
``FLEETING_VOWELS``         name drops before them ("Egipat", "Egipta"): ``aidcalc.places``
``NAME_LOCALES_ALSO``       CLDR locales whose country names the language's text writes too
                            (its other script, "sr_Latn"; a language read as it, "bs")
``HOME_COUNTRY``            the country whose offices the language's press names without
                            naming the country ("Rząd", "Regeringen"): an assumption, only
                            for a language written mainly in one donor country
==========================  ===========================================================

English also holds the number words (``UNITS``, ``MULTIPLIERS``, ``FRACTIONS``, ``ARTICLES``),
``POSSESSIVE_ENDINGS`` and the names ``aidcalc.countries`` adds (``EU_INSTITUTIONS``,
``COUNTRY_SHORT_FORMS``, ``MULTILATERAL_DONORS``).

>>> NEWS_LANGUAGES[11:]
('ro', 'da', 'sv', 'nb', 'bg', 'cs', 'sk', 'fi', 'hr', 'el', 'tr', 'sl', 'sr', 'mk')
>>> QUALIFIER_FORMS["over"]["de"][:2]
['über', 'mehr als']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any

from . import (
    bg,
    cs,
    da,
    de,
    el,
    en,
    es,
    et,
    fi,
    fr,
    hr,
    hu,
    it,
    ja,
    ko,
    lt,
    lv,
    mk,
    nb,
    nl,
    pl,
    pt,
    ro,
    ru,
    sk,
    sl,
    sr,
    sv,
    tr,
    uk,
    zh,
)

# The registry: every language with curated words, in the order tables list them.
LANGUAGES: dict[str, ModuleType] = {
    "en": en,
    "de": de,
    "fr": fr,
    "lt": lt,
    "uk": uk,
    "pl": pl,
    "ru": ru,
    "es": es,
    "it": it,
    "pt": pt,
    "nl": nl,
    "ro": ro,
    "da": da,
    "sv": sv,
    "nb": nb,
    "bg": bg,
    "cs": cs,
    "sk": sk,
    "fi": fi,
    "hr": hr,
    "el": el,
    "tr": tr,
    "sl": sl,
    "sr": sr,
    "mk": mk,
    "hu": hu,
    "et": et,
    "lv": lv,
    "ja": ja,
    "ko": ko,
    "zh": zh,
}

# Marks of no language that join a range ("$1-2 billion") or stand between a scale and a
# currency name ("millions d'euros").
DASHES = ("-", "–", "—")
# Years named in Japanese (and Chinese), written without spaces between words, so no language
# module's phrases (which need word boundaries) can hold them: {phrase: years added}. From the
# publication's year: 昨年 and 去年 "last year", 今年 and 本年 "this year", 来年 and 明年 "next
# year"; from the year named before them: 前年 "the year before" (Japanese only: in Chinese it
# is the year before last, so it counts only in a sentence with kana) and 翌年 "the year after".
# Korean writes spaces between words but glues particles onto them ("지난해에", "올해는"), so its
# year words are here too: 지난해 and 작년 "last year", 올해 "this year", 내년 "next year".
CJK_RELATIVE_YEARS = {
    "昨年": -1,
    "去年": -1,
    "今年": 0,
    "本年": 0,
    "来年": 1,
    "明年": 1,
    "지난해": -1,
    "작년": -1,
    "올해": 0,
    "내년": 1,
}
CJK_ANCHORED_YEARS = {"前年": -1, "翌年": 1}
# What right after such a phrase makes it a comparison, no date: 昨年比 "compared with last
# year", 昨年より "than last year", 前年同期 "the same period of the year before", 並み "as";
# Korean 지난해보다 "than last year", 작년 대비 "compared with last year", 에 비해 "compared to".
CJK_COMPARED_AFTER = (
    "比",
    "より",
    "同期",
    "並み",
    "と比べ",
    "に比べ",
    "보다",
    "대비",
    " 대비",
    "에 비해",
)
# The units inside one group of a Korean, Japanese or Chinese number, written after a digit
# ("5천240억": 5 thousand 240 hundred-millions, 524 billion; "3千5百万": 35 million), as
# powers of ten; and the group units that close a group of four digits (만/万/萬 10^4, 억/億/亿
# 10^8, 조/兆 10^12). A group's count is read whole before its group unit: the sums of
# digits times units, then the digits left (Korean Standard Language Rules, numerals; the
# same positional reading in Japanese and Chinese).
CJK_DIGIT_UNITS = {"천": 3, "千": 3, "仟": 3, "백": 2, "百": 2, "佰": 2, "십": 1, "十": 1, "拾": 1}
CJK_GROUP_UNITS = {"만": 4, "万": 4, "萬": 4, "억": 8, "億": 8, "亿": 8, "조": 12, "兆": 12}
# The units of a date written after its year and month ("2025年2月18日", "2025년2월"): digits
# right after one are the date's next part, no number running on into letters.
CJK_DATE_UNITS = ("年", "月", "년", "월")
# The parts of a date written in Japanese, Chinese and Korean, each the characters that may
# close it: the year, the month and the day ("2025年2月19日"; Korean puts a space after each:
# "2025년 2월 19일"), and the mark after the year's unit of a fiscal year ("2024年度",
# "2024년도"), which is no calendar year.
CJK_DATE_PARTS = {"year": "年년", "month": "月월", "day": "日일", "fiscal": "度도"}
APOSTROPHES = ("'", "’")
# Comparison signs of no language before an amount ("> €5m", "≥ $2bn", "<€1m"), and after it
# ("€5m+"), as ``Amount.qualifier`` kinds: more than, at least (counted as over), less than,
# at most (up to).
SIGN_QUALIFIERS = {">": "over", "≥": "over", "<": "under", "≤": "up_to"}
TRAILING_SIGN_QUALIFIERS = {"+": "over"}
# Signs of no language for a hundredth of the main unit after a number ("20 rupees 43¢").
MINOR_UNIT_SIGNS = ("¢",)

# The news cue tables, as ``aidcalc.news.cues`` names them, and the module name of each.
CUE_TABLES = {
    "VERB": "VERBS",
    "CATEGORY": "CATEGORIES",
    "BASIS": "BASIS",
    "INTENTION": "INTENTION",
    "MEASURE": "MEASURE",
    "FUTURE": "FUTURE",
    "NOT_GIVING": "NOT_GIVING",
}


# Word lists of who gives, {language: folded words} (aidcalc.news.donors).
ROLE_WORDS = (
    "AGENT_MARKERS",
    "PART_SOURCES",
    "PASSIVE_AUXILIARIES",
    "RECIPIENT_MARKERS",
    "MEANS_MARKERS",
    "DETERMINERS",
    "GENITIVE_LINKS",
    "STATE_NOUNS",
    "SEAT_LINKS",
    "COPULAS",
    "COPULAS_AFTER",
    "MEETING_WORDS",
    "INSTRUMENTAL_LINKS",
    "EVENT_TOPICS",
)


def _words(languages: Mapping[str, ModuleType], name: str) -> set[str]:
    """Return the union of the word lists ``name`` of all languages."""
    found: set[str] = set()
    for module in languages.values():
        found.update(getattr(module, name, ()))
    return found


def _by_language(languages: Mapping[str, ModuleType], name: str) -> dict[str, Any]:
    """Return {language: its ``name``} for the languages that define ``name``."""
    return {
        code: getattr(module, name) for code, module in languages.items() if hasattr(module, name)
    }


def _by_kind(languages: Mapping[str, ModuleType], name: str) -> dict[str, dict[str, Any]]:
    """Turn each language's {kind: words} ``name`` into {kind: {language: words}}."""
    table: dict[str, dict[str, Any]] = {}
    for code, kinds in _by_language(languages, name).items():
        for kind, value in kinds.items():
            table.setdefault(kind, {})[code] = value
    return table


def _word_langs(languages: Mapping[str, Any], name: str | None = None) -> dict[str, frozenset[str]]:
    """Return {word: the languages whose list ``name`` holds it}; without ``name``,
    ``languages`` is {language: its words} already."""
    found: dict[str, set[str]] = {}
    for code, module in languages.items():
        for word in module if name is None else getattr(module, name, ()):
            found.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in found.items()}


def _folded(words):
    """Return a set of words, or a {word: languages} table, with each word casefolded."""
    if isinstance(words, dict):
        return {word.casefold(): langs for word, langs in words.items()}
    return {word.casefold() for word in words}


def _count_words(languages: Mapping[str, ModuleType]) -> dict[str, dict[str, str]]:
    """Return {folded word: {language: value}} of the languages' ``COUNT_WORDS``."""
    table: dict[str, dict[str, str]] = {}
    for code, words in _by_language(languages, "COUNT_WORDS").items():
        for word, value in words.items():
            table.setdefault(word.casefold(), {})[code] = value
    return table


def _worth_after_nouns(languages: Mapping[str, ModuleType]) -> dict[str, tuple[str, ...]]:
    """Return {folded qualifier form: folded nouns} of the ``WORTH_AFTER_NOUNS``."""
    table: dict[str, set[str]] = {}
    for words in _by_language(languages, "WORTH_AFTER_NOUNS").values():
        for form, nouns in words.items():
            table.setdefault(form.casefold(), set()).update(noun.casefold() for noun in nouns)
    return {form: tuple(sorted(nouns)) for form, nouns in table.items()}


def _qualifiers_after(languages: Mapping[str, ModuleType]) -> dict[str, tuple[str, frozenset]]:
    """Return {folded word: (qualifier kind, its languages)} of the ``QUALIFIERS_AFTER``."""
    table: dict[str, tuple[str, frozenset]] = {}
    for code, words in _by_language(languages, "QUALIFIERS_AFTER").items():
        for word, kind in words.items():
            _, langs = table.get(word.casefold(), (kind, frozenset()))
            table[word.casefold()] = (kind, langs | {code})
    return table


# A negated bound is the other bound: "no more than" is at most (``up_to``), "not less than" at
# least (``over``). Every ``over`` form negates; of the ``under`` forms only those of several
# words ("less than"), for the single ones are mostly approach words ("nearly", "almost"),
# whose negation ("not nearly") is no bound.
NEGATED_KIND = {"over": "up_to", "under": "over"}


def _with_negations(
    languages: Mapping[str, ModuleType], table: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Add to {kind: {language: forms}} each language's ``NEGATIONS`` before its ``over`` and
    ``under`` forms, as the opposite bound (``NEGATED_KIND``); a form the language lists
    itself keeps its own kind."""
    out = {kind: dict(by_language) for kind, by_language in table.items()}
    for code, module in languages.items():
        negations = getattr(module, "NEGATIONS", ())
        if not negations:
            continue
        own = {
            form.casefold() for by_language in table.values() for form in by_language.get(code, ())
        }
        for kind, negated in NEGATED_KIND.items():
            added = []
            for form in table.get(kind, {}).get(code, ()):
                if kind == "under" and " " not in form:
                    continue
                for negation in negations:
                    phrase = f"{negation} {form}"
                    if phrase.casefold() not in own:
                        added.append(phrase)
            if added:
                forms = out.setdefault(negated, {})
                forms[code] = [*forms.get(code, ()), *added]
    return out


def _with_appeals(
    languages: Mapping[str, ModuleType], table: dict[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    """Add each language's ``APPEAL_WORDS`` (an appeal named as a noun: "appeal", "appello",
    "Spendenaufruf") to its ``request`` cues of {kind: {language: cues}} ``NOT_GIVING``: money
    an appeal asks for is asked for, as a request verb's is.

    >>> from types import SimpleNamespace
    >>> fr = SimpleNamespace(APPEAL_WORDS=("appel", "appel de fonds"))
    >>> _with_appeals({"fr": fr}, {"request": {"fr": "demand*"}})["request"]["fr"]
    'demand* appel appel de fonds'
    """
    out = {kind: dict(by_language) for kind, by_language in table.items()}
    requests = out.setdefault("request", {})
    for code, words in _by_language(languages, "APPEAL_WORDS").items():
        requests[code] = " ".join(filter(None, (requests.get(code, ""), *words)))
    return out


def build(languages: Mapping[str, ModuleType]) -> dict[str, Any]:
    """Return the tables code reads, merged from the language modules of ``languages``."""
    filler_langs: dict[str, set[str]] = {}
    for code, module in languages.items():
        for word in getattr(module, "FILLERS", ()):
            filler_langs.setdefault(word, set()).add(code)
    news = tuple(code for code, module in languages.items() if hasattr(module, "VERBS"))
    tables: dict[str, Any] = {
        # parsing (aidcalc.parsing)
        "QUALIFIER_FORMS": _with_negations(languages, _by_kind(languages, "QUALIFIERS")),
        "GATED_QUALIFIERS": frozenset(_words(languages, "GATED_QUALIFIERS")),
        "CONJUNCTIONS": frozenset(_words(languages, "CONJUNCTIONS")),
        "RESTATEMENT_LINKS": frozenset(_words(languages, "RESTATEMENT_LINKS")),
        "RATE_PHRASES": _folded(_words(languages, "RATE_PHRASES")),
        "AMOUNT_ADJECTIVES": frozenset(_words(languages, "AMOUNT_ADJECTIVES")),
        "ORDINARY_NAMES": frozenset(_words(languages, "ORDINARY_NAMES")),
        "PURPOSE_WORDS": frozenset(_words(languages, "PURPOSE_WORDS")),
        "REFLEXIVE_PRONOUNS": frozenset(_words(languages, "REFLEXIVE_PRONOUNS")),
        "PART_VERBS": frozenset(_words(languages, "PART_VERBS")),
        "LABEL_NOUNS": frozenset(_words(languages, "LABEL_NOUNS")),
        "CURRENCY_NAMED_GOODS": frozenset(_words(languages, "CURRENCY_NAMED_GOODS")),
        "COIN_NOUNS": frozenset(w.casefold() for w in _words(languages, "COIN_NOUNS")),
        "CURRENCY_COMPOUNDS": {
            code: frozenset(words)
            for code, words in _by_language(languages, "CURRENCY_COMPOUNDS").items()
        },
        "YEAR_ATTRIBUTE_BEFORE": frozenset(_words(languages, "YEAR_ATTRIBUTE_BEFORE")),
        "YEAR_BASIS_BEFORE": frozenset(_words(languages, "YEAR_BASIS_BEFORE")),
        "YEAR_BASIS_ONLY": frozenset(_words(languages, "YEAR_BASIS_ONLY")),
        "POSSESSIVE_DETERMINERS": frozenset(_words(languages, "POSSESSIVE_DETERMINERS")),
        "ID_HEADERS": frozenset(w.casefold() for w in _words(languages, "ID_HEADERS")),
        "CORRECTION_LABELS": frozenset(_folded(_words(languages, "CORRECTION_LABELS"))),
        "EARLIER_VERSION": frozenset(_folded(_words(languages, "EARLIER_VERSION"))),
        "EARLIER_REPORT": frozenset(_folded(_words(languages, "EARLIER_REPORT"))),
        "CORRECTION_NOT": frozenset(_folded(_words(languages, "CORRECTION_NOT"))),
        "CORRECT_FIGURE": frozenset(_folded(_words(languages, "CORRECT_FIGURE"))),
        "EXCEED_VERBS": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "EXCEED_VERBS").items()
        },
        "PERSON_TITLES": frozenset(_folded(_words(languages, "PERSON_TITLES"))),
        "RECIPIENT_HEADERS": frozenset(
            w.casefold() for w in _words(languages, "RECIPIENT_HEADERS")
        ),
        "WORTH_AFTER_NOUNS": _worth_after_nouns(languages),
        "PART_OF_LINKS": _folded(_word_langs(languages, "PART_OF_LINKS")),
        "PRICE_EACH_WORDS": frozenset(_folded(_words(languages, "PRICE_EACH_WORDS"))),
        # the ampersand joins a list in every language ("2 & 3 million euros", "2 & 3 Mio. Euro")
        "LIST_AND": {**_word_langs(languages, "LIST_AND"), "&": frozenset(languages)},
        "AND_A_HALF": _word_langs(languages, "AND_A_HALF"),
        "DECIMAL_WORDS": _folded(_word_langs(languages, "DECIMAL_WORDS")),
        "UNREAD_FRACTIONS": _folded(_word_langs(languages, "UNREAD_FRACTIONS")),
        "FRACTION_LINKS": _folded(_word_langs(languages, "FRACTION_LINKS")),
        "LIST_OR": _word_langs(languages, "LIST_OR"),
        # a value compared with ("€8bn, up from 5bn", "3 milliards, contre 1,7 milliard") is
        # written as a breakdown's part is: its currency once, before it
        "BREAKDOWN_LINKS": _word_langs(languages, "BREAKDOWN_LINKS")
        | _folded(_word_langs(languages, "PREVIOUS_VALUE_CUES"))
        | _folded(_word_langs(languages, "CHANGE_CUES")),
        "FILLER_LANGS": {word: frozenset(codes) for word, codes in filler_langs.items()},
        "NAME_MAY_FOLLOW_WORDS": frozenset(_words(languages, "NAME_MAY_FOLLOW")),
        # range words are looked up folded, as the atoms hold them ("έως" is "έωσ")
        "RANGE_JOINERS": {*DASHES, *_folded(_words(languages, "RANGE_JOINERS"))},
        "RANGE_JOINERS_ALONE": {*DASHES, *_folded(_words(languages, "RANGE_JOINERS_ALONE"))},
        "RANGE_OPENERS": _folded(_words(languages, "RANGE_OPENERS")),
        "RANGE_ARTICLES": _folded(_word_langs(languages, "RANGE_ARTICLES")),
        "RANGE_OPENER_LANGS": _folded(_word_langs(languages, "RANGE_OPENERS")),
        "RANGE_CLOSERS": _folded(_word_langs(languages, "RANGE_CLOSERS")),
        "CLOSED_RANGE_JOINERS": _folded(_word_langs(languages, "CLOSED_RANGE_JOINERS")),
        "RANGE_JOINER_LANGS": _folded(_word_langs(languages, "RANGE_JOINERS")),
        "RANGE_ALONE_LANGS": _folded(_word_langs(languages, "RANGE_JOINERS_ALONE")),
        "RANGE_FROM": _folded(_word_langs(languages, "RANGE_FROM")),
        "CHANGE_FROM": _folded(_word_langs(languages, "CHANGE_FROM")),
        "CHANGE_BY": _folded(_word_langs(languages, "CHANGE_BY")),
        "MULTIPLY_WORDS": _folded(_word_langs(languages, "MULTIPLY_WORDS")),
        "PLUS_WORDS": _folded(_word_langs(languages, "PLUS_WORDS")),
        "MINUS_WORDS": _folded(_word_langs(languages, "MINUS_WORDS")),
        "CHANGE_ALONE": _by_kind(languages, "CHANGE_ALONE"),
        "BEFORE_VALUE_TIMES": _folded(_words(languages, "BEFORE_VALUE_TIMES")),
        "FACTOR_WORDS": _folded(_word_langs(languages, "FACTOR_WORDS")),
        "PRODUCT_EACH": _folded(_word_langs(languages, "PRODUCT_EACH")),
        "CHANGE_TO": _folded(_word_langs(languages, "CHANGE_TO")),
        "CHANGE_TO_ALONE": _folded(_word_langs(languages, "CHANGE_TO_ALONE")),
        "CHANGE_VERBS": _folded(_word_langs(languages, "CHANGE_VERBS")),
        "PREVIOUS_VALUE_CUES": _folded(_word_langs(languages, "PREVIOUS_VALUE_CUES")),
        "CHANGE_CUES": _folded(_word_langs(languages, "CHANGE_CUES")),
        "AFTER_VALUE_WORDS": _folded(_word_langs(languages, "AFTER_VALUE_WORDS")),
        "PAST_PERIODS": _folded(_word_langs(languages, "PAST_PERIODS")),
        "HYPHEN_QUALIFIERS": {
            word: kind
            for table in _by_language(languages, "HYPHEN_QUALIFIERS").values()
            for word, kind in table.items()
        },
        "COUNT_WORDS": _count_words(languages),
        "NUMBER_WORDS": _by_language(languages, "NUMBER_WORDS"),
        "QUALIFIERS_AFTER": _qualifiers_after(languages),
        "AFTER_PARTICLES": _by_language(languages, "AFTER_PARTICLES"),
        "WHOLE_SCALES": _folded(_words(languages, "WHOLE_SCALES")),
        "FILLERS": {
            *APOSTROPHES,
            *_words(languages, "FILLERS"),
            *_words(languages, "MORE_FILLERS"),
        },
        # news (aidcalc.news)
        "NEWS_LANGUAGES": news,
        **{table: _by_kind(languages, name) for table, name in CUE_TABLES.items()},
        "NOT_GIVING": _with_appeals(languages, _by_kind(languages, "NOT_GIVING")),
        "CUE_PHRASES": frozenset(
            {*_words(languages, "CUE_PHRASES"), *_words(languages, "APPEAL_WORDS")}
        ),
        "SINCE": frozenset(_words(languages, "SINCE")),
        "SINCE_AFTER": tuple(sorted(_words(languages, "SINCE_AFTER"), key=len, reverse=True)),
        "IN_YEAR": frozenset(_words(languages, "IN_YEAR")),
        "IN_YEARS": frozenset(_words(languages, "IN_YEARS")),
        "UNTIL": frozenset(_words(languages, "UNTIL")),
        "UNTIL_LINKS": frozenset(_words(languages, "UNTIL_LINKS")),
        "SPAN_LINKS": frozenset(_words(languages, "SPAN_LINKS")),
        "SEVERAL_YEARS": frozenset(_words(languages, "SEVERAL_YEARS")),
        "OTHER_TIME_WORDS": _folded(_word_langs(languages, "OTHER_TIME_WORDS")),
        "RELATIVE_YEARS": _by_language(languages, "RELATIVE_YEARS"),
        "ANCHORED_YEARS": _by_language(languages, "ANCHORED_YEARS"),
        "ECONOMY_NOUNS": frozenset(_folded(_words(languages, "ECONOMY_NOUNS"))),
        "RELATIVE_WEEKS": _by_language(languages, "RELATIVE_WEEKS"),
        "SAME_DAY": _by_language(languages, "SAME_DAY"),
        "TODAY": _by_language(languages, "TODAY"),
        "PER_YEAR": _by_language(languages, "PER_YEAR"),
        "PER_YEAR_NOT_BEFORE": _by_language(languages, "PER_YEAR_NOT_BEFORE"),
        "PER_UNIT": _by_language(languages, "PER_UNIT"),
        "PER_UNIT_PHRASES": _by_language(languages, "PER_UNIT_PHRASES"),
        "PER_UNIT_NOT": _by_language(languages, "PER_UNIT_NOT"),
        "MULTIPLIED_VERBS": _by_language(languages, "MULTIPLIED_VERBS"),
        "PART_UNIT_NOUNS": frozenset(_folded(_words(languages, "PART_UNIT_NOUNS"))),
        "PACE_NOUNS": frozenset(_folded(_words(languages, "PACE_NOUNS"))),
        "NEGATION_WORDS": _by_language(languages, "NEGATIONS"),
        "WEEKDAY_FORMS": _by_language(languages, "WEEKDAY_FORMS"),
        "NOT_WEEKDAYS": {
            code: frozenset(words)
            for code, words in _by_language(languages, "NOT_WEEKDAYS").items()
        },
        "RELATIVE_WORDS": {
            code: frozenset(words.split())
            for code, words in _by_language(languages, "RELATIVE_WORDS").items()
        },
        "COMPARED_WORDS": {
            code: frozenset(words)
            for code, words in _by_language(languages, "COMPARED_WORDS").items()
        },
        "LIKENESS_OPENERS": {
            code: tuple(words)
            for code, words in _by_language(languages, "LIKENESS_OPENERS").items()
        },
        "DAY_SUFFIXES": frozenset(_words(languages, "DAY_SUFFIXES")),
        "DATE_LINKS": frozenset(_words(languages, "DATE_LINKS")),
        "MONTH_IN_CASE": _by_language(languages, "MONTH_IN_CASE"),
        "IRREGULAR_MONTHS": _by_language(languages, "IRREGULAR_MONTHS"),
        "EXTRA_MONTH_ABBREVIATIONS": _by_language(languages, "EXTRA_MONTH_ABBREVIATIONS"),
        "STOP_WORDS": {
            code: frozenset(words.split())
            for code, words in _by_language(languages, "STOP_WORDS").items()
        },
        "TELLING_WORDS": {
            code: frozenset(words.split())
            for code, words in _by_language(languages, "TELLING_WORDS").items()
        },
        "LATIN_TELLING_WORDS": {
            code: frozenset(words.split())
            for code, words in _by_language(languages, "LATIN_TELLING_WORDS").items()
        },
        "WORD_ENDINGS": {
            code: frozenset(endings.split())
            for code, endings in _by_language(languages, "WORD_ENDINGS").items()
        },
        "LETTER_PAIRS": {
            code: frozenset(pairs.split())
            for code, pairs in _by_language(languages, "LETTER_PAIRS").items()
        },
        "COMMON_NOUNS": {
            code: frozenset(words.split())
            for code, words in _by_language(languages, "COMMON_NOUNS").items()
        },
        "MONEY_CONTEXT": {
            code: frozenset(words.split())
            for code, words in _by_language(languages, "MONEY_CONTEXT").items()
        },
        "LETTERS": {
            code: frozenset(letters) for code, letters in _by_language(languages, "LETTERS").items()
        },
        "SCRIPTS": _by_language(languages, "SCRIPT"),
        "PLACE_SHORT_FORMS": _by_language(languages, "PLACE_SHORT_FORMS"),
        "PLACE_CASE_FORMS": _by_language(languages, "PLACE_CASE_FORMS"),
        "EXTRA_LETTERS": _by_language(languages, "EXTRA_LETTERS"),
        "INFLECTED": frozenset(
            code for code, flag in _by_language(languages, "INFLECTED").items() if flag
        ),
        "VERB_SECOND": frozenset(
            code for code, flag in _by_language(languages, "VERB_SECOND").items() if flag
        ),
        "ABBREVIATIONS": frozenset(
            word
            for words in _by_language(languages, "ABBREVIATIONS").values()
            for word in words.split()
        ),
        "ENDING_ABBREVIATIONS": frozenset(
            word
            for words in _by_language(languages, "ENDING_ABBREVIATIONS").values()
            for word in words.split()
        ),
        "YEAR_ABBREVIATIONS": frozenset(
            word
            for words in _by_language(languages, "YEAR_ABBREVIATIONS").values()
            for word in words.split()
        ),
        "YEAR_ABBREVIATION_LANGS": _word_langs(
            {
                code: words.split()
                for code, words in _by_language(languages, "YEAR_ABBREVIATIONS").items()
            }
        ),
        # who gives (aidcalc.news.institutions, aidcalc.news.donors)
        "INSTITUTIONS": _by_language(languages, "INSTITUTIONS"),
        "AID_NOUNS": _by_language(languages, "AID_NOUNS"),
        "COLLECTIVE_DONORS": _by_language(languages, "COLLECTIVE_DONORS"),
        **{
            name: {
                code: frozenset(words.casefold().split())
                for code, words in _by_language(languages, name).items()
            }
            for name in ROLE_WORDS
        },
        "PART_BEFORE": _by_language(languages, "PART_BEFORE"),
        "PART_CONTENTS": _by_language(languages, "PART_CONTENTS"),
        "TOTAL_FRAMES": _by_language(languages, "TOTAL_FRAMES"),
        "RAISE_FRAMES": _by_language(languages, "RAISE_FRAMES"),
        "RAISE_FRAMES_AFTER": _by_language(languages, "RAISE_FRAMES_AFTER"),
        "REACH_VERBS": _by_language(languages, "REACH_VERBS"),
        "REACH_VERBS_AFTER": _by_language(languages, "REACH_VERBS_AFTER"),
        "SUM_VERBS": _by_language(languages, "SUM_VERBS"),
        "RANKING_AFTER": _by_language(languages, "RANKING_AFTER"),
        "LEVEL_NOUNS": {
            code: tuple(words.casefold().split())
            for code, words in _by_language(languages, "LEVEL_NOUNS").items()
        },
        "WAR_NOUNS": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "WAR_NOUNS").items()
        },
        "WAR_PARTICIPLES": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "WAR_PARTICIPLES").items()
        },
        "ON_TOP": _by_language(languages, "ON_TOP"),
        "PACKAGE_VALUE": _by_language(languages, "PACKAGE_VALUE"),
        "COMPARED_AFTER": _by_language(languages, "COMPARED_AFTER"),
        "SET_AGAINST": _by_language(languages, "SET_AGAINST"),
        "RELATIVE_PRONOUNS": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "RELATIVE_PRONOUNS").items()
        },
        "SPENDING_VERBS": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "SPENDING_VERBS").items()
        },
        "RELATIVE_CLAUSE_WORDS": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "RELATIVE_CLAUSE_WORDS").items()
        },
        "OWN_BUDGETS": _by_language(languages, "OWN_BUDGETS"),
        "OTHER_MONEY": {
            code: {
                kind: tuple(words.casefold().split() if isinstance(words, str) else words)
                for kind, words in kinds.items()
            }
            for code, kinds in _by_language(languages, "OTHER_MONEY").items()
        },
        "OTHER_MONEY_LINKS": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "OTHER_MONEY_LINKS").items()
        },
        "OWN_POSSESSIVES": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "OWN_POSSESSIVES").items()
        },
        "OWN_ENDS": {
            code: frozenset(words.casefold().split())
            for code, words in _by_language(languages, "OWN_ENDS").items()
        },
        "SPENDING_SPLIT": {
            code: tuple(tuple(pair.casefold().split()) for pair in pairs)
            for code, pairs in _by_language(languages, "SPENDING_SPLIT").items()
        },
        "PART_AFTER": _by_language(languages, "PART_AFTER"),
        "PART_SHARES": _by_language(languages, "PART_SHARES"),
        "SHARE_WHOLES": _by_language(languages, "SHARE_WHOLES"),
        "SHARE_OF_LINKS": _by_language(languages, "SHARE_OF_LINKS"),
        "WHOLE_FROM": _by_language(languages, "WHOLE_FROM"),
        "WHOLE_NOUNS": _by_language(languages, "WHOLE_NOUNS"),
        "WHOLE_WORTH": _by_language(languages, "WHOLE_WORTH"),
        "REST_WORDS": _by_language(languages, "REST_WORDS"),
        "REST_AFTER": _by_language(languages, "REST_AFTER"),
        "BREAKDOWN_OPENERS": _by_language(languages, "BREAKDOWN_OPENERS"),
        "RESTATING_SUBJECTS": _by_language(languages, "RESTATING_SUBJECTS"),
        "PART_NOT_AFTER": _by_language(languages, "PART_NOT_AFTER"),
        "PART_NOT_BEFORE": _by_language(languages, "PART_NOT_BEFORE"),
        "JOINT_DONORS": _by_language(languages, "JOINT_DONORS"),
        "HOME_COUNTRY": _by_language(languages, "HOME_COUNTRY"),
        "RESPECTIVELY": _by_language(languages, "RESPECTIVELY"),
        "THANKING": _by_language(languages, "THANKING"),
        "SPEECH_VERBS": _by_language(languages, "SPEECH_VERBS"),
        "WE_WORDS": _by_language(languages, "WE_WORDS"),
        "WE_ENDINGS": _by_language(languages, "WE_ENDINGS"),
        "FURTHER_AMOUNT": _by_language(languages, "FURTHER_AMOUNT"),
        "AGAIN_WORDS": _by_language(languages, "AGAIN_WORDS"),
        "FURTHER_AFTER": _by_language(languages, "FURTHER_AFTER"),
        "SUBJECT_PRONOUNS": _by_language(languages, "SUBJECT_PRONOUNS"),
        "EACH_WORDS": _by_language(languages, "EACH_WORDS"),
        "FUND_NOUNS": _by_language(languages, "FUND_NOUNS"),
        "CHANNEL_WORDS": _by_language(languages, "CHANNEL_WORDS"),
        "CHANNEL_AFTER": _by_language(languages, "CHANNEL_AFTER"),
        "VENUE_WORDS": _by_language(languages, "VENUE_WORDS"),
        "PURPOSE_BY_LANGUAGE": _by_language(languages, "PURPOSE_WORDS"),
        "ALLY_WORDS": _by_language(languages, "ALLY_WORDS"),
        "ORGANISATION_NOUNS": _by_language(languages, "ORGANISATION_NOUNS"),
        "SUBJECT_RECEIVES": _by_language(languages, "SUBJECT_RECEIVES"),
        "GIVING_WORDS": _by_language(languages, "GIVING_WORDS"),
        "CASE_SUFFIXES": {
            code: {role: frozenset(words.split()) for role, words in table.items()}
            for code, table in _by_language(languages, "CASE_SUFFIXES").items()
        },
        "NAME_ENDINGS": {
            code: {role: tuple(words.split()) for role, words in table.items()}
            for code, table in _by_language(languages, "NAME_ENDINGS").items()
        },
        "RECIPIENT_AFTER": _by_language(languages, "RECIPIENT_AFTER"),
        "RECIPIENT_BEFORE": _by_language(languages, "RECIPIENT_BEFORE"),
        "REQUEST_ANSWERED": _by_language(languages, "REQUEST_ANSWERED"),
        "ASKED_AFTER": _by_language(languages, "ASKED_AFTER"),
        "MONTH_FIRST_DATES": frozenset(
            code for code, first in _by_language(languages, "MONTH_FIRST_DATES").items() if first
        ),
        "REQUEST_LINKS": {
            code: frozenset(words.split())
            for code, words in _by_language(languages, "REQUEST_LINKS").items()
        },
        "SUBJECT_AFTER": _by_language(languages, "SUBJECT_AFTER"),
        "GENITIVE_AFTER": _by_language(languages, "GENITIVE_AFTER"),
        "PURPOSE_AFTER": _by_language(languages, "PURPOSE_AFTER"),
        "NAME_LOCALES_ALSO": _by_language(languages, "NAME_LOCALES_ALSO"),
        "NAME_CASE_ENDINGS": {
            code: tuple(endings.split())
            for code, endings in _by_language(languages, "NAME_CASE_ENDINGS").items()
        },
        "FLEETING_VOWELS": _by_language(languages, "FLEETING_VOWELS"),
        "NUMBER_OVER_SUFFIXES": _word_langs(languages, "NUMBER_OVER_SUFFIXES"),
        "GLUED_THOUSANDS": _by_language(languages, "GLUED_THOUSANDS"),
        "COMPOUND_MARKS": _by_language(languages, "COMPOUND_MARKS"),
        "FROM_US": _by_language(languages, "FROM_US"),
        "CONTRAST_OPENERS": _by_language(languages, "CONTRAST_OPENERS"),
        "ITEM_WITH": _by_language(languages, "ITEM_WITH"),
        "SUM_WORDS": _by_language(languages, "SUM_WORDS"),
        "BUDGET_NOUNS": {
            code: tuple(words.split())
            for code, words in _by_language(languages, "BUDGET_NOUNS").items()
        },
        "WHOLE_BEFORE": _by_language(languages, "WHOLE_BEFORE"),
        "TOTAL_LABELS": _by_language(languages, "TOTAL_LABELS"),
        "OTHER_LABELS": _by_language(languages, "OTHER_LABELS"),
    }
    return tables


_TABLES = build(LANGUAGES)

# Parsing: {kind: {language: [forms]}}, and sets of words of all languages.
QUALIFIER_FORMS: dict[str, dict[str, list[str]]] = _TABLES["QUALIFIER_FORMS"]
# Qualifiers that are ordinary words in English: read only when the amount's language is theirs.
GATED_QUALIFIERS: frozenset[str] = _TABLES["GATED_QUALIFIERS"]
CONJUNCTIONS: frozenset[str] = _TABLES["CONJUNCTIONS"]
RESTATEMENT_LINKS: frozenset[str] = _TABLES["RESTATEMENT_LINKS"]
# Folded phrases of the rate a restatement was converted at ("at current rates").
RATE_PHRASES: set[str] = _TABLES["RATE_PHRASES"]
# {word: its languages}: list joiners and breakdown links (``parsing.shared``).
LIST_AND: dict[str, frozenset[str]] = _TABLES["LIST_AND"]
AND_A_HALF: dict[str, frozenset[str]] = _TABLES["AND_A_HALF"]
LIST_OR: dict[str, frozenset[str]] = _TABLES["LIST_OR"]
BREAKDOWN_LINKS: dict[str, frozenset[str]] = _TABLES["BREAKDOWN_LINKS"]
PURPOSE_WORDS: frozenset[str] = _TABLES["PURPOSE_WORDS"]
REFLEXIVE_PRONOUNS: frozenset[str] = _TABLES["REFLEXIVE_PRONOUNS"]
PART_VERBS: frozenset[str] = _TABLES["PART_VERBS"]
# Nouns that label a numbered part ("Tranche 2", "Paket 4"): no range starts at their number.
LABEL_NOUNS: frozenset[str] = _TABLES["LABEL_NOUNS"]
CURRENCY_COMPOUNDS: dict[str, frozenset[str]] = _TABLES["CURRENCY_COMPOUNDS"]
CURRENCY_NAMED_GOODS: frozenset[str] = _TABLES["CURRENCY_NAMED_GOODS"]
COIN_NOUNS: frozenset[str] = _TABLES["COIN_NOUNS"]
YEAR_ATTRIBUTE_BEFORE: frozenset[str] = _TABLES["YEAR_ATTRIBUTE_BEFORE"]
YEAR_BASIS_BEFORE: frozenset[str] = _TABLES["YEAR_BASIS_BEFORE"]
YEAR_BASIS_ONLY: frozenset[str] = _TABLES["YEAR_BASIS_ONLY"]
POSSESSIVE_DETERMINERS: frozenset[str] = _TABLES["POSSESSIVE_DETERMINERS"]
# Headings of a table column that numbers its rows ("No.", "Nr.", "Pakke"): no money.
ID_HEADERS: frozenset[str] = _TABLES["ID_HEADERS"]
# Headings of a pasted table's label column naming recipients ("Empfänger"): no givers.
RECIPIENT_HEADERS: frozenset[str] = _TABLES["RECIPIENT_HEADERS"]
# A person's titles ("prime minister", "Kanzler"): a country name after one is a surname.
PERSON_TITLES: frozenset[str] = _TABLES["PERSON_TITLES"]
# A correction note: its labels ("Rettelse:"), phrases of the earlier version's figure ("in
# einer früheren Fassung"), and "not" before a retracted figure; all languages at once.
CORRECTION_LABELS: frozenset[str] = _TABLES["CORRECTION_LABELS"]
EARLIER_VERSION: frozenset[str] = _TABLES["EARLIER_VERSION"]
EARLIER_REPORT: frozenset[str] = _TABLES["EARLIER_REPORT"]
CORRECTION_NOT: frozenset[str] = _TABLES["CORRECTION_NOT"]
CORRECT_FIGURE: frozenset[str] = _TABLES["CORRECT_FIGURE"]
EXCEED_VERBS: dict[str, frozenset[str]] = _TABLES["EXCEED_VERBS"]
# {qualifier form: nouns after which it names a worth}: "ein Paket über 1 Mrd." (no bound).
WORTH_AFTER_NOUNS: dict[str, tuple[str, ...]] = _TABLES["WORTH_AFTER_NOUNS"]
# {words between a part and its whole: their languages}: "3 mld z 9 mld euro" (``shared``).
PART_OF_LINKS: dict[str, frozenset[str]] = _TABLES["PART_OF_LINKS"]
# Range words that also give a price each ("12 tanks à € 4 miljoen"): ``grammar.dash_not_range``.
PRICE_EACH_WORDS: frozenset[str] = _TABLES["PRICE_EACH_WORDS"]
AMOUNT_ADJECTIVES: frozenset[str] = _TABLES["AMOUNT_ADJECTIVES"]
ORDINARY_NAMES: frozenset[str] = _TABLES["ORDINARY_NAMES"]
# {filler: the languages it tells} ("2 billions d'euros": fr or it).
FILLER_LANGS: dict[str, frozenset[str]] = _TABLES["FILLER_LANGS"]
NAME_MAY_FOLLOW_WORDS: frozenset[str] = _TABLES["NAME_MAY_FOLLOW_WORDS"]
RANGE_JOINERS: set[str] = _TABLES["RANGE_JOINERS"]
RANGE_ARTICLES: dict[str, frozenset[str]] = _TABLES["RANGE_ARTICLES"]
RANGE_OPENER_LANGS: dict[str, frozenset[str]] = _TABLES["RANGE_OPENER_LANGS"]
RANGE_CLOSERS: dict[str, frozenset[str]] = _TABLES["RANGE_CLOSERS"]
CLOSED_RANGE_JOINERS: dict[str, frozenset[str]] = _TABLES["CLOSED_RANGE_JOINERS"]
RANGE_JOINERS_ALONE: set[str] = _TABLES["RANGE_JOINERS_ALONE"]
RANGE_OPENERS: set[str] = _TABLES["RANGE_OPENERS"]
# {joiner: its languages}, with an opener and alone: a joiner that is also another word ("a",
# "tot", "do") joins a range only in an amount of its languages; {word: languages} of the
# words in ``RANGE_FROM``.
RANGE_JOINER_LANGS: dict[str, frozenset[str]] = _TABLES["RANGE_JOINER_LANGS"]
RANGE_ALONE_LANGS: dict[str, frozenset[str]] = _TABLES["RANGE_ALONE_LANGS"]
RANGE_FROM: dict[str, frozenset[str]] = _TABLES["RANGE_FROM"]
# {word: its languages}: a change of value ("rose from €5bn to €8bn"), read by
# ``aidcalc.parsing.changes``; a verb ending in "*" is a prefix
CHANGE_FROM: dict[str, frozenset[str]] = _TABLES["CHANGE_FROM"]
CHANGE_BY: dict[str, frozenset[str]] = _TABLES["CHANGE_BY"]
# {word: its languages}: a product or a comparison in words before an amount ("3 times £50m",
# "twice as much as €5bn"), refused by ``aidcalc.parsing.products``
MULTIPLY_WORDS: dict[str, frozenset[str]] = _TABLES["MULTIPLY_WORDS"]
# {word: its languages}: the word for "plus" of a sum ("2 plus 3 million euros", "2 más 3
# millones"): an amount right after a bare number and it is one addend, refused as "+" is
# (``aidcalc.parsing.grammar``)
PLUS_WORDS: dict[str, frozenset[str]] = _TABLES["PLUS_WORDS"]
# {word: its languages}: the word for "minus" right before an amount, its sign ("minus €5
# million", "moins 3 millions d'euros"): read by ``grammar.Reader.sign_before``
MINUS_WORDS: dict[str, frozenset[str]] = _TABLES["MINUS_WORDS"]
# {"up" | "down": {language: phrases}}: words right before the size of a change stated alone
# ("an increase of €800m", "cut by €1bn"), read by ``aidcalc.news.changes``
CHANGE_ALONE: dict[str, dict[str, Any]] = _TABLES["CHANGE_ALONE"]
# words that may follow a value before written without its currency: its time ("5 milliards
# l'an dernier", "5bn a year ago", "2 mld rok wcześniej"), never a noun it counts ("5 million
# people")
BEFORE_VALUE_TIMES: frozenset[str] = _TABLES["BEFORE_VALUE_TIMES"]
FACTOR_WORDS: dict[str, frozenset[str]] = _TABLES["FACTOR_WORDS"]
PRODUCT_EACH: dict[str, frozenset[str]] = _TABLES["PRODUCT_EACH"]
CHANGE_TO: dict[str, frozenset[str]] = _TABLES["CHANGE_TO"]
# {word: its languages}: words between two numbers that state a change with the word for
# "from" alone, no verb needed ("von 5 auf 8 Milliarden Euro … erhöht")
CHANGE_TO_ALONE: dict[str, frozenset[str]] = _TABLES["CHANGE_TO_ALONE"]
CHANGE_VERBS: dict[str, frozenset[str]] = _TABLES["CHANGE_VERBS"]
# {phrase: its languages}: words before a value compared with ("versus", "gegenüber"), the
# value before unless its clause names a country (``aidcalc.parsing.changes``)
PREVIOUS_VALUE_CUES: dict[str, frozenset[str]] = _TABLES["PREVIOUS_VALUE_CUES"]
# {phrase: its languages}: words before the value before a change ("up from")
CHANGE_CUES: dict[str, frozenset[str]] = _TABLES["CHANGE_CUES"]
# {phrase: its languages}: the word before a value before written after the value after ("…,
# after €5bn"), and the past periods that must follow it ("last year", "im Vorjahr")
AFTER_VALUE_WORDS: dict[str, frozenset[str]] = _TABLES["AFTER_VALUE_WORDS"]
PAST_PERIODS: dict[str, frozenset[str]] = _TABLES["PAST_PERIODS"]
# {word: qualifier kind} glued by a hyphen after an amount ("€5bn-plus")
HYPHEN_QUALIFIERS: dict[str, str] = _TABLES["HYPHEN_QUALIFIERS"]
# {word: {language: value}}: "one" and "half" before a scale word; scale phrases that are a
# number alone ("mil millones").
COUNT_WORDS: dict[str, dict[str, str]] = _TABLES["COUNT_WORDS"]
WHOLE_SCALES: set[str] = _TABLES["WHOLE_SCALES"]
# {language: {spelled cardinal: value}}: curated number words (``aidcalc.parsing.cldr``).
NUMBER_WORDS: dict[str, dict[str, int]] = _TABLES["NUMBER_WORDS"]
# {word: (kind, languages)}: qualifiers written after the amount ("1 milyar doları aşkın").
QUALIFIERS_AFTER: dict[str, tuple[str, frozenset[str]]] = _TABLES["QUALIFIERS_AFTER"]
AFTER_PARTICLES: dict[str, tuple[str, ...]] = _TABLES["AFTER_PARTICLES"]
FILLERS: set[str] = _TABLES["FILLERS"]
# {folded word: languages}: the decimal mark of a spelled number ("point", "virgola", "Komma").
DECIMAL_WORDS: dict[str, frozenset[str]] = _TABLES["DECIMAL_WORDS"]
# {folded word: languages}: fractions before a spelled number that are not read ("a third of a
# billion", "ein Drittel einer Milliarde"), and the words that may link them ("of", "van").
UNREAD_FRACTIONS: dict[str, frozenset[str]] = _TABLES["UNREAD_FRACTIONS"]
FRACTION_LINKS: dict[str, frozenset[str]] = _TABLES["FRACTION_LINKS"]

# English number words (aidcalc.parsing.numbers).
UNITS: dict[str, int] = en.UNITS
MULTIPLIERS: dict[str, int] = en.MULTIPLIERS
FRACTIONS = en.FRACTIONS
ARTICLES: set[str] = set(en.ARTICLES)

# News: the languages news text is read in, and their cue tables {kind: {language: cues}}.
NEWS_LANGUAGES: tuple[str, ...] = _TABLES["NEWS_LANGUAGES"]
VERB: dict[str, dict[str, str]] = _TABLES["VERB"]
CATEGORY: dict[str, dict[str, str]] = _TABLES["CATEGORY"]
BASIS: dict[str, dict[str, str]] = _TABLES["BASIS"]
INTENTION: dict[str, dict[str, str]] = _TABLES["INTENTION"]
MEASURE: dict[str, dict[str, str]] = _TABLES["MEASURE"]
FUTURE: dict[str, dict[str, str]] = _TABLES["FUTURE"]
NOT_GIVING: dict[str, dict[str, str]] = _TABLES["NOT_GIVING"]
CUE_PHRASES: frozenset[str] = _TABLES["CUE_PHRASES"]
# Dates (aidcalc.news.dates).
SINCE: frozenset[str] = _TABLES["SINCE"]
# Words after a date that make it the start of a period, longest first: glued to a CJK date
# ("2022年以来", "2022년 이후") or, its case ending between, the postpositions of "since"
# ("2022'den itibaren", "vuodesta 2022 lähtien").
SINCE_AFTER: tuple[str, ...] = _TABLES["SINCE_AFTER"]
IN_YEAR: frozenset[str] = _TABLES["IN_YEAR"]
IN_YEARS: frozenset[str] = _TABLES["IN_YEARS"]
UNTIL: frozenset[str] = _TABLES["UNTIL"]
UNTIL_LINKS: frozenset[str] = _TABLES["UNTIL_LINKS"]
SPAN_LINKS: frozenset[str] = _TABLES["SPAN_LINKS"]
SEVERAL_YEARS: frozenset[str] = _TABLES["SEVERAL_YEARS"]
OTHER_TIME_WORDS: dict[str, frozenset[str]] = _TABLES["OTHER_TIME_WORDS"]
RELATIVE_YEARS: dict[str, tuple[tuple[str, int], ...]] = _TABLES["RELATIVE_YEARS"]
ANCHORED_YEARS: dict[str, tuple[tuple[str, int], ...]] = _TABLES["ANCHORED_YEARS"]
ECONOMY_NOUNS: frozenset[str] = _TABLES["ECONOMY_NOUNS"]
RELATIVE_WEEKS: dict[str, tuple[tuple[str, int], ...]] = _TABLES["RELATIVE_WEEKS"]
SAME_DAY: dict[str, tuple[str, ...]] = _TABLES["SAME_DAY"]
TODAY: dict[str, tuple[str, ...]] = _TABLES["TODAY"]
PER_YEAR: dict[str, tuple[str, ...]] = _TABLES["PER_YEAR"]
PER_YEAR_NOT_BEFORE: dict[str, tuple[str, ...]] = _TABLES["PER_YEAR_NOT_BEFORE"]
PER_UNIT: dict[str, tuple[str, ...]] = _TABLES["PER_UNIT"]
PER_UNIT_PHRASES: dict[str, tuple[str, ...]] = _TABLES["PER_UNIT_PHRASES"]
PER_UNIT_NOT: dict[str, tuple[str, ...]] = _TABLES["PER_UNIT_NOT"]
# {language: verbs multiplying an amount, "*" ending a prefix}: "doubled its €5m pledge"
MULTIPLIED_VERBS: dict[str, str] = _TABLES["MULTIPLIED_VERBS"]
# folded nouns of every language: the parts a sum is paid in ("tranches"), and the times of a
# pace after a slash ("€5m/month")
PART_UNIT_NOUNS: frozenset[str] = _TABLES["PART_UNIT_NOUNS"]
PACE_NOUNS: frozenset[str] = _TABLES["PACE_NOUNS"]
# {language: its NEGATIONS}: "The EU, not Germany, pledged …" names no giver in "Germany"
NEGATION_WORDS: dict[str, tuple[str, ...]] = _TABLES["NEGATION_WORDS"]
WEEKDAY_FORMS: dict[str, dict[str, int]] = _TABLES["WEEKDAY_FORMS"]
NOT_WEEKDAYS: dict[str, frozenset[str]] = _TABLES["NOT_WEEKDAYS"]
RELATIVE_WORDS: dict[str, frozenset[str]] = _TABLES["RELATIVE_WORDS"]
COMPARED_WORDS: dict[str, frozenset[str]] = _TABLES["COMPARED_WORDS"]
LIKENESS_OPENERS: dict[str, tuple[str, ...]] = _TABLES["LIKENESS_OPENERS"]
DAY_SUFFIXES: frozenset[str] = _TABLES["DAY_SUFFIXES"]
DATE_LINKS: frozenset[str] = _TABLES["DATE_LINKS"]
MONTH_IN_CASE: dict[str, tuple] = _TABLES["MONTH_IN_CASE"]
IRREGULAR_MONTHS: dict[str, dict[str, int]] = _TABLES["IRREGULAR_MONTHS"]
EXTRA_MONTH_ABBREVIATIONS: dict[str, dict[str, int]] = _TABLES["EXTRA_MONTH_ABBREVIATIONS"]
# Language inference (aidcalc.news.language).
STOP_WORDS: dict[str, frozenset[str]] = _TABLES["STOP_WORDS"]
COMMON_NOUNS: dict[str, frozenset[str]] = _TABLES["COMMON_NOUNS"]
MONEY_CONTEXT: dict[str, frozenset[str]] = _TABLES["MONEY_CONTEXT"]
LETTERS: dict[str, frozenset[str]] = _TABLES["LETTERS"]
TELLING_WORDS: dict[str, frozenset[str]] = _TABLES["TELLING_WORDS"]
LATIN_TELLING_WORDS: dict[str, frozenset[str]] = _TABLES["LATIN_TELLING_WORDS"]
LETTER_PAIRS: dict[str, frozenset[str]] = _TABLES["LETTER_PAIRS"]
WORD_ENDINGS: dict[str, frozenset[str]] = _TABLES["WORD_ENDINGS"]
SCRIPTS: dict[str, str] = _TABLES["SCRIPTS"]
# Places (aidcalc.places) and sentences (aidcalc.news.sentences).
PLACE_SHORT_FORMS: dict[str, dict[str, str]] = _TABLES["PLACE_SHORT_FORMS"]
PLACE_CASE_FORMS: dict[str, dict[str, str]] = _TABLES["PLACE_CASE_FORMS"]
EXTRA_LETTERS: dict[str, int] = _TABLES["EXTRA_LETTERS"]
INFLECTED: frozenset[str] = _TABLES["INFLECTED"]
VERB_SECOND: frozenset[str] = _TABLES["VERB_SECOND"]
ABBREVIATIONS: frozenset[str] = _TABLES["ABBREVIATIONS"]
ENDING_ABBREVIATIONS: frozenset[str] = _TABLES["ENDING_ABBREVIATIONS"]
# The abbreviation of "year" written after a year ("2023 г.", "2023 r."): its period ends the
# sentence unless a short date phrase opens the sentence with it ("През 2023 г. България …").
YEAR_ABBREVIATIONS: frozenset[str] = _TABLES["YEAR_ABBREVIATIONS"]
YEAR_ABBREVIATION_LANGS: dict[str, frozenset[str]] = _TABLES["YEAR_ABBREVIATION_LANGS"]
POSSESSIVE_ENDINGS: tuple[str, ...] = en.POSSESSIVE_ENDINGS

# Who gives (aidcalc.news.institutions, aidcalc.news.donors): {language: data}.
INSTITUTIONS: dict[str, dict[str, tuple[str, ...]]] = _TABLES["INSTITUTIONS"]
AID_NOUNS: dict[str, str] = _TABLES["AID_NOUNS"]
COLLECTIVE_DONORS: dict[str, tuple[str, ...]] = _TABLES["COLLECTIVE_DONORS"]
AGENT_MARKERS: dict[str, frozenset[str]] = _TABLES["AGENT_MARKERS"]
PART_SOURCES: dict[str, frozenset[str]] = _TABLES["PART_SOURCES"]
PASSIVE_AUXILIARIES: dict[str, frozenset[str]] = _TABLES["PASSIVE_AUXILIARIES"]
RECIPIENT_MARKERS: dict[str, frozenset[str]] = _TABLES["RECIPIENT_MARKERS"]
MEANS_MARKERS: dict[str, frozenset[str]] = _TABLES["MEANS_MARKERS"]
DETERMINERS: dict[str, frozenset[str]] = _TABLES["DETERMINERS"]
GENITIVE_LINKS: dict[str, frozenset[str]] = _TABLES["GENITIVE_LINKS"]
STATE_NOUNS: dict[str, frozenset[str]] = _TABLES["STATE_NOUNS"]
SEAT_LINKS: dict[str, frozenset[str]] = _TABLES["SEAT_LINKS"]
MEETING_WORDS: dict[str, frozenset[str]] = _TABLES["MEETING_WORDS"]
EVENT_TOPICS: dict[str, frozenset[str]] = _TABLES["EVENT_TOPICS"]
INSTRUMENTAL_LINKS: dict[str, frozenset[str]] = _TABLES["INSTRUMENTAL_LINKS"]
COPULAS: dict[str, frozenset[str]] = _TABLES["COPULAS"]
COPULAS_AFTER: dict[str, frozenset[str]] = _TABLES["COPULAS_AFTER"]
PART_BEFORE: dict[str, tuple[str, ...]] = _TABLES["PART_BEFORE"]
PART_CONTENTS: dict[str, tuple[str, ...]] = _TABLES["PART_CONTENTS"]
# {language: frames}: a running total said after a new amount ("bringing … to").
TOTAL_FRAMES: dict[str, tuple[str, ...]] = _TABLES["TOTAL_FRAMES"]
# {language: frames}: a new level set for a whole ("raise … to"), with one of its LEVEL_NOUNS.
RAISE_FRAMES: dict[str, tuple[str, ...]] = _TABLES["RAISE_FRAMES"]
# {language: frames}: the same with the verb after the amount ("auf … zu erhöhen").
RAISE_FRAMES_AFTER: dict[str, tuple[str, ...]] = _TABLES["RAISE_FRAMES_AFTER"]
# {language: verbs}: a sum of aid reached, the amount after the verb ("reached", "a atteint") or,
# verb last, before it (``REACH_VERBS_AFTER``: "5 milyar avroya ulaştı").
REACH_VERBS: dict[str, tuple[str, ...]] = _TABLES["REACH_VERBS"]
REACH_VERBS_AFTER: dict[str, tuple[str, ...]] = _TABLES["REACH_VERBS_AFTER"]
# {language: verbs}: a sum the aid came to ("amounted to", "wyniosła"): an allocation.
SUM_VERBS: dict[str, tuple[str, ...]] = _TABLES["SUM_VERBS"]
# {language: phrases}: a ranking after a sum of aid set off by commas ("remains the largest").
RANKING_AFTER: dict[str, tuple[str, ...]] = _TABLES["RANKING_AFTER"]
# {language: nouns, "*" a stem}: the wholes a RAISE_FRAMES sets a new level of ("envelope").
LEVEL_NOUNS: dict[str, tuple[str, ...]] = _TABLES["LEVEL_NOUNS"]
# {language: nouns of war and invasion, "*" a stem}: a demonym beside one names the aggressor.
WAR_NOUNS: dict[str, frozenset[str]] = _TABLES["WAR_NOUNS"]
# {language: participles of acts of war, "*" a stem}: a country as their agent wages the war.
WAR_PARTICIPLES: dict[str, frozenset[str]] = _TABLES["WAR_PARTICIPLES"]
# {language: words}: a sentence's money comes on top of an earlier one's ("also", "ainda").
ON_TOP: dict[str, tuple[str, ...]] = _TABLES["ON_TOP"]
# {language: phrases} restating a package's value ("total value of"): no running total.
PACKAGE_VALUE: dict[str, tuple[str, ...]] = _TABLES["PACKAGE_VALUE"]
# Money beside a pledge (aidcalc.news.beside): {language: phrases} and {language: words}.
COMPARED_AFTER: dict[str, tuple[str, ...]] = _TABLES["COMPARED_AFTER"]
SET_AGAINST: dict[str, tuple[str, ...]] = _TABLES["SET_AGAINST"]
RELATIVE_PRONOUNS: dict[str, frozenset[str]] = _TABLES["RELATIVE_PRONOUNS"]
SPENDING_VERBS: dict[str, frozenset[str]] = _TABLES["SPENDING_VERBS"]
OWN_BUDGETS: dict[str, tuple[str, ...]] = _TABLES["OWN_BUDGETS"]
OTHER_MONEY: dict[str, dict[str, tuple[str, ...]]] = _TABLES["OTHER_MONEY"]
OTHER_MONEY_LINKS: dict[str, frozenset[str]] = _TABLES["OTHER_MONEY_LINKS"]
RELATIVE_CLAUSE_WORDS: dict[str, frozenset[str]] = _TABLES["RELATIVE_CLAUSE_WORDS"]
OWN_POSSESSIVES: dict[str, frozenset[str]] = _TABLES["OWN_POSSESSIVES"]
SPENDING_SPLIT: dict[str, tuple[tuple[str, str], ...]] = _TABLES["SPENDING_SPLIT"]
OWN_ENDS: dict[str, frozenset[str]] = _TABLES["OWN_ENDS"]
PART_AFTER: dict[str, tuple[str, ...]] = _TABLES["PART_AFTER"]
PART_SHARES: dict[str, tuple[str, ...]] = _TABLES["PART_SHARES"]
SHARE_WHOLES: dict[str, tuple[str, ...]] = _TABLES["SHARE_WHOLES"]
SHARE_OF_LINKS: dict[str, tuple[str, ...]] = _TABLES["SHARE_OF_LINKS"]
WHOLE_FROM: dict[str, tuple[str, ...]] = _TABLES["WHOLE_FROM"]
WHOLE_NOUNS: dict[str, tuple[str, ...]] = _TABLES["WHOLE_NOUNS"]
WHOLE_WORTH: dict[str, tuple[str, ...]] = _TABLES["WHOLE_WORTH"]
REST_WORDS: dict[str, tuple[str, ...]] = _TABLES["REST_WORDS"]
REST_AFTER: dict[str, tuple[str, ...]] = _TABLES["REST_AFTER"]
BREAKDOWN_OPENERS: dict[str, tuple[str, ...]] = _TABLES["BREAKDOWN_OPENERS"]
RESTATING_SUBJECTS: dict[str, tuple[str, ...]] = _TABLES["RESTATING_SUBJECTS"]
PART_NOT_AFTER: dict[str, tuple[str, ...]] = _TABLES["PART_NOT_AFTER"]
PART_NOT_BEFORE: dict[str, tuple[str, ...]] = _TABLES["PART_NOT_BEFORE"]
JOINT_DONORS: dict[str, tuple[str, ...]] = _TABLES["JOINT_DONORS"]
HOME_COUNTRY: dict[str, str] = _TABLES["HOME_COUNTRY"]
RESPECTIVELY: dict[str, tuple[str, ...]] = _TABLES["RESPECTIVELY"]
THANKING: dict[str, tuple[str, ...]] = _TABLES["THANKING"]
SPEECH_VERBS: dict[str, str] = _TABLES["SPEECH_VERBS"]
WE_WORDS: dict[str, str] = _TABLES["WE_WORDS"]
WE_ENDINGS: dict[str, tuple[str, ...]] = _TABLES["WE_ENDINGS"]
FURTHER_AMOUNT: dict[str, tuple[str, ...]] = _TABLES["FURTHER_AMOUNT"]
AGAIN_WORDS: dict[str, tuple[str, ...]] = _TABLES["AGAIN_WORDS"]
FURTHER_AFTER: dict[str, tuple[str, ...]] = _TABLES["FURTHER_AFTER"]
SUBJECT_PRONOUNS: dict[str, tuple[str, ...]] = _TABLES["SUBJECT_PRONOUNS"]
EACH_WORDS: dict[str, tuple[str, ...]] = _TABLES["EACH_WORDS"]
FUND_NOUNS: dict[str, tuple[str, ...]] = _TABLES["FUND_NOUNS"]
CHANNEL_WORDS: dict[str, tuple[str, ...]] = _TABLES["CHANNEL_WORDS"]
# {language: postpositions}: the same after the organisation ("Dünya Bankası aracılığıyla").
CHANNEL_AFTER: dict[str, tuple[str, ...]] = _TABLES["CHANNEL_AFTER"]
VENUE_WORDS: dict[str, tuple[str, ...]] = _TABLES["VENUE_WORDS"]
# ``PURPOSE_WORDS`` of each language apart ("a" is Polish "and", Italian "to")
PURPOSE_BY_LANGUAGE: dict[str, tuple[str, ...]] = _TABLES["PURPOSE_BY_LANGUAGE"]
ALLY_WORDS: dict[str, tuple[str, ...]] = _TABLES["ALLY_WORDS"]
ORGANISATION_NOUNS: dict[str, tuple[str, ...]] = _TABLES["ORGANISATION_NOUNS"]
SUBJECT_RECEIVES: dict[str, tuple[str, ...]] = _TABLES["SUBJECT_RECEIVES"]
# Japanese, Chinese and Korean: {language: words} of giving, and of a receiver after or before
# a country's name (``aidcalc.news.cjk``).
GIVING_WORDS: dict[str, tuple[str, ...]] = _TABLES["GIVING_WORDS"]
# {language: {role: endings}} written after an apostrophe on a country's name (Turkish).
CASE_SUFFIXES: dict[str, dict[str, frozenset[str]]] = _TABLES["CASE_SUFFIXES"]
# {language: {role: endings}} written onto a country's name with no apostrophe (Finnish).
NAME_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = _TABLES["NAME_ENDINGS"]
RECIPIENT_AFTER: dict[str, tuple[str, ...]] = _TABLES["RECIPIENT_AFTER"]
RECIPIENT_BEFORE: dict[str, tuple[str, ...]] = _TABLES["RECIPIENT_BEFORE"]
# The languages whose press may write a numeric date month first ("02/12/2025", US English): a
# date of two numbers up to 12 is read neither way then (``aidcalc.news.dates``).
MONTH_FIRST_DATES: frozenset[str] = _TABLES["MONTH_FIRST_DATES"]
# {language: words answering a request} ("要請に応じ", "应…要求"): the request is no governor.
REQUEST_ANSWERED: dict[str, tuple[str, ...]] = _TABLES["REQUEST_ANSWERED"]
# {language: particles or case endings after a country before a request verb, the verb last}
# ("독일에 … 요청했다"): that country is the one asked (aidcalc.news.not_giving.request_roles).
ASKED_AFTER: dict[str, tuple[str, ...]] = _TABLES["ASKED_AFTER"]
# {language: words after a request opening what is asked} ("asked Germany to give"): its verb
# is asked for, no gift.
REQUEST_LINKS: dict[str, frozenset[str]] = _TABLES["REQUEST_LINKS"]
SUBJECT_AFTER: dict[str, tuple[str, ...]] = _TABLES["SUBJECT_AFTER"]
GENITIVE_AFTER: dict[str, tuple[str, ...]] = _TABLES["GENITIVE_AFTER"]
PURPOSE_AFTER: dict[str, tuple[str, ...]] = _TABLES["PURPOSE_AFTER"]
NAME_LOCALES_ALSO: dict[str, tuple[str, ...]] = _TABLES["NAME_LOCALES_ALSO"]
# {language: endings} of a name in the oblique cases, and {language: vowels} a name drops before
# them ("Egipat": "Egipta"): aidcalc.places generates those case forms.
NAME_CASE_ENDINGS: dict[str, tuple[str, ...]] = _TABLES["NAME_CASE_ENDINGS"]
FLEETING_VOWELS: dict[str, str] = _TABLES["FLEETING_VOWELS"]
NUMBER_OVER_SUFFIXES: dict[str, frozenset[str]] = _TABLES["NUMBER_OVER_SUFFIXES"]
# {language: the forms of its word for a thousand written inside a glued compound number}
GLUED_THOUSANDS: dict[str, tuple[str, ...]] = _TABLES["GLUED_THOUSANDS"]
COMPOUND_MARKS: dict[str, tuple[str, ...]] = _TABLES["COMPOUND_MARKS"]
FROM_US: dict[str, tuple[str, ...]] = _TABLES["FROM_US"]
CONTRAST_OPENERS: dict[str, tuple[str, ...]] = _TABLES["CONTRAST_OPENERS"]
ITEM_WITH: dict[str, tuple[str, ...]] = _TABLES["ITEM_WITH"]
SUM_WORDS: dict[str, tuple[str, ...]] = _TABLES["SUM_WORDS"]
# {language: words} of a state's budget or spending frame ("Haushalt", "budżet*", "rammen").
BUDGET_NOUNS: dict[str, tuple[str, ...]] = _TABLES["BUDGET_NOUNS"]
WHOLE_BEFORE: dict[str, tuple[str, ...]] = _TABLES["WHOLE_BEFORE"]
TOTAL_LABELS: dict[str, tuple[str, ...]] = _TABLES["TOTAL_LABELS"]
# Labels of a list item of unnamed givers ("- Others: €1bn"): {language: labels}.
OTHER_LABELS: dict[str, tuple[str, ...]] = _TABLES["OTHER_LABELS"]

# Countries (aidcalc.countries): English names of EU bodies, and short forms.
EU_INSTITUTIONS: tuple[str, ...] = en.EU_INSTITUTIONS
COUNTRY_SHORT_FORMS: dict[str, str] = en.COUNTRY_SHORT_FORMS
# Documented donor codes of multilateral lenders, {code: English names}.
MULTILATERAL_DONORS: dict[str, tuple[str, ...]] = en.MULTILATERAL_DONORS
# National news agencies a dateline names, {name: country} (aidcalc.news.candidates).
NEWS_AGENCIES: dict[str, str] = en.NEWS_AGENCIES
