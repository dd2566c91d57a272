"""Project periods given in years only: "Laufzeit 2016 - 2019", "(2022–2025)", "from 2019 to 2021".

A bare range of years is ambiguous: programmes, strategies, plans and copyright lines carry them
too. A range counts only where the words before it make it the project's, and never when it is
a programming period, follows a programme's name, or belongs to a policy document or a copyright
line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from indexer.metadata.date_mentions import YEAR
from indexer.metadata.project_words import PROJECT_IN_WORD, PROJECT_WORD, PROJECT_WORD_PATTERN
from indexer.metadata.sentences import SentenceWords, first_end, mark_after, mark_before, sentence_bounds

PROGRAMME_PERIODS = {
    (2000, 2006), (2007, 2013), (2014, 2020), (2021, 2027), (2028, 2034),
    # The EEA and Norway Grants run their own periods.
    (2004, 2009), (2009, 2014), (2014, 2021), (2021, 2028),
}

MAX_SPAN_YEARS = 12


def project_span(start: dt.date, end: dt.date) -> bool:
    """Whether ``start`` to ``end`` can be a project's period: two months at the least, MAX_SPAN_YEARS at the most."""
    return 60 <= (end - start).days <= MAX_SPAN_YEARS * 366


@dataclass(frozen=True)
class YearRange:
    """Two years read as a project's first and last, and where the text gave them."""

    first: int
    last: int
    start: int
    end: int


# Croatian, Serbian, Hungarian and Slovak put a full stop after a year: "2019. – 2021.".
_YEAR_DOT = r"(?:\.(?!\d))?"
DURATION_WORDS = (
    r"duration|laufzeit|projektlaufzeit|dauer|dur[eé]e|duraci[oó]n|durata|dura[cç][aã]o|czas\s+trwania|okres\s+realizacji|"
    r"trajanje|trajanja|doba\s+trv[aá]n[ií]|doba\s+realizace|id[oő]tartam|durat[aă]|perioada\s+de\s+(?:implementare|derulare)|"
    r"trukm[eė]|ilgums|kestus|looptijd|l[oö]ptid|varaktighet|varighed|kesto|продължителност|διάρκεια|"
    r"l[øo]betid|projekttid|genomförandetid|varighet|hankeaika|toteutusaika|futamid[oő]|trvanie|doba\s+realiz[aá]cie|"
    r"projectduur|duur(?!\w)|plazo\s+de\s+ejecuci[oó]n|prazo\s+de\s+execu[cç][aã]o|periodo\s+di\s+attuazione|"
    r"[cč]as\s+izvajanja|[iī]steno[sš]anas\s+(?:laiks|periods)|[iį]gyvendinimo\s+(?:laikotarpis|trukm[eė])|"
    r"project\s+length|трајање|времетраење|срок\s+на\s+изпълнение|koh[eë]zgjatj\w*|periudha\s+e\s+zbatimit|"
    r"(?<!\w)tul\s+tal-pro[gġ]ett|(?<!\w)fad\s+an\s+tionscadail|tr[eé]imhse\s+an\s+tionscadail"
)
"""The word a project box puts before its period or its length, in the languages of the pages."""

_YEAR_WORD = r"(?:\s*(?:gada|gads|godine|godina|година|г\.|roku|r\.|m\.|metų|vuonna|aasta))?"
"""The word some languages put after a year: "2016. gada", "2016. godine", "2016 г.", "2016 roku"."""

YEAR_RANGE = re.compile(r"(?<![\d.,/])" + YEAR + _YEAR_DOT + _YEAR_WORD + r"\s*[-–—/]\s*" + YEAR + _YEAR_DOT + r"(?![\d.,]\d)")
PROJECT_CONTEXT = re.compile(
    PROJECT_IN_WORD + "|" + DURATION_WORDS + "|"
    r"realizac|implementation|implementare|runtime|running|period\s+of|løbetid|"
    r"provedb|izvajanj|realizáci|υλοπο[ιί]",
    re.IGNORECASE,
)
PERIOD_LABEL = re.compile(
    r"(?:period[eo]?|perioad[aă]|период|período|période|zeitraum|razdoblje|obdobje|obdobie|období|okres|időszak|laikotarpis|periodas|periood|"
    r"ajanjakso|aikajakso|tidsperiode|tidsperiod|timeframe|time\s+frame|timeline|term[ií]n|termin|περίοδος|dates|lifetime|life\s+time|"
    r"reali[sz]ation|realizzazione|realizaci[oó]n|realiza[cç][aã]o|realizace|realiz[aá]cia|realizacija|realizare|uitvoering)"
    r"(?:\s+[^\W\d_]+){0,3}\s*:\s*$",
    re.IGNORECASE,
)
"""A labelled period of a project box: "Period: 2019 - 2022", "Razdoblje provedbe: 2019. – 2021."."""

