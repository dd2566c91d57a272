"""Every interface catalogue says everything the code says, with the same placeholders and markup,
the plural forms its language needs, and nothing the code no longer says; the checks can fail."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.catalogues import (
    catalogue_problems, interface_messages, load_widget_table, plural_rule_problems, widget_keys, widget_table_problems,
)
from webui.i18n import TRANSLATIONS_DIR, available_locales
from webui.widget import FACET_NAMES

INTERFACE_LANGUAGES = ("de", "fr", "pl", "hr", "it", "es")


@pytest.fixture(scope="module")
def messages():
    return interface_messages()


def test_the_messages_come_from_every_part_of_the_interface(messages):
    places = {message.where.split(":")[0] for message in messages.values()}
    assert {"templates/search.html", "templates/_results.html", "templates/widget/documentation.html",
            "templates/base.html", "pages.py", "errors.py", "widget_docs.py", "indexer/search/request.py"} <= places
    assert messages["%(num)s result"].plural == "%(num)s results"
    assert "Programme" in messages  # declared with N_ in pages.FACET_HEADINGS, translated where shown
    assert "Select the code and copy it." in messages  # the builder script's message, handed over by the template
    assert len(messages) > 150


def test_the_interface_speaks_at_least_the_main_document_languages():
    assert set(INTERFACE_LANGUAGES) <= set(available_locales())


@pytest.mark.parametrize("locale", sorted(set(available_locales()) - {"en"}))
def test_catalogue_is_complete_and_consistent(locale, messages):
    problems = catalogue_problems(TRANSLATIONS_DIR / locale / "LC_MESSAGES" / "messages.po", messages)
    assert not problems, "\n".join(problems)


def _probe_catalogue(tmp_path: Path, edit) -> Path:
    probe = tmp_path / "fr" / "LC_MESSAGES" / "messages.po"
    probe.parent.mkdir(parents=True)
    shutil.copy(TRANSLATIONS_DIR / "fr" / "LC_MESSAGES" / "messages.po", probe)
    probe.write_text(edit(probe.read_text(encoding="utf-8")), encoding="utf-8")
    return probe


def test_a_catalogue_that_lacks_or_garbles_a_string_is_reported(tmp_path, messages):
    def damage(text: str) -> str:
        text = text.replace('msgid "Live demo"\nmsgstr "Démonstration en direct"\n', "")
        text = text.replace('msgstr "Aller à la dernière page (%(n)s)"', 'msgstr "Aller à la dernière page (%(page)s)"')
        text = text.replace('msgstr "Filtres actifs"', 'msgstr ""')
        text = text.replace('msgstr "Page %(n)s"', 'msgstr "Page <b>%(n)s</b>"')
        return text + '\nmsgid "A sentence the code never says"\nmsgstr "Une phrase"\n'

    problems = catalogue_problems(_probe_catalogue(tmp_path, damage), messages)
    assert len(problems) == 5, problems
    assert any("missing 'Live demo'" in line and "documentation.html" in line for line in problems)
    assert any("'Go to the last page (%(n)s)' placeholders" in line for line in problems)
    assert any("'Active filters' is not translated" in line for line in problems)
    assert any("'Page %(n)s' markup" in line for line in problems)
    assert any("stale 'A sentence the code never says'" in line for line in problems)


def test_a_catalogue_with_too_few_plural_forms_is_reported(tmp_path, messages):
    two_forms = "nplurals=2; plural=(n > 1);"

    def singular_plural(text: str) -> str:
        lines = [line for line in text.splitlines() if not line.startswith("msgstr[2]")]
        return "\n".join(lines).replace(
            "nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;", two_forms
        )

    problems = catalogue_problems(_probe_catalogue(tmp_path, singular_plural), messages)
    assert any("CLDR categories" in line for line in problems), problems


def test_a_plural_rule_must_fit_the_language():
    assert plural_rule_problems("pl", "(n != 1)", 2)  # Polish tells 2-4 from 5+
    polish = "n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2"
    assert plural_rule_problems("pl", polish, 3) == []
    assert plural_rule_problems("hr", polish, 3)  # Croatian's 21 is singular, Polish's is not


# ---------------------------------------------------------------- the widget's string table


def test_widget_reads_the_keys_its_sources_name():
    keys = widget_keys(facets=FACET_NAMES)
    assert {"corrected", "searchInstead", "label", "searching", "resultsFor", "facet_kind"} <= keys


def test_widget_table_is_complete_in_every_interface_language():
    table = load_widget_table()
    assert set(table) == set(available_locales())  # the widget speaks what the pages speak
    problems = widget_table_problems(table, widget_keys(facets=FACET_NAMES))
    assert not problems, "\n".join(problems)


def test_widget_says_the_search_notes_in_the_words_of_the_full_page():
    from indexer.search import NOTE_MALFORMED, NOTE_NOTHING_SEARCHABLE, NOTE_TIMEOUT
    from webui.i18n import translations

    table = load_widget_table()
    notes = {"noteMalformed": NOTE_MALFORMED, "noteNothingSearchable": NOTE_NOTHING_SEARCHABLE, "noteTimeout": NOTE_TIMEOUT}
    for code, strings in table.items():
        for key, note in notes.items():
            assert strings.get(key) == translations(code).gettext(note), (code, key)


def test_a_widget_table_that_lacks_or_garbles_a_string_is_reported():
    table = json.loads(json.dumps(load_widget_table()))
    del table["hr"]["searchInstead"]
    table["it"]["noResults"] = "Nessun documento."
    del table["pl"]["pages"]["few"]
    table["es"]["submit"] = " "
    table["en"]["unused"] = "Nobody reads this"
    problems = widget_table_problems(table, widget_keys(facets=FACET_NAMES))
    assert "widget hr: missing 'searchInstead'" in problems
    assert any(line.startswith("widget it: 'noResults' placeholders") for line in problems)
    assert any(line.startswith("widget pl: 'pages' needs the plural categories") for line in problems)
    assert "widget es: 'submit' is not translated" in problems
    assert "widget: stale key 'unused': nothing reads it" in problems
