"""A deliverable's cover: the date it was due and the date it was actually submitted.

A report's cover often gives both ("Due date of deliverable: Month 24, 30.04.2017 / Actual
submission date: 17.07.2017"), in a table that is read either row by row (each label before its
value) or column by column (every label, then every value, in the same order). The due date is
the contract's, fixed before the work started; the report was published when it was submitted.
"""

from __future__ import annotations

import re

from indexer.metadata.date_mentions import DateMention

# "Month 24", "M24": a deliverable's month of the project, as covers and work plans count them.
PROJECT_MONTH = re.compile(
    r"(?:\b(?:month|monat|mois|mes|mese|maand|m[aå]ned|m[aå]nad|miesi[aą]c|mjesec|m[eě]s[ií]c|μήνας)\s*|\bM)\d{1,2}\b",
    re.IGNORECASE,
)

_DUE = (
    r"due\s+date|date\s+due|deadline|contractual\s+(?:delivery\s+|submission\s+)?date|planned\s+(?:delivery\s+|submission\s+)?date|"
    r"f[äa]lligkeitsdatum|f[äa]llig\s+am|abgabefrist|vertragliches\s+\w*datum|geplantes\s+\w*datum|"
    r"date\s+d['’][ée]ch[ée]ance|[ée]ch[ée]ance|date\s+contractuelle|date\s+pr[ée]vue|"
    r"fecha\s+(?:de\s+)?(?:vencimiento|prevista|l[ií]mite|contractual)|"
    r"data\s+(?:di\s+)?(?:scadenza|prevista|contrattuale)|scadenza"
)
_SUBMITTED = (
    r"(?:actual\s+)?(?:submission|delivery)\s+date|(?:actual\s+)?date\s+of\s+(?:submission|delivery)|actual\s+date|submitted(?:\s+on)?|"
    r"(?:tats[äa]chliches\s+)?(?:abgabe|einreichungs|liefer)datum|eingereicht(?:\s+am)?|"
    r"date\s+(?:effective\s+|r[ée]elle\s+)?de\s+(?:soumission|remise|livraison)|soumis\s+le|"
    r"fecha\s+(?:real\s+)?de\s+(?:entrega|presentaci[oó]n)|"
    r"data\s+(?:effettiva\s+)?di\s+(?:consegna|presentazione)"
)
_DUE_WORD = re.compile(_DUE, re.IGNORECASE)
# The label just before a date on its line; a few words may follow the label word ("Due date of deliverable:").
DUE_LABEL = re.compile(rf"(?:{_DUE})(?:\s+[^\W\d]+){{0,3}}\W{{0,12}}$", re.IGNORECASE)
SUBMITTED_LABEL = re.compile(rf"(?:{_SUBMITTED})(?:\s+[^\W\d]+){{0,2}}\W{{0,12}}$", re.IGNORECASE)
# The same labels alone on their line: the heads of a table read column by column.
_DUE_HEAD = re.compile(rf"^[^\S\n]*(?:{_DUE})(?:[^\S\n]+[^\W\d]+){{0,3}}[^\S\n]*:?[^\S\n]*$", re.IGNORECASE | re.MULTILINE)
_SUBMITTED_HEAD = re.compile(rf"^[^\S\n]*(?:{_SUBMITTED})(?:[^\S\n]+[^\W\d]+){{0,2}}[^\S\n]*:?[^\S\n]*$", re.IGNORECASE | re.MULTILINE)


def line_before(text: str, mention: DateMention, width: int = 40) -> str:
    """What stands before the date on its line, up to ``width`` characters: where its label is."""
    return text[max(0, mention.start - width) : mention.start].rsplit("\n", 1)[-1]


def is_due(text: str, mention: DateMention) -> bool:
    """A date labelled as the one the report was due, or given with the project month it was due in."""
    before = line_before(text, mention)
    return bool(DUE_LABEL.search(before) or PROJECT_MONTH.search(before))


def column_submission(text: str, head: list[DateMention]) -> DateMention | None:
    """The submission date of a cover table read column by column: "Due date" and "Actual
    submission date" head their own lines with no date between them, and the first two dates
    after both are theirs, in the order of the labels."""
    due = _DUE_HEAD.search(text)
    # "Contractual delivery date" says "delivery date" too, but is the due one.
    submitted = next((line for line in _SUBMITTED_HEAD.finditer(text) if not _DUE_WORD.search(line.group(0))), None)
    if due is None or submitted is None:
        return None
    first, second = sorted((due, submitted), key=lambda match: match.start())
    if any(first.end() <= mention.start < second.start() for mention in head):
        return None  # a date between the labels: the table is read row by row
    values = [mention for mention in head if mention.start >= second.end() and mention.precision == "day"][:2]
    if len(values) < 2:
        return None
    value = values[0] if submitted is first else values[1]
    return None if is_due(text, value) else value
