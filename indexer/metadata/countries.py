"""Project countries: names from CLDR (Babel) in many languages, codes, addresses and cities.

Every mention gets a weight from its context. Partner and consortium lists (a heading or a
"Partners:" label and the short entry lines after it), partner sentences ("Partners are ...",
"partners from Belgium"), "(Spain)" after an organisation, "Country: PL", addresses, and pilot
or use-case sites named in the same sentence count most; a name after "for example", in a list
closing with "among others", next to an event date, in a call's "should include partners from",
or in the references counts little. A country is kept when its total reaches ``KEEP_AT`` and one
of its mentions is strong, so one name in passing never makes a project country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace

from indexer.metadata import country_names, demonyms, towns
from indexer.metadata.country_names import CODE_ALIASES, Matcher
from indexer.metadata.partner_context import (
    BETWEEN_REACH, COOPERATION_BETWEEN, HYPOTHETICAL, ORG_WORDS, PARTNER_NOUN, PARTNERS_FROM,
    SENTENCE_END_STRICT, TOGETHER_WORDS, Zones, closes_organisation_name, lists_organisations, partner_zones, references_start,
)
from indexer.metadata.sentences import mark_after, mark_before
from indexer.metadata.text import SHORT_PAGE, fold, snippet

EUROPEAN_CODES = set(
    "AT BE BG CY CZ DE DK EE ES FI FR GR EL HR HU IE IS IT LI LT LU LV ME MT NL NO PL PT RO SE SI SK GB UK CH RS BA MK AL XK UA MD TR"
    .split()
)
"""Codes accepted in brackets after an organisation: "(DE)"; elsewhere two capitals are usually an abbreviation."""

BARE_CODES = set(
    "AT BE BG CY CZ DE DK ES FI FR GR EL HR HU IE LT LU LV MT NL PL PT RO SE SI SK GB UK CH LI RS BA MK XK UA MD".split()
)
"""Codes trusted as a bare token in a partner line; IT, NO, IS, ME, AL, EE, TR are also words."""

POSTAL_PREFIXES = {
    "D": "DE", "A": "AT", "F": "FR", "I": "IT", "E": "ES", "B": "BE", "H": "HU", "S": "SE", "P": "PT", "L": "LU",
    "FIN": "FI", "IRL": "IE", "CY": "CY", "M": "MT", "SLO": "SI", "N": "NO",
}

STRONG, MEDIUM, PLAIN, PASSING = 3.0, 2.0, 1.0, 0.2
KEEP_AT = 3.0
FEW_COUNTRIES = 2
"""A project page (up to SHORT_PAGE long), not a report, that names one or two countries outside venues, examples and
references is about them: a reader takes them as the project's places even without a partner list.
Measured on the labelled pages (recall held-out 0.633 -> 0.833, precision unchanged) and on ESIF
project records (pages with a country 18 -> 620 of 1,518, precision 1.000 -> 0.936: the rest are
markets and venues named in a single sentence)."""

CONTACT_LABEL = re.compile(
    r"(?:contact|kontakt|kontakty|address|adresse?|adresa|indirizzo|direcci[oó]n|endere[cç]o|c[ií]m|lis[aä]tietoja|"
    r"yhteystiedot|επικοινωνία|διεύθυνση|sede|seat|sitz|headquarters)\s*:",
    re.IGNORECASE,
)
"""A contact or address line: the country that closes it is where the organisation sits."""
COUNTRY_LABEL = re.compile(r"(?:country|land|pays|país|paese|kraj|država|země|krajina|ország|χώρα|valsts|šalis|maa|riik)\s*[:|]\s*$", re.IGNORECASE)
PASSING_WORDS = re.compile(
    r"(?<!\w)(?:such\s+as|for\s+example|for\s+instance|e\.\s?g\.|i\.\s?e\.|esp\.|especially|like|compared|unlike|similar|than|versus|vs\.?|"
    r"beispielsweise|z\.\s?b\.|etwa|wie|par\s+exemple|comme|por\s+ejemplo|como|ad\s+esempio|come|na\s+przykład|np\.|"
    r"npr\.|napr\.|bijvoorbeeld|zoals|till\s+exempel|fx|t\.\s?eks\.|esim\.|π\.χ\.|οπως|"
    # "unlike in", "compared with" in the other languages (the text is folded: no accents)
    r"im\s+gegensatz\s+zu|anders\s+als|verglichen\s+mit|contrairement\s+a|a\s+la\s+difference\s+de|par\s+rapport\s+a|"
    r"a\s+diferencia\s+de|en\s+comparacion\s+con|a\s+differenza\s+d|rispetto\s+a|ao\s+contrario\s+d|"
    r"em\s+comparacao\s+com|w\s+przeciwienstwie\s+do|w\s+porownaniu\s+z|na\s+rozdil\s+od|na\s+rozdiel\s+od|"
    r"ve\s+srovnani\s+s|v\s+porovnani\s+s|till\s+skillnad\s+fran|jamfort\s+med|i\s+modsaetning\s+til|"
    r"sammenlignet\s+med|i\s+motsetning\s+til|in\s+tegenstelling\s+tot|vergeleken\s+met|toisin\s+kuin|verrattuna|"
    r"ellentetben|osszehasonlitva|spre\s+deosebire\s+de|comparativ\s+cu|za\s+razliku\s+od|za\s+razliko\s+od|"
    r"u\s+usporedbi\s+s|v\s+primerjavi\s+z|σε\s+αντιθεση\s+με|σε\s+συγκριση\s+με|за\s+разлика\s+от|"
    r"в\s+сравнение\s+с)(?!\w)",
    re.IGNORECASE,
)
SAMPLE_WORDS = re.compile(
    r"sample|looked\s+(?:for|at)|surveyed|studied|interview|benchmark|among\s+others|countries\s+(?:we|such|like)|"
    r"stichprobe|muestra|campione|próba|uzorak",
    re.IGNORECASE,
)
"""A study's sample or benchmark (the cases looked at) is not where the project works."""
EVENT_DATE = re.compile(
    r"^(?:\s+[A-Z][\w.]*){0,2}\W{0,3}(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}/\s?\d{4}|[A-Z][a-z]+\s+\d{4})"
)
"""A date right after a place ("Mexico City 27.10.2015"): a venue in a table of events, not a partner."""
TRAILING_PASSING = re.compile(
    r"(?<!\w)(?:among\s+others|and\s+others|etc\.?|usw\.?|entre\s+otros|entre\s+autres|tra\s+gli\s+altri|i\s+inne)(?!\w)",
    re.IGNORECASE,
)
"""Words closing a list of examples: "(Mexico, Chicago, Paris, among others)"."""

