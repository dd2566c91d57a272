"""Funding programmes named in a document: aliases, code patterns, grant agreements, CCI codes.

The programme list lives in ``indexer/metadata/data/programmes.toml``; this module only matches it.
A programme is kept when it has strong evidence (a funding phrase, a logo's alt text, a
project or programme code) or is named at least twice.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import ahocorasick

from indexer.metadata.inflected_names import InflectionTable, inflected_matches, inflection_table
from indexer.metadata.needles import Prechecked
from indexer.metadata.programme_codes import cci_mentions, grant_mentions
from indexer.metadata.programme_context import (
    OTHERS_FUNDED,
    PROJECT_BEFORE,
    STRONG,
    WEAK,
    ProgrammeMention,
    context,
    names_in_lists,
)
from indexer.metadata.project_words import ONE_PROJECT, PROJECT_WORD, PROJECTS
from indexer.metadata.sentences import mark_after, mark_before
from indexer.metadata.text import SEPARATOR, SHORT_PAGE, fold, name_pattern, snippet
from indexer.tables import static_table

KEEP_AT = 2.0
FUNDS_FAMILY = "European Structural and Investment Funds"
SHARE_OF_BEST = 0.5
"""A second programme needs this share of the best one's score: reports about EU funding name many."""


@dataclass(frozen=True)
class Programme:
    name: str
    code: str
    period: str
    family: str
    aliases: tuple[str, ...]
    patterns: tuple[str, ...] = ()
    generic: bool = False
    project_prefix: str = ""
    not_project_names: tuple[str, ...] = ()
    strand: str = ""  # Interreg strand: A cross-border, B transnational, C interregional, D outermost regions
    countries: tuple[str, ...] = ()  # participating countries, ISO 3166-1 alpha-2
    parent: str = ""  # the period-neutral programme this period's programme stands for ("Interreg Czech Republic-Poland")
    codes: tuple[str, ...] = ()  # CCI codes
    source: str = ""


DATA_FILES = (
    "data/programmes.toml",
    "data/operational_programmes.toml",
    "data/national_programmes.toml",
    "data/cross_border.toml",
)
"""Hand-written programmes and families, national operational programmes, then the generated cross-border ones (see each header)."""


@static_table
def load_programmes() -> tuple[Programme, ...]:
    entries = []
    for name in DATA_FILES:
        entries += tomllib.loads(resources.files("indexer.metadata").joinpath(name).read_text("utf-8"))["programme"]
    return tuple(
        Programme(
            name=entry["name"],
            code=entry.get("code", ""),
            period=entry.get("period", ""),
            family=entry.get("family", ""),
            aliases=tuple(entry.get("aliases", ())),
            patterns=tuple(entry.get("patterns", ())),
            generic=bool(entry.get("generic", False)),
            project_prefix=entry.get("project_prefix", ""),
            not_project_names=tuple(word.upper() for word in entry.get("not_project_names", ())),
            strand=entry.get("strand", ""),
            countries=tuple(entry.get("countries", ())),
            parent=entry.get("parent", ""),
            codes=tuple(entry.get("codes", ())),
            source=entry.get("source", ""),
        )
        for entry in entries
    )


SEPARATORS = re.compile(SEPARATOR.rstrip("*") + "+")
"""What may stand between the words of a name: the matcher ignores it ("V-A" = "VA" = "V A")."""


def alias_key(name: str) -> str:
    """What two spellings of one name share: case, accents and the separators between words ignored."""
    return SEPARATORS.sub("", fold(name)).lower()


GENERATIONS = (("IV", 2007, 2013), ("V", 2014, 2020), ("VI", 2021, 2027))


def _generation_aliases(programme: Programme) -> list[str]:
    """"Interreg V-B Alpine Space" for "Interreg Alpine Space": the generations and strand its period covers."""
    if programme.strand not in {"B", "C"} or not programme.period:
        return []
    first, last = (int(year) for year in programme.period.split("-"))
    generations = [numeral for numeral, start, end in GENERATIONS if start <= last and end >= first]
    return [
        f"Interreg {numeral}-{programme.strand} {alias[len('interreg '):]}"
        for alias in (programme.name, *programme.aliases)
        if alias.casefold().startswith("interreg ") and not re.match(r"(?i)interreg\s+(?:I?[IVX]+|\d)", alias)
        for numeral in generations
    ]


