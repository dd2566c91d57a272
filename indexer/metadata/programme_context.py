"""How much a programme's name counts where it stands: a funding phrase, a label line, a project box, a list.

The weights say whether a name is the document's own funder (strong) or a mention in passing (weak);
:mod:`indexer.metadata.programmes` finds the names and adds the weights up.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from indexer.metadata.project_words import ANY_PROJECT, ONE_PROJECT, WORD_END
from indexer.metadata.sentences import mark_after, mark_before

STRONG = 3.0
WEAK = 1.0


@dataclass(frozen=True)
class ProgrammeMention:
    """One place where a document names a programme, and how much it counts."""

    programme: str
    weight: float
    snippet: str
    source: str  # "text", or "image": an HTML image's alt text or the words read from a PDF's logo
    start: int = -1  # offset in the text; -1 for alt text and codes outside the text
    funding: bool = False  # named in a funding phrase ("co-financed by ..."), not only in a logo or a code


FUNDING_CONTEXT = re.compile(
    # Matched against accent-folded text, so the words are written without accents.
    r"funded|funding|co-?financ|financed|financing|financiad|finanziat|financovan|finance(?:e|es)?\s+par|"
    r"grant|supported\s+by|support\s+(?:of|from)|gefordert|forderung|finanziert|kofinanz|subvencion|subventionn|"
    r"cofinanc|cofinanz|dofinans|wspolfinans|finansowan|sufinanc|spolufinanc|medfinansi|finansiere|"
    r"gefinancierd|finansier|finansiran|financiran|financovan|tamogat|podporovan|podporen|financat|finanzia|"
    r"rahoit|χρηματοδ|финансир|фінансу|изпълнява\s+по|осъществява\s+по|реализира\s+по|logo|apoiad[oa]s?\s+(?:por|pel)|apoyad[oa]s?\s+por|"
    # The words that place a project inside a programme, as most languages have them.
    r"im\s+rahmen|nell.ambito|en\s+el\s+marco|dans\s+le\s+cadre|w\s+ramach|v\s+ramci|[uv]\s+okviru|kereteben|"
    r"within\s+the\s+framework|in\s+the\s+framework|in\s+the\s+frame\s+of|στο\s+πλαισιο|в\s+рамках|в\s+рамките|"
    r"in\s+het\s+kader\s+van|no\s+ambito|in\s+cadrul|inom\s+ramen\s+for|inden\s+for\s+rammerne|nel\s+quadro|"
    r"ietvaros|raames|puitteissa|"
    # Support, co-financing and "from the means of", as the languages of the member states write them.
    r"unterstutzt\s+(?:durch|von)|mit\s+(?:der\s+)?unterstutzung|mitfinanziert|mit\s+mitteln|soutenu[es]?\s+par|"
    r"avec\s+le\s+soutien|grace\s+au\s+soutien|sostenut[oaie]\s+da|con\s+il\s+(?:sostegno|contributo)|"
    r"con\s+el\s+apoyo|con\s+cargo\s+al|com\s+o\s+apoio|comparticipad|ze\s+srodkow|przy\s+wsparciu|"
    r"z\s+prostredku|z\s+prostriedkov|s\s+podporou|za\s+podpory|sofinanc|uz\s+(?:potporu|podrsku)|"
    r"finanszir|cofinantat|finantat|cu\s+sprijinul|подкрепа(?:та)?\s+на|със\s+съдействието|υποστηριξη|"
    r"finansuo|lidzfinanse|finanse|rahasta|toetusel|ondersteund\s+door|met\s+(?:de\s+)?steun\s+van|"
    r"st[oø]tte[td]?\s+af|med\s+st[oø]tte|stod\s+fran|tuella",
    re.IGNORECASE,
)


URL = re.compile(r"(?:https?://|www\.)\S+|[\w.-]+\.(?:eu|com|org|net|int)/\S*", re.IGNORECASE)


def _without_urls(text: str) -> str:
    """The text with web addresses blanked out, offsets kept."""
    return URL.sub(lambda match: " " * len(match.group(0)), text)


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The words before and after a name within its sentence; None when the name is part of a web address."""
    # A web address is no funding phrase: ".../regional_policy/funding/cohesion-fund/" names a page, not a funder.
    left = max(0, start - 300)
    region = _without_urls(text[left : end + 300])
    start, end = start - left, end - left
    if not region[start:end].strip():
        return None
    # The name itself is left out: "European Social Fund" must not vouch for itself.
    # Both sides stop at a sentence end: a funding verb in the next sentence is about something else.
    before = re.split(r"[.!?]\s", region[max(0, start - 60) : start])[-1]
    after = re.split(r"[.!?]\s", region[end : end + 40])[0]
    return before, after


