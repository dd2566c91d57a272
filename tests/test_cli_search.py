"""`projsearch search` and `projsearch index` as people run them, and one validation for CLI, page and API."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from tests.test_cli import run

# (CLI options, the same search as URL arguments); each must give the same hits or the same error.
SAME_SEARCHES = [
    (["--country", "de"], [("country", "de")]),
    (["--country", "DE", "--country", "si"], [("country", "DE"), ("country", "si")]),
    (["--year", "2015-2017"], [("year", "2015-2017")]),
    (["--year", "2019-"], [("year", "2019-")]),
    (["--year", "2018-2014"], [("year", "2018-2014")]),
    (["--kind", "report"], [("kind", "report")]),
    (["--programme", "erasmus+"], [("programme", "erasmus+")]),
    (["--programme", "H2020"], [("programme", "H2020")]),
    (["cycling", "--sort", "title", "--page", "2", "--limit", "3"], [("q", "cycling"), ("sort", "title"), ("page", "2"), ("per_page", "3")]),
    (["energie", "--language", "DE"], [("q", "energie"), ("language", "DE")]),
]
SAME_ERRORS = [
    (["--country", "Germany"], [("country", "Germany")], "country must be a two-letter country code"),
    (["--year", "twenty"], [("year", "twenty")], "year must be a 4-digit year"),
    (["--kind", "brochure"], [("kind", "brochure")], "kind must be report or page"),
    (["--language", "english"], [("language", "english")], "language must be a language code"),
    (["--country", "XX"], [("country", "XX")], "is not an ISO 3166 country code such as DE"),
    (["--language", "zzz"], [("language", "zzz")], "is not an ISO 639 language code such as pl"),
]


def cli_json(index: Path, *options: str) -> dict:
    found = run("search", *options, "--index", str(index), "--json")
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout)


@pytest.mark.parametrize(("options", "args"), SAME_SEARCHES)
def test_cli_page_and_api_find_the_same(options, args, client, sample_index):
    from_cli = cli_json(sample_index, *options)
    from_api = client.get("/api/search", query_string=args).get_json()
    page = client.get("/", query_string=args).get_data(as_text=True)
    assert from_cli["total"] > 0, "the case should find something in the sample index"
    assert from_cli["total"] == from_api["total"]
    assert [hit["id"] for hit in from_cli["hits"]] == [hit["id"] for hit in from_api["hits"]]
    page_ids = [html.unescape(part.split("</p>")[0]) for part in page.split('<p class="hit-id">')[1:]]
    assert page_ids == [hit["id"] for hit in from_api["hits"]]


@pytest.mark.parametrize(("options", "args", "message"), SAME_ERRORS)
def test_cli_page_and_api_refuse_the_same(options, args, message, client, sample_index):
    refused = run("search", *options, "--index", str(sample_index))
    assert refused.returncode == 2 and message in refused.stderr, refused.stderr
    api = client.get("/api/search", query_string=args)
    assert api.status_code == 400 and message in api.get_json()["error"]["message"]
    page = client.get("/", query_string=args)
    assert page.status_code == 400 and message in html.unescape(page.get_data(as_text=True))


def test_filters_do_what_they_say(sample_index):
    germany = cli_json(sample_index, "--country", "de", "--limit", "100")
    assert germany["hits"] and all("DE" in hit["countries"] for hit in germany["hits"])
    years = cli_json(sample_index, "--year", "2015-2017", "--limit", "100")
    assert years["hits"] and all(any(2015 <= y <= 2017 for y in hit["years"]) for hit in years["hits"])
    reports = cli_json(sample_index, "--kind", "report")
    assert [hit["kind"] for hit in reports["hits"]] == ["report"]
    first, second = (cli_json(sample_index, "--limit", "5", "--page", str(n))["hits"] for n in (1, 2))
    assert second and not {hit["id"] for hit in first} & {hit["id"] for hit in second}


def test_text_output_counts_and_hit_lines(sample_index):
    one = run("search", "cycling", "--kind", "report", "--index", str(sample_index))
    assert one.stdout.splitlines()[0] == "1 result"
    assert "Interreg Europe · 2019 · SI, AT" in one.stdout
    assert "[" in one.stdout.splitlines()[2], "a relevance search shows the score"
    browse = run("search", "--country", "SI", "--limit", "3", "--index", str(sample_index))
    lines = browse.stdout.splitlines()
    assert lines[0].startswith(f"{cli_json(sample_index, '--country', 'SI')['total']} results, page 1 of ")
    assert not any(line.rstrip().endswith("]") for line in lines), "browse mode has no scores to show"
    hit_blocks = [line for line in lines if line.startswith("   ") and " · " in line]
    assert len(hit_blocks) == 3 and all("SI" in line for line in hit_blocks)


def test_page_past_the_end_says_so(sample_index):
    past = run("search", "cycling", "--page", "99", "--index", str(sample_index))
    assert past.returncode == 0
    assert "past the last page" in past.stdout.splitlines()[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "river.txt").write_text("Partners measure water quality along the river every month.", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    return root


def test_first_build_then_only_new_failures_exit_3(folder, tmp_path):
    index_dir = str(tmp_path / "index")
    first = run("index", str(folder), "--index", index_dir)
    assert first.returncode == 3 and first.stdout.startswith(f"built {index_dir} ")
    assert "1 failed (1 new)" in first.stdout and "FAILED" in first.stdout
    again = run("index", str(folder), "--index", index_dir)
    assert again.returncode == 0, "an old failure must not alert again"
    assert again.stdout.startswith(f"updated {index_dir} ") and "1 failed (0 new)" in again.stdout
    assert "still failing" in again.stdout and "FAILED" not in again.stdout
    assert run("index", str(folder), "--index", index_dir, "--strict").returncode == 3
    (folder / "blank.txt").write_bytes(b"")
    newly = run("index", str(folder), "--index", index_dir, "--json")
    assert newly.returncode == 3
    assert [Path(name).name for name in json.loads(newly.stdout)["new_failures"]] == ["blank.txt"]
    rebuilt = run("index", str(folder), "--index", index_dir, "--full")
    assert rebuilt.stdout.startswith(f"rebuilt {index_dir} ") and rebuilt.returncode == 0


def test_the_readme_tour_prints_a_clean_result(corpus_index):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert '.venv/bin/projsearch search "innovation centres" --country PL' in readme
    found = run("search", "innovation centres", "--country", "PL", "--index", str(corpus_index))
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    # `centres` is the English plural of the indexed `Centre`: a known word, never "did you mean: central".
    assert not any(line.startswith("did you mean") for line in lines), found.stdout
    assert lines[0] == "3 results"
    assert lines[1] == "  no document has every word; showing documents with some of them"
    hits = [line for line in lines[1:] if line[:1].isdigit()]
    assert len(hits) == 3 and hits[0].startswith("1. ")
    assert all("PL" in line for line in lines if " · " in line), found.stdout


def test_a_word_known_only_by_its_stem_gets_no_correction(corpus_index):
    from indexer import search as searching

    for text in ("centres", "Centres"):
        results = searching.search(corpus_index, searching.SearchQuery(text=text), cached=False)
        assert results.total >= 2 and results.suggestion is None and results.corrected is None
    misspelt = searching.search(corpus_index, searching.SearchQuery(text="inovation"), cached=False)
    assert misspelt.corrected == "innovation"


def test_cli_page_and_api_search_a_reversed_year_range_the_way_it_was_meant(client, sample_index):
    from indexer.search import NOTE_YEARS_REVERSED

    in_order = cli_json(sample_index, "--year", "2014-2018")
    for options, args in [
        (["--year", "2018-2014"], [("year", "2018-2014")]),
        (["--year", "2018-2014"], [("year_from", "2018"), ("year_to", "2014")]),
    ]:
        found = run("search", *options, "--index", str(sample_index))
        assert found.returncode == 0 and f"note: {NOTE_YEARS_REVERSED}" in found.stdout, found.stderr
        from_cli = cli_json(sample_index, *options)
        from_api = client.get("/api/search", query_string=args).get_json()
        assert from_api["query"]["year_from"] == 2014 and from_api["query"]["year_to"] == 2018
        assert NOTE_YEARS_REVERSED in from_api["notes"] and NOTE_YEARS_REVERSED in from_cli["notes"]
        assert [hit["id"] for hit in from_cli["hits"]] == [hit["id"] for hit in from_api["hits"]]
        assert from_api["total"] == in_order["total"] > 0
        page = client.get("/", query_string=args)
        assert page.status_code == 200
        text = html.unescape(page.get_data(as_text=True))
        assert NOTE_YEARS_REVERSED in text
        assert 'name="year_from" type="number" inputmode="numeric" min="1900" max="2100" value="2014"' in text