@static_table
def _alias_index() -> tuple[ahocorasick.Automaton, dict[str, tuple[str, tuple[str, ...]]]]:
    """One automaton over the keys of every alias of every programme, and key -> (programme, its aliases)."""
    owner: dict[str, tuple[str, list[str]]] = {}
    for programme in load_programmes():
        for alias in (programme.name, *programme.aliases):
            key = alias_key(alias)
            if key:
                owner.setdefault(key, (programme.name, []))[1].append(alias)
    for programme in load_programmes():
        # Generated spellings give way to any written alias of the same key, and to each other when two make one.
        for alias in dict.fromkeys(_generation_aliases(programme)):
            key = alias_key(alias)
            if key not in owner:
                owner[key] = (programme.name, [alias])
            elif owner[key][0] == programme.name and alias not in owner[key][1]:
                owner[key][1].append(alias)
    automaton = ahocorasick.Automaton()
    for key in owner:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton, {key: (name, tuple(aliases)) for key, (name, aliases) in owner.items()}


@lru_cache(maxsize=4096)
def _spelling(key: str) -> re.Pattern[str]:
    """The exact spellings of one key: short capitals keep their case, words keep their letters together."""
    aliases = _alias_index()[1][key][1]
    return re.compile("|".join(name_pattern(alias, keep_case=is_short_capitals) for alias in aliases), re.IGNORECASE)


def _squeezed(folded: str) -> tuple[str, list[int]]:
    """The text without separators, lower-cased, and for each of its characters its offset in the text."""
    parts: list[str] = []
    offsets: list[int] = []
    for word in re.finditer(r"[^\s\-\u00ad\u2010-\u2015_/\u201c-\u201e\u00ab\u00bb\"]+", folded):
        lowered = word.group(0).lower()
        if len(lowered) != len(word.group(0)):
            lowered = "".join(char.lower()[0] for char in word.group(0))
        parts.append(lowered)
        offsets.extend(range(word.start(), word.end()))
    return "".join(parts), offsets