OWN_PROJECT = re.compile(r"[\s-]{0,2}(?:" + ONE_PROJECT + ")" + WORD_END)
"""Right after a programme's name: "an Interreg Europe project", "Interreg Europe-projektet".

One project only: "Interreg Europe projects" are the programme's projects in general, not this one."""
OWN_PROGRAMME = re.compile(r"[\s-]{0,2}(?:programme|programm|program|programa|programma|programu|programmet|ohjelma)\b", re.IGNORECASE)
"""Right after a name: "the LIFE programme", "ERASMUS-Programm": the programme named as such, not a fund or a topic."""
FUND_SUPPORT = re.compile(r"-\s?(?:stod|stodet|stotte|stotten|tuki|tuen|tukea|tilskud|tilskuddet)(?![^\W\d])", re.IGNORECASE)
"""A fund's support written as one compound, as the Nordic languages do: "Beviljat ESF-stöd", "EAKR-tuki" (accents folded)."""
PROJECT_BEFORE = re.compile(r"\b(?:" + ONE_PROJECT + r")\s+$", re.IGNORECASE)
"""Right before a name: "il progetto LIFE SALINE-VIVE", "projektu Interreg": one project, the programme's own."""

PROGRAMME_BEFORE = re.compile(
    # One programme, not a list of them: singular forms only ("the programmes Horizon Europe and LIFE" is a topic).
    r"\b(?:programme|program|programm|programms|programma|programa|programu|programie|programul|programului|programmet|"
    r"programot|ohjelma|ohjelman|προγραμμα|προγραμματος|програма|програмата|программа|программы)"
    r"(?:\s+(?:de|di|del|der|des|do|da|della|dell|du|europeo|europeu|europeen|european|europejski|europejskiego|eu|ue|ue))*"
    r"[\s\"\u201c\u201e\u00ab']*$",
    re.IGNORECASE,
)
"""Right before a name: "apoiado pelo programa COMPETE 2020", "w ramach programu Erasmus+": the programme named as such."""
OWN_BEFORE = re.compile(
    # Any number: "our EU projects" are the programme's too when the name follows.
    r"\b(?:" + ANY_PROJECT + ")"
    r"(?:\s+(?:europe\w*|europ\w*|eu|ue|ue|ek|nostri|our|unsere\w*|nos))?\s+$",
    re.IGNORECASE,
)
"""Before a name: "nasze projekty europejskie Erasmus+", "our EU projects Interreg": the projects are the programme's own."""
ACTIVITY = re.compile(
    r"(?:mobilit\w*|mobilnos\w*|movilidad\w*|exchange|echange|scambio|intercambio|austausch|wymian\w*)",
    re.IGNORECASE,
)
"""'Erasmus mobility', 'mobilité Erasmus', 'Erasmus-Austausch': the activity is one the programme itself pays for."""
ACTIVITY_BEFORE = re.compile(r"\b" + ACTIVITY.pattern + r"(?:\s+(?:de|di|del|d|do|da|des))?['\s-]*$", re.IGNORECASE)
ACTIVITY_AFTER = re.compile(r"[+\s-]{0,2}" + ACTIVITY.pattern + r"\b", re.IGNORECASE)