PROGRAMME_CONTEXT = re.compile(
    r"programme|program|programming\s+period|funding\s+period|förderperiode|förderzeitraum|programmperiode|"
    r"programmplanungszeitraum|p[eé]riode\s+de\s+programmation|periodo\s+de\s+programaci[oó]n|periodo\s+di\s+programmazione|"
    r"okres\s+programowania|perspektyw\w*\s+finansow\w*|financial\s+perspective|programsk\w*\s+razdoblj\w*|"
    r"programov\w*\s+obdob\w*|programsk\w*\s+obdobj\w*|programperiode|programperiod|"
    r"interreg|horizon|erasmus|fund|fonds|fondo|fundusz|fond\b|mff|cohesion|policy",
    re.IGNORECASE,
)
PROGRAMME_NAME = re.compile(r"(?:interreg|horizon|erasmus\s*\+?(?:\s+KA\d{1,3}\w*)?|creative\s+europe|life|urbact|espon|cost)\W*$", re.IGNORECASE)
"""The name of a programme right before a range that is not a programming period: "Erasmus+ 2020 – 2022: <title>"."""

PROJECT_AFTER_PROGRAMME = PROJECT_WORD
"""A project word of its own: in "regionalfondsprojekt" the fund still names the period's owner."""

DOCUMENT_WORDS = (
    r"(?<!\w)(?:strategy|strategie|stratégie|estrategia|strategia|strategija|stratégia|strategi|plan|plans|plano|piano|"
    r"plán|planu|načrt|akcijski\s+plan|agenda|roadmap|konzept|concept|koncepcja|koncepce|framework|rahmenplan|"
    r"policy|politique|política|politica|polityka|vision|report|bericht|rapport|informe|census|season|saison|"
    r"school\s+year|academic\s+year|schuljahr|année\s+scolaire|anno\s+scolastico|curso|rok\s+szkolny|školní\s+rok|"
    r"školsk\w+\s+godin\w*|tanév|läsår|skoleår|schooljaar|lukuvuosi)"
)
DOCUMENT_OWNER = re.compile(DOCUMENT_WORDS + r"\W{0,3}$", re.IGNORECASE)
"""A range right after a strategy's, plan's or report's name is its own; a school year is no project period."""
DOCUMENT_NAMED = re.compile(DOCUMENT_WORDS + r"(?!\w)", re.IGNORECASE)

COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright|\ball\s+rights)\W{0,3}(?:\w+\W{1,3}){0,2}$", re.IGNORECASE)


PART_OF_YEAR = (
    r"(?:(?:the\s+)?(?:beginning|start|end|middle|spring|summer|autumn|fall|winter)\s+of\s+(?:the\s+year\s+)?|early\s+|late\s+|mid-?\s*|"
    r"anfang\s+|ende\s+|mitte\s+|(?:dem\s+)?(?:fr[uü]hjahr|sommer|herbst|winter)\s+|"
    r"(?:la\s+)?fin\s+(?:de\s+|d')?|(?:le\s+)?d[eé]but\s+(?:de\s+|d')?|mi-|(?:l')?(?:automne|printemps|[eé]t[eé]|hiver)\s+|"
    r"(?:la\s+)?fine\s+(?:del\s+)?|(?:l')?inizio\s+(?:del\s+)?|met[aà]\s+(?:del\s+)?|"
    r"(?:finales|principios|mediados|comienzos)\s+de(?:l)?\s+|(?:o\s+)?(?:final|in[ií]cio|meados)\s+de\s+|"
    r"kraja\s+|po[cč]etka\s+|sredine\s+|konca\s+|za[cč]etka\s+|sredi\s+|ko[nń]ca\s+|pocz[aą]tku\s+|po[lł]owy\s+|konce\s+|za[cč][aá]tku\s+|"
    r"jeseni\s+|prolje[cć]a\s+|ljeta\s+|jesieni\s+|wiosny\s+|lata\s+|podzimu\s+|jara\s+|"
    r"(?:het\s+)?(?:begin|eind|midden|najaar|voorjaar)\s+(?:van\s+)?|(?:b[oö]rjan|slutet|mitten|h[oö]sten|v[aå]ren)\s+av\s+)"
)
"""A part of a year before it, so that a period starts or ends inside it: "from the autumn of 2016", "od kraja 2016.", "bis Ende 2018"."""

