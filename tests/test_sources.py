"""Discovery: which files become documents, their ids and formats, sidecars, and problems."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.documents import Reason, Sidecar
from indexer.ingest.sources import discover, file_sha256, sniff_format
from tests import pdfgen

ROOT = Path(__file__).resolve().parents[1]

HTML_PAGE = b"<!DOCTYPE html><html lang='en'><head><title>T</title></head><body><p>Hi</p></body></html>"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def ids(discovery) -> list[str]:
    return sorted(f.doc_id for f in discovery.files)


def reasons(discovery) -> dict[str, str]:
    return {problem.path.name: problem.reason for problem in discovery.problems}


def test_walks_directories_with_posix_ids_relative_to_the_root(tmp_path: Path) -> None:
    (tmp_path / "reports" / "2020").mkdir(parents=True)
    pdfgen.text_pdf(tmp_path / "reports" / "2020" / "annual.pdf", [["Annual"]])
    write(tmp_path / "pages" / "index.html", HTML_PAGE)
    write(tmp_path / "pages" / "about.htm", HTML_PAGE)
    write(tmp_path / "notes.txt", "Plain notes")
    write(tmp_path / "readme.md", "# Title\n\nBody")

    found = discover([tmp_path])

    assert ids(found) == ["notes.txt", "pages/about.htm", "pages/index.html", "readme.md", "reports/2020/annual.pdf"]
    by_id = {f.doc_id: f for f in found.files}
    assert by_id["reports/2020/annual.pdf"].format == "pdf"
    assert by_id["pages/about.htm"].format == "html"
    assert by_id["readme.md"].format == "text"
    assert all(f.root == tmp_path for f in found.files)
    assert by_id["notes.txt"].size == len("Plain notes")
    assert by_id["notes.txt"].mtime_ns == (tmp_path / "notes.txt").stat().st_mtime_ns
    assert found.problems == ()


def test_single_file_has_its_directory_as_root(tmp_path: Path) -> None:
    page = write(tmp_path / "sub" / "page.html", HTML_PAGE)

    found = discover([page])

    assert [(f.doc_id, f.root) for f in found.files] == [("page.html", tmp_path / "sub")]


def test_skips_hidden_files_backups_sidecars_and_the_index_directory(tmp_path: Path) -> None:
    write(tmp_path / "kept.txt", "kept")
    for name in (".hidden.txt", "draft.txt~", ".draft.txt.swp", "old.txt.bak", "#autosave.txt#", "notes.txt.swp"):
        write(tmp_path / name, "backup")
    write(tmp_path / ".git" / "description.txt", "hidden directory")
    write(tmp_path / "index" / "_MAIN_1.toc.txt", "the index itself")
    write(tmp_path / "kept.txt.meta.json", '{"title": "Kept"}')
    write(tmp_path / "photo.png", bytes(range(256)) * 4)

    found = discover([tmp_path], skip=[tmp_path / "index"])

    assert ids(found) == ["kept.txt"]
    assert found.files[0].sidecar == Sidecar(title="Kept")
    assert found.problems == ()


def test_index_directory_given_as_a_root_is_skipped_entirely(tmp_path: Path) -> None:
    write(tmp_path / "index" / "notes.txt", "x")
    assert discover([tmp_path / "index"], skip=[tmp_path / "index"]).files == ()


def test_links_into_the_index_directory_are_skipped_and_a_linked_root_is_walked(tmp_path: Path) -> None:
    write(tmp_path / "index" / "cache.txt", "the index's own file")
    write(tmp_path / "real" / "kept.txt", "a document")
    (tmp_path / "real" / "to-index").symlink_to(tmp_path / "index", target_is_directory=True)
    (tmp_path / "real" / "cache-link.txt").symlink_to(tmp_path / "index" / "cache.txt")
    (tmp_path / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    # The index reached through a link to its parent is still the index.
    (tmp_path / "alias").symlink_to(tmp_path, target_is_directory=True)

    for root in (tmp_path / "real", tmp_path / "linked"):
        assert ids(discover([root], skip=[tmp_path / "index"])) == ["kept.txt"]
    assert ids(discover([tmp_path / "real"], skip=[tmp_path / "alias" / "index"])) == ["kept.txt"]
    assert ids(discover([tmp_path / "real"])) == ["cache-link.txt", "kept.txt", "to-index/cache.txt"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("page.pdf", HTML_PAGE, "html"),
        ("report.txt", b"%PDF-1.4\n%binary", "pdf"),
        ("late-header.pdf", b"\x00" * 300 + b"%PDF-1.7\n", "pdf"),
        ("fragment.html", b"<p>Only a paragraph</p>", "html"),
        ("comment-first.txt", b"<!-- saved page -->\n<html><body>x</body></html>", "html"),
        ("notes.md", "Zażółć gęślą jaźń".encode("cp1250"), "text"),
        ("utf16.txt", "Dobar dan".encode("utf-16"), "text"),
        ("empty.pdf", b"", "pdf"),
    ],
)
def test_format_comes_from_the_content(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    assert sniff_format(write(tmp_path / name, content)) == expected


def test_binary_junk_with_a_document_extension_is_unsupported(tmp_path: Path) -> None:
    write(tmp_path / "scan.pdf", bytes(range(256)) * 8)

    found = discover([tmp_path])

    assert found.files == ()
    assert reasons(found) == {"scan.pdf": Reason.UNSUPPORTED}


def test_other_extensions_count_only_with_a_pdf_or_html_signature(tmp_path: Path) -> None:
    write(tmp_path / "download.bin", b"%PDF-1.5\n1 0 obj\n")
    write(tmp_path / "saved.aspx", HTML_PAGE)
    write(tmp_path / "data.csv", "a,b\n1,2\n")
    write(tmp_path / "script.py", "print('hello')\n")

    found = discover([tmp_path])

    assert [(f.doc_id, f.format) for f in sorted(found.files, key=lambda f: f.doc_id)] == [
        ("download.bin", "pdf"),
        ("saved.aspx", "html"),
    ]


def test_sidecar_values_are_parsed(tmp_path: Path) -> None:
    write(tmp_path / "report.pdf", b"%PDF-1.4\n")
    write(
        tmp_path / "report.pdf.meta.json",
        """{"title": "Final report", "url": "https://example.eu/r", "programme": "Interreg Europe",
            "years": "2014-2017", "countries": ["pl", "HR"], "language": "pl_PL", "published": 2018,
            "start": "2014-03", "end": "2017-12-31", "acronym": "CYCLE", "kind": "report"}""",
    )

    sidecar = discover([tmp_path]).files[0].sidecar

    assert sidecar == Sidecar(
        title="Final report",
        url="https://example.eu/r",
        programmes=("Interreg Europe",),
        years=(2014, 2015, 2016, 2017),
        countries=("PL", "HR"),
        languages=("pl",),
        published=dt.date(2018, 1, 1),
        start=dt.date(2014, 3, 1),
        end=dt.date(2017, 12, 31),
        acronym="CYCLE",
        kind="report",
    )


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ('{"title": "unterminated', "invalid JSON"),
        ('["a list"]', "JSON object"),
        ('{"countries": ["Poland"]}', "'Poland' is not a two-letter"),
        ('{"years": "2020-2014"}', "ends before it starts"),
        ('{"years": ["soon"]}', "'soon' is not a year"),
        ('{"published": "1 May 2019"}', "not an ISO date"),
        ('{"kind": "brochure"}', "'brochure' is not 'report' or 'page'"),
        ('{"titel": "typo"}', "unknown key(s) titel"),
    ],
)
def test_invalid_sidecar_is_reported_and_the_file_still_found(tmp_path: Path, content: str, detail: str) -> None:
    write(tmp_path / "page.html", HTML_PAGE)
    write(tmp_path / "page.html.meta.json", content)

    found = discover([tmp_path])

    assert [(f.doc_id, f.sidecar) for f in found.files] == [("page.html", None)]
    (problem,) = found.problems
    assert problem.reason == Reason.SIDECAR
    assert problem.path == tmp_path / "page.html.meta.json"
    assert detail in problem.detail


def test_symlink_loop_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "a.txt", "text")
    (tmp_path / "docs" / "again").symlink_to(tmp_path / "docs", target_is_directory=True)
    (tmp_path / "docs" / "self.txt").symlink_to(tmp_path / "docs" / "self.txt")

    found = discover([tmp_path])

    assert ids(found) == ["docs/a.txt"]
    problems = {p.path.name: (p.reason, p.detail) for p in found.problems}
    assert problems["again"] == (Reason.UNREADABLE, "symbolic link loop back to an enclosing directory")
    assert problems["self.txt"] == (Reason.UNREADABLE, "symbolic link loop")


def test_broken_symlink_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")

    found = discover([tmp_path])

    assert found.files == ()
    assert [(p.reason, p.detail) for p in found.problems] == [(Reason.UNREADABLE, "broken symbolic link")]


def test_missing_root_is_reported(tmp_path: Path) -> None:
    found = discover([tmp_path / "absent"])
    assert [(p.reason, p.path.name) for p in found.problems] == [(Reason.VANISHED, "absent")]


# Root reads everything whatever its mode, so as root discovery runs without that capability.
DISCOVER_AND_PRINT = (
    "import sys; from indexer.ingest.sources import discover; found = discover([sys.argv[1]]); "
    "print(len(found.files)); [print(p.path.name, p.reason) for p in found.problems]"
)


def test_unreadable_directory_and_file_are_reported(tmp_path: Path) -> None:
    write(tmp_path / "locked" / "secret.txt", "x")
    write(tmp_path / "closed.txt", "x")
    (tmp_path / "locked").chmod(0)
    (tmp_path / "closed.txt").chmod(0)
    command = [sys.executable, "-c", DISCOVER_AND_PRINT, str(tmp_path)]
    if os.geteuid() == 0:
        command = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                   "--bounding-set=-dac_override,-dac_read_search"] + command
    try:
        output = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout.split("\n")
    finally:
        (tmp_path / "locked").chmod(0o755)
        (tmp_path / "closed.txt").chmod(0o644)
    assert output[0] == "0"
    assert sorted(filter(None, output[1:])) == [f"closed.txt {Reason.UNREADABLE}", f"locked {Reason.UNREADABLE}"]


def test_named_pipe_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")

    found = discover([tmp_path])

    assert found.files == ()
    assert [(p.reason, p.detail) for p in found.problems] == [(Reason.UNSUPPORTED, "not a regular file")]


def test_same_id_from_two_roots_is_a_duplicate(tmp_path: Path) -> None:
    write(tmp_path / "a" / "page.txt", "one")
    write(tmp_path / "b" / "page.txt", "two")

    found = discover([tmp_path / "a", tmp_path / "b"])

    assert [f.path for f in found.files] == [tmp_path / "a" / "page.txt"]
    assert [(p.reason, p.path) for p in found.problems] == [(Reason.DUPLICATE_ID, tmp_path / "b" / "page.txt")]


def test_a_file_named_twice_is_found_once(tmp_path: Path) -> None:
    write(tmp_path / "page.txt", "one")
    found = discover([tmp_path, tmp_path / "page.txt"])
    assert ids(found) == ["page.txt"]
    assert found.problems == ()


def test_file_sha256_streams_the_whole_file(tmp_path: Path) -> None:
    data = os.urandom(3 * (1 << 20) + 17)
    path = write(tmp_path / "big.pdf", data)
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()


def test_ignore_file_at_the_root_excludes_matching_files_and_folders(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "About this collection")
    write(tmp_path / "pages" / "README.md", "A page that happens to be called README")
    write(tmp_path / "tools" / "notes.txt", "build notes")
    write(tmp_path / "drafts" / "a.txt", "draft")
    write(tmp_path / "pages" / "kept.txt", "kept")
    write(tmp_path / ".projsearchignore", "# not documents\n/README.md\ntools/\n*/a.txt\n")

    found = discover([tmp_path])

    assert sorted(source.doc_id for source in found.files) == ["pages/README.md", "pages/kept.txt"]
    assert found.problems == ()