@dataclass(frozen=True)
class CountryMention:
    code: str
    weight: float
    snippet: str
    start: int
    trap: bool = False
    pinned: bool = False  # in brackets, after "Country:", or closing an organisation's entry


def _weight(
    text: str, start: int, end: int, zones: Zones, references: int, matcher: Matcher,
    anywhere_in_zone: bool = True,
) -> tuple[float, bool]:
    """The weight of a mention and whether it is pinned to an organisation or a label.

    Without ``anywhere_in_zone`` (a town of the generated table) a partner list only counts the name
    where it closes an organisation's name ("Technische Universität Wien", "Politecnico di Milano").
    """
    if start >= references:
        return PASSING, False
    # The line is read 160 characters either side at most, and looked for no further.
    line_start = max(text.rfind("\n", max(0, start - 160), start) + 1, start - 160)
    line_end = text.find("\n", end, end + 160)
    line = text[line_start : min(line_end if line_end != -1 else len(text), end + 160)]
    before = text[line_start:start]
    if _passing(text, start):
        return PASSING, False
    if EVENT_DATE.match(text[end : end + 30]):
        # "Brussels 30.1.2016", "Zagreb 04/2017": a venue in a list of events attended.
        return PASSING, False
    if _closes_examples(text, end):
        return PASSING, False
    if _bracketed(text, start, end, matcher) or COUNTRY_LABEL.search(before):
        return STRONG, True
    if ORG_WORDS.search(line) and len(line.split()) <= 15:
        # "University of Silesia, Poland" or "Partner 3 – X, Poland": the country closes a short entry.
        tail = text[end : end + 2]
        if before.rstrip().endswith((",", "–", "-")) and (not tail.strip() or tail[0] in ",;.)\n"):
            return STRONG, True
    if _entry_line(text, start, end):
        return STRONG, True
    if CONTACT_LABEL.search(before) and (not text[end : end + 2].strip() or text[end] in ",;.)\n"):
        return STRONG, True
    if start in zones:
        if anywhere_in_zone or closes_organisation_name(before) or closes_organisation_name(before, joined=False):
            return STRONG, False
    if closes_organisation_name(before) and lists_organisations(line):
        # "..., Association of Towns of Slovenia (SOS), ...": a list of organisations, each named with its place.
        return STRONG, False
    return (MEDIUM if ORG_WORDS.search(line) else PLAIN), False


