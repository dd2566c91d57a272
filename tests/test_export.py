"""Export of a whole result set as CSV and JSON Lines: every hit, in order, read back."""

from __future__ import annotations

import csv
import io
import json


def all_api_hits(client, query: str) -> list[dict]:
    hits, page = [], 1
    while True:
        data = client.get(f"/api/search?{query}&per_page=7&page={page}").get_json()
        hits += data["hits"]
        if page >= data["pages"]:
            return hits
        page += 1


def test_csv_round_trips_every_hit_with_facets_and_url(client, monkeypatch):
    from webui import api

    monkeypatch.setattr(api, "EXPORT_BATCH", 4)  # several batches, so their joins are checked too
    response = client.get("/api/export.csv?kind=page")
    assert response.status_code == 200 and response.content_type.startswith("text/csv")
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    expected = all_api_hits(client, "kind=page")
    assert len(rows) == len(expected) > 10  # more than one page of the page's default
    assert [row["id"] for row in rows] == [hit["id"] for hit in expected]
    for row, hit in zip(rows, expected):
        assert row["title"] == hit["title"]
        assert row["countries"].split("; ") == hit["countries"]
        assert row["programmes"].split("; ") == hit["programmes"]
        assert [int(year) for year in row["years"].split("; ")] == hit["years"]
        assert row["document_url"] == f"http://localhost/documents/{hit['id']}"
        assert row["source_url"] == (hit["url"] or "")


def test_jsonl_round_trips_and_takes_the_search_arguments(client):
    response = client.get("/api/export.jsonl?q=cycling&sort=title")
    lines = response.get_data(as_text=True).splitlines()
    rows = [json.loads(line) for line in lines]
    expected = all_api_hits(client, "q=cycling&sort=title")
    assert [(row["id"], row["countries"], row["years"]) for row in rows] == [
        (hit["id"], hit["countries"], hit["years"]) for hit in expected
    ]
    assert client.get("/api/export.jsonl?year=twenty").status_code == 400


def test_export_is_bounded(client, monkeypatch):
    from webui import api

    monkeypatch.setattr(api, "EXPORT_MAX_HITS", 5)
    assert len(client.get("/api/export.jsonl").get_data(as_text=True).splitlines()) == 5


def test_search_page_offers_the_downloads(client):
    text = client.get("/?q=cycling&page=2&per_page=2").get_data(as_text=True)
    assert 'href="/api/export.csv?q=cycling&amp;per_page=2"' in text
    assert 'href="/api/export.jsonl?q=cycling&amp;per_page=2"' in text


def test_csv_cells_a_spreadsheet_would_run_stay_text(tmp_path):
    from tests.conftest import make_document, write_documents_index
    from webui import create_app

    index_dir = write_documents_index(tmp_path / "index", [
        make_document("pages/trap.html", '=SUM(A1, 2) lighthouse plan', "Lighthouse keepers met in spring.",
                      root=tmp_path, programmes=("@SUM(1+1)",), years=(2021,)),
        make_document("pages/plain.html", "Lighthouse keepers 2021", "Lighthouse keepers met again.", root=tmp_path),
    ])
    client = create_app({"TESTING": True, "INDEX_DIR": index_dir}).test_client()
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(client.get("/api/export.csv?q=lighthouse").get_data(as_text=True)))}
    assert rows["pages/trap.html"]["title"] == "'=SUM(A1, 2) lighthouse plan"
    assert rows["pages/trap.html"]["programmes"] == "'@SUM(1+1)"
    assert rows["pages/plain.html"]["title"] == "Lighthouse keepers 2021"
    # JSON Lines is data, not a sheet: the title stays as it is.
    lines = [json.loads(line) for line in client.get("/api/export.jsonl?q=lighthouse").get_data(as_text=True).splitlines()]
    assert '=SUM(A1, 2) lighthouse plan' in [line["title"] for line in lines]


def test_export_without_a_readable_index_is_a_503_not_a_cut_off_download(tmp_path):
    from webui import create_app

    client = create_app({"TESTING": True, "INDEX_DIR": tmp_path / "no-index"}).test_client()
    for kind in ("csv", "jsonl"):
        response = client.get(f"/api/export.{kind}?q=cycling")
        assert response.status_code == 503, kind
        assert response.get_json()["error"]["status"] == 503
        assert "Content-Disposition" not in response.headers
