"""pdfminer's warnings are reported once per file, with the file's name, never printed raw."""

from __future__ import annotations

import json
from pathlib import Path

from tests.pdfgen import ENGLISH_PAGE, POLISH_PAGE, no_font_bbox_pdf, text_pdf
from tests.test_cli import run

MESSAGE = "Could not get FontBBox from font descriptor"


def folder_with_a_warning_pdf(root: Path) -> Path:
    root.mkdir()
    no_font_bbox_pdf(root / "no-bbox.pdf")
    text_pdf(root / "clean.pdf", [POLISH_PAGE])
    return root


def test_index_names_the_file_pdfminer_warned_about(tmp_path):
    folder = folder_with_a_warning_pdf(tmp_path / "reports")
    found = run("index", str(folder), "--index", str(tmp_path / "index"), "--workers", "2")
    assert found.returncode == 0, found.stderr
    assert MESSAGE not in found.stderr, "pdfminer's warning came out raw"
    lines = found.stdout.splitlines()
    start = lines.index(f"  warnings for {folder / 'no-bbox.pdf'}:")
    assert lines[start + 1].startswith(f"    pdfminer: {MESSAGE}")
    assert sum(MESSAGE in line for line in lines) == 1
    assert "clean.pdf" not in found.stdout
    # The warning does not stop the file being read.
    hits = run("search", "cycling", "--index", str(tmp_path / "index"), "--json")
    assert [hit["id"] for hit in json.loads(hits.stdout)["hits"]] == ["no-bbox.pdf"]
    assert ENGLISH_PAGE[1].split()[0] in json.loads(hits.stdout)["hits"][0]["snippet_text"]


def test_json_report_lists_the_warnings_per_file(tmp_path):
    folder = folder_with_a_warning_pdf(tmp_path / "reports")
    found = run("index", str(folder), "--index", str(tmp_path / "index"), "--json")
    assert found.returncode == 0, found.stderr
    assert MESSAGE not in found.stderr
    report = json.loads(found.stdout)
    assert [item["file"] for item in report["warnings"]] == [str(folder / "no-bbox.pdf")]
    [warning] = report["warnings"][0]["warnings"]
    assert warning["logger"] == "pdfminer" and warning["message"].startswith(MESSAGE) and warning["count"] >= 1


def test_repeated_messages_are_counted_not_repeated():
    import logging

    from indexer.ingest import readerlog

    with readerlog.captured() as log:
        for _ in range(5):
            logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor because %r", None)
        logging.getLogger("pdfminer.pdfpage").warning("The PDF is not extractable")
        logging.getLogger("pdfminer").info("not a warning")
    assert [(w.logger, w.message, w.count) for w in log.collapsed()] == [
        ("pdfminer", f"{MESSAGE} because None", 5), ("pdfminer", "The PDF is not extractable", 1),
    ]
    assert logging.getLogger("pdfminer").propagate is True and log not in logging.getLogger("pdfminer").handlers
