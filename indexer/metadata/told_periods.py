"""Project periods told in sentences rather than labelled: an end the text says the project
reached, a start it ran from, a contract signed and the date the work is to be done by.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from indexer.metadata.date_mentions import YEAR, DateMention, last_day
from indexer.metadata.period_labels import CLOSING_EVENT, OPENING_EVENT, START_LABEL
from indexer.metadata.periods import Period
from indexer.metadata.text import snippet
from indexer.metadata.sentences import SentenceWords, mark_after, mark_before, sentence_bounds
from indexer.metadata.year_ranges import (
    MAX_SPAN_YEARS, PROGRAMME_CONTEXT, PROJECT_AFTER_PROGRAMME, PROJECT_CONTEXT, programme_named_last, project_sentences, project_span,
)


ENDED_WORDS = re.compile(
    r"(?<!\w)(?:ended|was\s+completed|was\s+concluded|finished|okon[cč]an\w*|zavr[sš]en\w*|zako[nń]czy\w*|ukon[cč]en\w*|"
    r"beendet|abgeschlossen|s'est\s+achev[eé]|s'est\s+termin[eé]|si\s+[eè]\s+concluso|[eè]\s+terminato|finaliz[oó]|"
    r"terminou|afsluttet|avslutades|p[aä][aä]ttyi|befejez[oő]d[oö]tt)(?!\w)",
    re.IGNORECASE,
)
BEGAN_WORDS = re.compile(
    r"(?<!\w)(?:started|starts|began|begins|begun|launched|commenced|since|from|od|seit|depuis|dal|desde|startede|starter|"
    r"startade|startar|begyndte|begann|beginnt|gestartet|startete|startet|begon|begint|gestart|commenc[eé]|d[eé]but[eé]|"
    r"starting|commencing|kicked\s+off|d[eé]marr[eé]e?|lanc[eé]e?|[aà]\s+partir\s+d[eu]|a\s+partire\s+da\w*|partit[oa]|"
    r"iniziat[oa]|avviat[oa]|inizia|comenz[oó]|inici[oó]|iniciad[oa]|iniciou|come[cç]ou|zah[aá]jen\w*|za[cč]e\w*|"
    r"zapo[cč]e\w*|rozpocz\w*|indult|alkoi|prasidėjo|startte|стартира\w*|ξεκίν\w*|[iî]nceput|[iî]ncepe|demarat|започна\w*|почео|почна\w*|filloi|algas|s[aā]k[aā]s|beda)(?!\w)",
    re.IGNORECASE,
)

STARTED_AFTER = re.compile(
    r"\W{0,3}(?:[^\W\d_]+\s+)?(?:begonnen\w*|gestartet\w*|angelaufen\w*|gestart|begon|indult|elindult|kezd[oő]d[oö]tt|kezd[oő]dik|"
    r"rozpocz[aą][lł]\s+si[eę]|rozpoczyna\s+si[eę]|zah[aá]jen\w*|started|began|startete|begann|startade|startede|alkoi)(?!\w)",
    re.IGNORECASE,
)
"""A start told with its verb after the date, as verb-final clauses do: "das im März 2016 begonnen hat", "2016 márciusában indult"."""
"""A project told in sentences: "the project ended on 30 November 2015 ... carried out from 1 September 2014"."""


def told_period(text: str, dates: list[DateMention]) -> Period | None:
    """An end date the text says the project ended on, and a start date it ran from, in one paragraph."""
    # The starts of a paragraph are found once for all the ends in it, among its own dates only (the
    # dates are in reading order): a schedule of hundreds of dates compared each with all the others.
    offsets = [mention.start for mention in dates]
    begun: dict[tuple[int, int], list[DateMention]] = {}
    for end in dates:
        if end.precision != "day":
            continue
        around = text[max(0, end.start - 60) : end.end + 60]
        if not ENDED_WORDS.search(around) or not PROJECT_CONTEXT.search(around):
            continue
        paragraph_start = mark_before(text, "\n\n", end.start) + 1
        paragraph_end = mark_after(text, "\n\n", end.end)
        paragraph = paragraph_start, len(text) if paragraph_end == -1 else paragraph_end
        if paragraph not in begun:
            begun[paragraph] = [
                start
                for start in dates[bisect_left(offsets, paragraph[0]) : bisect_left(offsets, paragraph[1])]
                if start.precision == "day" and BEGAN_WORDS.search(text[max(paragraph_start, start.start - 25) : start.start])
            ]
        for start in begun[paragraph]:
            if start is not end and project_span(start.date, end.date):
                return Period(start.date, end.date, snippet(text, start.start, start.end) + " / " + snippet(text, end.start, end.end), 2)
    return None


CONTRACT_WORDS = re.compile(
    r"(?<!\w)(?:contract|agreement|f[oö]rdervertrag|zuwendungsvertrag|vertrag|contrat|convention|contratto|convenzione|contrato|"
    r"acuerdo|umow\w*|ugovor\w*|pogodb\w*|smlouv\w*|zmluv\w*|szerz[oő]d[eé]s\w*|договор\w*|σύμβαση|sutart\w*|l[iī]gum\w*|"
    r"leping\w*|overeenkomst|avtal\w*|kontrakt\w*|aftale|sopimu\w*)(?!\w)",
    re.IGNORECASE,
)
SIGNED_WORDS = re.compile(
    r"(?<!\w)(?:signed|signature|signing|unterzeichnet|unterschrieben|unterzeichnung|sign[eé]e?|firmat[oa]|firmad[oa]|firma|"
    r"assinad[oa]|podpisan\w*|podpisał\w*|potpisan\w*|potpis\w*|podepsán\w*|al[aá][ií]r\w*|semnat\w*|semnarea|подписан\w*|"
    r"υπογρ\w*|pasira[sš]\w*|parakst\w*|allkirj\w*|ondertekend|ondertekening|undertecknat\w*|underskrevet|underskrev\w*|allekirjoit\w*)(?!\w)",
    re.IGNORECASE,
)
"""A grant or subsidy contract being signed: the day a project's work may begin."""