FROM_YEAR_TO_YEAR = re.compile(
    r"(?<!\w)(?:(?:from|since|von|vom|seit|du|de|dal|dalla|dall'|desde|od|fra|från|van|vanaf|nuo|alates|από|от|од|nga)\s+|mill?-|"
    # Latvian "no" only with its "gada" or its "līdz": alone it is Portuguese "in the" or Spanish "not".
    r"no\s+(?=\d{4}\.?\s*(?:gad[as](?!\w)|l[iī]dz(?!\w))))"
    r"(?:the\s+year\s+|the\s+years\s+|roku\s+|godine\s+|leta\s+|l'anno\s+|el\s+año\s+|jahr\s+|viti\s+|година\s+|" + PART_OF_YEAR + r")?"
    + YEAR + _YEAR_DOT + _YEAR_WORD
    + r"\s*(?:(?:to|until|till|through|bis|à|au|a|al|hasta|do|til|till|tot|iki|kuni|έως|ως|до|deri\s+n[eë]|deri|l[iī]dz|"
    r"up\s+to(?:\s+and\s+including)?|jusqu'(?:à|au|en)|fino\s+(?:a|al|alla)|at[eé](?:\s+ao)?|tot\s+en\s+met|t/m|fram\s+till|indtil|inklusive|"
    r"bis\s+(?:einschlie(?:ß|ss)lich|inklusive))\s+|\s+sal?-)"
    r"(?:the\s+year\s+|roku\s+|godine\s+|leta\s+|vitin\s+|" + PART_OF_YEAR + r")?"
    + YEAR + _YEAR_DOT + r"(?![\d.,]\d)",
    re.IGNORECASE,
)
"""A project period told in words: "the project runs from 2019 to 2022", "projekt trwał od 2016 do 2019 roku"."""


IN_THE_YEARS = re.compile(
    r"(?<!\w)(?:in\s+the\s+years|in\s+den\s+jahren|w\s+latach|v\s+letech|v\s+rokoch|v\s+letih|u\s+godinama|negli\s+anni|"
    r"en\s+los\s+años|nos\s+anos|in\s+de\s+jaren|i\s+årene|under\s+åren|vuosina|στα\s+έτη|[iî]n\s+anii|dans\s+les\s+ann[eé]es)\s+"
    + YEAR + _YEAR_DOT + r"\s*(?:[-–—]|to|until|till|through|bis|do|al|til|till|tot|a[žz])\s*" + YEAR + _YEAR_DOT + r"(?![\d.,]\d)",
    re.IGNORECASE,
)
"""Years named as a span of years: "in the years 2016 to 2018", "w latach 2016-2018", "negli anni 2016-2018"."""

BETWEEN_YEARS = re.compile(
    r"(?<!\w)(?:between|entre|între|zwischen|tra|fra|mellan|mellem|tussen|mi[eę]dzy|izme[dđ]u|između|mezi|medzi|μεταξύ|между|помеѓу|tarp|"
    # Slovene "med" (also Scandinavian "with") only with its own "in" (and): "med letoma 2016 in 2018", "med leti 2016 in 2019".
    r"med(?=\s+(?:let(?:oma|i)\s+)?\d{4}\.?\s+in\s))\s+"
    r"(?:the\s+years\s+|il\s+|l'|el\s+|le\s+|o\s+|anii\s+|let(?:oma|i)\s+|godina\s+)?"
    + YEAR + _YEAR_DOT + r"\s+(?:and|y|und|e|et|og|och|en|i|a|a\s+ž|και|și|şi|и|ir|in)\s+(?:il\s+|l'|el\s+|le\s+|o\s+)?"
    + YEAR + _YEAR_DOT + r"(?![\d.,]\d)",
    re.IGNORECASE,
)
"""A project period told as an interval: "the project ran between 2016 and 2019", "entre 2016 y 2018"."""

