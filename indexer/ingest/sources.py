"""Find the files to index: walk roots, sniff each file's format, attach sidecar metadata.

Nothing here raises for a single bad file or directory: unreadable directories, symlink
loops, binary junk and invalid sidecars become :class:`IndexingError` entries in
``Discovery.problems`` so that a run always accounts for every file it saw.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from indexer.documents import Format, IndexingError, Reason, Sidecar, SourceFile
from indexer.ingest import names

DOCUMENT_EXTENSIONS: dict[str, Format] = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".md": "text",
}
SIDECAR_SUFFIX = ".meta.json"
SNIFF_BYTES = 8192
PDF_HEADER_WINDOW = 1024  # the PDF spec lets readers find %PDF anywhere in the first KiB

_BACKUP_SUFFIXES = ("~", ".swp", ".swo", ".bak", ".orig", ".tmp")
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_ANYWHERE = re.compile(rb"<(?:html|head|body|title|meta)\b", re.I)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")


@dataclass(frozen=True)
class Discovery:
    """What a walk found: the files to index and the files or directories it could not use."""

    files: tuple[SourceFile, ...]
    problems: tuple[IndexingError, ...]


def discover(paths: Iterable[Path | str], skip: Iterable[Path | str] = ()) -> Discovery:
    """Walk each path (a directory, or a single file whose root is its parent directory)."""
    walker = _Walker(tuple(_absolute(p) for p in skip))
    for given in paths:
        path = _absolute(given)
        try:
            info = path.stat()
        except FileNotFoundError:
            if path.is_symlink():
                walker.problem(path, Reason.UNREADABLE, "broken symbolic link")
            else:
                walker.problem(path, Reason.VANISHED, "no such file or directory")
            continue
        except OSError as error:
            walker.problem(path, Reason.UNREADABLE, _os_detail(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            walker.walk_root(path)
        else:
            walker.consider(path, root=path.parent, explicit=True)
    return Discovery(tuple(walker.files.values()), tuple(walker.problems))


IGNORE_FILE = ".projsearchignore"


def read_ignore_file(path: Path) -> tuple[str, ...]:
    """Glob patterns, one a line, matched against paths relative to the root ("dir/" for folders)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    patterns = (line.strip() for line in lines)
    return tuple(pattern.lstrip("/") for pattern in patterns if pattern and not pattern.startswith("#"))


def is_ignored_name(name: str) -> bool:
    """Hidden files, editor backups and lock files are never documents."""
    if name.startswith("."):
        return True
    if name.endswith(_BACKUP_SUFFIXES):
        return True
    return name.startswith("#") and name.endswith("#")