def _passing(text: str, start: int) -> bool:
    """An example, a comparison or a study's sample comes just before."""
    return bool(PASSING_WORDS.search(text[max(0, start - 40) : start]) or SAMPLE_WORDS.search(text[max(0, start - 80) : start]))


def _entry_line(text: str, start: int, end: int) -> bool:
    """A line of its own like "Waterschap Rivierenland, Tiel, Nederland": an organisation's place."""
    line_end = mark_after(text, "\n", end)
    line_end = len(text) if line_end == -1 else line_end
    # Only a name closing its line is read further: each line has one, and a line of one long table many names.
    if ENTRY_CLOSE.match(text, end, line_end).end() < line_end:
        return False
    line_start = mark_before(text, "\n", start) + 1
    if not text[line_start:start].rstrip().endswith(","):
        return False
    parts = [part.strip() for part in text[line_start:start].split(",")[:-1]]
    # Organisation, town, country: a bare "Seville, Spain" is as likely a sample site as a partner.
    return 2 <= len(parts) <= 4 and all(0 < len(part.split()) <= 6 for part in parts)


def _bracketed(text: str, start: int, end: int, matcher: Matcher) -> bool:
    """The name stands in brackets holding only places, alone or listed: "(Spain)", "(France / Germany)"."""
    opening = text.rfind("(", max(0, start - 40), start)
    closing = text.find(")", end, end + 40)
    if opening == -1 or closing == -1 or "\n" in text[opening:closing]:
        return False
    inside = re.split(r"\s*[/,;&]\s*|\s+(?:and|und|et|y|i|a|en|og|och)\s+", text[opening + 1 : closing].strip())
    if text[start:end] not in inside or len(inside) > 4 or _abbreviates(text, opening, matcher):
        return False
    # "(Compass Ukraine & Russia)" is a name; every part must itself be a place.
    return all(matcher.fullmatch(part) or towns.is_town(part) for part in inside)


def _abbreviates(text: str, opening: int, matcher: Matcher) -> bool:
    """The brackets follow a country's name: "the United Kingdom (UK)" spells out an abbreviation."""
    before = text[max(0, opening - 60) : opening].rstrip()
    return any(match.end == len(before) for match in matcher.find(before))


def _closes_examples(text: str, end: int) -> bool:
    """The name is one of a list that ends in "among others" or "etc." before the bracket or sentence closes."""
    stop = SENTENCE_END_STRICT.search(text, end, end + 120)
    window = text[end : stop.start() if stop else end + 120]
    closing = window.find(")")
    return bool(TRAILING_PASSING.search(window[: closing if closing != -1 else len(window)]))


ENTRY_CLOSE = re.compile(r"[ .;]*")
"""What may follow a place that closes an entry's line."""


CODE_TOKEN = re.compile(r"(?<![\w/.-])\(?([A-Z]{2})\)?(?![\w/]|-\d|\.\w|\s?\d)")
POSTAL = re.compile(r"(?<![\w-])(FIN|IRL|SLO|[A-Z]{1,2})-\s?(\d{2}-\d{3}|\d{4,5})\s+[A-ZÀ-Ž][a-zà-ž]")