RUNS_YEARS = re.compile(
    r"(?<!\w)(?:runs?|ran|running|lasts?|lasted|took\s+place|takes\s+place|is\s+carried\s+out|was\s+carried\s+out)\s+"
    + YEAR + r"\s+(?:through|thru|to|until|till)\s+" + YEAR + r"(?![\d.,]\d)",
    re.IGNORECASE,
)
"""Two years right after a verb of running, without "from": "the project runs 2016 through 2019"."""

AMONG_YEARS = re.compile(r"(?<![\d.,/])" + YEAR + r"\.?\s*(?:és|[-–—])\s*" + YEAR + r"\.?\s+(?:között|közötti)(?!\w)", re.IGNORECASE)
"""Hungarian puts "between" after the years: "2016 és 2018 között"."""

WORD_RANGE = re.compile(
    r"(?<![\d.,/])" + YEAR + _YEAR_DOT + r"\s+(?:to|until|till|bis|à|a|al|au|do|tot|til|till|iki|kuni|până\s+la|до|έως)\s+"
    + YEAR + _YEAR_DOT + r"(?![\d.,]\d)",
    re.IGNORECASE,
)
"""Two years joined by a word right after a project box's label: "Laufzeit: 2016 bis 2018"."""


STARTED_IN_YEAR = re.compile(
    r"(?<!\w)(?:started|began|was\s+launched|was\s+set\s+up|was\s+established|startede|begyndte|blev\s+etableret|"
    r"blev\s+startet|startade|började|startete|begann|wurde\s+gestartet|a\s+commencé|a\s+débuté|è\s+iniziato|"
    r"è\s+partito|comenzó|empezó|começou|rozpoczął\s+się|začal|započeo\s+je|alkoi|(?:has\s+)?runs?\s+since|has\s+been\s+running\s+since|läuft\s+seit|seit|depuis)"
    r"\s+(?:in\s+|i\s+|im\s+|en\s+|w\s+|v\s+|u\s+|nel\s+|em\s+|vuonna\s+)?(?:(?:the\s+)?(?:year\s+|jahr\s+|roku\s+|godine\s+))?"
    + YEAR + _YEAR_DOT
    + r"[^.\n]{0,60}?(?<!\w)(?:until|till|to|ends?\s+(?:on|in)?|stops|stopper|slutter|slutar|bis|endet|jusqu'(?:au|en)|"
    r"jusqu'à\s+fin|hasta|fino\s+a[l]?|at[eé]|do|til|kuni|asti|completed|finished|ended|conclu(?:ded|de|des|so|sa|ir[aá]|y[oó]|iu)|end|close[sd]?(?:\s+in)?|"
    r"zako[nń]cz\w*|se\s+termin\w*|s'est\s+termin\w*|termin\w*|endete|afslutte\w*|avslutas|avslutades|p[aä][aä]tty\w*)"
    r"(?!\w)[^.\n\d]{0,25}(?:\d{1,2}\W{1,3}(?:\w+\W{1,3})?)?"
    + YEAR + r"(?!\d)",
    re.IGNORECASE,
)
"""A project begun in a year and ending on a date or in a year: "started in 2018 and runs until 31 March 2022"."""


PROGRAMME_FOLLOWS = re.compile(
    r"\s*[|·•,:–—-]?\s*(?i:(?:co-?)?funded\s+by\s+(?:the\s+)?|supported\s+by\s+(?:the\s+)?)?(?:(?i:interreg|horizon\s*2020|horizon\s+europe|h2020|fp7|erasmus\s*\+?|creative\s+europe|urbact|espon|"
    r"europe\s+for\s+citizens)|LIFE|COST)(?!\w)"
)
OTHER_AFTER_PROGRAMME = re.compile(
    r"(?<!\w)(?:programm\w*|program|work\s+programme|projects|calls?|period|perspective|strateg(?:y|ies|ie|ia)|funds?)(?!\w)", re.IGNORECASE
)
"""A range written before the programme's name, as a project's box or heading does ("2016 – 2018 | Interreg Europe"), unless
the line goes on about the programme itself, its calls or its projects."""


