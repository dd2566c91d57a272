"""The stages' static tables saved by one run and loaded by the next give the same documents and
the same index as tables built from the data files; a stale or broken file is built again."""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from indexer import tables
from indexer.ingest import sources, warmup
from indexer.index import pipeline, store
from indexer.language import ngrams
from indexer.metadata import country_names, date_mentions, programmes, towns

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED_PAGES = ROOT.parent / "shared" / "data" / "pages" / "pages"
PACKAGE = ROOT / "indexer"


def comparable(value):
    """A table's value in a form ``==`` can compare: automata by their words, detectors by their profiles, dataclasses by their fields."""
    if hasattr(value, "make_automaton"):
        return sorted(value.items())
    if isinstance(value, ngrams.DetectorFactory):
        return value.langlist, value.word_lang_prob_map, value.seed
    if isinstance(value, ngrams._LogTable):
        return value.probabilities, value.missing
    if isinstance(value, tuple):
        return tuple(comparable(item) for item in value)
    if dataclasses.is_dataclass(value):
        return type(value).__name__, tuple(comparable(getattr(value, field.name)) for field in dataclasses.fields(value))
    return value


def analysed(files) -> list:
    return [pipeline.analyse_file(pipeline.FileTask(source, None, "/nonexistent-cache")) for source in files]


def test_loaded_tables_equal_built_ones_and_give_the_same_documents(tmp_path):
    files = sources.discover([CORPUS]).files
    files = [source for source in files if source.format != "pdf"]  # the stages after extraction
    if SHARED_PAGES.is_dir():
        files += sources.discover([SHARED_PAGES]).files
    tables.clear_all()
    built_documents = analysed(files)
    key = tables.tables_key()
    tables.save(tmp_path, key)
    built = {name: {args: comparable(value) for args, value in table.values.items()}
             for name, table in tables.registered().items()}
    assert {"indexer.metadata.programmes._alias_index", "indexer.language.ngrams._table",
            "indexer.metadata.country_names.locale_names"} <= {name for name, values in built.items() if values}

    tables.clear_all()
    assert tables.load(tmp_path, key)
    loaded = {name: {args: comparable(value) for args, value in table.values.items()}
              for name, table in tables.registered().items()}
    assert loaded == built
    assert analysed(files) == built_documents


def test_a_stale_or_broken_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("PROJSEARCH_TABLE_CACHE", str(tmp_path / "tables"))
    key = tables.tables_key()
    saved = tables.table_file(tmp_path / "tables", key)
    assert not warmup.warm() and saved.exists()  # nothing saved yet: built, then saved
    assert warmup.warm()

    saved.write_bytes(saved.read_bytes()[:1000])  # cut short, as by a full disk
    tables.clear_all()
    assert not warmup.warm()
    assert warmup.warm() and programmes.load_programmes() and towns.table()

    # Saved under another key (older code or data): neither read nor mistaken for this one.
    other = tables.table_file(tmp_path / "tables", "0" * 20)
    shutil.copy(saved, other)
    assert not tables.load(tmp_path / "tables", "0" * 20)
    assert tables.load(tmp_path / "tables", key)