def _name_matches(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, programme) of every programme name in the accent-folded text, longest name first at a place."""
    automaton, owner = _alias_index()
    squeezed, offsets = _squeezed(folded)
    found: dict[int, tuple[int, str]] = {}
    for last, key in automaton.iter(squeezed):
        start, end = offsets[last - len(key) + 1], offsets[last] + 1
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "+_"):
            continue
        after = folded[end : end + 1]
        if after and (after.isdigit() or after == "+" or (not key[-1].isdigit() and (after.isalnum() or after == "_"))):
            continue
        if not _spelling(key).fullmatch(folded, start, end):
            continue
        if start not in found or end > found[start][0]:
            found[start] = (end, owner[key][0])
    matches, reach = [], -1
    for start in sorted(found):
        end, programme = found[start]
        if start >= reach:  # a name inside a longer one is part of it ("Interreg" in "Interreg Europe")
            matches.append((start, end, programme))
            reach = end
    return matches


def is_short_capitals(word: str) -> bool:
    """Words like FP7, ESF, LIFE, SEE must keep their case, or "see" and "life" would match."""
    return any(char.isalpha() for char in word) and word.upper() == word and len(word) <= 6


@static_table
def _inflections() -> InflectionTable:
    """Every alias of every programme, for names written with other word endings."""
    return inflection_table(
        ((fold(alias), programme) for programme, aliases in _alias_index()[1].values() for alias in aliases), is_short_capitals
    )


def _all_name_matches(folded: str) -> list[tuple[int, int, str]]:
    """The names as written, and those read with other endings that stand where none is written or reach past it.

    "Programem přeshraniční spolupráce Česká republika – Polsko" holds "Česká republika – Polsko"
    as written: the longer name read with its endings replaces it.
    """
    exact = _name_matches(folded)

    def overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    def holds(outer: tuple[int, int, str], inner: tuple[int, int, str]) -> bool:
        return outer[0] <= inner[0] and inner[1] <= outer[1] and outer[:2] != inner[:2]

    longer = [
        match for match in inflected_matches(folded, _inflections())
        if all(not overlaps(match, name) or holds(match, name) for name in exact)
    ]
    if not longer:
        return exact
    return sorted([name for name in exact if not any(holds(match, name) for match in longer)] + longer)


@dataclass(frozen=True)
class _Matcher:
    programme: Programme
    codes: tuple[Prechecked, ...]  # most open with \b, which the regex engine tries at every position
    project_names: re.Pattern[str] | None


def _project_name_regex(prefix: str) -> re.Pattern[str] | None:
    # "LIFE KRAS-VODA", "LIFE-AGUAVIVA": the prefix in capitals, then a project name in capitals.
    if not prefix:
        return None
    return re.compile(r"(?<![\w+-])" + re.escape(prefix) + r"\+?[ \t-]+([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)(?![\w-])")


@lru_cache(maxsize=1)
def _matchers() -> tuple[_Matcher, ...]:
    """Programmes with code patterns or project prefixes: the few that need a rule beyond their names."""
    return tuple(
        _Matcher(
            programme=programme,
            codes=tuple(Prechecked.of(re.compile(pattern)) for pattern in programme.patterns),
            project_names=_project_name_regex(programme.project_prefix),
        )
        for programme in load_programmes()
        if programme.patterns or programme.project_prefix
    )


def _is_project_name(text: str, match: re.Match[str], excluded: tuple[str, ...]) -> bool:
    """A programme's prefix before a name in capitals, within ordinary text: "the LIFE KRAS-VODA project".

    Not a heading in capitals ("QUALITY OF LIFE IN CITIES"), not a common phrase ("LIFE CYCLE", "LIFE SCIENCES").
    """
    if match.group(1) in excluded:
        return False
    line_end = mark_after(text, "\n", match.end())
    line = mark_before(text, "\n", match.start()) + 1, len(text) if line_end == -1 else line_end
    # The line's letters are counted once, and the name's taken away: a table of one line names many projects.
    lines = _counted_lines(text)
    if line not in lines:
        lines[line] = _letters(text[line[0] : line[1]])
    letters, small = lines[line]
    in_name, small_in_name = _letters(match.group(0))
    # A line that is only the name is a title; a line in capitals around it is a heading of ordinary words.
    return letters == in_name or small > small_in_name


def _letters(text: str) -> tuple[int, int]:
    """How many letters the text has, and how many of them are small."""
    return len(_LETTER.findall(text)), sum(char.islower() for char in text)


_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=4)
def _counted_lines(text: str) -> dict[tuple[int, int], tuple[int, int]]:
    """The letters of the lines of a text read so far, by their bounds."""
    return {}


@lru_cache(maxsize=1)  # read for every mention of every document: built once, never changed
def programme_by_name() -> dict[str, Programme]:
    return {programme.name: programme for programme in load_programmes()}


def is_fund(name: str) -> bool:
    """ERDF, ESF, Cohesion Fund...: funds that finance programmes rather than programmes of their own."""
    programme = programme_by_name().get(name)
    return programme is not None and programme.family == FUNDS_FAMILY


def canonical_programme(value: str) -> str:
    """The canonical name for a sidecar or property value given as a name, code or alias."""
    wanted = alias_key(value)
    if wanted in _alias_index()[1]:
        return _alias_index()[1][wanted][0]
    return _name_by_code().get(wanted, value.strip()) if wanted else value.strip()


@lru_cache(maxsize=1)
def _name_by_code() -> dict[str, str]:
    """Folded CCI or short code -> the programme's name; the first programme listed wins a shared code."""
    names: dict[str, str] = {}
    for programme in load_programmes():
        for code in (programme.code, *programme.codes):
            if code:
                names.setdefault(alias_key(code), programme.name)
    return names


PERIOD_AFTER = re.compile(r"[^\n.;]{0,25}?\b(20[0-2]\d)\.?\s*[-–/]\s*(20[0-3]\d)\b")
"""A programming period just after a name: "... Česká republika - Svobodný stát Bavorsko Cíl EÚS 2014-2020"."""


@lru_cache(maxsize=1)
def _children() -> dict[tuple[str, str], str]:
    """(period-neutral parent, period) -> that period's programme."""
    return {(programme.parent, programme.period): programme.name for programme in load_programmes() if programme.parent}


def _period_programme(folded: str, end: int, name: str) -> str:
    """A period-neutral name followed by its period is that period's programme."""
    period = PERIOD_AFTER.match(folded, end)
    if not period:
        return name
    return _children().get((name, f"{period.group(1)}-{period.group(2)}"), name)


