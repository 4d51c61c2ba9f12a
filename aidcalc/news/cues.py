"""The words that tell what a pledge sentence says: its verb, category, basis and measure.

Per language (en, de, fr, lt, uk, pl), a cue is a word or phrase; ``*`` ends a prefix
("drone*" finds drones), ``####`` stands for a year ("since ####"). Matching ignores case.

>>> [(c.kind, c.text) for c in find_cues("Lithuania has provided drones so far", "en", CATEGORY)]
[('military', 'drones')]
>>> [c.kind for c in find_cues("Lietuva iš viso skyrė", "lt", BASIS)]
['cumulative']
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Verbs whose subject gives ("give") or gets ("receive"); "aux" are auxiliaries, used when no
# main verb is found and, in German, to find the subject of a verb at the sentence's end.
VERB = {
    "give": {
        "en": "provid* pledg* announc* allocat* commit* disburs* donat* gave give* send* sent "
        "approv* offer* deliver* earmark* contribut* promis* transferr* granted "
        "spent spend* suppli* supply* unveil* pay* paid",
        "de": "stellt stellte* bereitgestellt bereitstell* zugesagt sagt sagte gewährt* liefert* "
        "überweist überwies kündigt* angekündigt gibt gab spendet* bewilligt* zahlt* "
        "leistet* unterstützt* stockt* finanziert*",
        "fr": "fournit fourni* débloqu* accord* allou* annonc* promis promet* engag* versé* "
        "verse* donn* livr* octroy* consacr* apport* financ*",
        "lt": "skyr* paskyr* skirs skiria suteik* perdav* perduo* paskelb* įsipareigoj* paaukoj* "
        "pažadėj* žada pervedė pervest* finansuo* išmokėj* skirti",
        "uk": "надал* надас* надає надаватиме виділ* передал* передас* передає оголос* "
        "пообіця* зобов* спрямув* спрямує профінанс* виплат* фінансу*",
        "pl": "przekaz* przezna* udziel* zapowi* obieca* zobowiąz* wypłaci* dostarcz* ogłosi* "
        "przeleje przelał* sfinansuj* przyzna* finansuj*",
    },
    "receive": {
        "en": "receiv* get gets got obtain*",
        "de": "erhält erhielt erhalten bekommt bekam bekommen",
        "fr": "recevr* reçoit reçu* recev* obtien* obtenu*",
        "lt": "gaus gavo gauna gaut*",
        "uk": "отрима* одержа*",
        "pl": "otrzyma* otrzymuje dostanie dostał* dostaje",
    },
    "aux": {
        "en": "has have had will would is are was were shall",
        "de": "hat haben habe hatte hatten wird werden wurde wurden will",
        "fr": "a ont avait avaient va vont sera seront",
        "lt": "yra bus buvo",
        "uk": "буде будуть має",
        "pl": "będzie będą ma mają",
    },
}

CATEGORY = {
    "military": {
        "en": "military* drone* missile* ammunition munition* shells artillery air defen* "
        "anti-aircraft armored* armoured* tank tanks electronic warfare weapon* arms "
        "howitzer* helicopter* fighter jet* rocket* projectile* explosive* UAV* "
        "counter-drone* defen* aid defen* package* security assistance",
        "de": "militär* Drohne* Rakete* Munition* Flugabwehr* Luftverteidigung* Panzer* "
        "gepanzert* elektronische Kampfführung Waffe* Artillerie* Haubitze* "
        "Hubschrauber* Geschoss* Granate* Rüstung* Sprengstoff*",
        "fr": "militaire* drone* missile* munition* défense aérienne défense antiaérienne "
        "blindé* char chars guerre électronique arme armes armement* artillerie* obus "
        "hélicoptère* roquette* explosif* projectile*",
        "lt": "karin* ginkl* dron* rakiet* raket* šaudmen* oro gynyb* šarvuot* "
        "elektronin* karyb* elektronin* kov* artilerij* sraigtasparn* sprogmen* "
        "gynyb* sviedin* bepiloč*",
        "uk": "військов* дрон* безпілот* ракет* боєприпас* снаряд* ППО протиповітрян* "
        "броньован* бронетехні* радіоелектронн* РЕБ збро* артилер* гелікоптер* "
        "вибухівк* оборон*",
        "pl": "wojskow* dron* rakiet* amunicj* pocisk* obron* powietrzn* przeciwlotnicz* "
        "opancerz* walk* elektroniczn* broń broni* czołg* artyler* śmigłow* "
        "wybuchow* obronn* bezzałogow*",
    },
    "financial": {
        "en": "budget support budgetary support budget aid loan* grant grants financial "
        "macro-financial macrofinancial credit* guarantee* Ukraine Facility",
        "de": "Haushaltshilfe* Budgethilfe* Budgetunterstützung* Haushaltsunterstützung* "
        "Kredit* Darlehen* Zuschuss* Zuschüsse* finanziell* Finanzhilfe* "
        "Makrofinanzhilfe*",
        "fr": "soutien budgétaire aide budgétaire prêt prêts subvention* financi* "
        "macrofinanci* macro-financi*",
        "lt": "biudžet* paskol* dotacij* finansin* subsidij*",
        "uk": "бюджетн* кредит* позик* грант* фінансов* макрофінансов*",
        "pl": "budżet* pożycz* kredyt* grant* dotacj* finansow* makrofinansow*",
    },
    "humanitarian": {
        "en": "humanitarian winter* energy aid energy generator* medical shelter* food refugee*",
        "de": "humanitär* Winter* Energie* Generator* medizinisch* Lebensmittel* Flüchtling*",
        "fr": "humanitaire* hiver* énergéti* énergie* générateur* médica* alimentaire* réfugié*",
        "lt": "humanitarin* žiem* energet* generator* medicin* maist* pabėgėl*",
        "uk": "гуманітарн* зимов* зиму зими зима енергет* генератор* медичн* продовольч* біженц*",
        "pl": "humanitarn* zim* energetyczn* energi* generator* medyczn* żywnoś* uchodźc*",
    },
}

BASIS = {
    "cumulative": {
        "en": "since in total so far to date altogether a total of total of overall thus far "
        "up to now has provided have provided has given have given has delivered "
        "have delivered has supplied have supplied",
        "de": "insgesamt bisher bislang seit seither bis jetzt bis heute Gesamtwert* "
        "Gesamtumfang* Gesamthöhe*",
        "fr": "au total en tout jusqu'à présent jusqu'ici depuis à ce jour total de "
        "globalement cumul*",
        "lt": "iš viso iki šiol nuo karo nuo invazijos nuo #### pradžios bendr* sum*",
        "uk": "загалом з початку від початку досі на сьогодні станом на всього у сумі "
        "з #### від #### сукупн*",
        "pl": "łącznie od początku do tej pory dotychczas w sumie od #### ogółem",
    },
}

# The measure of an amount (docs/extraction.md, "Measure"), in the Kiel tracker's sense:
# money announced, planned or promised is a ``pledge`` even when the verb that follows is
# "allocate" ("announced plans to allocate 10 million euros"); money delivered, provided or
# earmarked is an ``allocation`` ("has provided … worth over 683 million euros").
INTENTION = {
    "pledge": {
        "en": "announc* plan* pledg* promis* will intend* vow* would aim* expect* ready to",
        "de": "zugesagt zusag* Zusage* angekündigt kündigt* will wollen plant* geplant "
        "versprochen verspr* soll sollen wird werden",
        "fr": "annonc* promis promet* prévoit prévu* va vont compte entend* sera seront",
        "lt": "paskelb* planuo* ketin* žada žadėj* pažadėj* skirs suteiks perduos bus",
        "uk": "оголос* план* пообіця* обіця* намір* надасть виділить передасть буде будуть збира*",
        "pl": "zapowi* ogłos* planuj* planowa* obieca* obiecuj* zamierza* przekaże przeznaczy "
        "będzie będą",
    },
}

MEASURE = {
    "allocation": {
        "en": "allocat* earmark* provided provides providing deliver* supplied sent "
        "transferred donated handed over",
        "de": "zugewiesen zuweis* Zuweisung* bereitgestellt stellte* geliefert lieferte* "
        "überwies* übergeben gewährte*",
        "fr": "allou* allocation* fourni débloqu* livré* livra* transféré*",
        "lt": "skyr* paskyr* skiria* skirt* skyrim* suteikė perdavė",
        "uk": "виділ* надал* передал* поставил* спрямувал*",
        "pl": "przeznacz* przydziel* przekazał* dostarczył* udzielił*",
    },
    "disbursement": {
        "en": "disburs* paid out",
        "de": "ausgezahlt auszahl* Auszahlung*",
        "fr": "décaiss* versé* versement*",
        "lt": "išmokė* išmokėt* pervest* pervedė",
        "uk": "виплач* виплат* перерахува*",
        "pl": "wypłac* wypłat* przelan* przelał*",
    },
    "commitment": {
        "en": "commit*",
        "de": "verpflichtet* Verpflichtung*",
        "fr": "engag*",
        "lt": "įsipareig*",
        "uk": "зобов*",
        "pl": "zobowiąz*",
    },
}

_YEAR = "####"


class Cue(NamedTuple):
    """One cue found in a text: its kind (e.g. ``military``) and offsets."""

    kind: str
    start: int
    end: int
    text: str


def _phrases(spec: str) -> list[str]:
    """Split a cue list into phrases: a word without ``*`` that is followed by more words of
    a known phrase is kept together (see ``PHRASES``)."""
    words = spec.split()
    phrases: list[str] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2):
            candidate = " ".join(words[i : i + size])
            if candidate in PHRASES:
                phrases.append(candidate)
                i += size
                break
        else:
            phrases.append(words[i])
            i += 1
    return phrases


# Multi-word cues (any language); all other cues are single words.
PHRASES = frozenset(
    """air defen*|fighter jet*|electronic warfare|defen* aid|defen* package*|security assistance
    |budget support|budgetary support|budget aid|Ukraine Facility|energy aid|in total|so far
    |to date|a total of|total of|thus far|up to now|has provided|have provided|has given
    |have given|has delivered|have delivered|has supplied|have supplied|paid out
    |elektronische Kampfführung|bis jetzt|bis heute|défense aérienne|défense antiaérienne
    |guerre électronique|soutien budgétaire|aide budgétaire|au total|en tout|jusqu'à présent
    |à ce jour|total de|oro gynyb*|elektronin* karyb*|elektronin* kov*|iš viso|iki šiol
    |nuo karo|nuo invazijos|nuo ####|bendr* sum*|з початку|від початку|на сьогодні|станом на|у сумі
    |з ####|від ####|obron* powietrzn*|walk* elektroniczn*|od początku|do tej pory|w sumie
    |od ####|ready to|handed over""".replace("\n", "").split("|")
)
PHRASES = frozenset(phrase.strip() for phrase in PHRASES)