END_OF_YEAR = re.compile(
    r"(?<!\w)(?:(?:by|until|till|to|through|before)\s+(?:the\s+)?end\s+of|bis\s+(?:zum\s+)?ende|jusqu'(?:à|a)\s+(?:la\s+)?fin|"
    r"d'ici\s+(?:la\s+)?fin|avant\s+(?:la\s+)?fin|entro\s+(?:la\s+)?fine|fino\s+alla\s+fine|hasta\s+(?:el\s+)?final\s+de|"
    r"hasta\s+finales\s+de|antes\s+de\s+finales\s+de|at[eé]\s+(?:ao\s+)?final\s+de|do\s+ko[nń]ca|do\s+kraja|do\s+konce|do\s+konca|"
    r"tot\s+(?:het\s+)?einde|tot\s+eind|till\s+slutet\s+av|indtil\s+udgangen\s+af|p[aâ]n[aă]\s+la\s+sf[aâ]r[sșş]itul|до\s+края\s+на|"
    r"έως\s+το\s+τέλος|ως\s+το\s+τέλος)"
    r"(?:\s+(?:of|the|year|des|del|de|dell'|anno|año|roku|godine|jahres|an(?:ului|née)?|år|året|jaar|година(?:та)?|του)){0,3}\s+"
    + YEAR + r"(?!\d)",
    re.IGNORECASE,
)
"""A project's end given as a year's end: "the work closes by the end of 2024", "bis Ende 2021"."""

ENDS_ON = re.compile(
    r"(?<!\w)(?:until|till|will\s+end\s+(?:on|in)|ends\s+(?:on|in)|will\s+run\s+until|runs\s+until|will\s+last\s+until|"
    r"will\s+be\s+completed\s+(?:on|by|in)|is\s+due\s+to\s+end\s+(?:on|in)|bis|jusqu'(?:au|en)|fino\s+al|hasta\s+el|do|tot|till|til|kuni|έως|"
    r"endet(?:\s+(?:am|im))?|wird\s+(?:am|im)|se\s+termin\w*(?:\s+(?:le|en))?|s'ach[eè]ve\w*(?:\s+(?:le|en))?|"
    r"si\s+conclude\w*(?:\s+(?:il|nel))?|terminer\w*(?:\s+(?:il|nel))?|finalizar\w*(?:\s+(?:el|en))?|terminar\w*(?:\s+(?:el|en))?|"
    r"zako[nń]czy\s+si[eę]|zavr[sš]ava\w*|kon[cč][ií]|slutter|slutar|eindigt\s+(?:op|in))\s*$",
    re.IGNORECASE,
)
"""Words before a date that say the project runs until it: "ends in February 2022", "se terminera le"."""