def sniff_format(path: Path) -> Format:
    """The format a file's bytes show; raises UNSUPPORTED for binary data that is none of ours."""
    head = _read_head(path)
    declared = DOCUMENT_EXTENSIONS.get(path.suffix.lower())
    if not head:
        # Empty files keep their declared format so that extraction reports them as empty.
        return declared or "text"
    found = _format_of_bytes(head)
    if found == "text" and declared == "html":
        return "html"  # an HTML fragment without <html> is still meant as HTML
    if found is None:
        raise IndexingError(path, Reason.UNSUPPORTED, "binary content that is not a PDF, HTML or text file")
    return found


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks so large files never sit in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> Sidecar:
    """Parse a ``<file>.meta.json``; raises SIDECAR naming the sidecar and what is wrong."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise IndexingError(path, Reason.SIDECAR, f"not UTF-8: {error.reason}") from None
    except json.JSONDecodeError as error:
        raise IndexingError(path, Reason.SIDECAR, f"invalid JSON at line {error.lineno}: {error.msg}") from None
    except OSError as error:
        raise IndexingError(path, Reason.SIDECAR, f"cannot read: {_os_detail(error)}") from None
    if not isinstance(raw, dict):
        raise IndexingError(path, Reason.SIDECAR, "must be a JSON object")
    try:
        return _sidecar_from_json(raw)
    except ValueError as error:
        raise IndexingError(path, Reason.SIDECAR, str(error)) from None


class _Walker:
    def __init__(self, skip: tuple[Path, ...]) -> None:
        self.skip = tuple(_resolved(p) for p in skip)
        self.files: dict[str, SourceFile] = {}
        self.problems: list[IndexingError] = []
        self.seen_paths: dict[str, Path] = {}  # doc id -> absolute path, to catch clashes
        self.ignore: dict[Path, tuple[str, ...]] = {}  # root -> patterns from its ignore file

    def problem(self, path: Path, reason: str, detail: str) -> None:
        self.problems.append(IndexingError(path, reason, detail))

    def skipped(self, path: Path) -> bool:
        return self._under_skip(_resolved(path))

    def _under_skip(self, resolved: Path) -> bool:
        # A skipped directory itself or anything below it, compared part by part.
        parts = resolved.parts
        return any(parts[: len(skip.parts)] == skip.parts for skip in self.skip)

    def walk_root(self, root: Path) -> None:
        if self.skipped(root):
            return
        self.ignore[root] = read_ignore_file(root / IGNORE_FILE)
        visited: set[tuple[int, int]] = set()
        self._walk_dir(root, root, ancestors=(), visited=visited)

    def ignored(self, path: Path, root: Path, is_dir: bool) -> bool:
        relative = path.relative_to(root).as_posix() + ("/" if is_dir else "")
        return any(fnmatch.fnmatchcase(relative, pattern) for pattern in self.ignore.get(root, ()))

    def _walk_dir(self, directory: Path, root: Path, ancestors: tuple[tuple[int, int], ...],
                  visited: set[tuple[int, int]]) -> None:
        try:
            info = directory.stat()
        except OSError as error:
            self.problem(directory, Reason.UNREADABLE, _os_detail(error))
            return
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            self.problem(directory, Reason.UNREADABLE, "symbolic link loop back to an enclosing directory")
            return
        if key in visited:
            return  # reached twice through a link: its files already have ids
        visited.add(key)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            self.problem(directory, Reason.UNREADABLE, _os_detail(error))
            return
        here = _resolved(directory)
        for entry in entries:
            if is_ignored_name(entry.name) or entry.name.endswith(SIDECAR_SUFFIX):
                continue
            path = Path(entry.path)
            # Only a link can lead elsewhere: any other entry resolves to its name in this directory.
            if self._under_skip(_resolved(path) if _is_link(entry) else here / entry.name):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError as error:
                self.problem(path, Reason.UNREADABLE, _os_detail(error))
                continue
            if self.ignored(path, root, is_dir):
                continue
            if is_dir:
                self._walk_dir(path, root, ancestors + (key,), visited)
            else:
                self.consider(path, root, explicit=False)

    def consider(self, path: Path, root: Path, explicit: bool) -> None:
        """Add one file if it is a document; ``explicit`` files were named on the command line."""
        declared = DOCUMENT_EXTENSIONS.get(path.suffix.lower())
        if not explicit and (is_ignored_name(path.name) or path.name.endswith(SIDECAR_SUFFIX)):
            return
        if explicit and self.skipped(path):  # a walked entry was checked by the walk
            return
        try:
            info = path.stat()
        except FileNotFoundError:
            if path.is_symlink():
                self._problem_if_document(path, declared, explicit, "broken symbolic link")
            else:
                self.problem(path, Reason.VANISHED, "deleted while the directory was read")
            return
        except OSError as error:
            detail = "symbolic link loop" if _is_loop(error) else _os_detail(error)
            self._problem_if_document(path, declared, explicit, detail)
            return
        if not stat.S_ISREG(info.st_mode):
            if declared or explicit:
                self.problem(path, Reason.UNSUPPORTED, "not a regular file")
            return
        try:
            fmt = sniff_format(path) if declared or explicit else _strong_format(path)
        except IndexingError as error:
            self.problems.append(error)
            return
        if fmt is None:
            return  # some other kind of file (image, spreadsheet...): not a document
        self._add(path, root, fmt, info)

    def _problem_if_document(self, path: Path, declared: Format | None, explicit: bool, detail: str) -> None:
        if declared or explicit:
            self.problem(path, Reason.UNREADABLE, detail)

    def _add(self, path: Path, root: Path, fmt: Format, info: os.stat_result) -> None:
        doc_id = names.printable(path.relative_to(root).as_posix())
        previous = self.seen_paths.get(doc_id)
        if previous is not None:
            if _resolved(previous) != _resolved(path):
                self.problem(path, Reason.DUPLICATE_ID, f"id {doc_id!r} is already used by {previous}")
            return
        sidecar, sidecar_mtime = self._sidecar(path)
        self.seen_paths[doc_id] = path
        self.files[doc_id] = SourceFile(
            path=path,
            root=root,
            doc_id=doc_id,
            format=fmt,
            size=info.st_size,
            mtime_ns=info.st_mtime_ns,
            sidecar=sidecar,
            sidecar_mtime_ns=sidecar_mtime,
        )

    def _sidecar(self, path: Path) -> tuple[Sidecar | None, int | None]:
        side = sidecar_path(path)
        try:
            mtime = side.stat().st_mtime_ns
        except OSError:
            return None, None
        try:
            return read_sidecar(side), mtime
        except IndexingError as error:
            # The document is still indexed with extracted metadata; the sidecar is reported.
            self.problems.append(error)
            return None, None


def _strong_format(path: Path) -> Format | None:
    """For files with other extensions: only an unmistakable PDF or HTML signature counts."""
    try:
        head = _read_head(path)
    except IndexingError:
        return None
    found = _format_of_bytes(head) if head else None
    return found if found in ("pdf", "html") else None


def _read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise IndexingError(path, Reason.VANISHED, "deleted before it could be read") from None
    except OSError as error:
        raise IndexingError(path, Reason.UNREADABLE, _os_detail(error)) from None


def _format_of_bytes(head: bytes) -> Format | None:
    if b"%PDF-" in head[:PDF_HEADER_WINDOW]:
        return "pdf"
    if not _looks_like_text(head):
        return None
    text_start = _ascii_view(head).lstrip()
    if _HTML_START.match(text_start) or (text_start.startswith(b"<") and _HTML_ANYWHERE.search(text_start)):
        return "html"
    return "text"


def _ascii_view(head: bytes) -> bytes:
    """The head with any BOM removed and UTF-16 collapsed to bytes, for marker matching."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        return head[2:].decode(codec, errors="ignore").encode("ascii", errors="ignore")
    return head


