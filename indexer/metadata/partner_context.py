"""Where a text speaks of a project's partners: the words, in the pages' languages, that open a partner
list or sentence, and the stretches of text (zones) they cover.

``countries`` weighs each country mention by whether it stands in one of these zones.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache

from indexer.metadata.needles import Prechecked
from indexer.metadata.sentences import mark_after, mark_before

PARTNER_WORDS = re.compile(
    r"partner|consorti|coordinat|beneficiar|konsorti|socios|partenaire|parceiro|εταίρ|κοινοπραξ|partnerzy|partneri|"
    r"partnerji|partnerové|partnerek|projektpartner|samarbejdspartner|participating|member\s+countries|cons[oó]rci|"
    r"príjemc|příjemc|prijímateľ|beneficjent|begünstigt|kedvezményezett|upravičen|korisnik|stödmottagare|"
    r"партнер|партньор|конзорци|консорци|parten|kumppan|socis|konsorc|konzorc|koordin|koordyn",
    re.IGNORECASE,
)


_prechecked = cache(Prechecked.of)  # the case-blind word lists scanned over whole texts, each with its literals


def partner_word_matches(text: str) -> Iterator[re.Match[str]]:
    """``PARTNER_WORDS.finditer(text)``; nine pages in ten have none of its words, and a substring
    test of the lower-cased text says so much faster than the case-blind regex scan."""
    return _prechecked(PARTNER_WORDS).finditer(text)


BY_WORDS = re.compile(
    r"carried\s+out\s+by|implemented\s+by|executed\s+by|conducted\s+by|run\s+by|r[eé]alis[eé]e?\s+par|realizado\s+por|llevado\s+a\s+cabo\s+por|"
    r"umgesetzt|durchgef[uü]hrt\s+von|realizowany\s+przez|υλοποι",
    re.IGNORECASE,
)
COFINANCING_WORDS = re.compile(
    r"co-?financ\w*|co-?fund\w*|cofinanz\w*|kofinanz\w*|mitfinanz\w*|cofinanc\w*|cofinan[tţț]\w*|"
    r"wsp[oó][lł]finans\w*|spolufinanc\w*|sufinanc\w*|συγχρηματοδ\w*|съфинансир\w*|medfinansi\w*|medfinanci\w*",
    re.IGNORECASE,
)
"""A co-financer is a project country: "co-financed by ... of Greece", "sufinancirano od strane Republike Hrvatske"."""
PILOT_WORDS = re.compile(
    r"pilot|case\s+stud|use[\s-]cases?|test[\s-]cases?|trials?\b|test\s?beds?|fallstudie|piloto|pilote|étude\s+de\s+cas|estudio\s+de\s+caso|"
    r"πιλοτικ|studium\s+przypadku",
    re.IGNORECASE,
)
TOGETHER_WORDS = re.compile(
    r"together\s+with|take\s+part|taking\s+part|participat(?:ing|ed|es?)\b|participaron|partecipa(?:no|to)?\b|coinvolg|partecip|beteiligt|gemeinsam\s+mit|"
    r"aux\s+c[oô]t[eé]s|em\s+parceria|en\s+colaboraci|spolu\s+s|razem\s+z|zusammen\s+mit|r[eé]szt\s+vesz|"
    r"vesznek\s+r[eé]szt|r[eé]sztvev|zajedno\s+s|skupaj\s+s|mukana|tillsammans\s+med|sammen\s+med|samen\s+met|συμμετ|μαζί\s+με|kumppan|"
    r"junto\s+con|juntamente\s+com|insieme\s+(?:a|con)|ensemble\s+avec",
    re.IGNORECASE,
)
"""A sentence naming several countries with one of these words lists the project's partner countries."""
PARTNER_NOUN = re.compile(
    r"(?<!\w)(?:partners?|partnerzy|partneři|partneri|partnerji|partnerek|partnere|partnerit|kumppan\w*|socios?|soci|"
    r"partenaires?|parceiros?|projektpartner\w*|consorti\w*|cons[oó]rci\w*|konsorti\w*|εταίρ\w*|κοινοπραξ\w*|"
    r"партнер\w*|партньор\w*|parteneri\w*|socis|konsorc\w*|konzorc\w*)(?!\w)",
    re.IGNORECASE,
)
PARTNER_LINK = re.compile(
    r"(?<!\w)(?:are|include[sd]?|including|compris\w*|consist\w*|formed|made\s+up|composed|from|zijn|komen|uit|bestaat|"
    r"sind|kommen|aus|besteht|bestehend|umfasst|sont|viennent|composée?|formée?|comprend|son|s[oó]n|são|vienen|vêm|formado|"
    r"compuesto|composto|incluye|inclui|sono|provengono|formato|są|pochodzą|składa|tworzą|jsou|tvoří|su|iz|čine|"
    r"tulivat|ovat|är|kommer|från|er|fra|είναι|προέρχονται|από|са|от|из|являются|є|з|sunt|din)(?!\w)",
    re.IGNORECASE,
)
"""A partner sentence names the partners as its subject: "Partners are ...", "partners from Belgium"."""
HYPOTHETICAL = re.compile(
    r"(?<!\w)(?:should|could|(?-i:may)|might|would|encouraged|eligible|invited|welcome|sollten?|k[oö]nnten|devraient|pourraient|"
    r"deber[ií]an|podr[ií]an|dovrebbero|potrebbero|powinn\w*|mog[aą]|mogłyby)(?!\w)",
    re.IGNORECASE,
)
"""A call or a plan says who could take part, not who does: "should include partners from ..."; "May" is a month."""
SENTENCE_END_STRICT = re.compile(r"[.!?](?:\s|$)")
"""The end of a sentence where PDF text breaks every line: a full stop, not a newline."""
NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+\w")
"""A numbered section heading ("6. Contact") closes a partner table."""
ZONE_CHARS = 500
LIST_CHARS = 3000
"""A partner table goes on past ``ZONE_CHARS`` while its lines stay short entries, up to this far."""
PILOT_CHARS = 120
"""How far a partner list or a list of pilot sites reaches after the words that open it."""