STARTED_ON = re.compile(
    r"(?<!\w)(?:started|began|was\s+launched|kicked\s+off|startete|begann|a\s+d[eé]marr[eé]|a\s+d[eé]but[eé]|a\s+commenc[eé]|"
    r"[eè]\s+iniziato|[eè]\s+partito|comenz[oó]|empez[oó]|inici[oó]|come[cç]ou|rozpocz[aą]ł\s+si[eę]|za[cč]al|zapo[cč]e\w*|"
    r"startede|startade|begon|alkoi|indult|a\s+[iî]nceput|a\s+demarat|започна|почео\s+је|po[cč]eo\s+je|se\s+je\s+za[cč]el|algas|s[aā]k[aā]s|"
    r"prasid[eė]jo|filloi|beda|(?:[eè]\s+stat[oa]\s+)?avviat[oa]|(?:[eè]\s+stat[oa]\s+)?lanciat[oa])(?:\s+(?:on|in|am|im|le|en|il|nel|el|em|w|v|u|the|a|la|în|на|në|f['’]|fi))*\s*$",
    re.IGNORECASE,
)
"""A verb that starts a project right before its start date: "the project started on 1 March 2019"."""


RUNS_UNTIL_YEAR = re.compile(
    r"(?<!\w)(?:runs?|running|will\s+run|lasts?|will\s+last|continues?|will\s+continue|(?:is|are)\s+(?:planned|scheduled|due|set)\s+to\s+(?:run|last|end)|"
    r"ends?|will\s+end|l[aä]uft|dauert|endet|durera|dure|se\s+termine\w*|prosegui\w*|durer[aà]|dura|durar[aá]|terminar[aá]|trwa|potrwa|"
    r"traje|trajat\w*|trvá|potrvá|kestää|varar|varer|loopt|duurt)"
    r"\s+(?:until|till|to|through|in|bis(?:\s+(?:zum\s+)?ende)?|jusqu'en|jusqu'à\s+fin|fino\s+al|hasta(?:\s+el)?|do(?:\s+roku)?|até|tot|kuni|asti)\s+"
    r"(?:the\s+end\s+of\s+)?" + YEAR + r"(?!\d|[./-]\d)",
    re.IGNORECASE,
)
"""A project's end given as a bare year after a verb of running: "the project runs until 2027", "läuft bis 2027"."""

ENDS_IN_YEAR = re.compile(
    r"(?<!\w)(?:(?:endet|endete|ends|ended|eindigt|slutar|slutter|p[aä][aä]ttyy|se\s+termine|termina|si\s+conclude|zako[nń]czy\s+si[eę]|"
    r"skon[cč][ií]|kon[cč][ií])\s+(?:(?:im|in|en|nel|w|v|i)\s+)?(?:(?:the\s+)?year\s+|jahr\s+|roku\s+)?(?:ende\s+|end\s+of\s+|fin\s+)?"
    + YEAR + r"|(?:bis\s+)?(?:ende\s+)?" + YEAR + r"\s+(?:abgeschlossen|beendet|enden|endet|auslaufen|ausl[aä]uft))(?!\d|[./-]\d)",
    re.IGNORECASE,
)
"""A project's end year told with the verb next to it: "endet 2019", "wird Ende 2019 abgeschlossen"."""

STARTED_YEAR = re.compile(r"(?<![\d.,/])" + YEAR + r"(?!\d|[./-]\d)")