def _range_before_programme(text: str, match: re.Match[str]) -> bool:
    # Only the line's ends around the range are read, not the line: a table of one line has thousands of ranges.
    line_start = mark_before(text, "\n", match.start()) + 1
    line_end = mark_after(text, "\n", match.end())
    rest = text[match.end() : min(len(text) if line_end == -1 else line_end, match.end() + 100)]
    if not rest.strip() and line_end != -1:
        # A range alone on its line, the programme's name on the next: a project box's two lines.
        next_end = mark_after(text, "\n", line_end + 1)
        rest = text[line_end + 1 : min(len(text) if next_end == -1 else next_end, line_end + 101)]
    before = match.start()
    while before > line_start and text[before - 1].isspace():
        before -= 1
    if before > line_start and text[before - 1] not in "|·•:,(–—-":
        return False
    return bool(PROGRAMME_FOLLOWS.match(rest)) and not OTHER_AFTER_PROGRAMME.search(rest)


def is_programme_period(first: int, last: int) -> bool:
    return (first, last) in PROGRAMME_PERIODS


def explicit_project(before: str) -> bool:
    """The words just before a range say it is the project's, whatever years it spans."""
    return bool(re.search(r"(?:" + DURATION_WORDS + r"|project\s+period)(?:\s+\w+){0,2}\W{0,12}$", before, re.IGNORECASE))


def owned_by_other(before: str) -> bool:
    """The range belongs to a programme, a policy document or a copyright line, not to the project."""
    return programme_named_last(before[-50:]) or bool(DOCUMENT_OWNER.search(before) or COPYRIGHT.search(before))


def programme_named_last(before: str) -> bool:
    """A range right after a programme's name is its period; after "<programme> project NAME" it is the project's."""
    programme = None
    for programme in PROGRAMME_CONTEXT.finditer(before):
        pass
    return programme is not None and not PROJECT_AFTER_PROGRAMME.search(before, programme.end())


# The name itself in real capitals: "Covid" or "Smes" opening a sentence is no acronym.
NAME_SUBJECT = re.compile(r"\s*(?i:the\s+|das\s+|le\s+|il\s+|el\s+|o\s+|het\s+)?([A-Z][A-Z0-9]{2,}(?:[-+&][A-Z0-9]+)*)(?![\w-])")
"""A sentence opening with a name in capitals, which may be the project's: "GREENWAYS ran from 2016 to 2018"."""

SUBJECT_RUNS = re.compile(
    r"\s+(?:(?:has|had|was|is|will|wurde|ist|hat|a|è|ha|fue|foi|został|je|werd)\s+)?"
    r"(?:ran|runs?|running|lasted|lasts?|took\s+place|takes\s+place|started|starts|began|begins|launched|implemented|carried\s+out|"
    r"läuft|lief|dauert\w*|startete|begann|durchgeführt|commenc[eé]\w*|d[eé]but[eé]\w*|d[eé]marr[eé]\w*|dur[eé]\w*|"
    r"iniziato|partito|durato|svolto|comenz[oó]|empez[oó]|dur[oó]|come[cç]ou|decorreu|durou|trwa\w*|rozpocz\w*|realizowan\w*|"
    r"liep|loopt|startte|begon|p[aå]g[aå]r|pågick|varade|startede|begyndte|varede|alkoi|kesti)(?!\w)",
    re.IGNORECASE,
)
"""A verb of running or starting right after the name: "GREENWAYS ran", "REGIO-MOB began", not "GDP grew"."""


PARTNERSHIP = re.compile(
    r"partnership|partnerschaft|partenariat|partenariato|partnerstw|partnerstv|partnerstvo|partnerství|partnerség|parteneriat|"
    r"партньорств|partnerskap|partnerskab|kumppanuu|partnerystė|partnerīb",
    re.IGNORECASE,
)
"""Erasmus+ projects call themselves partnerships: "Die Partnerschaft lief von 2016 bis 2018"."""


def _about_project(sentence: str, text: str) -> bool:
    """A project word in the sentence, or the project's acronym as its subject (not a programme's or a fund's): a
    name that runs or starts, or that the text calls its project elsewhere ("the GREENWAYS project")."""
    if PROJECT_CONTEXT.search(sentence) or (PARTNERSHIP.search(sentence) and not re.search(r"(?i)agreement|vereinbarung|accord|acuerdo|accordo|umow", sentence)):
        return True
    named = NAME_SUBJECT.match(sentence)
    if not named or PROGRAMME_CONTEXT.search(named.group(1)) or named.group(1) in NOT_PROJECT_NAMES:
        return False
    return bool(SUBJECT_RUNS.match(sentence, named.end()) or _named_project(text, named.group(1)))


def _named_project(text: str, name: str) -> bool:
    """The text calls the name its project: "the GREENWAYS project", "projekt GREENWAYS"."""
    return name in _names_beside_project_noun(text)