def _alias_mentions(text: str, source: str) -> list[ProgrammeMention]:
    folded = fold(text)
    mentions: list[ProgrammeMention] = []
    names = _all_name_matches(folded)
    catalogue = programme_by_name()
    listed = names_in_lists(folded, names, lambda name: not is_fund(name) and not catalogue[name].generic) if source == "text" else set()
    for start, end, programme in names:
        weight, funding = (STRONG, False) if source == "image" else context(folded, start, end)
        if start in listed:
            weight, funding = WEAK, False
        programme = _period_programme(folded, end, programme)
        mentions.append(ProgrammeMention(programme, weight, snippet(text, start, end), source, start, funding))
    for matcher in _matchers():
        for match in matcher.project_names.finditer(folded) if matcher.project_names else ():
            if source == "text" and _is_project_name(folded, match, matcher.programme.not_project_names):
                weight, funding = context(folded, match.start(), match.end())
                # "il progetto LIFE SALINE-VIVE": a project so named is the programme's own.
                if PROJECT_BEFORE.search(folded, max(0, match.start() - 20), match.start()):
                    weight = STRONG
                mentions.append(
                    ProgrammeMention(matcher.programme.name, weight, snippet(text, match.start(), match.end()), source, match.start(), funding)
                )
        for code in matcher.codes:
            for match in code.finditer(text):
                mentions.append(
                    ProgrammeMention(matcher.programme.name, STRONG, snippet(text, match.start(), match.end()), source, match.start())
                )
    return mentions


@lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    """CCI code -> the programme of the knowledge base that holds it."""
    return {code: programme.name for programme in load_programmes() for code in programme.codes}


PAID_THROUGH = 160
"""How far after a fund's funding phrase a programme may stand and be the programme the fund pays through:
"part-financed by the ERDF under the Southern and Eastern Regional Operational Programme"."""


SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n\s*\n")


def _paid_through(mentions: list[ProgrammeMention], text: str) -> list[ProgrammeMention]:
    """A programme named after a fund's funding phrase, in the same sentence, is the programme the fund pays through."""
    catalogue = programme_by_name()
    funded_at = [m.start for m in mentions if m.source == "text" and m.funding and m.weight >= STRONG and is_fund(m.programme)]
    if not funded_at:
        return mentions
    upgraded = []
    for mention in mentions:
        programme = catalogue.get(mention.programme)
        if (
            mention.source == "text" and mention.weight < STRONG and programme is not None and not programme.generic
            and not is_fund(programme.name)
            and any(0 < mention.start - start <= PAID_THROUGH and not SENTENCE_END.search(text, start, mention.start) for start in funded_at)
        ):
            mention = replace(mention, weight=STRONG, funding=True)
        upgraded.append(mention)
    return upgraded


def find_mentions(text: str, alt_texts: Iterable[str] = ()) -> list[ProgrammeMention]:
    mentions = _paid_through(_alias_mentions(text, "text"), text) + grant_mentions(text) + cci_mentions(text, _by_code())
    for alt in alt_texts:
        mentions.extend(_alias_mentions(alt, "image"))
    return mentions


def _cross_border(programme: Programme | None) -> bool:
    return programme is not None and programme.strand == "A"


def _keep_at(programme: Programme | None) -> float:
    """A cross-border programme's full name (its countries, often its generation) is specific enough once."""
    return WEAK if _cross_border(programme) else KEEP_AT