OTHERS_FUNDED = re.compile(
    r"\b(?:researchers|fellows|projects|beneficiaries|scientists|grantees|participants|proposals|organi[sz]ations|companies)"
    r"\s+(?:\w+\s+){0,4}(?:(?:co-?)?(?:funded|financed|supported)|receiv\w*\s+(?:\w+\s+){0,2}?(?:funding|grants?|support|co-?financing))"
    r"\s+(?:under|by|through|from|within|in)(?:\s+(?:the|an?|another|other))?\W*"
    # Then maybe other programmes of a list, or the full name of which this is the short form in brackets.
    r"(?:[\w+ ]{1,25}?\s*(?:/|,|\bor\b|\band\b)\s*){0,3}(?:[\w+ ]{1,40}\(\s*)?$",
    re.IGNORECASE,
)
"""'researchers funded under FP7', 'the selected projects receive grants from CEF': the funding is someone else's."""


LABEL = re.compile(
    # Matched against accent-folded text. The label before a name on its line: "Programme:", "Funding programme:".
    r"(?:^|[\n|•·])[^\S\n]*[\w /()-]{0,30}?(?:programme|program|programm|programma|programa|programu|programas|ohjelma|"
    r"funding|funded\s+by|financing|financed\s+by|fund|funder|source\s+of\s+funding|financial\s+instrument|"
    r"forderprogramm|finanzierung|financement|financiacion|financiamento|finanziamento|finansowanie|financovani|"
    r"financiranje|financiranje|rahoitus|rahoittaja|finansiering|programmi|programos|programmas|programul|"
    # Accent-folded like the text: Greek loses its tonos ("Πρόγραμμα:" is matched as "Προγραμμα:").
    r"програма|програм|программа|προγραμμα|χρηματοδοτηση|"
    # "Źródło finansowania:", "Izvor financiranja:", "Sursa de finanțare:", "Finansējuma avots:", "Fördermittelgeber:"...
    r"finansowania|financovanie|financiranja|finantare|finansavimo|finansejuma|rahastaja|rahastus|financiering|"
    r"forderung|fordergeber|fordermittelgeber|finansiar|finanszirozas|tamogato|финансиране|финансирање|фінансування|"
    # A funding verb written as a label: "Co-funded by:", "Cofinanciado por:", "Współfinansowano z:".
    r"co-?funded|co-?financed|cofinanciad[oa]|financiad[oa]|finanziato|cofinanziato|gefordert|kofinanziert|"
    r"wspolfinansowan\w*|dofinansowan\w*|spolufinancovan\w*|financovan\w*|sufinancira\w*|financirano|finance|cofinance)"
    # Up to two more words before the colon: "Programme name:", "Funding source:", "Co-funded by:".
    r"(?:[^\S\n]+[^\W\d_]+){0,2}\s*:[^\S\n]*$",
    re.IGNORECASE,
)
LINE_FILLER = re.compile(
    r"(?i)\b(?:the|programme|program|programm|programma|programa|cooperation|co-?funded|co-?financed|funded|by|logo|"
    + ONE_PROJECT + r"|20\d\d)\b|[\W\d_]"
)


def _label_line_before(text: str, line_start: int) -> bool:
    """The line before (blank lines skipped) is a label of its own: "Programme:" above "Interreg Europe, priority 2"."""
    previous = text[max(0, line_start - 200) : line_start].rstrip()
    label_start = previous.rfind("\n") + 1
    return bool(LABEL.search(previous, max(0, label_start - 1))) and len(previous) - label_start < 60


LABEL_REACH = 300
"""How far before a name its label is looked for: a label and its colon are a few words long (see LABEL)."""


