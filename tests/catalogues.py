"""What the interface says, read from the code itself, and what each catalogue lacks.

The messages come from Babel's extractors over the web modules and the Jinja templates (the
page, /embed and /widget), and from the keys the widget script and /embed read from the widget
string table; every catalogue is checked against them: present, translated, the same
placeholders and markup, the plural forms its language needs, and nothing the code no longer says.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
WEBUI = ROOT / "webui"
# The search layer's validation errors are message templates the web layer translates.
SEARCH_ERRORS = ROOT / "indexer" / "search"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "gettext_": None, "N_": None, "QueryError": None}
METHODS = [("templates/**.html", "jinja2"), ("*.py", "python")]
JINJA_OPTIONS = {"templates/**.html": {"extensions": "jinja2.ext.i18n", "newstyle_gettext": "true"}}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
TAG = re.compile(r"</?([a-z]+)[^>]*>")
WIDGET_SLOT = re.compile(r"\{(\w+)\}")
# Numbers whose plural category differs somewhere in the EU languages (1, 2-4, 5+, teens, millions).
PLURAL_SAMPLES = (*range(0, 232), 1000, 1001, 1_000_000, 2_000_000, 1_000_001)


@dataclass(frozen=True)
class Message:
    id: str
    plural: str | None
    where: str  # file:line of its first use


def interface_messages(webui: Path = WEBUI) -> dict[str, Message]:
    found: dict[str, Message] = {}
    sources = [(webui, METHODS, "")]
    if webui == WEBUI:
        sources.append((SEARCH_ERRORS, [("request.py", "python")], "indexer/search/"))
    for folder, methods, prefix in sources:
        for filename, line, message, _comments, _context in extract_from_dir(
            str(folder), method_map=methods, options_map=JINJA_OPTIONS, keywords=KEYWORDS
        ):
            singular, plural = (message[0], message[1]) if isinstance(message, tuple) else (message, None)
            if singular:
                found.setdefault(singular, Message(singular, plural, f"{prefix}{filename}:{line}"))
    return found


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def tags(text: str) -> Counter[str]:
    return Counter(match.group(0).split()[0].rstrip(">") for match in TAG.finditer(text))


def catalogue_problems(po_path: Path, messages: dict[str, Message]) -> list[str]:
    """Everything wrong with one catalogue, one line each; empty when it is complete."""
    locale = po_path.parent.parent.name
    with po_path.open("rb") as po_file:
        catalogue = read_po(po_file, locale=locale)
    problems = [f"{locale}: {line}" for line in plural_rule_problems(locale, catalogue.plural_expr, catalogue.num_plurals)]
    entries = {(entry.id[0] if isinstance(entry.id, tuple) else entry.id): entry for entry in catalogue if entry.id}
    for msgid, message in sorted(messages.items()):
        entry = entries.get(msgid)
        if entry is None:
            problems.append(f"{locale}: missing {msgid!r} ({message.where})")
            continue
        forms = list(entry.string) if isinstance(entry.string, tuple) else [entry.string]
        if message.plural is not None and (not isinstance(entry.id, tuple) or len(forms) != catalogue.num_plurals):
            problems.append(f"{locale}: {msgid!r} needs {catalogue.num_plurals} plural forms, has {len(forms)}")
        if message.plural is None and isinstance(entry.id, tuple):
            problems.append(f"{locale}: {msgid!r} is singular in the code but plural in the catalogue")
        for form in forms:
            if not form.strip():
                problems.append(f"{locale}: {msgid!r} is not translated")
            elif placeholders(form) != placeholders(msgid) and not (message.plural and set(placeholders(form)) <= set(placeholders(msgid))):
                problems.append(f"{locale}: {msgid!r} placeholders {dict(placeholders(form))} != {dict(placeholders(msgid))}")
            elif tags(form) != tags(msgid):
                problems.append(f"{locale}: {msgid!r} markup {dict(tags(form))} != {dict(tags(msgid))}")
    for msgid in sorted(set(entries) - set(messages)):
        problems.append(f"{locale}: stale {msgid!r}: the code no longer says it")
    return problems


def plural_rule_problems(locale: str, plural_expr: str, num_plurals: int) -> list[str]:
    """The catalogue's Plural-Forms must tell apart exactly the numbers CLDR's rules tell apart."""
    from gettext import c2py

    rule = Locale.parse(locale).plural_form
    chooser = c2py(plural_expr)
    form_of: dict[str, set[int]] = {}
    for n in PLURAL_SAMPLES:
        form_of.setdefault(rule(n), set()).add(chooser(n))
    problems = [f"Plural-Forms mixes forms for the CLDR category {c!r}: {sorted(f)}" for c, f in form_of.items() if len(f) > 1]
    used = set().union(*form_of.values())
    if len(used) != num_plurals or len(used) != len(form_of):
        problems.append(f"Plural-Forms has {num_plurals} forms for the {len(form_of)} CLDR categories {sorted(form_of)}")
    return problems


# ---------------------------------------------------------------- the widget's own string table

WIDGET_SOURCES = ("static/widget/widget.js", "templates/widget/embed.html", "embed.py", "widget_docs.py")
WIDGET_KEY_USES = (
    re.compile(r"\b(?:t|_t|table)\.([A-Za-z]\w*)"),
    re.compile(r"\b(?:t|table)\[['\"](\w+)['\"]\]"),
    re.compile(r"\[\"(label)\"\]"),
)


def widget_keys(webui: Path = WEBUI, facets: tuple[str, ...] = ()) -> set[str]:
    """The keys the widget script, /embed and /widget read; ``facet_<name>`` is read for every facet."""
    keys: set[str] = set()
    for relative in WIDGET_SOURCES:
        source = (webui / relative).read_text(encoding="utf-8")
        for pattern in WIDGET_KEY_USES:
            keys.update(pattern.findall(source))
    keys.discard("get")
    return keys | {f"facet_{name}" for name in facets}


def widget_table_problems(table: dict[str, dict], keys: set[str]) -> list[str]:
    problems: list[str] = []
    source = table.get("en", {})
    for key in sorted(set(source) - keys):
        problems.append(f"widget: stale key {key!r}: nothing reads it")
    for code, strings in sorted(table.items()):
        categories = set(Locale.parse(code).plural_form.tags) | {"other"}
        for key in sorted(keys):
            value, reference = strings.get(key), source.get(key)
            if value is None:
                problems.append(f"widget {code}: missing {key!r}")
                continue
            if isinstance(reference, dict):
                if not isinstance(value, dict) or set(value) != categories:
                    problems.append(f"widget {code}: {key!r} needs the plural categories {sorted(categories)}")
                    continue
                texts, wanted = list(value.values()), set(WIDGET_SLOT.findall(reference["other"]))
            else:
                texts, wanted = [value], set(WIDGET_SLOT.findall(str(reference)))
            for text in texts:
                if not isinstance(text, str) or not text.strip():
                    problems.append(f"widget {code}: {key!r} is not translated")
                elif set(WIDGET_SLOT.findall(text)) != wanted:
                    problems.append(f"widget {code}: {key!r} placeholders {sorted(WIDGET_SLOT.findall(text))} != {sorted(wanted)}")
        for key in sorted(set(strings) - set(source)):
            problems.append(f"widget {code}: stale key {key!r}")
    return problems


def load_widget_table(webui: Path = WEBUI) -> dict[str, dict]:
    return json.loads((webui / "static" / "widget" / "strings.json").read_text(encoding="utf-8"))


if __name__ == "__main__":  # `python -m tests.catalogues`: what each catalogue lacks, for translators
    from webui.widget import FACET_NAMES

    messages = interface_messages()
    report = [line for po in sorted(WEBUI.glob("translations/*/LC_MESSAGES/messages.po")) for line in catalogue_problems(po, messages)]
    report += widget_table_problems(load_widget_table(), widget_keys(facets=FACET_NAMES))
    print("\n".join(report) or f"{len(messages)} messages; every catalogue is complete")