_PROJECT_NOUN = re.compile("(?i:" + PROJECT_WORD_PATTERN + ")")
_NOUN_THEN_SPACE = re.compile(_PROJECT_NOUN.pattern + r"\s+[\"“„«]?")
_NAME_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-+&")
"""What a name in capitals (:data:`NAME_SUBJECT`) is written with."""
MAX_NAME = 100
"""No acronym is longer: a run of capitals and digits beyond it is a table's or garbage, and is not gathered in full."""


@lru_cache(maxsize=4)
def _names_beside_project_noun(text: str) -> frozenset[str]:
    """Every name in capitals the text writes right before its project noun ("GREENWAYS project") or
    right after it ("projekt „GREENWAYS“"), whole or from a mark inside it on ("the EU+GREEN project").

    Gathered in one pass over the text: looking for each name on its own read the whole text again
    for every sentence opening with one, as a list of projects' ranges has on every line.
    """
    names: set[str] = set()
    for noun in _PROJECT_NOUN.finditer(text):
        spaces = noun.start()
        while spaces > 0 and text[spaces - 1].isspace():
            spaces -= 1
        if spaces < noun.start():
            opening = spaces
            while opening > max(0, spaces - MAX_NAME) and text[opening - 1] in _NAME_CHARACTERS:
                opening -= 1
                if opening == 0 or not _word_or_hyphen(text[opening - 1]):
                    names.add(text[opening:spaces])
        after = _NOUN_THEN_SPACE.match(text, noun.start())
        if after:
            closing = after.end()
            while closing < min(len(text), after.end() + MAX_NAME) and text[closing] in _NAME_CHARACTERS:
                closing += 1
                if closing == len(text) or not _word_or_hyphen(text[closing]):
                    names.add(text[after.end() : closing])
    return frozenset(names)


def _word_or_hyphen(char: str) -> bool:
    """What ``[\\w-]`` matches: a name running on into it is a longer word."""
    return char.isalnum() or char in "_-"


NOT_PROJECT_NAMES = frozenset(
    "EU UN OECD WHO EEA EFTA NATO ERDF ESF EAFRD EMFF EMFAF FEDER FSE FEADER FEAMP EFRE ELER EFRR EFS EFRU EFRD EFRR EAKR EAKI EASI "
    "IPA ENI ENPI CBC LEADER CLLD ITI JTF RRF CEF COSME EIB EIF".split()
)
"""Short forms of funds, instruments and institutions, which open sentences about their own periods."""


STUDY_WORDS = re.compile(
    r"(?<!\w)(?:survey|study|studies|research|evaluation|census|analysis|umfrage|studie|erhebung|untersuchung|enqu[eê]te|[eé]tude|"
    r"estudio|encuesta|studio|indagine|ricerca|estudo|pesquisa|inqu[eé]rito|badani\w*|ankiet\w*|studi[ja]\w*|istra[zž]ivanj\w*|"
    r"raziskav\w*|anket\w*|pr[uů]zkum\w*|v[yý]zkum\w*|onderzoek|unders[oø]kelse|unders[oö]kning|tutkimu\w*|kutatás\w*|cercetar\w*|"
    r"έρευν\w*|μελέτ\w*|проучван\w*|изследван\w*)(?!\w)",
    re.IGNORECASE,
)
"""A survey's or a study's own years, told before the sentence names the project: "A survey carried out from 2012 to 2013 inspired the project"."""


def project_sentences(text: str, also_opening: tuple[str, ...] = ()) -> SentenceWords:
    """The project's words in the sentences of the text, each sentence read once."""
    return SentenceWords(text, PROJECT_CONTEXT, also_opening)