def _on_its_line(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(after a label such as "Programme:", alone on its line): how a project box or a fact sheet names its programme."""
    line_start = mark_before(text, "\n", start) + 1
    line_end = mark_after(text, "\n", end)
    line_end = len(text) if line_end == -1 else line_end
    # The line is read around the name only, and its filler once: a table of one line names many programmes.
    if LABEL.search(text, max(0, line_start - 1, start - LABEL_REACH), start) and _stripped_length(text, end, line_end) < 40:
        return True, False
    if not _stripped_length(text, line_start, start) and _label_line_before(text, line_start):
        return True, False
    lines = _filled_lines(text)
    if (line_start, line_end) not in lines:
        lines[line_start, line_end] = _FilledLine(text[line_start:line_end])
    line = lines[line_start, line_end]
    # What follows the name is read as a text of its own, as if the name were cut out: a word that a name
    # ending in digits runs into ("Horizon 2020the") starts a word there.
    word_end = end
    while word_end < line_end and (text[word_end].isalnum() or text[word_end] == "_"):
        word_end += 1
    after = len(LINE_FILLER.sub("", text[end:word_end])) + line.letters(word_end - line_start, line_end - line_start)
    return False, line.letters(0, start - line_start) + after <= 2


def _stripped_length(text: str, start: int, end: int) -> int:
    """``len(text[start:end].strip())``, reading over the spaces at either end only."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return end - start


class _FilledLine:
    """Where a line has letters that are no filler (see LINE_FILLER): the stretches between the filler's matches."""

    def __init__(self, line: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.before: list[int] = []  # letters in the stretches before each one
        position = total = 0
        for match in itertools.chain(LINE_FILLER.finditer(line), (None,)):
            stop = len(line) if match is None else match.start()
            if stop > position:
                self.starts.append(position)
                self.ends.append(stop)
                self.before.append(total)
                total += stop - position
            if match is not None:
                position = match.end()

    def letters(self, start: int, end: int) -> int:
        """How many letters of ``line[start:end]`` are no filler."""
        return self._up_to(end) - self._up_to(start)

    def _up_to(self, position: int) -> int:
        index = bisect.bisect_right(self.starts, position) - 1
        return 0 if index < 0 else self.before[index] + min(position, self.ends[index]) - self.starts[index]


@lru_cache(maxsize=4)
def _filled_lines(text: str) -> dict[tuple[int, int], _FilledLine]:
    """The lines of a text read so far, by their bounds: names_in_lists and context read the same lines."""
    return {}


def context(text: str, start: int, end: int) -> tuple[float, bool]:
    """The weight of a name at this place, and whether a funding phrase (not just a logo) names it."""
    around = _sentence_around(text, start, end)
    if around is None:
        return WEAK, False
    before, after = around
    # Wider than the funding window: a short form in brackets stands a full name's length after the phrase.
    if OTHERS_FUNDED.search(re.split(r"[.!?]\s", text[max(0, start - 160) : start])[-1]):
        return WEAK, False
    labelled, alone = _on_its_line(text, start, end)
    if labelled:
        return STRONG, True
    if alone:
        return STRONG, False
    phrases = [match.group(0).casefold() for match in FUNDING_CONTEXT.finditer(before + " " + after)]
    funding = any(phrase != "logo" for phrase in phrases)
    if FUND_SUPPORT.match(after):
        return STRONG, True
    # "il progetto ADRION HarmoNIA", "le projet Interreg ...": the project is the programme's own.
    named = (
        OWN_PROJECT.match(after) or OWN_PROGRAMME.match(after) or PROJECT_BEFORE.search(before) or OWN_BEFORE.search(before)
        or PROGRAMME_BEFORE.search(before) or ACTIVITY_BEFORE.search(before) or ACTIVITY_AFTER.match(after)
    )
    return (STRONG if phrases or named else WEAK), funding


LIST_LENGTH = 3
"""Three different programmes on lines of their own, one under another, are a menu or a list, not a project box."""


def names_in_lists(text: str, names: Sequence[tuple[int, int, str]], counts: Callable[[str], bool]) -> set[int]:
    """Starts of the names that stand alone on their lines in a run of such lines naming LIST_LENGTH programmes.

    A site's menu or footer of programmes ("Interreg Europe / Horizon Europe / LIFE", one a line) is not
    the project's funder; funds and families beside a programme (a logo strip) do not make a list.
    """
    alone = [(start, name) for start, end, name in names if _on_its_line(text, start, end)[1]]
    if len(alone) < LIST_LENGTH:
        return set()
    # Lines are counted without the blank ones: a menu copied out of a page often has a blank line between items.
    ordinals = list(itertools.accumulate(1 if line.strip() else 0 for line in text.split("\n")))
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    runs: list[list[tuple[int, str]]] = []
    previous = -2
    for start, name in alone:
        here = ordinals[bisect.bisect_right(line_starts, start) - 1]
        if here - previous <= 1 and runs:
            runs[-1].append((start, name))
        else:
            runs.append([(start, name)])
        previous = here
    return {start for run in runs if len({name for _, name in run if counts(name)}) >= LIST_LENGTH for start, _ in run}