def _looks_like_text(head: bytes) -> bool:
    if head.startswith(_BOMS):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls <= len(head) * 0.01


def _is_loop(error: OSError) -> bool:
    return getattr(error, "errno", None) == 40  # ELOOP


def _os_detail(error: OSError) -> str:
    if _is_loop(error):
        return "symbolic link loop"
    return error.strerror or type(error).__name__


def _absolute(path: Path | str) -> Path:
    return Path(os.path.abspath(os.fspath(path)))


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return True  # unknown: resolve it the long way


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


# ---- sidecar values -------------------------------------------------------------------------

_SIDECAR_KEYS = {
    "title", "url", "programme", "programmes", "year", "years", "country", "countries",
    "language", "languages", "published", "start", "end", "acronym", "kind",
}
_YEAR_RANGE = re.compile(r"^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _sidecar_from_json(raw: dict[str, Any]) -> Sidecar:
    unknown = sorted(k for k in raw if k not in _SIDECAR_KEYS and not k.startswith(("_", "$")))
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_SIDECAR_KEYS))}")
    kind = _optional_str(raw, "kind")
    if kind is not None and kind not in ("report", "page"):
        raise ValueError(f"kind: {kind!r} is not 'report' or 'page'")
    url = _optional_str(raw, "url")
    if url is not None and not re.match(r"^https?://\S+$", url):
        raise ValueError(f"url: {url!r} is not an http(s) URL")
    return Sidecar(
        title=_optional_str(raw, "title"),
        url=url,
        programmes=tuple(_strings(raw, "programme", "programmes")),
        years=_years(raw),
        countries=tuple(_country(v) for v in _strings(raw, "country", "countries")),
        languages=tuple(_language(v) for v in _strings(raw, "language", "languages")),
        published=_date(raw, "published"),
        start=_date(raw, "start"),
        end=_date(raw, "end"),
        acronym=_optional_str(raw, "acronym"),
        kind=kind,  # type: ignore[arg-type]
    )


def _optional_str(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected a string, got {type(value).__name__}")
    return value.strip() or None


def _strings(raw: dict[str, Any], *keys: str) -> Iterator[str]:
    for key in keys:
        value = raw.get(key)
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, str) or not item.strip():
                raise ValueError(f"{key}: expected non-empty strings, got {item!r}")
            yield item.strip()


def _country(value: str) -> str:
    if not _COUNTRY_CODE.match(value):
        raise ValueError(f"countries: {value!r} is not a two-letter ISO 3166-1 code")
    return value.upper()


def _language(value: str) -> str:
    if not _LANGUAGE_TAG.match(value):
        raise ValueError(f"languages: {value!r} is not a language code such as 'en' or 'sr-Latn'")
    return value.replace("_", "-").split("-")[0].lower()


def _years(raw: dict[str, Any]) -> tuple[int, ...]:
    years: set[int] = set()
    for key in ("year", "years"):
        value = raw.get(key)
        if value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            years.update(_year_items(key, item))
    return tuple(sorted(years))


def _year_items(key: str, item: Any) -> range | tuple[int]:
    if isinstance(item, bool):
        raise ValueError(f"{key}: {item!r} is not a year")
    if isinstance(item, int):
        return (_checked_year(key, item),)
    if isinstance(item, str):
        text = item.strip()
        if text.isdigit() and len(text) == 4:
            return (_checked_year(key, int(text)),)
        match = _YEAR_RANGE.match(text)
        if match:
            first, last = (_checked_year(key, int(g)) for g in match.groups())
            if first > last:
                raise ValueError(f"{key}: range {text!r} ends before it starts")
            return range(first, last + 1)
    raise ValueError(f"{key}: {item!r} is not a year or a range like '2014-2020'")


def _checked_year(key: str, year: int) -> int:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValueError(f"{key}: {year} is outside {_MIN_YEAR}-{_MAX_YEAR}")
    return year


def _date(raw: dict[str, Any], key: str) -> dt.date | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return dt.date(_checked_year(key, value), 1, 1)
    if isinstance(value, str):
        text = value.strip()
        try:
            if re.fullmatch(r"\d{4}", text):
                return dt.date(_checked_year(key, int(text)), 1, 1)
            if re.fullmatch(r"\d{4}-\d{2}", text):
                return dt.date(_checked_year(key, int(text[:4])), int(text[5:]), 1)
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ValueError(f"{key}: {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