def year_ranges(text: str) -> list[YearRange]:
    """Ranges of years the text gives as a project's period, in reading order."""
    found = []
    for match in YEAR_RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if not 0 < last - first <= MAX_SPAN_YEARS:
            continue
        before = text[max(0, match.start() - 80) : match.start()]
        if COPYRIGHT.search(before) or DOCUMENT_OWNER.search(before):
            continue
        if is_programme_period(first, last):
            if explicit_project(before):
                found.append(YearRange(first, last, match.start(), match.end()))
            continue
        if PROGRAMME_NAME.search(before) or PERIOD_LABEL.search(before):
            # A programme's name with a range that is none of its periods dates the project it heads.
            found.append(YearRange(first, last, match.start(), match.end()))
            continue
        if programme_named_last(before[-50:]):
            continue
        if before.rstrip().endswith("(") or PROJECT_CONTEXT.search(before[-50:]) or _range_before_programme(text, match):
            found.append(YearRange(first, last, match.start(), match.end()))
    told = (FROM_YEAR_TO_YEAR, IN_THE_YEARS, BETWEEN_YEARS, AMONG_YEARS, RUNS_YEARS)
    sentences: dict[tuple[int, int], tuple[bool, int, int]] = {}
    found.extend(_told_ranges(text, (match for pattern in told for match in pattern.finditer(text)), sentences))
    for match in WORD_RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        before = text[max(0, match.start() - 80) : match.start()]
        if 0 < last - first <= MAX_SPAN_YEARS and (explicit_project(before) or PERIOD_LABEL.search(before)):
            found.append(YearRange(first, last, match.start(), match.end()))
    found.extend(_told_ranges(text, STARTED_IN_YEAR.finditer(text), sentences))
    return sorted(found, key=lambda found_range: found_range.start)


def _told_ranges(
    text: str, matches: Iterable[re.Match[str]], sentences: dict[tuple[int, int], tuple[bool, int, int]]
) -> Iterator[YearRange]:
    """The matches of the worded ranges ("from 2016 to 2018", "started in 2016 and ends in 2019") that a
    sentence about the project gives, and no programme's period or study's years.

    A project word elsewhere on the page says nothing about these years: only the range's own sentence
    is read, once for all the ranges in it (``sentences``: whether it is about the project, and where
    its first study word and its first project word end), since a long text without full stops is
    one sentence.
    """
    for match in matches:
        first, last = int(match.group(1)), int(match.group(2))
        if not 0 < last - first <= MAX_SPAN_YEARS or is_programme_period(first, last):
            continue
        bounds = opening, closing = sentence_bounds(text, match.start(), match.end())
        if bounds not in sentences:
            about = _about_project(text[opening:closing], text)
            ends = (first_end(STUDY_WORDS, text, opening, closing), first_end(PROJECT_CONTEXT, text, opening, closing)) if about else (0, 0)
            sentences[bounds] = (about, *ends)
        about, study_end, project_end = sentences[bounds]
        # A study named before the range, and the project only after it: the study's own years.
        if about and not study_end <= match.start() < project_end:
            yield YearRange(first, last, match.start(), match.end())


LABELLED_YEAR = re.compile(r"(?<![\d.,/])" + YEAR + r"(?![\d]|[./-]\d)")


def labelled_years(text: str, start_label: re.Pattern[str], end_label: re.Pattern[str]) -> YearRange | None:
    """A project box giving years only: "Start: 2018" over "End: 2021", "Projektbeginn: 2018 | Projektende: 2021";
    the end may be written first ("End: 2021" over "Start: 2018")."""
    first = last = end_before = None
    for match in LABELLED_YEAR.finditer(text):
        line = text[max(0, match.start() - 40) : match.start()].rsplit("\n", 1)[-1]
        before = re.sub(r"\s*\|\s*$", " ", line)
        label = re.sub(r"^.*\|", "", before)
        if not re.search(r"[:\s]\s*$", label):
            continue
        if first is None and start_label.search(label.rstrip() + " "):
            first = match
        elif end_label.search(label.rstrip() + " "):
            if first is not None:
                last = match
                break
            # An end before any start pairs with the start only if no end follows it: an earlier
            # project's or phase's end must not take the place of this box's own.
            end_before = match
    last = last or end_before
    if first is None or last is None:
        return None
    years = int(first.group(1)), int(last.group(1))
    if not 0 <= years[1] - years[0] <= MAX_SPAN_YEARS or max(first.start(), last.start()) - min(first.end(), last.end()) > 200:
        return None
    return YearRange(years[0], years[1], min(first.start(), last.start()), max(first.end(), last.end()))