def _code_mentions(text: str, zones: Zones, name_ends: dict[int, str], references: int) -> list[CountryMention]:
    valid = EUROPEAN_CODES
    mentions = []
    for match in POSTAL.finditer(text):
        prefix = match.group(1)
        code = POSTAL_PREFIXES.get(prefix) or (prefix if prefix in BARE_CODES else None)
        if code:
            code = CODE_ALIASES.get(code, code)
            mentions.append(CountryMention(code, STRONG, snippet(text, match.start(), match.end()), match.start(), False, True))
    # Whether a line names an organisation, read once per line: a table of one line holds many codes.
    organisation_lines: dict[tuple[int, int], bool] = {}
    for match in CODE_TOKEN.finditer(text):
        raw = match.group(1)
        if raw not in valid:
            continue
        line_end = mark_after(text, "\n", match.end())
        line = mark_before(text, "\n", match.start()) + 1, len(text) if line_end == -1 else line_end
        bracketed = match.group(0).startswith("(") and match.group(0).endswith(")")
        code = CODE_ALIASES.get(raw, raw)
        if bracketed and name_ends.get(_visible_end(text, match.start())) == code:
            continue  # "the United Kingdom (UK)" spells out an abbreviation
        if match.start() >= references or _passing(text, match.start()):
            continue
        in_zone = match.start() in zones
        if line not in organisation_lines:
            organisation_lines[line] = ORG_WORDS.search(text, *line) is not None
        if (bracketed and (organisation_lines[line] or in_zone)) or (raw in BARE_CODES and organisation_lines[line] and in_zone):
            mentions.append(CountryMention(code, STRONG, snippet(text, match.start(), match.end()), match.start(), False, True))
    return mentions


