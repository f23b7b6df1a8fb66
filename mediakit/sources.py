"""Sourcing: who speaks in an article, and how the reporter introduces them.

News is largely made of what sources say (Bell 1991). This module finds
the **direct quotations** of an article with their speaker and reporting verb,
and the **indirect attributions** ("One official told Bloomberg that ...",
"according to a Bloomberg report", "citing unnamed European officials"). Every
result says how the source is identified (``named``, ``anonymous``, ``media``)
and which reporting verb introduces it, classified in
``mediakit/lexicons/reporting_verbs.csv`` (neutral, distancing, factive,
speculative, emotive, ...; Bell 1991; Caldas-Coulthard 1994; Recasens et al.
2013).

The rules are deterministic and work on the shared segmentation
(:func:`mediakit.parse`): no model, no download. They are described, with their
limits, in ``docs/sourcing.md``. In short, a quotation is attributed by the first
rule that applies:

1. ``post``: a reporting verb right after it (“...,” Okafor said. / “...,” said
   Okafor, the mayor. / “...,” she added.);
2. ``pre``: the nearest reporting verb before it in its sentence (Okafor said:
   “...” / Rubio hinted that Washington was prepared to “move on” / According
   to Okafor, “...”), the speaker being the verb's subject (or the noun phrase
   after ``according to``; titles and descriptors before a name are dropped);
3. ``colon`` / ``headline``: ``Okafor: “...”`` and the headline form ``‘...’:
   exiled activist rallies supporters``;
4. ``continuation``: a quotation that opens a sentence right after a quoted
   sentence, or a paragraph right after an unclosed quotation, continues the
   previous speaker.

Pronouns (he, she, they) are resolved to the most recent person named before
them (for transcript verbs such as "added", the most recent speaker) whose gender,
when the text gives it (honorifics, gendered role nouns, earlier pronouns, common
first names), does not contradict the pronoun. A definite description ("The
diplomat said") refers back to the most recent person named with a matching title
or role ("Russian envoy Vassily Nebenzia"). Coordinated speakers ("Rubio and
Witkoff said") are one source whose speaker is the first named one. A quotation
can also be attributed after the fact ("“Tense but useful” was how Okafor
described the talks") and across a paragraph break.

References
----------
Bell, A. (1991). *The Language of News Media*. Oxford: Blackwell.
Caldas-Coulthard, C. R. (1994). On reporting reporting: the representation of
speech in factual and factional narratives. In M. Coulthard (ed.), *Advances in
Written Text Analysis*. London: Routledge.
Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic
models for analyzing and detecting biased language. *ACL 2013*.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from itertools import compress
from operator import itemgetter
from typing import Any, Literal

import pandas as pd

from ._memo import Memo, remember
from .corpus import as_corpus
from .errors import MediakitTypeError, MediakitValueError
from .spans import SORT_COLUMNS, SPAN_COLUMNS, hits_frame, sections_of
from .text import Doc, Quote, parse, sentence_at

__all__ = [
    "AFFILIATION_COLUMNS",
    "SCARE_MAX_WORDS",
    "SOURCE_COLUMNS",
    "Attribution",
    "attribute_quotes",
    "detect_sources",
    "is_speech",
    "load_affiliations",
    "load_reporting_verbs",
    "quote_kind",
    "quote_kinds",
    "quote_shares",
    "speaker_at",
    "speech_quotes",
]

#: Columns of the affiliation table (``mediakit/lexicons/affiliations.csv``).
AFFILIATION_COLUMNS: tuple[str, ...] = (
    "name",
    "aliases",
    "affiliation",
    "country",
    "role",
    "note",
    "reference",
)
#: Columns :func:`detect_sources` adds after the standard span columns.
SOURCE_COLUMNS: tuple[str, ...] = (
    "speaker_name",
    "affiliation",
    "verb",
    "verb_type",
    "named",
    "quoted_words",
    "level",
    "rule",
)
#: The types of the extra columns that do not hold text.
_SOURCE_DTYPES = {"named": "bool", "quoted_words": "int64", "level": "int64"}
#: A quotation of at most this many words with no speaker and no reporting verb in
#: its sentence is not speech (a scare quote); the same bound as the scare-quote rule
#: of :func:`mediakit.detect_loaded`.
SCARE_MAX_WORDS = 4

_BELL = "Bell 1991 (attribution and reporting verbs)"
_GUIDE = "docs/annotation-guide.md §6"

# --------------------------------------------------------------------------- word classes
# Closed-class English words the noun-phrase rules need. Lower case.

_DETS = frozenset(
    "a an the one this these those some many several two three four five six seven eight nine ten "
    "his her their its our my your another each every both few most all any no".split()
)
_POSSESSIVE_DETS = frozenset("his her their its our my your".split())
# After these a verb form is a noun or an adjective: "the reported deal", "a report".
_ARTICLE_DETS = frozenset({"a", "an", "the", "this", "these", "those"} | _POSSESSIVE_DETS)
_OBJECT_PRONOUNS = frozenset("us me him them".split())
# A word form that is also a noun ("report", "claims", "state") counts as a verb only before these
# (or a name, or a pronoun): "Critics call the plan ...", "Officials note that ...".
_VERB_NEXT = frozenset("that the a an this these it him her them his its their our on for to in out".split())
_PRONOUNS = frozenset("he she they i we you".split())
_SINGULAR_PRONOUNS = frozenset({"he", "she"})
# Prepositions that may continue a noun phrase ("a spokesperson for X", "observers from X").
_NP_PREPS = frozenset("of for from on in at with".split())
_NP_PREPS_CONJ = _NP_PREPS | {"and", "or", "but"}
_NP_PREPS_TO = _NP_PREPS | {"to"}
# Of those, the ones cut from a role phrase when it is given as the speaker: "A spokesperson
# for the institute" -> "A spokesperson", "The family of the teenager" -> "The family";
# "Observers from the regional assembly" keeps its place phrase (annotation guide §6).
_CUT_PREPS = frozenset("of for with".split())
# Words that end a noun phrase.
_STOP = frozenset(
    """
    and or but nor so yet as if when while after before because since although though than that which
    who whom whose where whether to by into onto over under about against between during without within
    through across until upon via not is are was were be been being has have had will would can could
    shall should may might must do does did it its there here then also again once still even never
    always often now just only very too later earlier previously recently today yesterday tomorrow
    said says told how what
    """.split()
)
# Words skipped between a subject and its verb: "Rubio also said", "has repeatedly claimed".
_AUX_ADV = frozenset(
    """
    also later then again once previously recently earlier now still even never always often twice
    has have had having will would could can should did does do is are was were been being be
    reportedly allegedly publicly privately repeatedly quickly not further
    """.split()
)
_BE = frozenset("is are was were be been being".split())
# Words in -ly that are not adverbs ("the regional assembly said").
_LY_NOT_ADVERBS = frozenset(
    """
    assembly family ally rally italy july supply reply monopoly anomaly daily weekly monthly quarterly
    elderly bully belly jelly tally folly homily lily holly kelly emily sally molly polly billy fly
    butterfly firefly apply comply rely multiply imply only
    """.split()
)
# Words after which a quotation is a mention or a title, not speech (annotation guide §3.4).
_MENTION_NOUNS = frozenset(
    """
    word words term terms phrase phrases expression slogan slogans hashtag title headline film movie book
    novel song album series show play programme program podcast documentary exhibition operation codename
    nickname motto
    """.split()
)
_CONJ = frozenset({"and", "&"})
_HOW_BE = frozenset({"was", "is", "were", "are", "’s", "'s"})
# Words after which a coordinated subject may start ("..., but Rubio and Witkoff said").
_CLAUSE_OPENERS = frozenset(
    "that but while when after before as because since although though where if so then and".split()
)
_TRANSCRIPT_LEMMAS = frozenset({"add", "continue", "go on", "repeat", "reiterate"})  # Caldas-Coulthard 1994
_TEMPORAL = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tomorrow morning afternoon evening night
    weekend week month year day time
    """.split()
)
# Time expressions that end a phrase after an inverted verb ("said Ruslev two hours later", "said
# nationalist MPs last night"): a number before a unit, or last/this/next before a time word.
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years".split()
)
_TIME_DEICTICS = frozenset("last this next".split())
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty a an few"
    " several".split()
)
# Role nouns that take "to" in a post-modifier: "an aide to the mayor", "an adviser to the president".
_TO_NOUNS = frozenset(
    """
    aide aides adviser advisers advisor advisors assistant assistants spokesperson spokesman spokeswoman
    secretary envoy envoys ambassador counsel consultant consultants deputy successor heir
    """.split()
)
# Verbs before "to" + a verb of saying whose subject is the speaker ("likes to say", "used to joke").
_CATENATIVES = frozenset(
    "like likes liked love loves loved use used want wants wanted tend tends tended hope hopes continue"
    " continues".split()
)
# How many antecedents, latest first, a pronoun's resolution weighs (per pool).
_CANDIDATES = 8
_FIRST = itemgetter(0)


def _latest_first(item: tuple[int, Any]) -> int:
    return -item[0]


def _latest_before(items: list[tuple[int, Any]], offset: int, count: int) -> list[tuple[int, Any]]:
    """The last ``count`` items before ``offset`` of a list in text order of ``(position, ...)``
    pairs (people named, speakers), in text order."""
    end = bisect_left(items, offset, key=_FIRST)
    return items[max(end - count, 0) : end]


def _positioned(items: list[tuple[int, Any]], lo: int, hi: int) -> list[tuple[int, Any]]:
    """The items with ``lo <= position < hi`` of a list in text order of ``(position, ...)`` pairs
    (people named, speakers): found by bisection, not by a scan of the whole list."""
    return items[bisect_left(items, lo, key=_FIRST) : bisect_left(items, hi, key=_FIRST)]


# Title words dropped before a name: "Secretary of State Marco Rubio" -> "Marco Rubio".
_TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister secretary state
    foreign defence defense interior finance senator sen rep representative congressman congresswoman
    governor gov mayor judge justice detective inspector chief superintendent supt sergeant sgt officer
    constable captain capt colonel col general gen lieutenant lt major maj admiral adm commander cmdr
    ambassador envoy special deputy chancellor pope king queen prince princess rev reverend father coach
    chairman chairwoman chair ceo director spokesman spokeswoman spokesperson commissioner councillor
    councilor mp mep speaker attorney sheriff bishop archbishop rabbi imam sheikh emir premier patriarch
    head leader first ombudsman marshal madam madame mme mlle monsieur herr frau
    """.split()
)
_NAME_PARTICLES = frozenset(
    "van von de der den da di du la le bin ibn al el ter ten dos das del della ap".split()
)
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Capitalised words that are never names.
_NOT_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december
    """.split()
)
# Last words that make a capitalised name an organisation or a place, not a person.
_ORG_WORDS = frozenset(
    """
    foods inc ltd plc llc group bank institute council party ministry office agency company corporation
    corp association union board committee court commission department service services news times post
    journal press media network foundation university college school hospital authority police army
    forces navy guard parliament assembly senate congress duma kremlin house government administration
    federation alliance organization organisation fund trust club fc united airlines airways motors energy
    holdings partners capital technologies labs systems pharma studios records watch international centre
    center society church league team channel tv radio bureau secretariat embassy mission command nations
    republic states kingdom city island islands street square airport station bay river sea park bridge
    hall palace tower stadium arena cup games festival prize award day week act bill treaty agreement
    agreements accords plan declaration convention headquarters region oblast province district county
    york jersey zealand africa america europe asia
    """.split()
)
_PLACES = frozenset(
    """
    moscow kyiv kiev washington paris london berlin brussels beijing warsaw rome geneva vilnius riga tallinn
    minsk russia ukraine france germany britain europe china america poland crimea donbas donbass luhansk
    lugansk donetsk zaporizhzhia zaporozhye kherson kharkiv odesa odessa jeddah riyadh tehran iran israel
    turkey ankara istanbul nato
    """.split()
)
# Nouns for people, groups, institutions and documents that can be a source. Used to tell a
# source ("The ministry said", "Residents described") from a thing ("The proposal suggests").
# Singular forms; plurals are recognised by rule.
_SOURCE_NOUNS = frozenset(
    """
    official spokesperson spokesman spokeswoman minister diplomat source aide insider analyst expert observer
    critic pundit commentator envoy ambassador president leader chief head secretary adviser advisor
    director governor mayor senator lawmaker legislator deputy mp member chairman chairwoman chair executive
    ceo manager owner founder officer police prosecutor judge court lawyer attorney investigator detective
    inspector resident witness survivor victim relative family mother father son daughter sister brother
    wife husband neighbour neighbor local villager farmer worker employee staff union teacher student pupil
    parent doctor nurse medic scientist researcher economist professor author writer journalist reporter
    correspondent editor blogger columnist presenter host activist campaigner protester organiser organizer
    volunteer soldier commander general troop military army ministry government administration cabinet
    council committee board party opposition company firm bank agency authority regulator department
    office institute group organisation organization association federation club coach player fan
    supporter opponent voter citizen people person man woman representative delegate delegation negotiator
    mediator monitor landlord tenant shopkeeper trader investor consumer customer passenger driver pilot
    engineer consultant strategist historian academic scholar lecturer priest bishop rabbi imam
    spokespeople officials administration kremlin embassy mission team coalition alliance camp side
    state report statement document study survey poll data figure estimate judgment judgement ruling
    filing transcript readout memo letter analysis assessment audit review investigation newspaper paper
    outlet broadcaster channel media network website daily magazine tabloid tv television radio
    news wire agency publication forecaster meteorologist paramedic firefighter rescuer coastguard
    epidemiologist virologist biologist physicist chemist astronomer geologist climatologist ecologist
    surgeon physician pharmacist psychologist psychiatrist midwife carer teacher headteacher lecturer
    tutor trainer referee captain athlete manager planner architect builder contractor developer
    technician mechanic electrician fisherman miner shopper commuter motorist rider cyclist climber
    """.split()
)
_MEDIA_NOUNS = frozenset(
    "report newspaper paper outlet broadcaster channel media network website daily magazine tabloid tv "
    "television radio news wire publication press".split()
)
_PLURAL_GROUPS = frozenset("police people staff military media authorities team family opposition".split())
# Capitalised at the start of a sentence, these (and the source nouns) are ordinary words, not names.
_SENTENCE_WORDS = frozenset(
    """
    the a an in on at for but and yet so if when while after before however meanwhile still earlier later
    according speaking writing asked it this that these those there he she they we i you his her their our
    its my your as although though because since what why how where who both some many several most all
    one no not then thus also now today yesterday
    """.split()
)
_QUOTE_MARKS = frozenset("\"“”‘’„«»‹›'")
# The caches below are shared across documents and start afresh past this many keys.
_CACHE_LIMIT = 100_000
# Noun phrases already read by _Analyser._describe: their words -> how to read them.
_NP_CACHE: dict[tuple, tuple] = {}
# Capitalised runs already examined by the name rules (see _Analyser._find_names).
_RUN_CACHE: dict[tuple, tuple[int, int, int, int, int, bool, bool] | None] = {}


def _token_class(token: str) -> int:
    """What a token may be, as bits: 1 the start of a name (it starts with a capital letter), 2 the
    first word of a reporting verb, 4 a link inside a name (a full stop: "John F. Kennedy", "Mr.
    Smith"; "of" or a particle: "Secretary of State", "von der Leyen")."""
    low = token.lower()
    return (
        (1 if token[:1].isupper() else 0)
        | (2 if low in _verb_table()[0] else 0)
        | (4 if token == "." or low in _NAME_PARTICLES or low == "of" else 0)
    )


# One look-up a token finds the candidates of both the name and the verb rules.
_TOKEN_CLASS: Memo[str, int] = Memo(_token_class, limit=_CACHE_LIMIT)
# One capitalised word that is never a person's name on its own (titles, months, places, org words).
_NOT_A_LONE_NAME = _TITLES | _NOT_NAMES | _PLACES | _ORG_WORDS | _PRONOUNS
_APOSTROPHES = ("’s", "'s", "’S", "'S")