LONE_YEAR = re.compile(
    r"(?<![\d.,/–—-])" + YEAR + r"\.?(?:\s*(?:r\.|m\.|g\.|god\.|godine|godina|roku|година|г\.|gada|metai|metais))?[ \t]*(?=$|\||;)",
    re.MULTILINE,
)
YEAR_LABEL = re.compile(
    r"(?:project\s+year|year\s+of\s+(?:the\s+)?(?:project|implementation)|implementation\s+year|projektjahr|ann[eé]e\s+du\s+projet|"
    r"anno\s+(?:del\s+progetto|di\s+realizzazione)|a[nñ]o\s+de\s+(?:ejecuci[oó]n|realizaci[oó]n)|ano\s+de\s+execu[cç][aã]o|"
    r"rok\s+realizac[ej]\w*|godina\s+(?:provedbe|realizacije|implementacije)|lata?\s+realizacji)\s*:\s*$",
    re.IGNORECASE,
)
"""A label that names the one year a project runs in: "Project year: 2018", "Rok realizacji: 2018"."""
NOT_THE_PROJECTS = re.compile(r"deadline|frist|sk[lł]adani|submission|[eé]ch[eé]ance|scadenza|report|bericht|rapport|sprawozd", re.IGNORECASE)


SCHEDULE_LABEL = re.compile(r"(?:term[ií]n|timeline|time\s*frame|timeframe|dates)(?!\w)(?!\s+(?:realiz|" + PROJECT_WORD_PATTERN + "))", re.IGNORECASE)
"""A deadline's or a schedule's label ("Termin: 2019", "Timeline: 2019"), whose lone year is a day's, unless it names the project's work."""


def labelled_year(text: str) -> YearRange | None:
    """A single year closing a project box's line after a period's or a duration's label: "Laufzeit: 2018", "Period: 2018"."""
    for match in LONE_YEAR.finditer(text):
        line = re.sub(r"^.*\|", "", text[max(0, match.start() - 80) : match.start()].rsplit("\n", 1)[-1])
        # The label stands right before the year, after its colon: "im Februar 2019" is a date's year.
        if not re.search(r":\s*$", line) or owned_by_other(line) or LISTING_HEADING.search(line) or NOT_THE_PROJECTS.search(line):
            continue
        period = PERIOD_LABEL.search(line)
        if (period and not SCHEDULE_LABEL.match(period.group(0))) or explicit_project(line) or YEAR_LABEL.search(line):
            year = int(match.group(1))
            return YearRange(year, year, match.start(), match.end())
    return None


HEADING_REACH = 1500
"""Headings come first: a project page names its project near the top."""
MAX_HEADING = 120
DASH_RANGE = re.compile(r"(?<![\d.,/])" + YEAR + _YEAR_DOT + r"\s*[-–—]\s*" + YEAR + _YEAR_DOT + r"(?![\d.,/]\d|\s*/)")


LISTING_HEADING = re.compile(
    r"(?<!\w)(?:calls?|ausschreibung|aufruf|appels?|bando|convocatoria|concurso|konkurs\w*|razpis\w*|v[yý]zv[ay]|p[aá]ly[aá]zat\w*|"
    r"natje[cč]aj\w*|poziv\w*|oproep|utlysning|haku|kvietim\w*|πρόσκληση|apel\w*|"
    r"news\w*|archiv\w*|actualit[eé]s|noticias|notizie|nachrichten|aktualno\w*|aktuality|nyheter|nyheder|nieuws|uutiset|h[ií]rek|"
    r"vijesti|novice|novinky|ειδήσεις)(?!\w)",
    re.IGNORECASE,
)
"""A call for proposals or a news archive heads a list of projects or items; the years it names are its own."""


def heading_range(text: str) -> YearRange | None:
    """A range of years in a heading near the top, after a name: "GREENWAYS 2016-2019", "Erasmus+ 2020 – 2022: <title>".

    A heading is a short line of its own; a slash range there is a school or a financial year, and a
    range owned by a programme, a plan or a report is theirs.
    """
    offset = 0
    for line in text[:HEADING_REACH].split("\n"):
        start, offset = offset, offset + len(line) + 1
        heading = line.strip()
        # A heading is no sentence: it ends without a full stop and holds none.
        if not heading or len(heading) > MAX_HEADING or re.search(r"[.!?]\s+\w|[.;,]$", heading):
            continue
        match = DASH_RANGE.search(line)
        if match is None:
            continue
        first, last = int(match.group(1)), int(match.group(2))
        before = line[: match.start()]
        if not 0 < last - first <= MAX_SPAN_YEARS or is_programme_period(first, last):
            continue
        if owned_by_other(before) or LISTING_HEADING.search(before) or DOCUMENT_NAMED.search(before):
            continue
        if len(re.findall(r"[^\W\d_]{2,}", before)) >= 1:
            return YearRange(first, last, start + match.start(), start + match.end())
    return None