def test_a_file_of_another_shape_or_that_fails_to_unpickle_is_removed_and_built_again(tmp_path):
    key = tables.tables_key()
    country_names.form_index()
    tables.save(tmp_path, key)
    saved = tables.table_file(tmp_path, key)
    whole = saved.read_bytes()
    for broken in (pickle.dumps({"key": key, "tables": ["not", "a", "dict"]}), pickle.dumps(["no", "key"]),
                   whole[: len(whole) // 2] + bytes(64), b"\x80\x04cindexer.tables\nno_such_table\n."):
        saved.write_bytes(broken)
        assert not tables.load(tmp_path, key)
        assert not saved.exists()  # the next run saves a whole one
    tables.save(tmp_path, key)
    assert tables.load(tmp_path, key)


def test_tables_in_a_folder_others_may_write_are_neither_read_nor_written(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o700)
    key = tables.tables_key()
    country_names.form_index()
    tables.save(shared, key)
    assert tables.load(shared, key)
    shared.chmod(0o777)  # anyone could have put a pickle here, and a pickle runs code when loaded
    assert not tables.load(shared, key)
    tables.table_file(shared, key).unlink()
    tables.save(shared, key)
    assert not list(shared.iterdir())
    shared.chmod(0o700)
    tables.save(shared, key)
    tables.table_file(shared, key).chmod(0o666)
    assert not tables.load(shared, key)


def test_a_table_remembers_calls_with_options_apart():
    calls = []

    def scaled(value, factor=1):
        calls.append((value, factor))
        return value * factor

    with pytest.raises(ValueError, match="must be built in"):
        tables.static_table(scaled)  # its source would not be in the file's key
    scaled.__module__ = "indexer.metadata.scaling"
    scaled = tables.static_table(scaled)
    try:
        assert scaled(2) == 2 and scaled(2, factor=3) == 6 and scaled(2, factor=3) == 6 and scaled(2) == 2
        assert calls == [(2, 1), (2, 3)]
    finally:
        tables._REGISTRY.pop(scaled.name)


def test_the_key_follows_the_stages_data_and_code_but_not_other_code(tmp_path):
    copy = tmp_path / "indexer"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    original = tables.tables_key(copy)
    assert original == tables.tables_key()  # the installed package is this source tree
    programmes_file = copy / "metadata" / "data" / "programmes.toml"
    programmes_file.write_text(programmes_file.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    changed_data = tables.tables_key(copy)
    (copy / "language" / "ngrams.py").write_text("# other profiles\n", encoding="utf-8")
    changed_code = tables.tables_key(copy)
    (copy / "search" / "__init__.py").write_text("# the search layer builds none of the tables\n", encoding="utf-8")
    assert len({original, changed_data, changed_code}) == 3
    assert tables.tables_key(copy) == changed_code


def test_two_saves_at_once_leave_one_whole_file(tmp_path):
    months = date_mentions.month_names()
    country_names.form_index()
    key = tables.tables_key()
    script = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from pathlib import Path; "
              "from indexer import tables; from indexer.ingest import warmup; warmup._analyse_sample(); "
              f"[tables.save(Path({str(tmp_path)!r}), {key!r}) for _ in range(20)]")
    racers = [subprocess.Popen([sys.executable, "-c", script], env=os.environ | {"PROJSEARCH_WARMUP": "0"})
              for _ in range(3)]
    assert all(racer.wait(timeout=120) == 0 for racer in racers)
    assert [path.name for path in tmp_path.iterdir()] == [tables.table_file(tmp_path, key).name]
    tables.clear_all()
    assert tables.load(tmp_path, key) and date_mentions.month_names() == months


def index_contents(index_dir: Path):
    """Every posting and every stored document of the index, by document id (workers finish in any order)."""
    ix = whoosh_index.open_dir(str(store.current_generation(index_dir)))
    with ix.reader() as reader:
        ids = {docnum: fields["id"] for docnum, fields in reader.iter_docs()}
        postings = sorted((field, term, ids[docnum], weight, value)
                          for field, term, docnum, weight, value in reader.iter_postings())
        stored = sorted(reader.all_stored_fields(), key=lambda fields: fields["id"])
    ix.close()
    return postings, stored


def index_corpus(index_dir: Path, table_cache: Path, warm: str) -> None:
    env = os.environ | {"PROJSEARCH_TABLE_CACHE": str(table_cache), "PROJSEARCH_WARMUP": warm}
    command = [sys.executable, "-m", "indexer.cli", "index", str(CORPUS), "--index", str(index_dir), "--json"]
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert completed.returncode in (0, 3), completed.stderr[-2000:]  # 3: a corpus file is meant to fail


def test_the_corpus_index_is_the_same_cold_with_built_and_with_loaded_tables(tmp_path):
    table_cache = tmp_path / "tables"
    index_corpus(tmp_path / "built", table_cache, "1")
    assert list(table_cache.glob("tables-*.pickle")), "the first run saves its tables"
    index_corpus(tmp_path / "loaded", table_cache, "1")
    index_corpus(tmp_path / "cold", tmp_path / "unused", "0")
    built = index_contents(tmp_path / "built")
    assert built[1] and index_contents(tmp_path / "loaded") == built == index_contents(tmp_path / "cold")
    assert not (tmp_path / "unused").exists()