PRONOUN = re.compile(r"\s*(?:it|this|es|er|il|elle|ello|esto|ono|on|det|het|se|to|tämä|se)\b", re.IGNORECASE)
"""A sentence that opens with a pronoun goes on about what the sentence before it named."""


def _signed_start(text: str, dates: list[DateMention]) -> DateMention | None:
    """The date a contract was signed on; whose contract it is, the stated end's sentence says."""
    contract, signed = (SentenceWords(text, words, also_opening=("; ",)) for words in (CONTRACT_WORDS, SIGNED_WORDS))
    for mention in dates:
        if mention.loose or mention.precision not in ("day", "month"):
            continue
        if contract(mention.start, mention.end) and signed(mention.start, mention.end):
            return mention
    return None


def _stated_end(
    text: str, dates: list[DateMention], after: int, own_sentence: bool = True, across_blocks: bool = False
) -> tuple[dt.date, int, int] | None:
    """The project's end told after its start in the same block (or further on): a year's end or a date it runs until."""
    block_end = -1 if across_blocks else text.find("\n\n", after)
    block_end = min(len(text) if block_end == -1 else block_end, after + 1500)
    candidates = [(dt.date(int(found.group(1)), 12, 31), found.start(), found.end()) for found in END_OF_YEAR.finditer(text, after, block_end)]
    candidates += [(dt.date(int(found.group(1)), 12, 31), found.start(), found.end()) for found in RUNS_UNTIL_YEAR.finditer(text, after, block_end)]
    candidates += [
        (dt.date(int(found.group(1) or found.group(2)), 12, 31), found.start(), found.end()) for found in ENDS_IN_YEAR.finditer(text, after, block_end)
    ]
    candidates += [
        (last_day(mention), mention.start, mention.end)
        for mention in dates
        if after <= mention.start < block_end and not mention.loose and ENDS_ON.search(text[max(0, mention.start - 30) : mention.start])
    ]
    closing = [
        (last_day(mention), mention.start, mention.end)
        for mention in dates
        if after <= mention.start < block_end and not mention.loose and closing_event(text, mention)
    ]
    # The words of each sentence are listed once for all the ends in it (a long text without full stops is one sentence).
    project, programmes, project_nouns = (
        SentenceWords(text, words, also_opening=("; ",)) for words in (PROJECT_CONTEXT, PROGRAMME_CONTEXT, PROJECT_AFTER_PROGRAMME)
    )
    for end, found_start, found_end in sorted(candidates + closing, key=lambda candidate: candidate[1]):
        if (end, found_start, found_end) in closing:
            # The project's closing event ends its work, whoever the sentence names.
            return end, found_start, found_end
        opening, _ = sentence_bounds(text, found_start, found_end, also_opening=("; ",))
        word = project.first(found_start, found_end)
        # After a start the project's own sentence told, "It ends in 2022" needs no project word of its own.
        told = (word is not None and word[1] <= found_start) or (not own_sentence and PRONOUN.match(text, opening, found_start))
        if not told:
            continue
        # As programme_named_last of the words before the end: the last programme word, and no project word after it.
        programme = programmes.last_by(found_start, found_end, found_start)
        noun = project_nouns.first_from(found_start, found_end, programme[1]) if programme else None
        if programme is None or (noun is not None and noun[1] <= found_start):
            return end, found_start, found_end
    return None


def _event_line(text: str, mention: DateMention) -> str:
    """The words before a date on its line, or the short line above when the date opens its own ("Closing event" / "20 May 2019")."""
    lines = text[max(0, mention.start - 80) : mention.start].rsplit("\n", 2)
    if lines[-1].strip() or len(lines) < 2 or len(lines[-2]) > 60:
        return lines[-1]
    return lines[-2]


def _projects_event(event: re.Pattern[str], text: str, mention: DateMention) -> bool:
    found = event.search(_event_line(text, mention))
    # "Final conference of the Interreg Europe programme: ..." is the programme's event, not the project's.
    return found is not None and not programme_named_last(found.group(0))


def closing_event(text: str, mention: DateMention) -> bool:
    """The date is the project's closing event's: "Final conference: 15 June 2021", "Abschlusskonferenz am 15.06.2021"."""
    return _projects_event(CLOSING_EVENT, text, mention)