def _pattern(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        if word == _YEAR:
            parts.append(r"(?:19|20)\d\d")
            continue
        prefix = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace("'", "['’]")
        parts.append(body + (r"\w*" if prefix else ""))
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


_CACHE: dict[tuple[int, str], re.Pattern[str] | None] = {}


def _compiled(table: dict[str, dict[str, str]], lang: str) -> re.Pattern[str] | None:
    """Return one pattern for all cues of ``table`` in ``lang``, a named group per kind."""
    key = (id(table), lang)
    if key not in _CACHE:
        groups = []
        for index, by_lang in enumerate(table.values()):
            spec = by_lang.get(lang)
            if spec:
                phrases = sorted(_phrases(spec), key=len, reverse=True)
                groups.append(f"(?P<k{index}>" + "|".join(_pattern(p) for p in phrases) + ")")
        _CACHE[key] = re.compile("|".join(groups), re.IGNORECASE) if groups else None
    return _CACHE[key]


# The future tense: a month after the publication month is then this year or the next
# ("will deliver in March", published in November), not last year.
FUTURE = {
    "future": {
        "en": "will shall",
        "de": "wird werden soll sollen",
        "fr": "va vont sera seront livrera fournira",
        "lt": "bus skirs suteiks perduos",
        "uk": "буде будуть надасть виділить передасть",
        "pl": "będzie będą przekaże przeznaczy",
    },
}


def find_cues(text: str, lang: str | None, table: dict[str, dict[str, str]]) -> list[Cue]:
    """Return the cues of ``table`` (e.g. ``CATEGORY``) in ``text``, in order (English if no
    ``lang`` or an unsupported one)."""
    pattern = _compiled(table, lang if lang in next(iter(table.values())) else "en")
    if pattern is None:
        return []
    kinds = list(table)
    cues = []
    for match in pattern.finditer(text):
        index = int(match.lastgroup[1:])
        cues.append(Cue(kinds[index], match.start(), match.end(), match.group()))
    return cues