def _visible_end(text: str, position: int) -> int:
    """``len(text[:position].rstrip())``, reading back over the spaces only."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def find_mentions(text: str, language: str | Iterable[str] = "en") -> list[CountryMention]:
    """Every country mention in a text written in the given language(s), with its weight."""
    languages = (language,) if isinstance(language, str) else tuple(sorted(set(language)))
    folded = fold(text)
    zones = Zones(partner_zones(text))
    references = references_start(text)
    matcher = country_names.matcher(*languages)
    traps = country_names.trap_forms()
    mentions = []
    name_ends: dict[int, str] = {}
    names: list[tuple[int, int]] = []
    for match in matcher.find(folded):
        name_ends[match.end] = match.code
        names.append((match.start, match.end))
        weight, pinned = _weight(folded, match.start, match.end, zones, references, matcher)
        mentions.append(
            CountryMention(match.code, weight, snippet(text, match.start, match.end), match.start, match.form in traps, pinned)
        )
    for town in towns.find(folded, text):
        # A town of the generated table counts where a place stands (an entry, an address, brackets, an
        # organisation's name), not anywhere in a partner section, where capitalised words abound.
        weight, pinned = _weight(folded, town.start, town.end, zones, references, matcher, anywhere_in_zone=town.listed)
        mentions.append(CountryMention(town.code, weight, snippet(text, town.start, town.end), town.start, False, pinned))
    mentions.extend(_code_mentions(text, zones, name_ends, references))
    mentions.extend(_adjective_mentions(text, folded, languages, zones, references, names))
    return _partner_sentences(folded, mentions)


ADJECTIVE_REACH = re.compile(r"[^.;:!?\n]{0,40}")
"""How far after an adjective "partners" may come: "Greek and Italian partners", "гръцките и италианските партньори"."""
ONE_WORD = re.compile(r"\s+(?:[^\W\d]+\s+)?")
"""An adjective, perhaps a second word, then the organisation: "Bulgarian Ministry", "Danish Technical University"."""


def _adjective_mentions(
    text: str, folded: str, languages: tuple[str, ...], zones: Zones, references: int,
    names: list[tuple[int, int]],
) -> list[CountryMention]:
    """Countries told by their adjective where the words around say they take part.

    An "X-Y" pair in a cooperation, border or project sentence gives both sides; an adjective before
    "partners" gives its country; one before an organisation ("Bulgarian Ministry") weighs like a
    name on an organisation's line: strong in a partner list or sentence, else left to the sentence.
    """
    found = [adjective for adjective in demonyms.find_adjectives(folded, languages) if adjective.start < references]
    # A name read as a name ("Polska") is no adjective, but "Česko-polský" still pairs the name's country.
    # The names are in order and do not overlap: the one an adjective may fall into is found by its start.
    name_starts = [start for start, _ in names]
    adjectives = [adjective for adjective in found if not _inside_name(names, name_starts, adjective.start, adjective.end)]
    mentions = []
    for first, second in demonyms.compound_pairs(folded, found):
        if second not in adjectives or demonyms.names_programme(folded, first.start):
            continue
        if demonyms.in_shared_work(folded, first.start, second.end) and not _passing(folded, first.start):
            for side in (first, second):
                mentions.append(CountryMention(side.code, STRONG, snippet(text, first.start, second.end), side.start))
    listed_after = -1  # where the last adjective told after its noun ends: "partner italiani e sloveni"
    for adjective in adjectives:
        if adjective.compound_only or _passing(folded, adjective.start):
            continue
        if listed_after >= 0 and LIST_GAP.fullmatch(folded, listed_after, adjective.start):
            listed_after = adjective.end
            mentions.append(CountryMention(adjective.code, STRONG, snippet(text, adjective.start, adjective.end), adjective.start))
            continue
        listed_after = -1
        reach = ADJECTIVE_REACH.match(folded, adjective.end).end()
        partner = PARTNER_NOUN.search(folded, adjective.end, reach + 20)
        sentence_start = max(folded.rfind(". ", max(0, adjective.start - 200), adjective.start), adjective.start - 200)
        if partner and partner.start() < reach and not HYPOTHETICAL.search(folded, sentence_start, adjective.start):
            weight = STRONG
        elif _named_after(folded, adjective.start, PARTNER_NOUN) or _side_of(folded, adjective):
            # "i partner italiani", "el soci italià"; "sul versante italiano", "on the Slovenian side".
            if HYPOTHETICAL.search(folded, sentence_start, adjective.start):
                continue
            weight, listed_after = STRONG, adjective.end
        elif _before_organisation(folded, adjective.end):
            weight = STRONG if adjective.start in zones else MEDIUM
        else:
            continue
        mentions.append(CountryMention(adjective.code, weight, snippet(text, adjective.start, adjective.end), adjective.start))
    return mentions


def _inside_name(names: list[tuple[int, int]], name_starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(name_starts, end) - 1
    return index >= 0 and start < names[index][1]


SIDE_WORDS = re.compile(
    r"(?<!\w)(?:side|seite|c[oô]t[eé]|lato|versante|versant|lado|vertiente|stron[aieyę]\w*|stran[aiěe]\w*|oldal\w*|"
    r"πλευρ\w*|стран[аеи]\w*)(?!\w)",
    re.IGNORECASE,
)
"""A side of the border: "sul versante italiano", "du côté français", "na slovenski strani", "the Austrian side"."""
NEXT_TO = re.compile(r"\s+(?:[^\W\d]{1,4}\s+)?")
"""What may stand between a noun and its adjective: a space and perhaps an article or a preposition."""
LIST_GAP = re.compile(r"\s*(?:,|and|und|et|e|i|y|a|és|og|och|en|и|και)\s*", re.IGNORECASE)


def _named_after(folded: str, start: int, noun: re.Pattern[str]) -> bool:
    """The adjective follows the noun, as Romance languages write it: "partner italiani", "soci italià"."""
    window = folded[max(0, start - 30) : start]
    return any(NEXT_TO.fullmatch(window[match.end() :]) for match in noun.finditer(window))


def _side_of(folded: str, adjective: demonyms.Adjective) -> bool:
    """The adjective names a side of the border, before or after the word "side"."""
    after = SIDE_WORDS.match(folded, NEXT_TO.match(folded, adjective.end).end()) if NEXT_TO.match(folded, adjective.end) else None
    return bool(after) or _named_after(folded, adjective.start, SIDE_WORDS)


def _before_organisation(folded: str, end: int) -> bool:
    gap = ONE_WORD.match(folded, end)
    if not gap:
        return False
    first_word = re.match(r"\s+", folded[end:]).end()
    return bool(ORG_WORDS.match(folded, end + first_word) or ORG_WORDS.match(folded, gap.end()))


SENTENCE_END = re.compile(r"[.!?]\s|\n")
COMPARING = re.compile(
    r"compar\w*|vergleich\w*|survey\w*|statistic\w*|average|durchschnitt\w*|moyenne|promedio|m[eé]dia|[sś]redni\w*|"
    r"pr[uů]m[eě]r\w*|povpre[cč]\w*|prosje[cč]\w*|átlag\w*|gemiddeld\w*|genomsnitt\w*",
    re.IGNORECASE,
)
"""A sentence comparing countries or giving their statistics ("students from Finland and Estonia score ...")."""


def _word_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    # "opengovpartnership.org" is no partner list: the word must start a word.
    return any(not text[m.start() - 1 : m.start()].isalnum() and text[m.start() - 1 : m.start()] not in "/.@" or m.start() == 0
               for m in pattern.finditer(text, start, end))




def _partner_sentences(folded: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """Running-text partner lists: "partners from Austria, Slovenia and Poland" makes each strong."""
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for index, mention in enumerate(mentions):
        if mention.weight in (PLAIN, MEDIUM) and not mention.trap:
            ends = [m.end() for m in SENTENCE_END.finditer(folded, max(0, mention.start - 300), mention.start)]
            start = ends[-1] if ends else max(0, mention.start - 300)
            # Looked for only as far as the sentence may reach: a text without sentence ends was read to its end for each name.
            found = SENTENCE_END.search(folded, mention.start, mention.start + 302)
            end = found.start() if found and found.start() - mention.start < 300 else min(len(folded), mention.start + 300)
            by_sentence.setdefault((start, end), []).append(index)
    upgraded = list(mentions)
    for (start, end), indexes in by_sentence.items():
        if len({mentions[i].code for i in indexes}) >= 2 and not HYPOTHETICAL.search(folded, start, end) and (
            _word_in(TOGETHER_WORDS, folded, start, end) or _word_in(PARTNERS_FROM, folded, start, end)
        ) and not COMPARING.search(folded, start, end):
            for i in indexes:
                upgraded[i] = replace(mentions[i], weight=STRONG)
        for match in COOPERATION_BETWEEN.finditer(folded, start, end):
            # Only the names right after "between" are the sides; the rest of the sentence may be about others.
            sides = [i for i in indexes if match.end() <= mentions[i].start < match.end() + BETWEEN_REACH]
            if len({mentions[i].code for i in sides}) >= 2 and not HYPOTHETICAL.search(folded, start, end):
                for i in sides:
                    upgraded[i] = replace(mentions[i], weight=STRONG)
    return upgraded


def decide_countries(mentions: list[CountryMention], text_length: int = 0) -> list[CountryMention]:
    """The best mention of each country with enough evidence, best-supported first.

    ``text_length``: the length of the text the mentions come from (0: unknown), see SHORT_PAGE.
    """
    score: dict[str, float] = {}
    best: dict[str, CountryMention] = {}
    untrapped = {mention.code for mention in mentions if not mention.trap}
    for mention in mentions:
        # "Turkey", "Chad", "Guinea": only "(Turkey)", "Country: Chad" or a city of theirs makes them countries.
        if mention.trap and not mention.pinned and mention.code not in untrapped:
            continue
        score[mention.code] = score.get(mention.code, 0.0) + mention.weight
        if mention.code not in best or mention.weight > best[mention.code].weight:
            best[mention.code] = mention
    if not score:
        return []
    # Only a partner list, a pilot site, an address or "(Country)" after an organisation makes a
    # project country; mentions in running text add weight but never suffice on their own.
    kept = [
        code
        for code, total in score.items()
        if best[code].weight >= STRONG and total >= KEEP_AT
    ]
    if 0 < text_length <= SHORT_PAGE:
        named = {code for code, mention in best.items() if mention.weight > PASSING and not mention.trap}
        if len(named) <= FEW_COUNTRIES:
            kept = list(dict.fromkeys(kept + sorted(named)))
    kept.sort(key=lambda code: (-score[code], code))
    return [best[code] for code in kept]