ORG_WORDS = re.compile(
    r"universit|univerz|uniwersytet|sveučilišt|instit|istitut|foundation|stiftung|fundaci|fondazion|fundacj|"
    r"GmbH|\bLtd\b|\bS\.A\.|\bS\.L\.|\bSRL\b|s\.r\.o\.|d\.o\.o\.|\be\.V\.|\bAG\b|associa|verein|agency|agentur|"
    r"agencia|agenzia|chamber|kammer|municipal|ministr|council|centre|center|zentrum|open\s+knowledge|"
    r"company|society|academy|akademi|hochschule|college|authority|gemeinde|ayuntamiento|ίδρυμα|πανεπιστήμ",
    re.IGNORECASE,
)

REFERENCES_HEADING = re.compile(
    r"^\s*(?:\d+\.?\s*)?(?:references|bibliography|literatur(?:verzeichnis)?|bibliograf[ií]a|bibliographie|literatura|"
    r"izvori|viri|sources|βιβλιογραφία|works\s+cited)\s*$",
    re.IGNORECASE | re.MULTILINE,
)



def references_start(text: str) -> int:
    matches = [match.start() for match in REFERENCES_HEADING.finditer(text) if match.start() > len(text) // 3]
    return matches[-1] if matches else len(text) + 1


def starts_word(text: str, start: int) -> bool:
    # "opengovpartnership.org" or "info@partners.eu" is no partner list: the word must start a word.
    before = text[start - 1 : start]
    return start == 0 or not (before.isalnum() or before in "/.@_-")


def sentence_end(text: str, start: int, reach: int) -> int:
    found = SENTENCE_END_STRICT.search(text, start, start + reach)
    return found.start() + 1 if found else start + reach


def partner_zones(text: str) -> list[tuple[int, int]]:
    """Stretches after a partner or consortium word: a whole list, or the rest of one sentence."""
    zones = []
    lines: dict[tuple[int, int], _Line] = {}  # each line read once, however many partner words it holds
    for match in partner_word_matches(text):
        if not starts_word(text, match.start()):
            continue
        line_end = mark_after(text, "\n", match.end())
        bounds = mark_before(text, "\n", match.start()) + 1, len(text) if line_end == -1 else line_end
        if bounds not in lines:
            lines[bounds] = _Line(text, *bounds)
        line = lines[bounds]
        # A heading is short, opens with the word and closes no sentence; a wrapped PDF line ending "the partners." is none.
        heading = line.short and line.words_before(match.start()) <= 3
        colon = re.match(r"[^.:;]{0,30}:", text[match.end() : match.end() + 31])
        if heading or colon:
            # PDF text breaks paragraphs at every line, so a list's zone is a stretch of entries, not a paragraph.
            zones.append((match.start(), list_end(text, match.end())))
    for pattern, reach in ((BY_WORDS, ZONE_CHARS), (PILOT_WORDS, PILOT_CHARS), (COFINANCING_WORDS, PILOT_CHARS)):
        # "implemented by ...", "pilots in ..." and "co-financed by ..." name places in their own sentence only.
        zones.extend(
            (match.start(), sentence_end(text, match.end(), reach))
            for match in _prechecked(pattern).finditer(text)
            if starts_word(text, match.start())
        )
    for match in _prechecked(PARTNER_NOUN).finditer(text):
        end = sentence_end(text, match.end(), 300)
        sentence_start = max(text.rfind(". ", max(0, match.start() - 200), match.start()), match.start() - 200)
        # "should benefit from partners from the USA" in a call for proposals names nobody's partners.
        hypothetical = HYPOTHETICAL.search(text, sentence_start, match.start())
        if PARTNER_LINK.search(text, match.end(), min(end, match.end() + 40)) and not hypothetical:
            zones.append((match.start(), end))
    return zones


class _Line:
    """A line of the text, as partner headings are told: its words, and whether it is a heading's length."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.word_starts = [found.start() for found in re.finditer(r"\S+", text[start:end])]
        self.start = start
        stripped = text[start:end].strip()
        self.short = len(self.word_starts) <= 4 and not stripped.endswith((".", ",", ";"))

    def words_before(self, position: int) -> int:
        """``len(text[line_start:position].split())``."""
        return bisect.bisect_left(self.word_starts, position - self.start)


class Zones:
    """The partner zones of a text, merged and in order, so that whether a place is in one is a binary search:
    a partner list names a country or a town on every line, and each was compared with every zone."""

    def __init__(self, zones: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(zone for zone in zones if zone[0] < zone[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]


def list_end(text: str, start: int) -> int:
    """Where a partner list that opens at ``start`` ends: its fixed stretch, then on through short entry lines."""
    end = start + ZONE_CHARS
    position = text.find("\n", end)
    if position == -1:
        return end
    while position != -1 and position < start + LIST_CHARS:
        next_break = text.find("\n", position + 1)
        line = text[position + 1 : next_break if next_break != -1 else len(text)].strip()
        if line and (len(line.split()) > 8 or NUMBERED_HEADING.match(line)):
            return position
        position = next_break
    return min(len(text) if position == -1 else position, start + LIST_CHARS)



COOPERATION_BETWEEN = re.compile(
    r"(?:co-?operation|collaboration|zusammenarbeit|kooperation|cooperaci[oó]n|coop[eé]ration|cooperazione|coopera[cç][aã]o|"
    r"cooperare|wsp[oó][lł]prac\w*|spolupr[aá]c\w*|sodelovanj\w*|suradnj\w*|saradnj\w*|samarbe\w*|samenwerking|"
    r"yhteisty\w*|συνεργασ\w*|сътрудничеств\w*|сотрудничеств\w*|"
    # A region or border shared by the sides: "gemeinsame Region zwischen ...", "the border area between ...".
    r"regions?|region[ei]n?|r[eé]gions?|regi[oó]n|regione|border(?:\s+area)?|grenz\w*|fronti[eè]re|frontera|confine|"
    r"pogranicz\w*|pohrani[cč]\w*|p[rř][ií]hrani[cč]\w*|grenzregion|grensregio|gr[aä]nsregion\w*|grænseregion\w*|"
    r"határ\w*|σύνορ\w*|пограничн\w*|гранич\w*)(?:\s+\S+){0,3}\s+"
    r"(?:between|entre|zwischen|tra|fra|mellan|mellem|tussen|mi[eę]dzy|izme[dđ]u|mezi|medzi|μεταξύ|между|[iî]ntre)\b",
    re.IGNORECASE,
)
"""Cooperation, or a region or border, "between Hungary and Serbia": the two sides of the project's own work."""
BETWEEN_REACH = 40
PARTICIPANT_NOUNS = (
    r"partner[a-z]{0,3}|partenaires|partners|parteneri\w*|socios|soci|socis|εταίρ\w*|партнер\w*|партньор\w*|"
    r"pupils|students|schools|teachers|participants|organisations|organizations|institutions|universities|"
    r"sch[uü]ler\w*|teilnehmer\w*|schulen|lehrkr[aä]fte\w*|organisationen|einrichtungen|jugendliche\w*|studierende\w*|"
    r"[eé]l[eè]ves|[eé]tudiants?|[eé]coles|jeunes|alunni|studenti|scuole|partecipanti|ragazzi|docenti|insegnanti|"
    r"alumn[oae]s|estudiantes|escuelas|escoles|participantes|j[oó]venes|alunos|estudantes|escolas|"
    r"uczni\w*|szk[oó][lł]\w*|uczestni\w*|student\w*|[zž][aá]ci|[zž]iaci|[sš]kol\w*|[uú][cč]astn\w*|"
    r"u[cč]en(?:ci|ici)|dijaki|[sš]ole|[sš]kole|sudionici|udele[zž]enci|elevi|[sș]coli|participan[tț]i|"
    r"μαθητ\w*|σχολεί\w*|leerlingen|scholen|deelnemers|elever|skolor|skoler|deltagare|deltagere"
)
PARTNERS_FROM = re.compile(
    r"(?<!\w)(?:" + PARTICIPANT_NOUNS + r")(?:\s+\w+){0,2}\s+"
    r"(?:from|z|ze|iz|aus|de|d['’]|du|des|di|da|dalla|dagli|dai|din|från|fra|van|uit|από|из|od)(?!\w)",
    re.IGNORECASE,
)
"""Partners or pupils "from" somewhere: "partnery z Rakouska", "Schülern aus Polen, Ungarn und Spanien"."""


ORGANISATION_OF = re.compile(
    r"(?:of|of\s+the|de|de\s+la|da|do|dos|das|del|della|dello|dei|di|der|des|du|van|von|z|ze|iz|u|v|w|în|din|a)\s+$",
    re.IGNORECASE,
)
"""The word that joins an organisation to its place: "University of ...", "Cidades da ...", "Universität der ..."."""
ORGANISATION_SPAN = 60
"""How far before the place an organisation's name may start: "Union of Cities and Villages of ..."."""


PUBLIC_BODY_WORDS = re.compile(
    r"municip\w*|provinc\w*|prov[ií]nc\w*|regi[oó]n\w*|regione|r[eé]gion\w*|camara|c[aâ]mara|camera|kamer\w*|izba|komora|"
    r"minist\w*|gmin\w*|ob[cč]in\w*|op[cć]in\w*|op[sš]tin\w*|comune|stadt|town|school|schule|[eé]cole|scuola|escuela|"
    r"escola|szko[lł]\w*|[sš]kol\w*|[sš]ola|county|landkreis|powiat\w*|kraj\w*|megye\w*|jude[tţț]\w*|union|uni[aã]o|"
    r"network|netzwerk|r[eé]seau|red\b|rete\b|federa\w*|confedera\w*|office|amt\b|b[uü]ro|bureau|universi\w*",
    re.IGNORECASE,
)
"""Public bodies and networks, the organisations that partner lists of towns and regions are made of."""


def closes_organisation_name(before: str, joined: bool = True) -> bool:
    """The place ends an organisation's name: an organisation word, then up to a few words, then "of".

    With ``joined`` false the joining word may be missing, as German and Nordic names write a town
    ("Technische Universität Wien", "Stadtwerke München").
    """
    if joined and not ORGANISATION_OF.search(before):
        return False
    if not joined and not before[-1:].isspace():
        return False
    name = re.split(r"[,;:()\n]", before[-ORGANISATION_SPAN:])[-1]
    return bool(ORG_WORDS.search(name) or PUBLIC_BODY_WORDS.search(name))


def lists_organisations(line: str) -> bool:
    """A line that lists several organisations, separated by commas or semicolons."""
    return len(ORG_WORDS.findall(line)) + len(PUBLIC_BODY_WORDS.findall(line)) >= 3 and len(re.findall(r"[,;]", line)) >= 2