# ----- gender cues for pronoun resolution (he/she): structural evidence in the text first.
# Honorifics before a name (stripped from the name as titles).
_HONORIFICS: dict[str, str] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f",
    "madam": "f", "madame": "f", "mme": "f", "mlle": "f", "monsieur": "m", "herr": "m", "frau": "f",
}  # fmt: skip
# Role and kinship nouns with a grammatical or lexical gender ("spokeswoman", "mother").
_GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        """
        woman lady girl mother mum mom grandmother daughter granddaughter sister wife widow aunt niece
        girlfriend bride queen princess duchess countess baroness empress actress hostess heiress nun
        stepmother godmother housewife landlady schoolgirl matriarch headmistress spokeswoman chairwoman
        congresswoman councilwoman businesswoman policewoman sportswoman stateswoman anchorwoman
        assemblywoman alderwoman camerawoman frontwoman servicewoman horsewoman
        """.split(),
        "f",
    ),
    **dict.fromkeys(
        """
        man gentleman boy father dad grandfather son grandson brother husband widower uncle nephew
        boyfriend groom king prince duke baron emperor monk stepfather godfather schoolboy patriarch
        headmaster spokesman chairman congressman councilman businessman policeman sportsman statesman
        anchorman assemblyman alderman cameraman frontman serviceman horseman
        """.split(),
        "m",
    ),
    **_HONORIFICS,
}
_GENDERED_PRONOUNS: dict[str, str] = {
    "he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
# Slavic surnames mark gender (Ivanova / Ivanov, Kowalska / Kowalski): a weak cue, like a first name.
# Compared without accents (Nováková -> novakova).
_FEMALE_ENDINGS = ("ova", "eva", "skaya", "ska")
_MALE_ENDINGS = ("ov", "ev", "sky", "skyi", "skiy", "ski")
# Strength of gender evidence: explicit cue > first name or surname form > an earlier pronoun.
_CUE, _NAME_CUE, _PRONOUN_CUE = 3, 2, 1

# ----- definite descriptions ("the diplomat") that may refer back to a named person.
# Person roles a description can name; a description with another head stays a role phrase.
_PERSON_ROLES = frozenset(
    """
    diplomat envoy ambassador emissary consul negotiator mediator minister secretary spokesperson
    spokesman spokeswoman mayor governor president premier chancellor senator lawmaker legislator
    congressman congresswoman mp mep coach manager judge prosecutor lawyer attorney barrister solicitor
    detective inspector officer sergeant constable captain commander general colonel admiral executive
    ceo boss chairman chairwoman chairperson chair founder director professor scientist researcher
    economist analyst author academic historian doctor surgeon nurse medic teacher headteacher principal
    editor journalist reporter correspondent blogger commentator activist campaigner volunteer adviser
    advisor leader candidate bishop archbishop priest rabbi imam pope king queen prince princess
    striker goalkeeper player owner investigator
    """.split()
)
# Roles that name the same job: "the diplomat" can be the envoy or the ambassador named earlier.
_ROLE_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(g.split())
    for g in (
        "diplomat envoy ambassador emissary consul negotiator",
        "spokesperson spokesman spokeswoman",
        "lawmaker legislator senator congressman congresswoman mp mep",
        "coach manager",
        "lawyer attorney barrister solicitor counsel",
        "detective inspector investigator",
        "executive ceo boss",
        "chairman chairwoman chairperson chair",
        "scientist researcher",
        "commander general colonel admiral",
        "adviser advisor",
        "doctor surgeon",
    )
)
_ROLE_CLASS: dict[str, frozenset[str]] = {w: g for g in _ROLE_GROUPS for w in g}
# Other nouns for a person that a definite description may use of someone just named ("the former
# champion", "the 52-year-old", "the Velorian"); it then refers to the subject of the sentence before.
_PERSON_NOUNS = frozenset(
    """
    champion veteran winner star singer actor actress athlete sprinter cyclist driver rider runner
    swimmer boxer skater skier climber pilot patient victim survivor witness man woman father mother
    son daughter husband wife widow widower brother sister grandmother grandfather pensioner student
    worker farmer businessman businesswoman tycoon entrepreneur billionaire millionaire artist writer
    novelist poet musician composer director midfielder defender forward referee umpire veteran
    politician official chief head incumbent challenger newcomer councillor councilwoman councilman
    alderman deputy delegate commissioner trustee skipper sailor fisherman miner chef baker shopkeeper
    landlord tenant motorist commuter passenger resident teenager boy girl mum dad mom grandmother
    grandfather retiree mountaineer jockey golfer batsman bowler winger keeper playwright pianist
    guitarist drummer violinist saxophonist conductor dancer painter sculptor photographer designer
    architect engineer mechanic lawmaker survivor
    """.split()
)
# Heads that name an organisation or an institution, never a person ("the ministry", "the bank").
_ORG_NOUNS = _ORG_WORDS | frozenset(
    "firm business operator provider retailer carrier regulator watchdog charity embassy consulate".split()
)
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i")
_AGE_NOUN = re.compile(r"\d+-year-old")
# How many mentions of people back a description may refer to.
_DESCRIPTION_REACH = 40


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """Lower case without a possessive ’s and without accents (for look-ups)."""
    for suffix in _APOSTROPHES:
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).casefold()


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word == "people":
        return "person"
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _is_plural(word: str) -> bool:
    w = _plain(word)
    return w in _PLURAL_GROUPS or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3)


def _is_source_noun(word: str) -> bool:
    w = _plain(word)
    return w in _SOURCE_NOUNS or _singular(w) in _SOURCE_NOUNS


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class _VerbEntry:
    id: str
    lemma: str
    verb_type: str
    source: str  # "subject" or "object" (according to X, citing X)
    requires: str  # "" or "as" ("referred to X as ...")
    indirect: str  # "yes", "that" or "no": may it attribute indirect speech?
    reason: str
    reference: str


_VERB_COLUMNS = (
    "id",
    "lemma",
    "forms",
    "verb_type",
    "source",
    "requires",
    "indirect",
    "noun_forms",
    "reason",
    "reference",
)