def opening_event(text: str, mention: DateMention) -> bool:
    """The date is the project's opening event's: "Kick-off meeting: 12 March 2019", "Auftaktveranstaltung am 12.03.2019"."""
    return _projects_event(OPENING_EVENT, text, mention)


def _begun_start(text: str, dates: list[DateMention]) -> DateMention | None:
    """The date a sentence about the project says it started on."""
    about = project_sentences(text, also_opening=("; ",))
    for mention in dates:
        if mention.loose or mention.precision not in ("day", "month"):
            continue
        opening, _ = sentence_bounds(text, mention.start, mention.end, also_opening=("; ",))
        started = STARTED_ON.search(text, max(opening, mention.start - 40), mention.start) or STARTED_AFTER.match(text, mention.end)
        if (started and about(mention.start, mention.end)) or opening_event(text, mention):
            return mention
    return None


def signed_period(text: str, dates: list[DateMention]) -> Period | None:
    """From the day the project's contract was signed to the end the text later sets for its work."""
    start = _signed_start(text, dates)
    return _until_stated_end(text, dates, start) if start else None


def begun_period(text: str, dates: list[DateMention]) -> Period | None:
    """A start told in one sentence and the end in a later one: "started on 1 March 2019 ... It ends in February 2022"."""
    start = _begun_start(text, dates)
    return _until_stated_end(text, dates, start, own_sentence=False) if start else None


def _until_stated_end(text: str, dates: list[DateMention], start: DateMention, own_sentence: bool = True) -> Period | None:
    stated = _stated_end(text, dates, start.end, own_sentence)
    if stated is None:
        return None
    end, end_start, end_end = stated
    if not project_span(start.date, end):
        return None
    return Period(start.date, end, snippet(text, start.start, start.end) + " / " + snippet(text, end_start, end_end), 2)


def _started_year(text: str) -> re.Match[str] | None:
    """A bare year the project started in: after a start label ("Start: 2023") or a verb ("started in 2023")."""
    about = project_sentences(text)
    for found in STARTED_YEAR.finditer(text):
        line = text[max(0, found.start() - 40) : found.start()].rsplit("\n", 1)[-1]
        if START_LABEL.search(line.rstrip() + " ") and re.search(r"[:\s]\s*$", line):
            return found
        opening, _ = sentence_bounds(text, found.start(), found.end())
        started = STARTED_ON.search(text, max(opening, found.start() - 40), found.start()) or STARTED_AFTER.match(text, found.end())
        if started and about(found.start(), found.end()):
            return found
    return None


def year_begun_period(text: str, dates: list[DateMention]) -> Period | None:
    """A start year and a later end the project's own sentence states: "Start: 2023" ... "The project runs until 2027"."""
    start = _started_year(text)
    if start is None:
        return None
    stated = _stated_end(text, dates, start.end(), across_blocks=True)
    if stated is None:
        return None
    end, end_start, end_end = stated
    first = dt.date(int(start.group(1)), 1, 1)
    if not 1 <= end.year - first.year <= MAX_SPAN_YEARS:
        return None
    return Period(first, end, snippet(text, start.start(), start.end()) + " / " + snippet(text, end_start, end_end), 1)


def closing_period(text: str, dates: list[DateMention]) -> Period | None:
    """From the start a sentence states to the project's closing event, in whichever order the text gives them:
    "Abschlusskonferenz am 30. November 2018" ... "Das Projekt startete im März 2016"."""
    closing = next((mention for mention in dates if not mention.loose and mention.precision == "day" and closing_event(text, mention)), None)
    start = _begun_start(text, dates) if closing else None
    return until_closing(text, start, closing, 2) if start else None


def until_closing(text: str, start: DateMention, closing: DateMention | None, strength: int) -> Period | None:
    """From a stated start to the day of the project's closing event, when that can be a project's period."""
    if closing is None or not project_span(start.date, last_day(closing)):
        return None
    return Period(start.date, last_day(closing), snippet(text, start.start, start.end) + " / " + snippet(text, closing.start, closing.end), strength)
