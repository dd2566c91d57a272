"""Codes that prove a programme: grant agreement numbers by their ranges, CCI programme codes by their fund letters."""

from __future__ import annotations

import re
from collections.abc import Mapping

from indexer.metadata.programme_context import STRONG, WEAK, ProgrammeMention
from indexer.metadata.text import snippet

GRANT_AGREEMENT = re.compile(
    r"(?:grant\s+agreement|\bGA\b|Finanzhilfevereinbarung|Fördervereinbarung|convention\s+de\s+subvention|"
    r"acuerdo\s+de\s+subvenci[oó]n|convenzione\s+di\s+sovvenzione|umow[aąy]\s+o\s+dotacj[eęi]|"
    r"sporazum[a]?\s+o\s+dodjeli|subsidieovereenkomst|tilskudsaftale|bidragsavtal|accordo\s+di\s+sovvenzione|"
    r"conven[çc][ãa]o\s+de\s+subven[çc][ãa]o|grantov[éa]\s+dohod[ay]|dohod[ay]\s+o\s+grantu|συμφωνί[αε]ς?\s+επιχορήγησης|project\s+number|"
    r"project\s+no\.?|project\s+id)"
    r"[^0-9]{0,30}(\d{6,9})\b",
    re.IGNORECASE,
)

SIX_DIGITS = re.compile(r"\d{6}")
"""What every grant number has: a text without it skips the case-blind scan for grant words (most pages)."""

CCI_CODE = re.compile(r"\b(20(?:0[0-9]|1[0-9]|2[0-9]))([A-Z]{2})(\d\d)(\d|[A-Z][A-Z0-9])([A-Z]{2})(\d{3})\b")

CCI_FUND_LETTERS = {"RF": "ERDF", "SF": "ESF", "CF": "Cohesion Fund", "RD": "EAFRD", "MF": "EMFF", "TC": "Interreg"}
"""2014- codes name the fund in two letters (2014AT16RFOP001); multi-fund codes (M1, MA...) name none."""

CCI_OBJECTIVE_2007 = {"16": "ERDF", "05": "ESF"}
"""2007-2013 codes carry the fund in the objective digits (2007AT161PO001 is ERDF, ...051PO... ESF)."""


def programme_for_grant_number(number: int) -> str | None:
    """EU grant agreement numbers are issued in ranges per framework programme."""
    if 200_000 <= number < 633_000:
        return "FP7"
    if 633_000 <= number < 1_000_000 or 101_000_000 <= number < 101_038_000:
        return "Horizon 2020"
    if 101_038_000 <= number < 102_000_000:
        return "Horizon Europe"
    return None


def grant_mentions(text: str) -> list[ProgrammeMention]:
    mentions: list[ProgrammeMention] = []
    if not SIX_DIGITS.search(text):
        return mentions
    for match in GRANT_AGREEMENT.finditer(text):
        programme = programme_for_grant_number(int(match.group(1)))
        if programme:
            # "Project number" alone is weaker than a grant agreement phrase: other funders number projects too.
            strong = not match.group(0).lower().startswith("project")
            mentions.append(
                ProgrammeMention(programme, STRONG if strong else WEAK, snippet(text, match.start(), match.end()), "text", match.start())
            )
    return mentions


def programme_for_cci(code: str) -> str | None:
    match = CCI_CODE.fullmatch(code)
    if not match:
        return None
    country = match.group(2)
    if country in {"CB", "TC"}:
        return "Interreg"
    fund = match.group(4)
    if fund.isdigit():
        return CCI_OBJECTIVE_2007.get(match.group(3))
    return CCI_FUND_LETTERS.get(fund)


def cci_mentions(text: str, known: Mapping[str, str] | None = None) -> list[ProgrammeMention]:
    """Programmes proven by their CCI codes: the programme of that code when ``known`` (code -> name) has it, else its fund."""
    mentions = []
    for match in CCI_CODE.finditer(text):
        programme = (known or {}).get(match.group(0)) or programme_for_cci(match.group(0))
        if programme:
            mentions.append(ProgrammeMention(programme, STRONG, snippet(text, match.start(), match.end()), "text", match.start()))
    return mentions