def _resource_text(name: str) -> str:
    return (resources.files("mediakit.lexicons") / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _verb_table() -> tuple[dict[str, tuple[tuple[tuple[str, ...], _VerbEntry, bool], ...]], str, int]:
    """Reporting verbs indexed by their first word: ``{word: ((words, entry, noun_form), ...)}``."""
    text = _resource_text("reporting_verbs.csv")
    index: dict[str, list[tuple[tuple[str, ...], _VerbEntry, bool]]] = {}
    n = 0
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in _VERB_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise MediakitValueError(f"mediakit/lexicons/reporting_verbs.csv: missing column(s) {missing}")
    for row in reader:
        n += 1
        entry = _VerbEntry(
            id=row["id"],
            lemma=row["lemma"],
            verb_type=row["verb_type"],
            source=row["source"] or "subject",
            requires=row["requires"],
            indirect=row["indirect"] or "yes",
            reason=row["reason"],
            reference=row["reference"],
        )
        nouns = {f.strip().lower() for f in row["noun_forms"].split("|") if f.strip()}
        for form in row["forms"].split("|"):
            words = tuple(form.strip().lower().split())
            if words:
                index.setdefault(words[0], []).append((words, entry, form.strip().lower() in nouns))
    frozen = {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in index.items()}
    return frozen, hashlib.sha256(text.encode("utf-8")).hexdigest(), n


def load_reporting_verbs() -> pd.DataFrame:
    """The reporting-verb lexicon (``mediakit/lexicons/reporting_verbs.csv``) as a DataFrame.

    Columns: ``id, lemma, forms`` (every inflected form matched, ``|``-separated),
    ``verb_type`` (neutral, labelling, distancing, factive, speculative,
    argumentative, denial, emotive, manner), ``source`` (``subject``, or
    ``object`` for "according to X" and "citing X"), ``requires`` (``as``: only
    "referred to X as ..."), ``indirect`` (``yes``; ``that``: only before a
    that-clause; ``no``: only with a direct quotation), ``noun_forms`` (forms that
    are also nouns: "a report", "the state"), ``reason`` and ``reference``.
    Categories follow Bell (1991), Caldas-Coulthard (1994) and Recasens et al.
    (2013); see ``docs/sourcing.md``.
    """
    return pd.read_csv(io.StringIO(_resource_text("reporting_verbs.csv")), dtype=str, keep_default_na=False)


def load_affiliations() -> pd.DataFrame:
    """The bundled affiliation table (``mediakit/lexicons/affiliations.csv``).

    Columns: ``name, aliases`` (``|``-separated other spellings), ``affiliation``
    (e.g. ``US government``, ``media``), ``country``, ``role`` (as of April
    2025), ``note`` and ``reference`` (where the role is documented; see
    ``docs/events.md``). Pass a table with the same columns to
    ``detect_sources(..., affiliations=...)`` to add or override rows.
    """
    return pd.read_csv(io.StringIO(_resource_text("affiliations.csv")), dtype=str, keep_default_na=False)


@dataclass(frozen=True)
class _AffiliationIndex:
    full: dict[str, dict[str, str]]  # normalised full name or multiword alias -> row
    single: dict[str, list[dict[str, str]]]  # normalised surname / one-word alias -> rows
    exact: dict[str, dict[str, str]]  # all-capitals aliases (AP, RT), matched case-sensitively
    first_names: dict[int, set[str]]  # id(row) -> normalised first names of the row
    found: dict[tuple[str, str], dict[str, str] | None] = field(default_factory=dict)  # look-ups done


def _norm_name(name: str) -> str:
    return " ".join(_plain(w) for w in name.replace("’", "'").split())


def _merge_affiliations(user: pd.DataFrame | None) -> pd.DataFrame:
    table = load_affiliations()
    if user is None:
        return table
    if not isinstance(user, pd.DataFrame):
        raise MediakitTypeError.for_input(user, ["pandas.DataFrame", "None"], name="affiliations")
    missing = [c for c in ("name", "affiliation") if c not in user.columns]
    if missing:
        raise MediakitValueError(
            f"affiliations: missing column(s) {missing}; the columns are {', '.join(AFFILIATION_COLUMNS)} "
            "(see mediakit.sources.load_affiliations())"
        )
    extra = user.copy()
    for column in AFFILIATION_COLUMNS:
        if column not in extra.columns:
            extra[column] = ""
    extra = extra[list(AFFILIATION_COLUMNS)].fillna("").astype(str)
    replaced = {_norm_name(n) for n in extra["name"]}
    keep = table[~table["name"].map(_norm_name).isin(replaced)]
    return pd.concat([keep, extra], ignore_index=True)


def _affiliation_index(table: pd.DataFrame) -> _AffiliationIndex:
    full: dict[str, dict[str, str]] = {}
    single: dict[str, list[dict[str, str]]] = {}
    exact: dict[str, dict[str, str]] = {}
    firsts: dict[int, set[str]] = {}
    for record in table.to_dict("records"):
        row = {k: str(record.get(k, "") or "") for k in AFFILIATION_COLUMNS}
        names = [row["name"], *[a for a in row["aliases"].split("|") if a.strip()]]
        firsts[id(row)] = set()
        for name in names:
            name = name.strip()
            words = name.split()
            if not words:
                continue
            if len(words) == 1 and name.isupper() and len(name) <= 4:
                exact[name] = row
                continue
            key = _norm_name(name)
            full.setdefault(key, row)
            if len(words) > 1 and row["affiliation"] != "media" and name[0].isupper():
                firsts[id(row)].add(_plain(words[0]))
                single.setdefault(_plain(words[-1]), []).append(row)
            elif len(words) == 1:
                single.setdefault(key, []).append(row)
    return _AffiliationIndex(full, single, exact, firsts)


def _lookup_affiliation(index: _AffiliationIndex, name: str, phrase: str) -> dict[str, str] | None:
    """The affiliation row of a named speaker (by full name, or by surname when no other first
    name is given: "Jerome Powell" is not "Jonathan Powell"), or of a role phrase by a known name
    inside it ("A Kremlin spokesperson", "Zelensky’s office"). Memoised on the index."""
    try:
        return index.found[name, phrase]
    except KeyError:
        return remember(index.found, (name, phrase), _find_affiliation(index, name, phrase), limit=50_000)


def _find_affiliation(index: _AffiliationIndex, name: str, phrase: str) -> dict[str, str] | None:
    if name:
        key = _norm_name(name)
        if key in index.full:
            return index.full[key]
        words = key.split()
        for row in index.single.get(words[-1], []) if words else []:
            firsts = index.first_names[id(row)]
            if len(words) == 1 or not firsts or words[0] in firsts:
                return row
        return None
    words = phrase.replace("’", "'").split()
    for n in (3, 2):  # multiword names inside the phrase: "White House", "State Department"
        for k in range(len(words) - n + 1):
            key = _norm_name(" ".join(words[k : k + n]))
            if key in index.full:
                return index.full[key]
    for word in words:
        bare = word.strip(",.;:").removesuffix("'s")
        if bare in index.exact:
            return index.exact[bare]
        if bare[:1].isupper():
            rows = index.single.get(_plain(bare))
            if rows:
                return rows[0]
    return None


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Attribution:
    """A direct quotation and who said it.

    ``speaker`` is the short form: a named person's surname as written
    (``"Nebenzia"``), an organisation's name (``"Harbour Foods"``) or an
    anonymous source's role phrase as written (``"one official"``); ``""`` when
    unknown. ``speaker_name`` is the full name as written somewhere in the
    article (``"Vassily Nebenzia"``), or the role phrase. ``verb`` is the
    reporting verb as written (``"stated"``, ``"according to"``), with its
    character offsets (``-1`` when there is none). ``named`` is True for a
    named person or organisation. ``kind`` is ``named``, ``anonymous`` or
    ``unattributed``; ``speaker_start``/``speaker_end`` locate the source
    phrase (``-1`` if none); ``rule`` names the rule that fired (``post``,
    ``pre``, ``colon``, ``headline``, ``continuation``, ``nested``, ``none``);
    ``pronoun`` is the pronoun, or the definite description ("The diplomat"),
    that was resolved to the speaker, if any. For coordinated speakers ("Rubio and
    Witkoff said") ``speaker`` is the first named one and ``speaker_name`` the
    whole coordination ("Marco Rubio and Steve Witkoff").
    """

    quote: Quote
    speaker: str
    speaker_name: str
    verb: str
    verb_start: int
    verb_end: int
    named: bool
    verb_type: str = ""
    kind: str = "unattributed"
    speaker_start: int = -1
    speaker_end: int = -1
    rule: str = ""
    pronoun: str = ""
    verb_id: str = ""


@dataclass(slots=True)
class _Source:
    a: int  # token span of the source phrase
    b: int
    speaker: str
    name: str
    kind: str  # person, org, role, pronoun
    plural: bool = False
    pronoun: str = ""
    inherited: bool = False
    lead: int = -1  # first token of the whole subject (with an appositive), if different from a


@dataclass(slots=True)
class _Verb:
    i: int  # token span
    j: int
    entry: _VerbEntry
    sent: int
    participle: bool = False
    inverted: bool = False
    src: _Source | None = None
    used: bool = False


# An indirect attribution as the row builder needs it: (first token of the source phrase, end token,
# speaker, name, kind, pronoun, first token of the verb, end token, verb entry id, detail, rule), with
# -1, -1, "" for the verb of a headline credit. A plain tuple of strings and ints, not an object:
# every cached Doc keeps its analysis, and Python's garbage collector stops tracking such tuples,
# while it walks objects again at every full collection.
_Indirect = tuple[int, int, str, str, str, str, int, int, str, str, str]


def _indirect_record(src: _Source, verb: _Verb | None, detail: str, rule: str) -> _Indirect:
    i, j, verb_id = (verb.i, verb.j, verb.entry.id) if verb is not None else (-1, -1, "")
    return (src.a, src.b, src.speaker, src.name, src.kind, src.pronoun, i, j, verb_id, detail, rule)


@dataclass(slots=True)
class _Analysis:
    quotes: list[Attribution]
    kinds: dict[int, str]  # start offset of a top-level quote -> speech / scare / mention
    nested: list[Attribution]
    indirect: tuple[_Indirect, ...]  # a tuple of tuples: untracked by the garbage collector


def _inherit(src: _Source) -> _Source:
    return _Source(src.a, src.b, src.speaker, src.name, src.kind, src.plural, src.pronoun, True, src.lead)


# --------------------------------------------------------------------------- the analysis


class _Analyser:
    """Runs the attribution rules over one :class:`Doc`.

    One pass over the tokens finds the reporting verbs and the person names;
    everything else looks at a few tokens around a verb or a quotation.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.texts = doc.token_texts
        self.starts = doc.token_starts
        self.ends = doc.token_ends
        self.is_word = doc.token_is_word
        self.tok_sent = doc.token_sentence
        self.n = len(self.texts)
        self.low = doc.lower_texts  # computed once per Doc, shared with the lexicons
        self.top = sorted((q for q in doc.quotes if q.level == 0), key=lambda q: q.start)
        # qmap[i]: index of the top-level quotation (marks included) containing token i, or -1.
        self.qmap = [-1] * self.n
        self.qtok: list[tuple[int, int]] = []
        for k, q in enumerate(self.top):
            a = bisect_left(self.starts, q.start)
            b = bisect_left(self.starts, q.end)
            self.qtok.append((a, b))
            self.qmap[a:b] = [k] * (b - a)
        n_sent = len(doc.sentences)
        self.sent_first = (
            [bisect_left(self.tok_sent, s) for s in range(n_sent + 1)] if self.n else [0] * (n_sent + 1)
        )
        self.para_starts = [p.start for p in doc.paragraphs]
        self.stray_close: dict[int, int] = {}  # quotation -> closing mark in the next paragraph
        for k, q in enumerate(self.top):
            if not q.closed:
                self._continue_quote(k, q)
        # The tokens that may start a name or a reporting verb: one look-up a token, at C speed.
        classes = _TOKEN_CLASS.lookup_all(self.texts)
        caps: list[int] = []
        verb_starts: list[int] = []
        for i in compress(range(self.n), classes):
            if classes[i] & 1:
                caps.append(i)
            if classes[i] & 2:
                verb_starts.append(i)
        self.verbs: list[_Verb] = []
        self.verb_at = [-1] * self.n
        self._find_verbs(verb_starts)
        self.verb_pos = [v.i for v in self.verbs]
        self.mentions: list[tuple[int, _Source]] = []  # (char offset, person named outside quotes)
        self.weak_mentions: list[tuple[int, _Source]] = []  # lone capitalised words that may be surnames
        self.mention_run: dict[int, int] = {}  # name start token -> start of its capitalised run (titles)
        self.full_names: dict[str, str] = {}  # plain surname -> full name as first written
        self._speakers: list[tuple[int, _Source]] = []  # sources found so far, in text order
        self._contexts: dict[int, tuple[frozenset[str], str, int, int]] = {}
        self._gender_map: dict[str, tuple[str, int]] = {}  # plain surname -> (gender, strength)
        self._pronoun_map: dict[str, tuple[str, int]] | None = None
        self._by_key: dict[str, list[_Source]] | None = None
        self._words: set[str] | None = None  # every lower-cased token (computed when needed)
        # Nothing to attribute: no quotation and no reporting verb (the names are not needed).
        self.empty = not self.top and not self.verbs
        if not self.empty:
            self._find_names(caps, classes)

    # ----------------------------------------------------------------- helpers

    def _cap(self, i: int) -> bool:
        return _TOKEN_CLASS[self.texts[i]] & 1 == 1

    def _sent_bounds(self, s: int) -> tuple[int, int]:
        return self.sent_first[s], self.sent_first[s + 1]

    def _span_text(self, a: int, b: int) -> str:
        return self.text[self.starts[a] : self.ends[b - 1]]

    def _adverb(self, i: int) -> bool:
        """A lower-case adverb in -ly ("routinely"), not a noun such as "assembly"."""
        w = self.low[i]
        return (
            len(w) > 4
            and w.endswith("ly")
            and w not in _LY_NOT_ADVERBS
            and not self._cap(i)
            and not (i > 0 and self.low[i - 1] in _DETS)
        )

    def _strip_possessive(self, s: str) -> str:
        return s[:-2] if s.endswith(_APOSTROPHES) else s  # every suffix has two characters

    # ----------------------------------------------------------------- verbs

    def _find_verbs(self, starts: list[int]) -> None:
        """The reporting verbs, from the tokens that may start one (``starts``, in order); the rules
        look at those few tokens only."""
        table = _verb_table()[0]
        low, n, qmap = self.low, self.n, self.qmap
        free = 0  # tokens before this one belong to a verb already found
        verbs, verb_at, tok_sent, context = self.verbs, self.verb_at, self.tok_sent, self._verb_context
        for i in starts:
            if i < free or qmap[i] >= 0:
                continue
            for words, entry, noun in table[low[i]]:
                m = len(words)
                j = i + m
                if m > 1 and (
                    j > n or any(low[i + k] != w or qmap[i + k] >= 0 for k, w in enumerate(words[1:], 1))
                ):
                    continue
                if context(i, j, noun):
                    verb_at[i:j] = [len(verbs)] * m
                    verbs.append(_Verb(i, j, entry, tok_sent[i]))
                    free = j
                    break

    def _verb_context(self, i: int, j: int, noun: bool) -> bool:
        """Is the word at ``i`` used as a verb? Rejects "the reported deal", "a Bloomberg report",
        "Russia’s claims", "the state oil company", "Russian state media"."""
        low = self.low
        s0 = self.sent_first[self.tok_sent[i]]
        prev = low[i - 1] if i > s0 else ""
        if prev in _ARTICLE_DETS or prev.endswith(("’s", "'s")):
            return False
        if (
            j - i == 1
            and i > s0
            and self._cap(i)
            and self.is_word[i - 1]
            and self._cap(i - 1)
            and j < self.n
            and self.is_word[j]
            and not self._cap(j)
        ):
            return False  # a surname that is also a verb: "Dock worker Elias Brand said"
        if not noun:
            return True
        if prev in _PRONOUNS or prev in _AUX_ADV or prev == "to" or (i - 1 >= s0 and self._adverb(i - 1)):
            return True
        if self._after_quote(i):
            return True  # “No more cuts,” vows union
        if i - 2 >= s0 and (low[i - 2] in _DETS or self.verb_at[i - 2] >= 0 or self.verb_at[i - 1] >= 0):
            return False  # "a Bloomberg report", "calls Bloomberg report ‘fake news’"
        hi = self.sent_first[self.tok_sent[i] + 1]
        if any(self.qmap[m] >= 0 for m in range(j, min(j + 4, hi))):
            return True  # a quotation follows: "club owner calls season ‘a disaster’"
        if j >= self.n:
            return True
        nxt = low[j]
        if not self.is_word[j]:
            return nxt in {":", ",", "“", '"', "‘"}
        return nxt in _VERB_NEXT or nxt in _PRONOUNS or self._cap(j)

    # ----------------------------------------------------------------- names

    def _name_run(self, a: int, b: int) -> tuple[int, int] | None:
        """The capitalised name ending at token ``b`` (exclusive) and starting no earlier than
        ``a``: titles stripped ("Secretary of State Marco Rubio" -> "Marco Rubio"), particles
        ("von der Leyen") and initials ("John F. Kennedy") kept."""
        texts, low = self.texts, self.low
        k = b - 1
        if k < a or not self.is_word[k] or not self._cap(k) or self.qmap[k] >= 0:
            return None
        start = k
        while k - 1 >= a and self.qmap[k - 1] < 0:
            p = k - 1
            if self.is_word[p] and self._cap(p):
                start = k = p
            elif texts[p] == "." and p - 1 >= a and len(texts[p - 1]) == 1 and texts[p - 1].isupper():
                start = k = p - 1  # an initial: John F. Kennedy
            elif texts[p] == "." and p - 1 >= a and low[p - 1] in _TITLES and self._cap(p - 1):
                start = k = p - 1  # a title with a full stop: Mr. Smith
            elif low[p] == "of" and p - 1 >= a and self._cap(p - 1) and low[p - 1] in _TITLES:
                start = k = p - 1  # Secretary of State
            elif low[p] in _NAME_PARTICLES:  # Ursula von der Leyen
                q = p
                while q - 1 >= a and low[q - 1] in _NAME_PARTICLES:
                    q -= 1
                if q - 1 < a or not self._cap(q - 1) or low[q - 1] in _TITLES or self.qmap[q - 1] >= 0:
                    break
                start = k = q - 1
            else:
                break
        # Ordinary capitalised words at the start of a sentence ("The", "Earlier", "Residents").
        if start == self.sent_first[self.tok_sent[start]]:
            while start < b and (_plain(texts[start]) in _SENTENCE_WORDS or _is_source_noun(texts[start])):
                start += 1
        cut = start
        for m in range(start, b):
            if low[m] in _TITLES or (low[m] == "of" and m > start and low[m - 1] in _TITLES):
                cut = m + 1
        start = cut
        while start < b and (not self.is_word[start] or low[start] in _NAME_PARTICLES):
            start += 1
        if start >= b or low[b - 1] in _NOT_NAMES:
            return None
        return start, b

    def _classify_name(self, a: int, b: int) -> str:
        """``person`` or ``org`` (an organisation, a news outlet or a place) for a capitalised name."""
        words = [_plain(self.texts[m]) for m in range(a, b) if self.is_word[m]]
        if not words:
            return "org"
        last = self._strip_possessive(self.texts[b - 1])
        if words[-1] in _ORG_WORDS or words[-1] in _PLACES or any(w in _ORG_WORDS for w in words[:-1]):
            return "org"
        if last.isupper() and len(last) > 1 and "." not in last:
            return "org"  # an acronym: UN, NATO, BBC
        media = _default_media_names()
        if " ".join(words) in media or words[-1] in media:
            return "org"
        return "person"

    def _surname_span(self, a: int, b: int) -> tuple[int, int]:
        """First and last token of the surname in the name ``a:b`` ("von der Leyen", not "Jr")."""
        toks = [m for m in range(a, b) if self.is_word[m]]
        while len(toks) > 1 and self.low[toks[-1]].rstrip(".") in _NAME_SUFFIXES:
            toks.pop()
        last = toks[-1]
        particle = next((m for m in toks[1:] if self.low[m] in _NAME_PARTICLES), None)
        return (particle if particle is not None else last), last

    def _surname(self, a: int, b: int) -> str:
        first, last = self._surname_span(a, b)
        return self._strip_possessive(self.text[self.starts[first] : self.ends[last]]).rstrip("’'")

    def _find_names(self, caps: list[int], classes: list[int]) -> None:
        """People named outside quotations (for pronouns, and full names of bare surnames), from the
        capitalised tokens ``caps`` (in order): only they can start a name. ``classes``: each
        token's class (see :func:`_token_class`)."""
        texts, low, qmap, n, starts = self.texts, self.low, self.qmap, self.n, self.starts
        text, ends, sent_first, tok_sent = self.text, self.ends, self.sent_first, self.tok_sent
        known = _default_surnames()
        free = 0  # tokens before this one were part of the previous run
        run_cache_get = _RUN_CACHE.get
        for i in caps:
            if i < free or qmap[i] >= 0:
                continue
            j = i + 1
            # A run goes on over capitalised words and the links inside names (most runs are one word:
            # the next token is neither, which its class says at once).
            while j < n and classes[j] & 5 and qmap[j] < 0:
                if (
                    classes[j] & 1
                    or (
                        texts[j] == "."
                        and j + 1 < n
                        and (
                            (len(texts[j - 1]) == 1 and classes[j - 1] & 1)  # an initial: John F. Kennedy
                            or (low[j - 1] in _TITLES and classes[j + 1] & 1)  # Mr. Smith
                        )
                    )
                    or (texts[j] != "." and j + 1 < n and classes[j + 1] & 1)  # "of", a particle
                ):
                    j += 1
                else:
                    break
            free = j
            if j == i + 1:  # one word: skip the common non-names without the full rules
                key: tuple = (texts[i], i == sent_first[tok_sent[i]])
                # The skip below depends only on the key, so it is cached with the rules' result.
                info = run_cache_get(key, False)
                if info is None:
                    continue
                if info is False:
                    w = low[i]
                    if w in _NOT_A_LONE_NAME or (key[1] and (w in _SENTENCE_WORDS or _is_source_noun(w))):
                        info = None
                    else:
                        info = self._run_info(i, j)
                    remember(_RUN_CACHE, key, info, limit=_CACHE_LIMIT)
                    if info is None:
                        continue
            else:
                key = (tuple(texts[i:j]), tuple(m - i for m in range(i, j) if m == sent_first[tok_sent[m]]))
                # The rules below depend only on the words of the run and where sentences start in it,
                # so their result is shared by every run with the same words (across documents too).
                info = run_cache_get(key, False)
                if info is False:
                    info = remember(_RUN_CACHE, key, self._run_info(i, j), limit=_CACHE_LIMIT)
                if info is None:
                    continue
            ra, rb, n_words, sf, sl, strong, weak = info
            if ra == 0 and n_words >= 2 and i > 0 and low[i - 1] == "the":
                continue  # "the Holmbridge Courier": a name after "the" (with no title) is not a person
            a, b = i + ra, i + rb
            # The surname and the full name as written, without a possessive (as _strip_possessive,
            # inlined: this runs for every name in the text).
            surname = text[starts[i + sf] : ends[i + sl]]
            if surname.endswith(_APOSTROPHES):
                surname = surname[:-2]
            surname = surname.rstrip("’'")
            skey = _plain(surname)
            full = text[starts[a] : ends[b - 1]]
            if full.endswith(_APOSTROPHES):
                full = full[:-2]
            if n_words >= 2:
                self.full_names.setdefault(skey, full)
            src = _Source(a, b, surname, self.full_names.get(skey, full), "person")
            if strong or skey in known or skey in self.full_names:
                self.mentions.append((starts[a], src))
                self.mention_run[a] = i
            elif weak:
                self.weak_mentions.append((starts[a], src))
                self.mention_run[a] = i

    def _run_info(self, i: int, j: int) -> tuple[int, int, int, int, int, bool, bool] | None:
        """For the capitalised run ``i:j``: None if it names no person; else the name's span and its
        surname's first and last tokens (relative to ``i``), its number of words, whether it is a
        sure name (several words, or after a title) and whether it may be a lone surname."""
        run = self._name_run(i, j)
        if run is None or self._classify_name(*run) != "person":
            return None
        a, b = run
        first, last = self._surname_span(a, b)
        n_words = sum(1 for m in range(a, b) if self.is_word[m])
        weak = not _is_source_noun(self.texts[a]) and self.low[a] not in _TITLES
        return a - i, b - i, n_words, first - i, last - i, n_words >= 2 or a > i, weak

    # ----------------------------------------------------------------- noun phrases

    def _np_back(self, end: int, lo: int, allow: int = -1) -> tuple[int, int] | None:
        """The noun phrase ending just before token ``end`` (not before ``lo``).

        It may contain prepositional phrases ("A spokesperson for the institute",
        "a presenter on a Russian channel"); it stops at punctuation, verbs and
        function words. ``allow`` is a quotation whose tokens may be used.
        """
        low, texts, qmap = self.low, self.texts, self.qmap
        i = end - 1
        start = end
        while i >= lo and (qmap[i] < 0 or qmap[i] == allow) and end - i <= 14:
            t, w = texts[i], low[i]
            if not self.is_word[i]:
                if (
                    t in ("’", "'")
                    and i - 1 >= lo
                    and self.ends[i - 1] == self.starts[i]
                    and low[i - 1].endswith("s")
                ):
                    i -= 1  # plural possessive: the nurses’ union
                    continue
                if t == "." and i - 1 >= lo and len(texts[i - 1]) == 1 and texts[i - 1].isupper():
                    i -= 1  # an initial
                    continue
                break
            if (
                self.verb_at[i] >= 0
                or w in _PRONOUNS
                or w in _OBJECT_PRONOUNS
                or (w in _STOP and w not in _DETS)
            ):
                break
            start = i
            if w in _DETS:
                if i - 1 >= lo and low[i - 1] in _NP_PREPS and (qmap[i - 1] < 0 or qmap[i - 1] == allow):
                    i -= 2
                    continue
                if i - 2 >= lo and low[i - 1] == "to" and (low[i - 2] == "close" or low[i - 2] in _TO_NOUNS):
                    i -= 3 if low[i - 2] == "close" else 2  # "sources close to", "an aide to the mayor"
                    continue
                break
            i -= 1
        while start < end and (low[start] in _NP_PREPS or not self.is_word[start]):
            start += 1
        if start >= end:
            return None
        # "The man who lost his home said": the subject is before "who".
        before = start - 1
        if before >= lo and self.is_word[before] and low[before] not in _NP_PREPS_CONJ:
            k = before
            while k >= lo and k > start - 10 and self.is_word[k] and (qmap[k] < 0 or qmap[k] == allow):
                if low[k] == "who":
                    e = k
                    if e - 1 >= lo and texts[e - 1] == ",":  # "Jayden Moss, 17, who ...", "Okafor, who ..."
                        e -= 1
                        if e - 2 >= lo and texts[e - 1][:1].isdigit() and texts[e - 2] == ",":
                            e -= 2
                    found = self._np_back(e, lo, allow)
                    if found is not None:
                        return found
                    break
                k -= 1
        return start, end

    def _time_expression(self, j: int, hi: int) -> bool:
        """Does a time expression start at token ``j`` ("two hours later", "last night")?"""
        w = self.low[j]
        if j + 1 >= hi:
            return False
        nxt = self.low[j + 1]
        if w in _TIME_DEICTICS:
            return nxt in _TEMPORAL
        return (w in _NUMBERS or w[:1].isdigit()) and nxt in _TIME_UNITS

    def _np_fwd(self, i: int, hi: int, *, headline: bool = False) -> tuple[int, int] | None:
        """The noun phrase starting at token ``i`` (not past ``hi``)."""
        low, texts = self.low, self.texts
        if i >= hi or self.qmap[i] >= 0:
            return None
        if low[i] in _PRONOUNS:
            return i, i + 1
        j = i
        while j < hi and self.qmap[j] < 0 and j - i < 14:
            t, w = texts[j], low[j]
            if not self.is_word[j]:
                if (
                    t in ("’", "'")
                    and j > i
                    and self.ends[j - 1] == self.starts[j]
                    and low[j - 1].endswith("s")
                ):
                    j += 1
                    continue
                if t == "." and j > i and len(texts[j - 1]) == 1 and texts[j - 1].isupper():
                    j += 1
                    continue
                break
            if self.verb_at[j] >= 0 or w in _PRONOUNS or (w in _STOP and w not in _DETS):
                break
            if j > i and self._time_expression(j, hi):
                break
            if j > i and self._adverb(j):
                break
            if headline and j > i and j + 2 < hi and low[j + 1] == "to" and not self._cap(j):
                break  # "‘We are exhausted’: nurses vote to strike"
            if (
                headline
                and j > i
                and not self._cap(j)
                and w.endswith("s")
                and not w.endswith(("ss", "’s", "'s"))
            ):
                break  # "‘...’: exiled activist rallies supporters": the verb ends the phrase
            if w in _NP_PREPS:
                nxt = j + 1
                if nxt < hi and low[nxt] in _DETS and low[nxt] not in ("one", "some"):
                    nxt += 1
                if (
                    j == i
                    or nxt >= hi
                    or not self.is_word[nxt]
                    or self.qmap[nxt] >= 0
                    or low[nxt] in _TEMPORAL
                    or low[nxt] in _STOP
                    or texts[nxt][:1].isdigit()
                ):
                    break
            j += 1
        while j > i and (low[j - 1] in _NP_PREPS or low[j - 1] in _DETS):
            j -= 1
        return (i, j) if j > i else None

    def _describe(self, a: int, b: int) -> _Source:
        """Classify the noun phrase ``a:b`` and give its short form (the speaker)."""
        if b - a == 1 and self.low[a] in _PRONOUNS:
            return _Source(a, b, self.texts[a], "", "pronoun", pronoun=self.texts[a])
        if self.qmap[a] >= 0 or self.qmap[b - 1] >= 0:  # inside a quotation (nested speakers)
            recipe = self._np_recipe(a, b)
        else:
            # The recipe depends only on the words and on whether the phrase opens its sentence
            # (a phrase never spans two), so it is shared by every phrase with the same words.
            key = (tuple(self.texts[a:b]), a == self.sent_first[self.tok_sent[a]])
            recipe = _NP_CACHE.get(key)
            if recipe is None:
                recipe = remember(_NP_CACHE, key, self._np_recipe(a, b), limit=_CACHE_LIMIT)
        kind = recipe[0]
        if kind == "person":
            _, first, last, ra, rb, one_word = recipe
            surname = self._strip_possessive(self.text[self.starts[a + first] : self.ends[a + last]]).rstrip(
                "’'"
            )
            full = self._strip_possessive(self._span_text(a + ra, a + rb))
            if one_word:
                full = self.full_names.get(_plain(surname), full)
            return _Source(a, b, surname, full, "person")
        if kind == "org":
            name = self._strip_possessive(self._span_text(a + recipe[1], a + recipe[2]))
            return _Source(a, b, name, name, "org", plural=True)
        cut = a + recipe[1]
        phrase = self._span_text(a, cut)
        return _Source(a, cut, phrase, phrase, "role", plural=recipe[2])

    def _np_recipe(self, a: int, b: int) -> tuple:
        """How to read the noun phrase ``a:b`` (token offsets relative to ``a``): ("person", surname
        first and last token, name start and end, one word?), ("org", name start, end) or ("role",
        end of the phrase kept, plural?)."""
        low = self.low
        # The head chunk ends at the first preposition that is not inside a title ("Secretary of State").
        head_end = b
        for m in range(a + 1, b):
            if low[m] in _NP_PREPS and not (
                low[m] == "of" and low[m - 1] in _TITLES and m + 1 < b and self._cap(m + 1)
            ):
                head_end = m
                break
        run = self._name_run(a, head_end)
        if run is not None:
            ra, rb = run
            one_word = sum(1 for m in range(ra, rb) if self.is_word[m]) == 1
            initial = ra == self.sent_first[self.tok_sent[ra]]
            # "Residents said", "nationalist MPs": a one-word capitalised source noun is no name
            if not (one_word and (initial or ra > a) and _is_source_noun(self.texts[ra])):
                # "the Holmbridge Courier" is not a person ("the Velorian", one word, may be one)
                the_before = not one_word and ra - 1 >= a and low[ra - 1] == "the"
                if not the_before and self._classify_name(ra, rb) == "person":
                    first, last = self._surname_span(ra, rb)
                    return ("person", first - a, last - a, ra - a, rb - a, one_word)
                oa = ra - 1 if ra - 1 >= a and low[ra - 1] == "the" else ra
                return ("org", oa - a, rb - a)
        # A role or group phrase keeps the post-modifier that says who speaks ("A spokesperson for the
        # institute", "Lawyers for the family", "Observers from the assembly"; annotation guide §6, C3).
        return ("role", b - a, _is_plural(self.texts[head_end - 1]))

    # ----------------------------------------------------------------- verb sources

    def _after_quote(self, i: int) -> bool:
        """Is token ``i`` right after a top-level quotation (allowing a comma or dash)?"""
        p = i - 1
        if p >= 0 and self.qmap[p] < 0 and self.texts[p] in {",", "—", "–"}:
            p -= 1
        return p >= 0 and self.texts[p] in _QUOTE_MARKS and (self.qmap[p] >= 0 or self._stray_close(p))

    def _stray_close(self, c: int) -> bool:
        """A closing mark outside any quotation: the end of a quotation whose opening mark is in an
        earlier paragraph (“We are ready. ...¶ Nobody will be left behind,” said Okafor.)."""
        t = self.texts[c]
        return self.qmap[c] < 0 and (t in ("”", "»") or (t == "’" and c > 0 and not self.is_word[c - 1]))

    def _skip_back(self, v: _Verb, lo: int) -> tuple[int, bool, bool]:
        """Skip adverbs and auxiliaries before a verb; return (index, passive: a form of 'be' before
        it, finite: a subject is expected before it, as with 'be', "likes to say", "can be heard
        shouting" or "was quoted as saying")."""
        low = self.low
        i = v.i - 1
        saw_be = heard = catenative = False
        while i >= lo and self.qmap[i] < 0 and self.is_word[i]:
            if low[i] in _AUX_ADV or self._adverb(i):
                saw_be = saw_be or low[i] in _BE
            elif low[i] == "to" and i - 1 >= lo and low[i - 1] in _CATENATIVES:
                i -= 1  # "likes to say", "used to joke": the subject comes before
                catenative = True
            elif low[i] == "heard" and i == v.i - 1 and low[v.i].endswith("ing"):
                heard = True  # "she can be heard shouting": 'be' goes with 'heard'
            elif low[i] == "as" and i == v.i - 1 and i - 1 >= lo and low[i - 1] == "quoted":
                i -= 1  # "Ross was quoted as saying": 'be' goes with 'quoted'
                heard = True
            else:
                break
            i -= 1
        return i, saw_be and not heard, saw_be or heard or catenative

    def _compute_sources(self) -> None:
        """The source of every reporting verb, in text order (participles last: they borrow one)."""
        for v in self.verbs:
            if self.low[v.i].endswith("ing") and v.entry.source == "subject":
                v.participle = not self._skip_back(v, self.sent_first[v.sent])[2]
        for v in self.verbs:
            if v.participle:
                continue
            lo, hi = self._sent_bounds(v.sent)
            v.src = s = self._verb_source(v, lo, hi)
            if s is None:
                continue
            if s.kind == "pronoun":
                self._resolve(s, v)
            elif s.kind == "role":
                v.src = s = self._link_description(s)
                if s.kind == "role" and not s.pronoun:
                    v.src = s = self._link_to_subject(s)
            elif s.kind == "person" and s.b - s.a == 2 and self.low[s.a] == "the":
                v.src = s = self._link_to_subject(s)  # "the Velorian said"
            if not s.inherited and (s.kind != "pronoun" or s.name):
                pos = self.starts[s.a]
                if not self._speakers or self._speakers[-1][0] <= pos:
                    self._speakers.append((pos, s))
        for v in self.verbs:
            if v.participle:
                lo, hi = self._sent_bounds(v.sent)
                v.src = self._participle_source(v, lo, hi)

    def _verb_source(self, v: _Verb, lo: int, hi: int) -> _Source | None:
        low = self.low
        if v.entry.source == "object":  # according to X, citing X
            np = self._np_fwd(v.j, hi)
            return self._source_after(np, hi) if np else None
        if self._after_quote(v.i):  # “...,” said Okafor
            v.inverted = True
            if v.j + 2 < hi and low[v.j] in ("one", "another") and self.texts[v.j + 1] == ",":
                one = self.texts[v.j]  # “...,” said one, Aliyu Bello.
                return self._with_apposition(_Source(v.j, v.j + 1, one, one, "role"), hi)
            np = self._np_fwd(v.j, hi)
            return self._source_after(np, hi) if np else None
        i, passive, _ = self._skip_back(v, lo)
        if low[v.i].endswith("ed") and v.j < hi and low[v.j] == "by":
            passive = True  # "a claim denied by Kyiv"
        if passive:  # "was described as ... by X"
            for k in range(v.j, hi):
                if self.qmap[k] < 0 and low[k] == "by":
                    np = self._np_fwd(k + 1, hi)
                    return self._describe(*np) if np else None
            return None
        if i < lo or self.qmap[i] >= 0:
            return None
        w = low[i]
        if w in _PRONOUNS:
            return self._describe(i, i + 1)
        if w == "it" and i + 1 == v.i:  # “...,” it said: an organisation (see _resolve)
            return _Source(i, i + 1, self.texts[i], "", "pronoun", pronoun=self.texts[i])
        if w in ("who", "which", "that"):  # "the minister, who said ..."
            k = i - 1
            if k >= lo and self.texts[k] == ",":
                k -= 1
            np = self._np_back(k + 1, lo)
            return self._describe(*np) if np else None
        if w in ("and", "but", "or"):  # "mentioned ... and recalled": the same subject
            for prev in reversed(self.verbs[: self.verb_at[v.i]]):
                if prev.sent != v.sent:
                    break
                if prev.src is not None:
                    return _inherit(prev.src)
            return None
        if self.texts[i] == ",":
            return self._appositive_subject(i, lo, hi, v)
        np = self._np_back(i + 1, lo)
        if np is None:
            return None
        return self._coordinated_before(np, lo) or self._describe(*np)

    def _appositive_subject(self, comma: int, lo: int, hi: int, v: _Verb) -> _Source | None:
        """ "Kostiantyn Bondar, a volunteer medic, said" -> Bondar; "The school’s head teacher,
        Maria Reyes, said" -> Reyes (a name is preferred to a role); "The deal is dead, said
        one official" -> an inverted verb after a clause."""
        k = comma - 1
        while (
            k >= lo and self.qmap[k] < 0 and self.texts[k] not in {",", ";", ":", "(", "—"} and comma - k < 25
        ):
            k -= 1
        if k < lo or self.qmap[k] >= 0 or self.texts[k] != ",":
            np = self._np_fwd(v.j, hi)
            if np is not None and (np[1] >= hi or self.texts[np[1]] in {".", ",", "!", "?", ";", "and"}):
                v.inverted = True
                return self._source_after(np, hi)
            return None
        np1 = self._np_back(k, lo)
        if np1 is not None and np1[1] - np1[0] == 1 and self.texts[np1[0]][:1].isdigit():
            # an age in apposition: "The family of Jayden Moss, 17, who was killed ..., said"
            comma_before = np1[0] - 1 >= lo and self.texts[np1[0] - 1] == ","
            np1 = self._np_back(np1[0] - 1, lo) if comma_before else None
        seg = (k + 1, comma)
        seg_is_name = self._name_run(*seg) == seg and self._classify_name(*seg) == "person"
        if np1 is None:
            return self._describe(*seg) if seg_is_name else None
        first = self._coordinated_before(np1, lo) or self._describe(*np1)  # "Smith and Jones, the ..."
        if first.kind == "role" and seg_is_name:
            named = self._describe(*seg)
            named.lead = np1[0]
            return named
        return first

    def _with_apposition(self, src: _Source, hi: int) -> _Source:
        """After an inverted verb: "said the city’s mayor, Linda Okafor." -> Okafor."""
        if src.kind != "role":
            return src
        b = src.b
        while b < hi and self.qmap[b] < 0 and self.is_word[b]:
            b += 1
        if b < hi and self.texts[b] == ",":
            m = b + 1
            while m < hi and self.qmap[m] < 0 and self.is_word[m] and self._cap(m):
                m += 1
            if m > b + 1 and (m >= hi or self.texts[m] in {",", ".", ";"}):
                run = self._name_run(b + 1, m)  # titles stripped: "..., Dr Felix Amundsen."
                if run is not None and run[1] == m and self._classify_name(*run) == "person":
                    return self._describe(b + 1, m)
        return src

    # ----------------------------------------------------------------- coordinated speakers

    def _source_after(self, np: tuple[int, int], hi: int) -> _Source:
        """The source after an inverted verb or "according to": "said Rubio and Witkoff",
        "said Rubio, Witkoff and Kellogg", or one phrase (with an appositive name)."""
        low, texts = self.low, self.texts
        parts = [np]
        j = np[1]
        complete = False
        while j + 1 < hi and self.qmap[j] < 0 and (texts[j] == "," or low[j] in _CONJ):
            k = j + 1
            last = low[j] in _CONJ
            if not last and low[k] in _CONJ:  # the serial comma: "Rubio, Witkoff, and Kellogg"
                last, k = True, k + 1
            nxt = self._np_fwd(k, hi)
            if nxt is None:
                break
            parts.append(nxt)
            j = nxt[1]
            if last:
                complete = j >= hi or texts[j] in {".", ",", ";", "!", "?", ":"} or self.qmap[j] >= 0
                break
        if complete:
            coord = self._coordinate(parts)
            if coord is not None:
                return coord
        return self._with_apposition(self._describe(*np), hi)

    def _coordinated_before(self, np: tuple[int, int], lo: int) -> _Source | None:
        """A coordinated subject ending with the phrase ``np``: "Rubio and Witkoff said",
        "Rubio, Witkoff and Kellogg said", "Residents and shopkeepers said"; None if there is none."""
        low, texts = self.low, self.texts
        c = np[0] - 1
        if c <= lo or low[c] not in _CONJ or self.qmap[c] >= 0:
            return None
        first = self._np_back(c, lo)
        if first is None:
            return None
        parts = [first, np]
        while True:  # more names separated by commas
            c = parts[0][0] - 1
            if c <= lo or texts[c] != "," or self.qmap[c] >= 0:
                break
            prev = self._np_back(c, lo)
            if prev is None or self._describe(*prev).kind != "person":
                break
            parts.insert(0, prev)
        # The coordination must be the whole subject: it opens the sentence or a clause
        # ("Police arrested a man and officers said" is not "a man and officers"; in "In Esk,
        # Faria and Brandl said" the list starts after the comma).
        for k in range(len(parts) - 1):
            before = parts[k][0] - 1
            if before < lo or not self.is_word[before] or low[before] in _CLAUSE_OPENERS:
                return self._coordinate(parts[k:])
        return None

    def _coordinate(self, parts: list[tuple[int, int]]) -> _Source | None:
        """One source for coordinated phrases. The convention (docs/sourcing.md): the speaker is the
        first *named* conjunct (its surname, annotation guide §6); the full coordination is the
        speaker name ("Marco Rubio and Steve Witkoff"); with no name, the whole phrase as written."""
        srcs = [self._describe(*p) for p in parts]
        if any(s.kind == "pronoun" for s in srcs):
            return None
        if any(s.kind != "person" for s in srcs[:-2]):
            return None  # "Okafor, the mayor, and ...": an appositive, not a list
        # Every conjunct a possible source ("Nurses and paramedics": a plural noun will do, with one
        # known source beside it); "Prices fell and Okafor said": "Prices fell" is no speaker.
        known = [s.kind in ("person", "org") or self._plausible(s) for s in srcs]
        if not any(known) or not all(k or (s.kind == "role" and s.plural) for k, s in zip(known, srcs)):
            return None
        a, b = parts[0][0], srcs[-1].b
        named = [s for s in srcs if s.kind == "person"] or [s for s in srcs if s.kind == "org"]
        if not named:
            phrase = self._span_text(a, b)
            return _Source(a, b, phrase, phrase, "role", plural=True)
        names = [s.name or s.speaker for s in srcs]
        joined = ", ".join(names[:-1]) + " and " + names[-1]
        return _Source(a, b, named[0].speaker, joined, named[0].kind, plural=True)

    def _participle_source(self, v: _Verb, lo: int, hi: int) -> _Source | None:
        """'-ing' forms borrow a subject: "..., a presenter insisted, describing “genocide”" takes
        the clause's subject; "sentenced a blogger to eight years for calling ..." the object."""
        low = self.low
        if v.i - 1 >= lo and low[v.i - 1] == "for":
            for k in range(v.i - 2, lo - 1, -1):
                if self.qmap[k] >= 0 or not self.is_word[k]:
                    continue
                if low[k].endswith("ed") and self.verb_at[k] < 0 and not self._cap(k):
                    np = self._np_fwd(k + 1, v.i)
                    if np is not None:
                        return self._describe(*np)
                    break
        for other in self.verbs[self.verb_at[v.i] - 1 :: -1] if self.verb_at[v.i] > 0 else []:
            if other.sent != v.sent:
                break
            if not other.participle and other.src is not None:
                return _inherit(other.src)
        for other in self.verbs[self.verb_at[v.i] + 1 :]:
            if other.sent != v.sent:
                break
            if not other.participle and other.src is not None:
                return _inherit(other.src)
        # No reporting verb with a subject: a person named at the start of the sentence.
        end = lo
        while end < hi and self.qmap[end] < 0 and self.is_word[end] and self._cap(end):
            end += 1
        k = end if end - lo >= 2 and low[lo] not in _NP_PREPS else v.i  # not "In a leaked recording"
        while k < v.i and self.is_word[k] and not self._cap(k) and self.verb_at[k] < 0:
            if low[k] in _STOP or low[k] in _NP_PREPS:
                break
            if low[k].endswith("ed"):  # "The Norland data regulator fined Lumo ..., saying"
                if k > end:
                    src = self._describe(lo, k)
                    src.inherited = True
                    return src
                break
            k += 1
        run = self._name_run(lo, end) if end > lo else None
        if run is not None and self._classify_name(*run) == "person":
            src = self._describe(*run)
            src.inherited = True
            return src
        return None

    # ----------------------------------------------------------------- pronouns

    def _resolve(self, src: _Source, v: _Verb) -> None:
        """Resolve a pronoun, in place: the most recent person named before it (for transcript verbs,
        "added", "continued", the most recent speaker first) whose gender does not contradict it
        ("Okafor met Mr Hale. “...,” she said" -> Okafor). See :meth:`_by_gender`."""
        pron = src.pronoun.lower()
        offset = self.starts[src.a]
        want = _GENDERED_PRONOUNS.get(pron, "")

        def fits(s: _Source) -> bool:
            if pron in _SINGULAR_PRONOUNS:
                return (s.kind == "person" or s.kind == "role") and not s.plural
            if pron == "they":
                return s.plural or s.kind == "org"
            return False

        def back(items: list[tuple[int, _Source]]) -> list[tuple[int, _Source]]:
            # items are in text order: the fitting ones before the pronoun, latest first (at most
            # _CANDIDATES, all that _by_gender looks at)
            out = []
            k = bisect_left(items, offset, key=_FIRST) - 1
            while k >= 0 and len(out) < _CANDIDATES:
                if fits(items[k][1]):
                    out.append(items[k])
                k -= 1
            return out

        chosen: _Source | None = None
        if pron in ("it", "they"):
            # An organisation or a group that is the subject of the sentence before: "Brightwell
            # Telecom apologised. “...,” it said"; "Two climbers were rescued. “...,” they told rescuers".
            chosen = self._group_subject(self.tok_sent[src.a] - 1, pron)
            if chosen is None:  # "..., the Statistics Office said. “...,” it said": the last such speaker
                chosen = self._recent_group_speaker(src, pron)
            if chosen is None and pron == "it":
                return
        if chosen is None and v.entry.lemma in _TRANSCRIPT_LEMMAS:
            chosen = self._by_gender([back(self._speakers)], want, strict=True)
        if chosen is None:
            # speakers and people named, latest first (a stable sort: a speaker before a mention at
            # the same place)
            named = sorted([*back(self._speakers), *back(self.mentions)], key=_latest_first)[:_CANDIDATES]
            chosen = self._by_gender([named, back(self.weak_mentions)], want, here=self.tok_sent[src.a])
        if chosen is None:
            return
        src.speaker, src.name, src.kind, src.plural = chosen.speaker, chosen.name, chosen.kind, chosen.plural

    def _by_gender(
        self,
        pools: list[list[tuple[int, _Source]]],
        want: str,
        *,
        strict: bool = False,
        here: int = -1,
    ) -> _Source | None:
        """The antecedent of a pronoun of gender ``want`` among candidates (each pool latest first:
        people named or quoted, then lone capitalised words that may be surnames).

        Candidates whose known gender contradicts the pronoun are skipped; of the others, in the
        first pool that has any, the most recent wins (recency is the fallback), except that a person
        of the right gender known from an explicit cue (honorific, role noun, first name) mentioned
        in the same sentence or the one before is preferred to a person of unknown gender. If every
        candidate is contradicted: the most recent one of the first pool (``None`` if ``strict``)."""
        lists = [pool[:_CANDIDATES] for pool in pools]
        everyone = [c for candidates in lists for c in candidates]
        if not everyone:
            return None
        if len(everyone) == 1 and not strict:
            return everyone[0][1]  # nothing to weigh
        if not want:
            return (
                everyone[0][1] if strict else (self._subject_candidate(lists[0], "", here) or everyone[0][1])
            )
        for candidates in lists:
            first: tuple[int, _Source] | None = None  # the most recent one not contradicted
            reach = -1  # once it is found: candidates before this sentence are out of reach
            subject = self._subject_candidate(candidates, want, here)
            if subject is not None:
                return subject
            for pos, cand in candidates:
                if first is not None and self.doc.sentence_index(pos) < reach:
                    break  # (latest first: every later candidate is out of reach too)
                g = self._gender_of(cand)
                if g[0] and g[0] != want:
                    continue
                if first is None:
                    if g[0] == want:
                        return cand
                    first, reach = (pos, cand), self.doc.sentence_index(pos) - 1
                elif g[0] == want and g[1] >= _NAME_CUE:
                    return cand
            if first is not None:
                return first[1]
        return None if strict else everyone[0][1]

    def _recent_group_speaker(self, src: _Source, pron: str) -> _Source | None:
        """The last source before a pronoun, in its sentence or the one before, that "it" (an
        organisation) or "they" (an organisation or a group) can refer to; None if the last one
        is not such."""
        offset, sent = self.starts[src.a], self.tok_sent[src.a]
        for pos, other in reversed(self._speakers):
            if pos >= offset:
                continue
            if self.doc.sentence_index(pos) < sent - 1:
                return None
            if other.kind == "org" or (pron == "they" and other.plural and other.kind == "role"):
                return other
            return None
        return None

    def _group_subject(self, sent: int, pron: str) -> _Source | None:
        """The subject of sentence ``sent`` when it opens the sentence and is an organisation ("it")
        or a group ("they"): "Brightwell Telecom", "The Marsovan embassy", "Two climbers"."""
        if sent < 0:
            return None
        lo, hi = self._sent_bounds(sent)
        low = self.low
        j = lo
        while (
            j < hi
            and j - lo < 8
            and self.is_word[j]
            and self.qmap[j] < 0
            and self.verb_at[j] < 0
            and not (low[j] in _STOP or low[j] in _NP_PREPS or low[j] in _PRONOUNS)
            and not (j > lo and not self._cap(j) and low[j].endswith("ed"))
        ):
            j += 1
        if j > lo and j < hi and low[j] in _NP_PREPS:  # "Parents at St Aldric’s Primary have launched"
            np = self._np_fwd(lo, hi)
            if np is not None and np[1] > j:  # up to a past-tense verb: "... Primary started a petition"
                j = next((m for m in range(j, np[1]) if low[m].endswith("ed") and not self._cap(m)), np[1])
        if j == lo or j >= hi or (self.is_word[j] and not (low[j] in _STOP or low[j].endswith("ed"))):
            return None  # no clear subject followed by a verb
        if j - lo == 1 and low[lo] in _DETS:
            return None
        head = _plain(self.texts[j - 1])
        caps = all(self._cap(m) for m in range(lo, j) if low[m] != "the")
        phrase = self._span_text(lo, j)
        if pron == "it":
            if caps and not (j - lo == 1 and _plain(self.texts[lo]) in _SENTENCE_WORDS):
                return _Source(lo, j, phrase, phrase, "org", plural=True)
            if not self._cap(j - 1) and head in _ORG_NOUNS:
                return _Source(lo, j, phrase, phrase, "org", plural=True)
            return None
        src = self._describe(lo, j)
        if src.kind == "org" or (src.kind == "role" and src.plural and src.b == j):
            return src
        return None

    def _link_to_subject(self, src: _Source) -> _Source:
        """A definite description with no role match ("the outgoing mayor", "the doctor", "the
        52-year-old", "the former champion", "the Velorian") refers to the subject of its sentence, or
        of the sentence before: the first person named there ("Wendt conceded. “...,” the outgoing
        mayor said" -> Wendt), or an unnamed source with the same role ("A spokesperson for X said
        ... “...,” the spokesperson said" -> "A spokesperson"). Organisations ("the ministry") and
        plurals are left alone."""
        low = self.low
        a, b = src.a, src.b
        if src.plural or low[a] != "the" or b - a > 5 or (b < self.n and low[b] in _CUT_PREPS):
            return src
        if any(not self.is_word[m] for m in range(a, b)):
            return src
        last = self.texts[b - 1]
        head = _plain(last)
        if head in _ORG_NOUNS or head in _PLACES:
            return src
        if self._cap(b - 1):
            if b - a != 2 or not head.endswith(_DEMONYM_ENDINGS):
                return src
        elif not (head in _PERSON_ROLES or head in _PERSON_NOUNS or _AGE_NOUN.fullmatch(head)):
            return src
        group = _ROLE_CLASS.get(head) or frozenset({head})
        modifiers = {_plain(self.texts[m]) for m in range(a + 1, b - 1) if self._cap(m)}
        offset = self.starts[a]
        s = self.tok_sent[a]
        for sent in (s, s - 1):
            if sent < 0:
                break
            first = self.starts[self.sent_first[sent]]
            people = []
            for pool in (self.mentions, self.weak_mentions):
                people = [
                    (pos, p)
                    for pos, p in _positioned(pool, first, offset)
                    if self.tok_sent[p.a] == sent and not self._possessive(p)
                ]
                if people:
                    break
            roles = [
                (pos, r)
                for pos, r in _positioned(self._speakers, first, offset)
                if r.kind == "role" and not r.pronoun and self._head(r.a, r.b) in group
            ]
            if roles and (not people or roles[0][0] < people[0][0]):
                r = roles[0][1]
                return _Source(a, b, r.speaker, r.name, "role", r.plural, self._span_text(a, b))
            if people:
                p = people[0][1]
                known = {r for r in self._context(p.a, p.b)[0] if r in _PERSON_ROLES}
                if head in _PERSON_ROLES and known and not _role_match(group, known):
                    return src  # "Mayor Ines Faria opened the bridge. “...,” the diplomat said"
                if modifiers and not modifiers <= self._near(p.a, p.b):
                    return src  # "Finnish President Ilse Brandt ... The Swedish president said"
                return _Source(a, b, p.speaker, p.name, "person", pronoun=self._span_text(a, b))
            own = range(self.sent_first[s], a)
            if sent == s and any(self.is_word[m] and self.qmap[m] < 0 and self.verb_at[m] < 0 for m in own):
                break  # words of its own sentence before it (not “...,” said), but no person: no antecedent
        return src

    def _possessive(self, src: _Source) -> bool:
        """Is the name followed by a possessive ("Marsova’s ambassador")? Then it is no subject."""
        b = src.b
        return self.texts[b - 1].endswith(_APOSTROPHES) or (
            b < self.n and self.texts[b] in ("’s", "'s", "’", "'") and self.ends[b - 1] == self.starts[b]
        )

    def _subject_candidate(
        self, candidates: list[tuple[int, _Source]], want: str, here: int
    ) -> _Source | None:
        """Centering (Grosz, Joshi & Weinstein 1995): a pronoun in a new sentence refers to the subject
        of the previous one, the first person named in it, not to the most recent name ("Lind sacked
        his deputy, Erik Brandt. “...,” he said" -> Lind). ``candidates``: latest first; ``here``: the
        pronoun's sentence (-1: not used). Candidates whose known gender is the other one are skipped
        first (gender cues come first); of the others, the first named in the sentence of the most
        recent one wins. None when the most recent candidate is not in an earlier sentence."""
        if here < 0 or not candidates:
            return None

        def want_pron(g: str) -> str:
            return next(p for p, pg in _GENDERED_PRONOUNS.items() if pg == g and p in _SINGULAR_PRONOUNS)

        def fits(cand: _Source) -> bool:
            g = self._gender_of(cand)[0] if want else ""
            return not g or g == want

        # Candidates are latest first, so their sentences never increase along the list: a gender
        # is worked out only for the candidates up to the subject's sentence.
        sentence_of = self.doc.sentence_index
        k = next((k for k, (_, cand) in enumerate(candidates) if fits(cand)), -1)
        if k < 0:
            return None
        sent0 = sentence_of(candidates[k][0])
        if sent0 >= here:
            return None
        lo = self.sent_first[sent0]
        if sent0 > 0 and self.low[lo] in _SINGULAR_PRONOUNS and (not want or self.low[lo] == want_pron(want)):
            sent0 -= 1  # "Brandvold arrived. She met Irribar. “...,” she said": the subject is "She"
        subject: _Source | None = None  # the first named in that sentence: the last one met here
        for pos, cand in candidates[k:]:
            sent = sentence_of(pos)
            if sent < sent0:
                break
            if sent == sent0 and not self._possessive(cand) and fits(cand):
                subject = cand
        return subject

    # ----------------------------------------------------------------- people: roles and gender

    def _head(self, a: int, b: int) -> str:
        """The head noun of the phrase ``a:b`` (before any preposition), plain."""
        end = next((m for m in range(a + 1, b) if self.low[m] in _NP_PREPS), b)
        return _plain(self.texts[end - 1])

    def _context(self, a: int, b: int) -> tuple[frozenset[str], str, int, int]:
        """What the text says around a person named at tokens ``a:b``: titles ("Mrs", "Secretary of
        State"), lower-case role words just before ("Russian envoy", "spokeswoman"), and an
        appositive on either side ("X, the city’s mayor", "the victim’s sister, X"). Returns the
        role words, the gender they give ("" if none or contradictory) and the token span looked at
        (see :meth:`_near` for every word in it)."""
        found = self._contexts.get(a)
        if found is not None:
            return found
        low, texts, qmap = self.low, self.texts, self.qmap
        i = self.mention_run.get(a, a)
        lo_s, hi_s = self._sent_bounds(self.tok_sent[a])
        words = [low[m] for m in range(i, a) if low[m] in _TITLES]  # titles stripped from the name
        lo, hi = i, b
        k = i - 1
        while (
            k >= lo_s
            and i - k <= 3
            and qmap[k] < 0
            and self.is_word[k]
            and not self._cap(k)
            and self.verb_at[k] < 0
            and low[k] not in _STOP
            and low[k] not in _DETS
            and low[k] not in _NP_PREPS
        ):
            words.append(low[k])
            lo = k
            k -= 1
        if lo == i and k > lo_s and texts[k] == "," and qmap[k] < 0:  # "the victim’s sister, Aoife Brennan"
            np = self._np_back(k, lo_s)
            if np is not None and not self._cap(np[1] - 1):
                words.append(self._head(*np))
                lo = np[0]
        if b + 1 < hi_s and texts[b] == "," and qmap[b] < 0:  # "Okafor, the city’s mayor"
            m = b + 1
            if m + 2 < hi_s and texts[m][:1].isdigit() and texts[m + 1] == ",":  # "Sadovnyk, 71, a ..."
                m += 2
            if not self._cap(m):
                np = self._np_fwd(m, hi_s)
                if np is not None:
                    words.append(self._head(*np))
                    hi = np[1]
        roles = frozenset(_plain(w) for w in words)
        genders = {_GENDERED_NOUNS[w] for w in roles if w in _GENDERED_NOUNS}
        result = (roles, genders.pop() if len(genders) == 1 else "", lo, hi)
        self._contexts[a] = result
        return result

    def _near(self, a: int, b: int) -> frozenset[str]:
        """Every word of the context of the person named at ``a:b`` (see :meth:`_context`) or just
        before it ("Ukrainian" in "Ukrainian President Volodymyr Zelensky"), plain. Only capitalised
        modifiers of a description are checked against it, and few descriptions have one."""
        lo, hi = self._context(a, b)[2:4]
        lo_s = self.sent_first[self.tok_sent[a]]
        return frozenset(_plain(self.texts[m]) for m in range(max(lo_s, lo - 3), hi) if self.is_word[m])

    def _gender_of(self, src: _Source) -> tuple[str, int]:
        """(gender, strength) of a source: a person's from :meth:`_genders`, a role's from its head
        noun ("the spokeswoman"); ("", 0) when unknown."""
        if src.plural:
            return "", 0
        if src.kind == "person":
            return self._person_gender(_plain(src.speaker))
        if src.kind == "role":
            if src.pronoun:
                return _GENDERED_PRONOUNS.get(src.pronoun.lower(), ""), _PRONOUN_CUE
            g = _GENDERED_NOUNS.get(self._head(src.a, src.b), "")
            return (g, _CUE) if g else ("", 0)
        return "", 0

    def _person_gender(self, key: str) -> tuple[str, int]:
        """(gender, strength) of the person with plain surname ``key``, from the strongest cue in the
        article: an honorific or gendered role noun (_CUE); a common first name or a Slavic surname
        form (_NAME_CUE); a he/she/his/her with that person as the only one named just before it
        (_PRONOUN_CUE). Cues of equal strength that disagree leave the gender unknown ("")."""
        found = self._gender_map.get(key)
        if found is not None:
            return found
        if self._by_key is None:
            self._by_key = {}
            for items in (self.mentions, self.weak_mentions):
                for _, src in items:
                    self._by_key.setdefault(_plain(src.speaker), []).append(src)
        best = ("", 0)

        def note(g: str, strength: int) -> None:
            nonlocal best
            if g and strength > best[1]:
                best = (g, strength)
            elif g and strength == best[1] and best[0] != g:
                best = ("", strength)

        names = _first_names()
        is_word = self.is_word
        for src in self._by_key.get(key, ()):
            note(self._context(src.a, src.b)[1], _CUE)
            if src.b - src.a >= 2 and sum(is_word[src.a : src.b]) >= 2:  # a first name before the surname
                first = src.a if is_word[src.a] else next(m for m in range(src.a, src.b) if is_word[m])
                note(names.get(_plain(self.texts[first]), ""), _NAME_CUE)
        note(_surname_gender(key), _NAME_CUE)
        if best[1] < _NAME_CUE:
            note(*self._pronoun_genders().get(key, ("", 0)))
        self._gender_map[key] = best
        return best

    def _pronoun_genders(self) -> dict[str, tuple[str, int]]:
        """Gender cues from pronouns outside quotations that can refer to only one person named
        just before them ("Halyna Melnyk, who sheltered with her children"). Computed once."""
        if self._pronoun_map is not None:
            return self._pronoun_map
        found: dict[str, tuple[str, int]] = {}
        low, qmap = self.low, self.qmap
        pools = [([pos for pos, _ in m], m) for m in (self.mentions, self.weak_mentions)]
        for p in compress(range(len(low)), map(_GENDERED_PRONOUNS.__contains__, low)):
            if qmap[p] < 0:
                key = self._sole_person_before(p, pools)
                if key:
                    g = _GENDERED_PRONOUNS[low[p]]
                    old = found.get(key)
                    found[key] = (g if old is None or old[0] == g else "", _PRONOUN_CUE)
        self._pronoun_map = found
        return found

    def _sole_person_before(self, p: int, pools: list[tuple[list[int], list[tuple[int, _Source]]]]) -> str:
        """The one person a pronoun at token ``p`` can refer to: the only person named before it in
        its sentence (or, if none, in the sentence before), with no other person noun ("the
        minister", "a woman") beside them. ``pools``: (offsets, mentions), the people named first,
        then lone capitalised words. "" if there is no such person."""
        s = self.tok_sent[p]
        people: list[tuple[int, _Source]] = []
        lo = end = p
        for offsets, mentions in pools:
            lo, end = self.sent_first[s], p
            a = bisect_left(offsets, self.starts[lo])
            b = bisect_left(offsets, self.starts[p])
            if a == b and s > 0:
                lo, end = self.sent_first[s - 1], self.sent_first[s]
                a = bisect_left(offsets, self.starts[lo])
            people = mentions[a:b]
            if people:
                break
        if not people or len({_plain(src.speaker) for _, src in people}) != 1:
            return ""
        spans = [self._context(src.a, src.b)[2:4] for _, src in people]
        for m in range(lo, end):
            w = self.low[m]
            if (
                (w in _PERSON_ROLES or w in _GENDERED_NOUNS)
                and self.qmap[m] < 0
                and not any(x <= m < y for x, y in spans)
            ):
                return ""
        return _plain(people[0][1].speaker)

    def _link_description(self, src: _Source) -> _Source:
        """A definite description refers back to a named person: "Russian envoy Vassily Nebenzia
        ... The diplomat said" -> Nebenzia (annotation guide §6: a named speaker is given by the
        surname). The most recent of the last _DESCRIPTION_REACH people named before it whose title or
        role matches the head noun (diplomat ~ envoy, ambassador, foreign minister; spokesman ~
        spokesperson; ...) and who has its capitalised modifiers ("the Russian diplomat") is taken,
        unless an unnamed source with that role spoke since ("One diplomat said ... The diplomat
        added"). Otherwise the role phrase stays as written."""
        low = self.low
        a, b = src.a, src.b
        if src.plural or low[a] not in ("the", "this") or b - a > 6 or (b < self.n and low[b] in _CUT_PREPS):
            return src
        head = _plain(self.texts[b - 1])
        if head not in _PERSON_ROLES or not self.mentions:
            return src
        group = _ROLE_CLASS.get(head) or frozenset({head})
        written = _written_roles(group)
        if self._words is None:
            self._words = set(low)  # one C-speed pass; most descriptions have no role word to match
        if self._words.isdisjoint(written):
            return src  # the role is written nowhere else: nobody to refer back to
        window = _latest_before(self.mentions, self.starts[a], _DESCRIPTION_REACH)
        contexts = [self._context(person.a, person.b) for _, person in window]
        if all(written.isdisjoint(context[0]) for context in contexts):
            return src  # no one named just before has that role
        # Capitalised modifiers must be said of the person too: "the Russian president" is not
        # "Ukrainian President Volodymyr Zelensky".
        modifiers = {_plain(self.texts[m]) for m in range(a + 1, b - 1) if self._cap(m)}
        latest: dict[str, tuple[int, _Source]] = {}
        roles: dict[str, set[str]] = {}
        near: dict[str, set[str]] = {}
        for (pos, person), context in zip(reversed(window), reversed(contexts)):
            key = _plain(person.speaker)
            latest.setdefault(key, (pos, person))
            roles.setdefault(key, set()).update(context[0])
            if modifiers:
                near.setdefault(key, set()).update(self._near(person.a, person.b))
        matches = [
            key
            for key in latest
            if _role_match(group, roles[key]) and (not modifiers or modifiers <= near[key])
        ]
        if not matches:
            return src
        pos, person = max((latest[key] for key in matches), key=_FIRST)
        for spoke, other in reversed(self._speakers):
            if spoke <= pos:
                break
            if other.kind == "role" and not other.pronoun and self._head(other.a, other.b) in group:
                return src
        return _Source(a, b, person.speaker, person.name, "person", pronoun=self._span_text(a, b))

    # ----------------------------------------------------------------- quotations

    def run(self) -> _Analysis:
        if self.empty:  # no quotation and no reporting verb: at most a headline credit
            return _Analysis([], {}, [], self._indirect())
        self._compute_sources()
        results: list[Attribution] = []
        kinds: dict[int, str] = {}
        ends_in: dict[int, Attribution] = {}  # sentence index -> last speech quotation ending there
        for k, q in enumerate(self.top):
            kind, attribution = self._attribute(k, q, results, ends_in)
            kinds[q.start] = kind
            if kind == "speech" and attribution is not None:
                if not attribution.speaker and k in self.stray_close:
                    # Continued in the next paragraph without a new opening mark and attributed
                    # there: “We are ready. ...¶ Nobody will be left behind,” said Okafor.
                    v = self._verb_after_stray_close(k)
                    if v is not None:
                        attribution = self._attribution(q, v.src, v, "post")
                        ends_in[self.tok_sent[self.stray_close[k]]] = attribution
                results.append(attribution)
                ends_in[self.doc.sentence_index(max(q.end - 1, q.start))] = attribution
        # An unclosed quotation with no speaker, continued in the next paragraph by an attributed
        # one, belongs to that speaker (news style: the attribution comes in a later paragraph).
        for m in range(len(results) - 2, -1, -1):
            att, nxt = results[m], results[m + 1]
            if (
                not att.speaker
                and not att.quote.closed
                and nxt.speaker
                and nxt.quote.start in self.para_starts
            ):
                results[m] = replace(
                    nxt,
                    quote=att.quote,
                    verb="",
                    verb_start=-1,
                    verb_end=-1,
                    verb_type="",
                    rule="continuation",
                    pronoun="",
                    verb_id="",
                )
        nested = self._nested(results)
        return _Analysis(results, kinds, nested, self._indirect())

    def _attribution(self, q: Quote, src: _Source | None, verb: _Verb | None, rule: str) -> Attribution:
        if verb is not None:
            verb.used = True
            vtext = self._span_text(verb.i, verb.j)
            vs, ve, vtype, vid = (
                self.starts[verb.i],
                self.ends[verb.j - 1],
                verb.entry.verb_type,
                verb.entry.id,
            )
        else:
            vtext, vs, ve, vtype, vid = "", -1, -1, "", ""
        if src is None or not src.speaker or (src.kind == "pronoun" and not src.name):
            pronoun = src.pronoun if src is not None else ""
            return Attribution(
                q, "", "", vtext, vs, ve, False, vtype, "unattributed", -1, -1, rule, pronoun, vid
            )
        named = src.kind in ("person", "org")
        return Attribution(
            q,
            src.speaker,
            src.name or src.speaker,
            vtext,
            vs,
            ve,
            named,
            vtype,
            "named" if named else "anonymous",
            self.starts[src.a],
            self.ends[src.b - 1],
            rule,
            src.pronoun,
            vid,
        )

    def _in_words(self, qa: int, lo: int) -> _Source | None:
        """The source of "In Okafor’s words, “...”" or "in the words of one diplomat, “...”" (the
        phrase right before the quotation), or None. Pronouns ("in his words") are left to the
        other rules."""
        low = self.low
        p = qa - 1
        if p >= lo and self.texts[p] in {",", ":"}:
            p -= 1
        if p < lo or self.qmap[p] >= 0:
            return None
        np: tuple[int, int] | None = None
        if low[p] == "words":  # In Okafor’s (own) words
            m = p - 1 if p - 1 >= lo and low[p - 1] == "own" else p
            b = m - 1 if m - 1 >= lo and self.texts[m - 1] in ("’", "'") else m  # officials’ words
            k = next((k for k in range(b - 1, max(lo, b - 9) - 1, -1) if low[k] == "in"), -1)
            if k >= 0 and (b < m or low[b - 1].endswith(("’s", "'s"))):
                np = (k + 1, b)
        else:  # in the words of one diplomat
            first = max(lo, p - 12)
            before = low[first:p]
            if "words" not in before:  # (nearly always: one C-speed test instead of a loop)
                return None
            k = first + len(before) - 1 - before[::-1].index("words")  # the nearest one
            if k - 2 >= lo and low[k - 2] == "in" and low[k - 1] == "the" and low[k + 1] == "of":
                np = (k + 2, p + 1)
        if np is None or np[0] >= np[1] or any(self.qmap[m] >= 0 for m in range(*np)):
            return None
        src = self._describe(*np)
        if src.kind == "pronoun":
            return None
        if src.kind == "role":
            src.speaker = src.name = self._strip_possessive(src.speaker)
        return src

    def _labelled_object(self, p: int, lo: int) -> bool:
        """Is the noun at ``p`` the object of a labelling verb ("called the film “a bloated mess”"),
        so that the quotation after it is what someone called it, not a title?"""
        m = p - 1
        if m >= lo and self.low[m] in _DETS:
            m -= 1
        return m >= lo and self.verb_at[m] >= 0 and self.verbs[self.verb_at[m]].entry.verb_type == "labelling"

    def _attribute(
        self, k: int, q: Quote, done: list[Attribution], ends_in: dict[int, Attribution]
    ) -> tuple[str, Attribution | None]:
        qa, qb = self.qtok[k]
        if qa >= qb:
            return "speech", self._attribution(q, None, None, "none")
        s0, s1 = self.tok_sent[qa], self.tok_sent[qb - 1]
        lo, hi = self.sent_first[s0], self.sent_first[s1 + 1]
        low = self.low
        # "so-called", and mentions or titles ("the word “resilience”"): not speech.
        p = qa - 1
        if p >= lo and self.qmap[p] < 0:
            if low[p] == "so-called" or (low[p] == "called" and p - 1 >= lo and low[p - 1] == "so"):
                return "scare", None
            if low[p] in _MENTION_NOUNS and not self._labelled_object(p, lo):
                return "mention", None
        src = self._in_words(qa, lo)
        if src is not None:  # In Okafor’s words, “...” / in the words of one diplomat, “...”
            return "speech", self._attribution(q, src, None, "pre")

        # 1. post: a reporting verb right after the quotation (“...,” Okafor said / said Okafor /
        # according to Okafor), or ending its sentence ("... “freeze” the conflict, Bloomberg reported.").
        first = qb
        skip = {",", "—", "–", ":"} if self._headline_like(s1) else {",", "—", "–"}
        while first < hi and self.qmap[first] < 0 and self.texts[first] in skip:
            first += 1
        how = self._how_verb(first, hi, s1)  # “Tense but useful” was how Okafor described the talks.
        if how is not None:
            return "speech", self._attribution(q, how.src, how, "post")
        n = bisect_left(self.verb_pos, qb)
        if n < len(self.verbs):
            v = self.verbs[n]
            s = v.src
            if (
                s is not None
                and v.i < hi
                and not v.entry.requires
                and not s.inherited
                and not any(self.qmap[m] >= 0 for m in range(qb, v.i))
            ):
                lead = s.lead if s.lead >= 0 else s.a
                adjacent = v.i - first <= 12 and (
                    (v.i == first and (v.inverted or v.entry.source == "object")) or lead == first
                )
                final = (
                    self.texts[(v.i if v.inverted or v.entry.source == "object" else lead) - 1] == ","
                    and hi - v.j <= 8
                    and not any(self.qmap[m] >= 0 for m in range(v.j, hi))
                )
                if adjacent or final:
                    return "speech", self._attribution(q, s, v, "post")
        src = self._dash_source(qb, hi, s1)
        if src is not None:  # “...” — Ingrid Salo, Halvic mediator, in her memoir
            return "speech", self._attribution(q, src, None, "dash")
        # 2. pre: the nearest reporting verb before it in its sentence.
        fallback: _Verb | None = None
        unlikely: _Verb | None = None
        for m in range(bisect_left(self.verb_pos, qa) - 1, -1, -1):
            v = self.verbs[m]
            if v.i < lo:
                break
            if v.j > qa:
                continue
            if v.entry.requires == "as" and "as" not in low[v.j : qa]:
                continue
            if v.src is not None and v.src.speaker and (v.src.kind != "pronoun" or v.src.name):
                if self._plausible(v.src):
                    return "speech", self._attribution(q, v.src, v, "pre")
                unlikely = unlikely or v
            if fallback is None:
                fallback = v
        if unlikely is not None:  # a subject that is not a known kind of source: still the best guess
            return "speech", self._attribution(q, unlikely.src, unlikely, "pre")
        # 3. colon: "Okafor: “...”"; headline: "‘...’: exiled activist rallies supporters".
        if qa - 1 > lo and self.texts[qa - 1] == ":":
            src = self._colon_source(lo, qa - 1)
            if src is not None:
                return "speech", self._attribution(q, src, None, "colon")
            end = lo  # "Okafor addressed the crowd: “...”"
            while end < qa and self.qmap[end] < 0 and self.is_word[end] and self._cap(end):
                end += 1
            run = self._name_run(lo, end) if end > lo else None
            if run is not None and self._classify_name(*run) == "person":
                return "speech", self._attribution(q, self._describe(*run), None, "colon")
        if qa == lo and qb < hi and self.texts[qb] == ":" and self._headline_like(s1):
            np = self._np_fwd(qb + 1, hi, headline=True)
            if np is not None:
                return "speech", self._attribution(q, self._describe(*np), None, "headline")
        # 4. continuation of the previous speaker.
        prev = self._continued(q, qa, lo, s0, ends_in, done)
        if prev is not None:
            return "speech", replace(
                prev,
                quote=q,
                verb="",
                verb_start=-1,
                verb_end=-1,
                verb_type="",
                rule="continuation" if prev.speaker else "none",
                pronoun="",
                verb_id="",
            )
        if fallback is not None:  # a reporting verb but no speaker: speech, unattributed
            return "speech", self._attribution(q, None, fallback, "pre")
        words = sum(self.is_word[qa:qb])
        if words <= SCARE_MAX_WORDS and q.closed:  # an unclosed quotation runs on: never a scare quote
            return "scare", None
        return "speech", self._attribution(q, None, None, "none")

    def _colon_source(self, lo: int, colon: int) -> _Source | None:
        """The source of "Okafor: “...”", "One Western diplomat was sceptical: “...”" or, in a live
        blog, "22:12 — Rovers manager Signe Aalto to the broadcaster: “...”": the noun phrase that
        opens the clause before the colon (after a dash), if no reporting verb follows it there."""
        start = lo
        for m in range(colon - 1, lo - 1, -1):
            if self.qmap[m] < 0 and self.texts[m] in ("—", "–", ";"):
                start = m + 1
                break
        np = self._np_fwd(start, colon)
        if np is None or np[1] - np[0] > 8:
            return None
        src = self._with_apposition(self._describe(*np), colon)
        if np[1] == colon or (src.kind == "person" and src.b == colon):
            ok = src.kind in ("person", "org") or (src.kind == "role" and self._plausible(src))
            return src if ok else None
        # a tail between the phrase and the colon: "..., speaking at party headquarters", "to the
        # broadcaster", "was sceptical"; not a verb of its own ("Okafor addressed the crowd").
        tail = range(src.b, colon)
        if any(self.verb_at[m] >= 0 or self.low[m].endswith("ed") or self._cap(m) for m in tail):
            return None
        if src.kind == "person" or (src.kind == "role" and _is_source_noun(self._role_head(src))):
            return src
        return None

    def _dash_source(self, qb: int, hi: int, s1: int) -> _Source | None:
        """A person named after a dash that follows the quotation, as under an epigraph: “...” —
        Ingrid Salo, Halvic mediator. The dash may open the next sentence."""
        m = qb
        if m < hi and self.texts[m] == ",":
            m += 1
        if m >= hi and s1 + 2 < len(self.sent_first) and self.sent_first[s1 + 1] == m:
            hi = self.sent_first[s1 + 2]
        if m >= hi or self.qmap[m] >= 0 or self.texts[m] not in ("—", "–"):
            return None
        np = self._np_fwd(m + 1, hi)
        if np is None:
            return None
        src = self._with_apposition(self._describe(*np), hi)
        return src if src.kind == "person" else None

    def _verb_at_subject(self, start: int, hi: int) -> _Verb | None:
        """A reporting verb whose source starts at token ``start`` (before ``hi``), or that starts
        there itself, inverted ("said Okafor")."""
        m = bisect_left(self.verb_pos, start)
        if m >= len(self.verbs):
            return None
        v = self.verbs[m]
        s = v.src
        if s is None or s.inherited or not s.speaker or v.i >= hi or v.i - start > 12 or v.entry.requires:
            return None
        if (v.i == start and (v.inverted or v.entry.source == "object")) or (
            s.lead if s.lead >= 0 else s.a
        ) == start:
            return v
        return None

    def _how_verb(self, first: int, hi: int, s1: int) -> _Verb | None:
        """A quotation introduced after the fact: “Tense but useful” was how Okafor described the
        talks / “...,” which is how one diplomat put it / “...” That is what Okafor called it."""
        low, texts = self.low, self.texts
        k = first
        if k < hi and texts[k] in {".", "!", "?"} and k + 1 >= hi:
            k = hi  # the quotation ends its sentence: look at the next one ("That was how ...")
        if k >= hi:
            if s1 + 2 >= len(self.sent_first):
                return None
            k, hi = self.sent_first[s1 + 1], self.sent_first[s1 + 2]
            if k + 2 < hi and low[k] == "so" and self.verb_at[k + 1] >= 0:  # “...” So said Jonas Vindahl.
                v = self.verbs[self.verb_at[k + 1]]
                np = self._np_fwd(v.j, hi)
                if np is None:
                    return None
                v.src, v.inverted = self._source_after(np, hi), True
                return v
            if k >= hi or low[k] not in ("that", "this"):
                return None
            k += 1
        elif low[k] == "which":
            k += 1
        if k + 2 >= hi or low[k] not in _HOW_BE or low[k + 1] not in ("how", "what") or self.qmap[k] >= 0:
            return None
        v = self._verb_at_subject(k + 2, hi)
        if v is None:  # "how one delegate put the meeting": "put" is a verb of saying here
            put = next((m for m in range(k + 3, min(hi, k + 10)) if low[m] in ("put", "puts")), -1)
            np = self._np_fwd(k + 2, put) if put > 0 and self.verb_at[put] < 0 else None
            if np is not None and np[1] == put:
                v = _Verb(put, put + 1, _verb_entry("rv-put-it"), self.tok_sent[put], src=self._describe(*np))
                if v.src is not None and v.src.kind == "pronoun":
                    self._resolve(v.src, v)
        return v

    def _continue_quote(self, k: int, q: Quote) -> None:
        """An unclosed quotation (it runs to the end of its paragraph) whose words go on in the next
        paragraph without a new opening mark, up to a closing mark there (“We are ready. ...¶ Nobody
        will be left behind,” said Okafor.): those words are quoted too, so no reporting verb or
        name is looked for in them, and the closing mark is remembered for the ``post`` rule."""
        p = bisect_right(self.para_starts, q.start)  # the next paragraph
        if p >= len(self.para_starts):
            return
        t0 = bisect_left(self.starts, self.para_starts[p])
        t1 = bisect_left(self.starts, self.doc.paragraphs[p].end)
        texts, qmap = self.texts, self.qmap
        for c in range(t0, min(t1, t0 + 400)):
            if qmap[c] >= 0:
                return  # a quotation opens first: not a continuation
            if texts[c] in _QUOTE_MARKS and self._stray_close(c):
                qmap[t0:c] = [k] * (c - t0)
                self.stray_close[k] = c
                return

    def _verb_after_stray_close(self, k: int) -> _Verb | None:
        """The reporting verb right after the closing mark found by :meth:`_continue_quote`."""
        c = self.stray_close.get(k)
        if c is None:
            return None
        first = c + 1
        while first < self.n and self.texts[first] in {",", "—", "–"}:
            first += 1
        return self._verb_at_subject(first, self.sent_first[self.tok_sent[c] + 1])

    def _plausible(self, src: _Source) -> bool:
        """Can this phrase be a source? A person, an organisation, a pronoun, or a role phrase
        whose head is a noun for people, groups, institutions or documents (not "a claim")."""
        return src.kind != "role" or bool(src.pronoun) or _is_source_noun(self._role_head(src))

    def _headline_like(self, s: int) -> bool:
        sent = self.doc.sentences[s].text.rstrip()
        return sent[-1:] not in {".", "!", "?", "…", "”", '"', "’"} and "\n" not in sent

    def _continued(
        self, q: Quote, qa: int, lo: int, s0: int, ends_in: dict[int, Attribution], done: list[Attribution]
    ) -> Attribution | None:
        """The previous speaker, when this quotation continues their words: it opens a sentence
        right after a sentence ending in their quotation, opens a paragraph after their unclosed
        quotation, or follows their quotation in the same sentence ("“A,” and “B”")."""
        if not done:
            return None
        prev = done[-1]
        p = bisect_right(self.para_starts, q.start) - 1
        if p >= 0 and self.para_starts[p] == q.start:
            if not prev.quote.closed and p >= 1 and prev.quote.start >= self.para_starts[p - 1]:
                return prev
            return None
        if qa == lo:
            return prev if ends_in.get(s0 - 1) is prev else None
        if self.doc.sentence_index(prev.quote.start) == s0:
            between = self.text[prev.quote.end : q.start].strip(" ,;—–")
            if between in {"", "and", "or", "but"}:
                return prev
        return None

    # ----------------------------------------------------------------- nested quotations

    def _nested(self, outer: list[Attribution]) -> list[Attribution]:
        """Quotations inside a quotation whose own speaker is named inside it, with a reporting
        verb just before ("When the minister told us ‘the money is on its way,’ we believed
        him" -> the minister); annotation guide §6."""
        if not any(q.level == 1 for q in self.doc.quotes):
            return []
        table = _verb_table()[0]
        out: list[Attribution] = []
        for q in self.doc.quotes:
            if q.level != 1:
                continue
            parent = next((o for o in outer if o.quote.start < q.start < o.quote.end), None)
            if parent is None:
                continue
            a = bisect_left(self.starts, q.start)
            allow = self.qmap[a]
            lo = max(bisect_left(self.starts, parent.quote.inner_start), self.sent_first[self.tok_sent[a]])
            for m in range(a - 1, max(lo, a - 5) - 1, -1):
                if not self.is_word[m]:
                    if self.texts[m] in {",", ":"}:
                        continue
                    break
                entry = next((e for words, e, _ in table.get(self.low[m], ()) if len(words) == 1), None)
                if entry is None or entry.source != "subject":
                    continue
                k = m - 1
                while k >= lo and self.low[k] in _AUX_ADV:
                    k -= 1
                src = self._nested_subject(k, lo, parent) if k >= lo else None
                np = self._np_back(k + 1, lo, allow) if k >= lo and src is None else None
                if src is None and np is not None:
                    src = self._describe(*np)
                if src is not None and src.kind != "pronoun":
                    named = src.kind in ("person", "org")
                    out.append(
                        Attribution(
                            q,
                            src.speaker,
                            src.name,
                            self.texts[m],
                            self.starts[m],
                            self.ends[m],
                            named,
                            entry.verb_type,
                            "named" if named else "anonymous",
                            self.starts[src.a],
                            self.ends[src.b - 1],
                            "nested",
                            "",
                            entry.id,
                        )
                    )
                break
        return out

    def _nested_subject(self, k: int, lo: int, parent: Attribution) -> _Source | None:
        """The speaker of an inner quotation when the words before its verb (ending at token ``k``,
        from ``lo``) are not a plain noun phrase: an appositive name ("My predecessor, Vera Sloane,
        said ‘...’"), a subject shared by two verbs ("..., handed me the keys and said ‘...’") or a
        pronoun ("she said ‘...’"), resolved to a person named earlier in the quotation or, failing
        that, before it, whose gender fits and who is not the outer speaker. None: use the noun
        phrase before the verb."""
        low = self.low
        if low[k] == "and":  # the subject of the clause is the first phrase in it
            for m in range(lo, k):
                if low[m] in _SINGULAR_PRONOUNS:
                    return self._inner_antecedent(m, lo, parent)
                name = self._inner_name(m, k)
                if name is not None:
                    return name
            return None
        if self.texts[k] == "," and k - 1 >= lo:  # "..., Vera Sloane, said" / "Our chair, Runa Kvist, told"
            start = k - 1
            while start - 1 >= lo and self.is_word[start - 1] and self._cap(start - 1):
                start -= 1
            return self._inner_name(start, k)
        if low[k] in _SINGULAR_PRONOUNS:
            return self._inner_antecedent(k, lo, parent)
        return None

    def _inner_name(self, a: int, b: int) -> _Source | None:
        """A person's name of at least two capitalised words starting at token ``a`` (before ``b``),
        inside a quotation, where the name rules for text outside quotations do not look."""
        if not (self.is_word[a] and self._cap(a)) or (a > 0 and self.low[a - 1] == "the"):
            return None
        e = a
        while e < b and self.is_word[e] and self._cap(e):
            e += 1
        words = [self.texts[m] for m in range(a, e)]
        if len(words) < 2 or _plain(words[0]) in _SENTENCE_WORDS or any(_is_source_noun(w) for w in words):
            return None
        surname = self._strip_possessive(words[-1])
        return _Source(a, e, surname, " ".join(words), "person")

    def _inner_antecedent(self, p: int, lo: int, parent: Attribution) -> _Source | None:
        """The person a he/she at token ``p`` in a quotation refers to: the last person named in the
        quotation before it, else the last one named before the quotation, whose known gender does
        not contradict the pronoun and who is not the speaker of the quotation itself."""
        want = _GENDERED_PRONOUNS[self.low[p]]
        names = _first_names()
        m = lo
        inside: list[_Source] = []
        while m < p:
            name = self._inner_name(m, p)
            if name is not None:
                inside.append(name)
                m = name.b
            else:
                m += 1
        for src in reversed(inside):
            if names.get(_plain(src.name.split()[0]), want) == want and src.speaker != parent.speaker:
                return src
        for _, src in reversed(_latest_before(self.mentions, parent.quote.start, _CANDIDATES)):
            g = self._gender_of(src)[0]
            if (not g or g == want) and _plain(src.speaker) != _plain(parent.speaker):
                return src
        return None

    # ----------------------------------------------------------------- indirect attributions

    def _indirect(self) -> tuple[_Indirect, ...]:
        """Sources cited without a direct quotation: "One official told Bloomberg that ...",
        "according to a Bloomberg report", "citing unnamed European officials"."""
        out: list[_Indirect] = []
        low = self.low
        media = _default_media_names()
        seen: set[tuple[int, int]] = set()
        for v in self.verbs:
            src = v.src
            if (
                v.used
                or src is None
                or src.inherited
                or not src.speaker
                or (v.participle and v.entry.source != "object")
            ):
                continue
            if src.kind == "pronoun" or v.entry.indirect == "no" or v.entry.requires:
                continue
            if v.entry.indirect == "that" and "that" not in (nxt := low[v.j : v.j + 4]) and ":" not in nxt:
                continue
            # The source must be a person, an organisation or a source noun ("The proposal suggests" is not).
            if src.kind == "role" and not _is_source_noun(self._role_head(src)):
                continue
            if (src.a, src.b) in seen:
                continue
            seen.add((src.a, src.b))
            out.append(_indirect_record(src, v, self._source_detail(src, media), "verb"))
        # A headline credit: "Bloomberg: US Reportedly Floats Plan ..."
        if self.doc.sentences and self.n and self._headline_like(0):
            lo, hi = self._sent_bounds(0)
            for m in range(lo, min(hi, lo + 5)):
                if self.texts[m] == ":":
                    name = self._span_text(lo, m) if m > lo else ""
                    if name and _norm_name(name) in media:
                        credit = _Source(lo, m, name, name, "org")
                        out.append(_indirect_record(credit, None, "media", "headline-credit"))
                    break
        return tuple(out)

    def _role_head(self, src: _Source) -> str:
        """The head noun of a role phrase: "people" in "people familiar with the talks"."""
        end = next((m for m in range(src.a + 1, src.b) if self.low[m] in _NP_PREPS_TO), src.b)
        if end - 1 > src.a and self.low[end - 1] in ("familiar", "close"):
            end -= 1
        return self.texts[end - 1]

    def _source_detail(self, src: _Source, media: frozenset[str]) -> str:
        if src.kind == "org":
            name = _norm_name(src.speaker)
            return "media" if name in media or name.removeprefix("the ") in media else "named"
        if src.kind == "person":
            return "named"
        words = [_plain(self.texts[m]) for m in range(src.a, src.b) if self.is_word[m]]
        if _plain(self._role_head(src)) in _MEDIA_NOUNS or "news" in words or any(w in media for w in words):
            return "media"
        return "anonymous"


@lru_cache(maxsize=1)
def _default_media_names() -> frozenset[str]:
    table = load_affiliations()
    names: set[str] = set()
    for row in table[table["affiliation"] == "media"].itertuples(index=False):
        for name in [row.name, *row.aliases.split("|")]:
            if name.strip():
                names.add(_norm_name(name))
                names.add(_norm_name(name).removeprefix("the "))
    return frozenset(names)


@lru_cache(maxsize=1)
def _default_surnames() -> frozenset[str]:
    table = load_affiliations()
    out: set[str] = set()
    for row in table[table["affiliation"] != "media"].itertuples(index=False):
        for name in [row.name, *row.aliases.split("|")]:
            words = name.split()
            if len(words) >= 2 or (words and row.role not in ("", "presidential administration")):
                out.add(_plain(words[-1]))
    return frozenset(out)


def _surname_gender(key: str) -> str:
    """Gender marked by a Slavic surname form (Ivanova, Zelenska / Ivanov, Kowalski), or ""."""
    if len(key) > 4:
        if key.endswith(_FEMALE_ENDINGS):
            return "f"
        if key.endswith(_MALE_ENDINGS):
            return "m"
    return ""


def _written_roles(group: frozenset[str]) -> frozenset[str]:
    """The role words that must be written somewhere for a person to match ``group``."""
    return group | {"minister", "secretary"} if "diplomat" in group else group


def _role_match(group: frozenset[str], roles: set[str]) -> bool:
    """Does a person with these role words fit a description whose head is in ``group``?"""
    if group & roles:
        return True
    # a foreign minister or secretary of state is a diplomat
    return "diplomat" in group and bool(roles & {"minister", "secretary"} and roles & {"foreign", "state"})


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Common given names and their usual gender (``mediakit/lexicons/first_names.csv``): the weakest
    gender cue, used only when the text has no honorific, role noun or pronoun for the person."""
    reader = csv.DictReader(io.StringIO(_resource_text("first_names.csv")))
    return {_plain(row["name"]): row["gender"] for row in reader if row["gender"] in ("f", "m")}


def _analysis(doc: Doc) -> _Analysis:
    return doc.cached("sources.analysis", lambda d: _Analyser(d).run())


def _as_doc(doc: Doc | str, name: str = "doc") -> Doc:
    if isinstance(doc, Doc):
        return doc
    if isinstance(doc, str):
        return parse(doc)
    raise MediakitTypeError.for_input(doc, ["mediakit.Doc", "str"], name=name)


# --------------------------------------------------------------------------- public API


def attribute_quotes(doc: Doc | str) -> list[Attribution]:
    """Attribute every top-level quotation that is speech to its speaker.

    Parameters
    ----------
    doc
        A :class:`~mediakit.Doc` from :func:`mediakit.parse` (or a string, parsed
        and cached).

    Returns
    -------
    list of Attribution
        One per top-level quotation (``level == 0``) that is speech, in text
        order; scare quotes, titles and mentions are left out (see
        :func:`quote_kind`). Cached on the Doc under ``"attributions"``.

    Notes
    -----
    The rules (``post``, ``pre``, ``colon``, ``headline``, ``continuation``) are
    listed in the module docstring and ``docs/sourcing.md``; they follow the
    attribution patterns of news writing described by Bell (1991) and the
    project's annotation guide (§6).

    Examples
    --------
    >>> [(a.speaker, a.verb) for a in attribute_quotes("“We are ready,” Okafor said. “Let us go.”")]
    [('Okafor', 'said'), ('Okafor', '')]
    """
    d = _as_doc(doc)
    return d.cached("attributions", lambda x: list(_analysis(x).quotes))


def quote_kind(doc: Doc | str, quote: Quote) -> Literal["speech", "scare", "mention"]:
    """What a quotation is: ``speech`` (someone's words), ``scare`` or ``mention``.

    A top-level quotation is ``scare`` when "so-called" precedes it, or when it
    is closed, has at most :data:`SCARE_MAX_WORDS` words and no speaker and no
    reporting verb is found for it (the company’s “free” upgrade); ``mention`` when a noun
    such as *word*, *term*, *film* or *slogan* introduces it (annotation guide
    §3.4: titles and mentions are neither speech nor scare quotes); otherwise
    ``speech``. A nested quotation is ``speech`` when its own speaker is named
    inside the outer quotation or when it is longer than
    :data:`SCARE_MAX_WORDS` words, ``scare`` otherwise.
    """
    d = _as_doc(doc)
    analysis = _analysis(d)
    if quote.level == 0:
        return analysis.kinds.get(quote.start, "speech")  # type: ignore[return-value]
    if any(n.quote.start == quote.start for n in analysis.nested):
        return "speech"
    before = d.text[max(0, quote.start - 12) : quote.start].lower().replace("-", " ")
    if before.rstrip().endswith("so called"):
        return "scare"
    return "speech" if len(d.text[quote.inner_start : quote.inner_end].split()) > SCARE_MAX_WORDS else "scare"


def quote_kinds(doc: Doc | str) -> list[tuple[Quote, str]]:
    """Every quotation of ``doc`` with its kind (see :func:`quote_kind`), in order, with one look-up
    of the analysis for all of them.

    >>> text = "“We are ready,” Okafor said. They hated the “free” plan."
    >>> [(q.text, kind) for q, kind in quote_kinds(text)]
    [('“We are ready,”', 'speech'), ('“free”', 'scare')]
    """
    d = _as_doc(doc)
    kinds = _analysis(d).kinds
    return [(q, kinds.get(q.start, "speech") if q.level == 0 else quote_kind(d, q)) for q in d.quotes]


def speech_quotes(doc: Doc | str) -> list[Quote]:
    """The top-level quotations of ``doc`` that are speech (see :func:`quote_kind`), in order:
    one look-up of the analysis for all of them, for the detectors' ``in_quote`` column.

    >>> [q.text for q in speech_quotes("“We are ready,” Okafor said. Customers hated the “free” upgrade.")]
    ['“We are ready,”']
    """
    return [q for q, kind in quote_kinds(doc) if q.level == 0 and kind == "speech"]


def is_speech(doc: Doc | str, quote: Quote) -> bool:
    """True when ``quote`` reproduces someone's words (see :func:`quote_kind`).

    Speech quotations are the quoted speakers' voice (``in_quote`` in the span
    tables). To find scare quotes use ``quote_kind(doc, quote) == "scare"``:
    titles and mentions are neither speech nor scare quotes.
    """
    return quote_kind(doc, quote) == "speech"


def speaker_at(doc: Doc | str, offset: int) -> str:
    """The speaker (short form) of the speech quotation containing character ``offset``.

    Returns ``""`` outside quotations, in scare quotes and mentions, and when the
    speaker is unknown. Inside a nested quotation with its own speaker (see
    :func:`detect_sources`), that speaker. Detectors use it to fill their
    ``speaker`` column, so a loaded word inside Nebenzia's quotation counts for
    Nebenzia, not for the outlet.
    """
    d = _as_doc(doc)

    def index(x: Doc) -> tuple[tuple[int, ...], list[Attribution], list[Attribution]]:
        analysis = _analysis(x)
        return tuple(a.quote.start for a in analysis.quotes), analysis.quotes, analysis.nested

    starts, top, nested = d.cached("sources.speaker_index", index)
    k = bisect_right(starts, offset) - 1
    if k < 0 or not top[k].quote.start <= offset < top[k].quote.end:
        return ""
    for inner in nested:
        if inner.quote.start <= offset < inner.quote.end:
            return inner.speaker
    return top[k].speaker


def _quoted_words(doc: Doc, quote: Quote) -> int:
    a = bisect_left(doc.token_starts, quote.inner_start)
    b = bisect_left(doc.token_starts, quote.inner_end)
    return sum(doc.token_is_word[a:b])


def detect_sources(x: Any, *, affiliations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find the sources of an article: direct quotations with their speaker, and indirect attributions.

    Parameters
    ----------
    x
        A ``str``, a :class:`~mediakit.Article` or a corpus frame (see
        :func:`mediakit.corpus.as_corpus`).
    affiliations
        Optional table with the columns of :func:`load_affiliations` (at least
        ``name`` and ``affiliation``): its rows are added to the bundled table,
        replacing bundled rows with the same ``name``.

    Returns
    -------
    pandas.DataFrame
        The standard span table (:data:`mediakit.spans.SPAN_COLUMNS`) with one row
        per source, plus ``speaker_name, affiliation, verb, verb_type, named,
        quoted_words, level, rule``. Labels:

        * ``quote``: a direct quotation (span = the quotation with its marks);
          ``detail`` is ``named``, ``anonymous`` or ``unattributed``. A quotation
          inside a quotation gets its own row (``level`` 1) only when its own
          speaker is named inside the outer one.
        * ``attribution``: a source cited without a direct quotation (indirect
          speech and vague sourcing; span = the source phrase); ``detail`` is
          ``named``, ``anonymous`` or ``media``.

        ``verb_type`` comes from ``mediakit/lexicons/reporting_verbs.csv``;
        ``.attrs["mediakit"]`` records the lexicon hashes.

    Raises
    ------
    MediakitTypeError
        ``x`` is not a str, Article or DataFrame, or ``affiliations`` is not a DataFrame.

    References
    ----------
    Bell (1991) on attribution in news; Caldas-Coulthard (1994) and Recasens et
    al. (2013) on reporting verbs. See ``docs/sourcing.md``.

    Examples
    --------
    >>> detect_sources("One official told Bloomberg that talks stalled.")[["text", "label", "detail"]]
               text        label     detail
    0  One official  attribution  anonymous
    """
    corpus, _single = as_corpus(x)
    index = _default_affiliation_index() if affiliations is None else _user_affiliation_index(affiliations)
    rows: list[tuple] = []  # in the order of _ROW_COLUMNS
    for doc_id, text in zip(corpus["doc_id"].astype(str).tolist(), corpus["text"].tolist()):
        doc = parse(text)
        analysis = _analysis(doc)
        where = (doc.sentence_starts, sections_of(doc))
        for att in [*analysis.quotes, *analysis.nested]:
            rows.append(_quote_row(doc, doc_id, att, index, where))
        for ind in analysis.indirect:
            rows.append(_indirect_row(doc, doc_id, ind, index, where))
    verbs_hash, n_verbs = _verb_table()[1], _verb_table()[2]
    attrs = {
        "detector": "sources",
        "reporting_verbs": {
            "path": "mediakit/lexicons/reporting_verbs.csv",
            "sha256": verbs_hash,
            "entries": n_verbs,
        },
        "affiliations": {
            "path": "mediakit/lexicons/affiliations.csv",
            "sha256": _affiliations_hash(),
            "user_rows": 0 if affiliations is None else len(affiliations),
        },
    }
    rows.sort(key=_ROW_ORDER)  # the table's order (a stable sort), so hits_frame need not sort
    columns = zip(*rows) if rows else [[] for _ in _ROW_COLUMNS]
    frame = hits_frame(
        dict(zip(_ROW_COLUMNS, map(list, columns))),
        extra_columns=SOURCE_COLUMNS,
        extra_dtypes=_SOURCE_DTYPES,
        sort=False,
    )
    frame.attrs["mediakit"] = attrs  # last: pandas copies .attrs on every operation
    return frame


@lru_cache(maxsize=1)
def _default_affiliation_index() -> _AffiliationIndex:
    return _affiliation_index(load_affiliations())


def _user_affiliation_index(affiliations: pd.DataFrame) -> _AffiliationIndex:
    return _affiliation_index(_merge_affiliations(affiliations))


@lru_cache(maxsize=1)
def _affiliations_hash() -> str:
    return hashlib.sha256(_resource_text("affiliations.csv").encode("utf-8")).hexdigest()


# The columns of a row of detect_sources, in the order _quote_row and _indirect_row give them.
_ROW_COLUMNS = (*SPAN_COLUMNS, *SOURCE_COLUMNS)
_ROW_ORDER = itemgetter(*(_ROW_COLUMNS.index(c) for c in SORT_COLUMNS))


def _lead_name(name: str, speaker: str) -> str:
    """The full name of the speaker in a coordination ("Marco Rubio and Steve Witkoff", speaker
    "Rubio" -> "Marco Rubio"), for the affiliation look-up; ``name`` itself otherwise."""
    if name == speaker or " and " not in name:
        return name
    for part in name.replace(" and ", ", ").split(", "):
        if part.endswith(speaker):
            return part
    return name


def _verb_reason(verb: str, verb_type: str) -> str:
    return f" with the {verb_type} verb '{verb}'" if verb else ""


# A document's sentence starts and the section of each sentence, for the row builders.
_Where = tuple[list[int], tuple[str, ...]]


def _place(where: _Where, offset: int) -> tuple[int, str]:
    """The sentence index and section of character ``offset``, given a document's sentence starts
    and sections (as :meth:`Doc.sentence_index` and :func:`section_of`, in one call per row)."""
    starts, sections = where
    sentence = sentence_at(starts, offset)
    return sentence, sections[sentence] if sentence < len(sections) else "body"


def _quote_row(doc: Doc, doc_id: str, att: Attribution, index: _AffiliationIndex, where: _Where) -> tuple:
    q = att.quote
    sentence, section = _place(where, q.start)
    lead = _lead_name(att.speaker_name, att.speaker)
    aff = _lookup_affiliation(index, lead if att.named else "", "" if att.named else att.speaker)
    if att.rule == "continuation":
        reason = f"direct quote continuing {att.speaker}'s quotation just before (no new attribution)"
    elif not att.speaker:
        reason = "direct quote with no speaker found in its sentence" + _verb_reason(att.verb, att.verb_type)
    else:
        how = {
            "colon": " by the 'Speaker: “...”' pattern",
            "headline": " by the headline pattern '“...”: speaker'",
            "nested": " (a quotation inside a quotation, with its own speaker)",
        }.get(att.rule, "")
        pron = f" ('{att.pronoun}' refers back to {att.speaker})" if att.pronoun else ""
        who = att.speaker if att.named else f"an unnamed source, '{att.speaker}'"
        if lead != att.speaker_name:
            who += f", the first named of '{att.speaker_name}'"
        reason = f"direct quote attributed to {who}{pron}{how}" + _verb_reason(att.verb, att.verb_type)
    reference = _GUIDE + "; " + _BELL
    entry = att.verb_id or f"rule-{att.rule or 'none'}"
    if att.verb_id:
        reference += "; " + _verb_entry(att.verb_id).reference
    return (
        doc_id,
        q.start,
        q.end,
        q.text,
        "quote",
        att.kind,
        sentence,
        section,
        True,
        att.speaker,
        reason,
        reference,
        entry,
        att.speaker_name,
        aff["affiliation"] if aff else "",
        att.verb,
        att.verb_type,
        att.named,
        _quoted_words(doc, q),
        q.level,
        att.rule,
    )


def _indirect_row(doc: Doc, doc_id: str, ind: _Indirect, index: _AffiliationIndex, where: _Where) -> tuple:
    a, b, speaker, name, kind, pronoun, verb_i, verb_j, verb_id, detail, rule = ind
    start, end = doc.token_starts[a], doc.token_ends[b - 1]
    sentence, section = _place(where, start)
    verb = doc.text[doc.token_starts[verb_i] : doc.token_ends[verb_j - 1]] if verb_i >= 0 else ""
    entry = _verb_entry(verb_id) if verb_i >= 0 else None
    verb_type = entry.verb_type if entry else ""
    lead = _lead_name(name, speaker)
    if detail == "media":
        what = f"a news organisation or report, '{speaker}'"
    elif detail == "anonymous":
        what = f"an unnamed source, '{speaker}' (readers cannot check who)"
    else:
        what = speaker + (f" ('{pronoun}' refers back to {speaker})" if pronoun else "")
        if lead != name:
            what += f", the first named of '{name}'"
    how = f"with the {verb_type} verb '{verb}'" if verb else "in a headline credit ('Outlet: ...')"
    reason = f"source cited without a direct quote, {how}: {what}"
    reference = _BELL + ("; " + entry.reference if entry else "")
    named = kind in ("person", "org")
    aff = _lookup_affiliation(index, lead if named else "", "" if named else speaker)
    return (
        doc_id,
        start,
        end,
        doc.text[start:end],
        "attribution",
        detail,
        sentence,
        section,
        False,
        speaker,
        reason,
        reference,
        entry.id if entry else "rule-headline-credit",
        name or speaker,
        aff["affiliation"] if aff else "",
        verb,
        verb_type,
        named,
        0,
        0,
        rule,
    )


@cache
def _verb_entry(entry_id: str) -> _VerbEntry:
    for cands in _verb_table()[0].values():
        for _, entry, _ in cands:
            if entry.id == entry_id:
                return entry
    raise KeyError(entry_id)


def quote_shares(hits: pd.DataFrame) -> pd.DataFrame:
    """Who gets the quoted words: quotes and quoted words per speaker, with shares.

    Parameters
    ----------
    hits
        The output of :func:`detect_sources` (rows labelled ``quote`` at level 0
        are used; unattributed quotations count under the speaker ``""``).

    Returns
    -------
    pandas.DataFrame
        One row per ``doc_id`` and ``speaker``: ``speaker_name``, ``affiliation``,
        ``n_quotes``, ``quoted_words`` and ``share`` (the speaker's share of the
        article's quoted words; the shares of a document sum to 1), sorted by
        document and falling share. A document whose quotations have no words
        shares by number of quotations instead.

    Notes
    -----
    Who is given the floor, and at what length, is a basic measure of sourcing
    balance in news (Bell 1991 on the hierarchy of sources).
    """
    if not isinstance(hits, pd.DataFrame):
        raise MediakitTypeError.for_input(hits, ["pandas.DataFrame (from detect_sources)"], name="hits")
    needed = ["doc_id", "label", "speaker", "quoted_words"]
    missing = [c for c in needed if c not in hits.columns]
    if missing:
        raise MediakitValueError(f"hits: missing column(s) {missing}; pass the output of detect_sources()")
    columns = ["doc_id", "speaker", "speaker_name", "affiliation", "n_quotes", "quoted_words", "share"]
    quotes = hits[hits["label"] == "quote"]
    if "level" in quotes.columns:
        quotes = quotes[quotes["level"] == 0]
    if quotes.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype="float64" if c == "share" else "object") for c in columns}
        ).astype({"n_quotes": "int64", "quoted_words": "int64"})
    quotes = quotes.assign(
        speaker=quotes["speaker"].fillna("").astype(str),
        speaker_name=quotes["speaker_name"].fillna("").astype(str) if "speaker_name" in quotes else "",
        affiliation=quotes["affiliation"].fillna("").astype(str) if "affiliation" in quotes else "",
    )
    grouped = quotes.groupby(["doc_id", "speaker"], sort=False).agg(
        speaker_name=("speaker_name", "first"),
        affiliation=("affiliation", lambda s: next((v for v in s if v), "")),
        n_quotes=("label", "size"),
        quoted_words=("quoted_words", "sum"),
    )
    grouped = grouped.reset_index()
    words_total = grouped.groupby("doc_id")["quoted_words"].transform("sum")
    quotes_total = grouped.groupby("doc_id")["n_quotes"].transform("sum")
    grouped["share"] = (grouped["quoted_words"] / words_total).where(
        words_total > 0, grouped["n_quotes"] / quotes_total
    )
    grouped["n_quotes"] = grouped["n_quotes"].astype("int64")
    grouped["quoted_words"] = grouped["quoted_words"].astype("int64")
    grouped = grouped.sort_values(
        ["doc_id", "share", "speaker"], ascending=[True, False, True], kind="stable"
    )
    return grouped[columns].reset_index(drop=True)


# Compile the lexicons once, at import.
_verb_table()
_default_media_names()
_default_surnames()
_first_names()