def decide_programmes(mentions: list[ProgrammeMention]) -> list[ProgrammeMention]:
    """The best mention of each programme that has enough evidence, strongest programme first."""
    catalogue = programme_by_name()
    score: dict[str, float] = {}
    best: dict[str, ProgrammeMention] = {}
    last_seen: dict[str, int] = {}
    stated = {mention.programme for mention in mentions if mention.source == "text" and mention.funding}
    for mention in sorted(mentions, key=lambda item: item.start):
        # "European Social Fund (ESF)" names the fund once, not twice.
        previous = last_seen.get(mention.programme)
        last_seen[mention.programme] = mention.start
        if mention.start >= 0 and previous is not None and previous >= 0 and mention.start - previous < 60:
            if mention.weight > best[mention.programme].weight:
                score[mention.programme] += mention.weight - best[mention.programme].weight
                best[mention.programme] = mention
            continue
        score[mention.programme] = score.get(mention.programme, 0.0) + mention.weight
        if mention.programme not in best or mention.weight > best[mention.programme].weight:
            best[mention.programme] = mention
    for name in list(score):
        # A period's programme and its period-neutral parent are one programme named two ways.
        parent = catalogue[name].parent if name in catalogue else ""
        if parent in score:
            score[name] += score[parent]
            if best[parent].weight > best[name].weight:
                best[name] = replace(best[parent], programme=name)
    # Funds pay through programmes rather than compete with them: a fund named often does not crowd out its programme.
    top = max((total for name, total in score.items() if not is_fund(name)), default=0.0) or max(score.values(), default=0.0)
    kept = [name for name, total in score.items() if total >= _keep_at(catalogue.get(name)) and total >= SHARE_OF_BEST * top]
    # A fund named only in passing, however often, is a topic (spending figures, rules), not the project's funder.
    kept = [name for name in kept if not is_fund(name) or best[name].weight >= STRONG]
    strong = [name for name in kept if best[name].weight >= STRONG]
    if strong:
        # Once a funding phrase, logo or code names the funder, bare mentions of others are background; but a fund
        # pays through programmes, so an Interreg programme named beside its ERDF funding is that funding's programme.
        only_funds = all(is_fund(name) for name in strong)
        kept = [name for name in kept if name in strong or (only_funds and _cross_border(catalogue.get(name)))]
    families = {catalogue[name].family for name in kept if name in catalogue and not catalogue[name].generic}
    kept = [name for name in kept if not (catalogue.get(name) and catalogue[name].generic and catalogue[name].family in families)]
    if any(catalogue.get(name) and catalogue[name].family == "Interreg" for name in kept):
        # Every Interreg programme is ERDF money, so its logos and footers name the fund by habit; that implied
        # ERDF is no evidence. ERDF stays only when the text itself says the fund co-finances the work.
        kept = [name for name in kept if name != "ERDF" or name in stated]
    # "Interreg V-A Czech Republic-Poland" beside "Interreg Czech Republic-Poland": the period's programme says more.
    parents = {catalogue[name].parent for name in kept if name in catalogue and catalogue[name].parent}
    kept = [name for name in kept if name not in parents]
    kept.sort(key=lambda name: (-score[name], name))
    return [best[name] for name in kept]


def sole_programme(mentions: list[ProgrammeMention], text: str) -> list[ProgrammeMention]:
    """The one programme a short project page names, when it names no other: its funder, even named in passing.

    Not a fund or a family (a topic more often than a funder), not others' funding ("projects financed by LIFE").
    """
    named = {mention.programme for mention in mentions}
    if len(text) > SHORT_PAGE or len(named) != 1:
        return []
    programme = programme_by_name().get(next(iter(named)))
    if programme is None or programme.generic or is_fund(programme.name):
        return []
    folded = fold(text)
    # The page must be a project's: "A portrait of Erasmus hangs in the hall" names a man, not a funder.
    if not PROJECT_WORD.search(folded) or not all(_may_fund(folded, mention, programme) for mention in mentions):
        return []
    return [max(mentions, key=lambda mention: mention.weight)]


def _may_fund(folded: str, mention: ProgrammeMention, programme: Programme) -> bool:
    """Not others' funding, not a heading in capitals ("LIFE CYCLE ASSESSMENT"), not an ordinary phrase ("LIFE SCIENCES")."""
    if mention.source != "text":
        return True  # a logo's alt text is its own evidence, and its offsets are not the page's
    if not 0 <= mention.start < len(folded) or OTHERS_FUNDED.search(re.split(r"[.!?]\s", folded[max(0, mention.start - 160) : mention.start])[-1]):
        return False
    line_start = folded.rfind("\n", 0, mention.start) + 1
    line_end = folded.find("\n", mention.start)
    # In a heading written in capitals every word looks like a short name in capitals.
    if not any(char.islower() for char in folded[line_start : line_end if line_end != -1 else len(folded)]):
        return False
    following = re.match(r"[^\W_]+\+?[\s-]+([^\W\d_]+)", folded[mention.start :])
    if following and following.group(1).upper() in programme.not_project_names:
        return False
    # Part of a word before it ("BEST-COST", a project's acronym), or the programme of projects in general ("LIFE projects")
    # or of one named project ("the H2020 PATRICIA project"), as often another's as the page's own.
    if mention.start >= 2 and folded[mention.start - 1] == "-" and folded[mention.start - 2].isalnum():
        return False
    return not OTHER_PROJECTS.match(folded, mention.start)


OTHER_PROJECTS = re.compile(
    # The acronym stays case-sensitive (capitals make it a name); the plural is in any case ("Projekte", "Projects").
    r"[^\n]{0,40}?(?:\b[A-Z][A-Z0-9-]{2,}\s+(?:" + ONE_PROJECT + r")\b|(?i:\b(?:" + PROJECTS + r")\b))"
)
"""After a name: another named project ("BIOVOICES project") or projects in the plural ("projects", "Projekte", "projekty")."""
