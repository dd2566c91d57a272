"""The search layer against a real whoosh index: text, facets, sorting, paging, snippets."""

from __future__ import annotations

import json
import re
import sys

import pytest
from werkzeug.datastructures import MultiDict

from indexer.search import (
    NOTE_MALFORMED,
    NOTE_TIMEOUT,
    NOTE_YEARS_REVERSED,
    PARTIAL_BELOW,
    QueryError,
    SearchQuery,
    facet_overview,
    get_document,
    more_like_this,
    search,
)
from tests.searchkit import build_index, make_document, sample_documents


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("search") / "index", sample_documents())


def ids(results) -> list[str]:
    return [hit.id for hit in results.hits]


def counts(results, facet: str) -> dict[str, int]:
    return {value.value: value.count for value in results.facet(facet)}


def selected(results, facet: str) -> set[str]:
    return {value.value for value in results.facet(facet) if value.selected}


def only_mark_tags(html: str) -> bool:
    return set(re.findall(r"<[^>]*>", html)) <= {"<mark>", "</mark>"}


# --- text ---------------------------------------------------------------------------------------


def test_documents_with_every_word_come_first_and_partial_matches_follow(index):
    results = search(index, SearchQuery(text="bridges cyclists"))
    assert ids(results)[0] == "interreg/bridges.html"
    assert "misc/undated.html" in ids(results)  # has "bridges" only
    assert results.relaxed and results.complete == 1
    assert results.to_dict()["complete"] == 1


def test_no_partial_matches_when_a_page_of_documents_has_every_word(tmp_path):
    documents = [make_document(f"both{i}.html", f"Both {i}", "bridges for cyclists") for i in range(PARTIAL_BELOW)]
    documents.append(make_document("one.html", "One", "bridges only, and louder bridges"))
    ix = build_index(tmp_path / "ix", documents)
    results = search(ix, SearchQuery(text="bridges cyclists", per_page=20))
    assert results.total == PARTIAL_BELOW and "one.html" not in ids(results)
    assert not results.relaxed and results.complete is None


def test_partial_matches_rank_below_complete_ones_on_every_page(tmp_path):
    # The partial matches score higher on their own word; they still come after the complete ones.
    documents = [make_document("both.html", "Both", "bridges for cyclists")]
    documents += [make_document(f"one{i}.html", f"One {i}", "bridges bridges bridges bridges") for i in range(5)]
    ix = build_index(tmp_path / "ix", documents)
    assert ids(search(ix, SearchQuery(text="bridges cyclists", per_page=2)))[0] == "both.html"
    second_page = ids(search(ix, SearchQuery(text="bridges cyclists", per_page=2, page=2)))
    assert len(second_page) == 2 and "both.html" not in second_page
    newest = search(ix, SearchQuery(text="bridges cyclists", sort="newest", per_page=10))
    assert newest.total == 6  # a sort order ranks complete and partial matches together


def test_falls_back_to_any_word_when_no_document_has_every_word(index):
    results = search(index, SearchQuery(text="bridges solar"))
    assert results.relaxed and results.complete == 0
    assert {"interreg/bridges.html", "erasmus/youth.html"} <= set(ids(results))
    assert results.to_dict()["relaxed"] is True


def test_phrase_needs_the_words_next_to_each_other(index):
    assert ids(search(index, SearchQuery(text='"renewable energy"'))) == ["erasmus/youth.html"]
    assert search(index, SearchQuery(text='"energy renewable"')).total == 0


def test_exclusion_removes_documents(index):
    assert set(ids(search(index, SearchQuery(text="bridges")))) == {"interreg/bridges.html", "misc/undated.html"}
    assert ids(search(index, SearchQuery(text="bridges -undated"))) == ["interreg/bridges.html"]


def test_or_matches_either_word(index):
    results = search(index, SearchQuery(text="castles OR solar"))
    assert set(ids(results)) == {"interreg/heritage.html", "erasmus/youth.html"}
    assert not results.relaxed


def test_title_scope_searches_only_titles(index):
    assert ids(search(index, SearchQuery(text="title:heritage"))) == ["interreg/heritage.html"]
    # "castles" is only in the body of that page.
    assert search(index, SearchQuery(text="castles")).total == 1
    assert search(index, SearchQuery(text="title:castles")).total == 0


def test_stemmed_and_accent_folded_matches(index):
    assert "interreg/heritage.html" in ids(search(index, SearchQuery(text="route")))
    assert ids(search(index, SearchQuery(text="Gebaude"))) == ["h2020/bericht.pdf"]


@pytest.mark.parametrize("text", ['energy "efficiency', "OR OR ((( \"", "title:", "-", 'AND "" NOT', "*:* ~2 ^3 [a TO b]"])
def test_malformed_query_never_raises(index, text):
    results = search(index, SearchQuery(text=text))
    assert results.total >= 0
    json.dumps(results.to_dict())


def test_unclosed_quote_is_searched_as_words_with_a_note(index):
    results = search(index, SearchQuery(text='energy "efficiency'))
    assert "h2020/report.pdf" in ids(results)
    assert NOTE_MALFORMED in results.notes


def test_time_limit_returns_partial_results_with_a_note(tmp_path):
    documents = [make_document(f"d{i}.html", f"Doc {i}", f"common word number {i}", countries=["DE"]) for i in range(1500)]
    ix = build_index(tmp_path / "index", documents)
    # Let the timer thread take the interpreter lock promptly, so the stop lands mid-search.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        results = search(ix, SearchQuery(text="common word"), time_limit=0.0)
    finally:
        sys.setswitchinterval(interval)
    assert NOTE_TIMEOUT in results.notes
    assert results.total <= 1500


# --- browse mode and sorting ----------------------------------------------------------------------


def test_empty_text_lists_everything_newest_first_undated_last(index):
    results = search(index, SearchQuery(per_page=20))
    assert results.total == 7
    assert ids(results)[0] == "interreg/heritage.html"
    assert ids(results)[-1] == "misc/undated.html"
    assert results.to_dict()["query"]["sort"] == "newest"


def test_oldest_first_keeps_undated_last(index):
    results = search(index, SearchQuery(sort="oldest", per_page=20))
    assert ids(results)[0] == "sh/mostovi.html"
    assert ids(results)[-1] == "misc/undated.html"


def test_newest_and_oldest_are_reverse_orders_of_dated_documents(index):
    newest = ids(search(index, SearchQuery(sort="newest", per_page=20)))[:-1]
    oldest = ids(search(index, SearchQuery(sort="oldest", per_page=20)))[:-1]
    assert newest == list(reversed(oldest))


def test_sort_by_title(index):
    titles = [hit.title for hit in search(index, SearchQuery(sort="title", per_page=20)).hits]
    assert titles == sorted(titles, key=str.casefold)


def test_relevance_orders_by_score(index):
    results = search(index, SearchQuery(text="energy"))
    scores = [hit.score for hit in results.hits]
    assert results.total >= 2 and scores == sorted(scores, reverse=True) and scores[0] > 0


def test_sort_applies_to_text_queries(index):
    results = search(index, SearchQuery(text="energy", sort="oldest"))
    assert ids(results)[0] == "erasmus/youth.html"


# --- pagination -----------------------------------------------------------------------------------


def test_pages_cover_every_document_once(index):
    seen = []
    for page in range(1, 5):
        results = search(index, SearchQuery(per_page=2, page=page))
        assert results.total == 7
        seen += ids(results)
    assert len(seen) == 7 and len(set(seen)) == 7
    assert results.page_count == 4


def test_page_past_the_end_is_empty_not_an_error(index):
    results = search(index, SearchQuery(per_page=2, page=9))
    assert results.hits == () and results.total == 7


# --- facets ---------------------------------------------------------------------------------------


def test_facet_counts_without_selection(index):
    results = search(index, SearchQuery())
    assert counts(results, "country")["DE"] == 3
    assert counts(results, "kind") == {"page": 5, "report": 2}
    assert [value.value for value in results.facet("year")] == ["2020", "2019", "2018", "2017", "2016", "2015", "2014"]


def test_counts_of_a_selected_facet_ignore_its_own_filter(index):
    everything = search(index, SearchQuery())
    results = search(index, SearchQuery(filters=(("country", ("DE",)),)))
    assert results.total == 3
    # Other countries keep their counts, so a second one can be added.
    assert counts(results, "country") == counts(everything, "country")
    assert selected(results, "country") == {"DE"}
    # Other facets are counted within the selection.
    assert counts(results, "programme") == {"Horizon 2020": 2, "Interreg Europe": 1}


def test_or_within_a_facet_and_across_facets(index):
    two_countries = search(index, SearchQuery(filters=(("country", ("AT", "ES")),)))
    assert set(ids(two_countries)) == {"interreg/heritage.html", "erasmus/youth.html"}
    narrowed = search(index, SearchQuery(filters=(("country", ("DE",)), ("programme", ("Horizon 2020",)))))
    assert set(ids(narrowed)) == {"h2020/report.pdf", "h2020/bericht.pdf"}
    assert counts(narrowed, "country") == {"DE": 2, "FR": 1}
    assert counts(narrowed, "programme") == {"Horizon 2020": 2, "Interreg Europe": 1}


def test_selected_value_with_no_documents_stays_visible(index):
    results = search(index, SearchQuery(text="castles", filters=(("country", ("DE",)),)))
    assert results.total == 0
    values = {value.value: value for value in results.facet("country")}
    assert values["DE"].count == 0 and values["DE"].selected
    assert values["AT"].count == 1 and not values["AT"].selected


def test_year_range(index):
    results = search(index, SearchQuery(year_from=2017, year_to=2018))
    assert set(ids(results)) == {"interreg/bridges.html", "h2020/report.pdf", "h2020/bericht.pdf"}
    open_ended = search(index, SearchQuery(year_from=2019))
    assert ids(open_ended) == ["interreg/heritage.html"]


@pytest.mark.parametrize("args", [{"year_from": "2018", "year_to": "2017"}, {"year": "2018-2017"}])
def test_a_range_given_latest_year_first_is_searched_the_way_it_was_meant(index, args):
    query = SearchQuery.from_args(args)
    assert (query.year_from, query.year_to, query.years_reversed) == (2017, 2018, True)
    results = search(index, query)
    assert set(ids(results)) == {"interreg/bridges.html", "h2020/report.pdf", "h2020/bericht.pdf"}
    assert NOTE_YEARS_REVERSED in results.notes
    # The answer's links carry the range in order, and say nothing more about it.
    again = SearchQuery.from_args(dict(query.to_args()))
    assert (again.year_from, again.year_to, again.years_reversed) == (2017, 2018, False)
    assert NOTE_YEARS_REVERSED not in search(index, again).notes
    # The same range given in order, or as the other form of the same range, is one range.
    both = SearchQuery.from_args({"year_from": "2018", "year_to": "2017", "year": "2017-2018"})
    assert (both.year_from, both.year_to) == (2017, 2018)


def test_picked_years_and_range_are_alternatives(index):
    query = SearchQuery.from_args({"year": ["2020", "2014-2014"]})
    assert (query.year_from, query.year_to, query.selected("year")) == (2014, 2014, ("2020",))
    assert set(ids(search(index, query))) == {"interreg/heritage.html", "sh/mostovi.html"}


def test_facet_labels_in_the_interface_language(index):
    english = {value.value: value.label for values in (search(index, SearchQuery()).facet("country"),) for value in values}
    german = {value.value: value.label for value in search(index, SearchQuery(locale="de")).facet("country")}
    assert english["DE"] == "Germany" and german["DE"] == "Deutschland"
    languages = {value.value: value.label for value in search(index, SearchQuery()).facet("language")}
    assert languages["sh"] == "Serbo-Croatian (BCMS)" and languages["en"] == "English"
    kinds = {value.value: value.label for value in search(index, SearchQuery()).facet("kind")}
    assert kinds == {"page": "Page", "report": "Report"}


def test_facet_overview_lists_every_value(index):
    overview = facet_overview(index, "de")
    assert {item["value"] for item in overview["country"]} == {"DE", "PL", "AT", "SI", "ES", "IT", "FR", "HR", "RS"}
    assert {"value": "DE", "label": "Deutschland", "count": 3, "selected": False} in overview["country"]


# --- did you mean -------------------------------------------------------------------------------


def test_suggests_a_correction_from_the_index_vocabulary(index):
    results = search(index, SearchQuery(text="bridgse", correct=False))
    assert results.total == 0 and results.suggestion == "bridges"
    assert search(index, SearchQuery(text="renewabel energy", correct=False)).suggestion == "renewable energy"
    # by default the correction's results are shown instead of nothing
    corrected = search(index, SearchQuery(text="bridgse"))
    assert corrected.corrected == "bridges" and corrected.total == search(index, SearchQuery(text="bridges")).total


def test_suggestion_keeps_the_accents_and_capital_the_user_typed(tmp_path):
    polish = make_document("pl.html", "Raport", "Ochrona środowiska w województwie śląskim.", language="pl")
    ix = build_index(tmp_path / "ix", [polish])
    assert search(ix, SearchQuery(text="środowsika", correct=False)).suggestion == "środowiska"
    assert search(ix, SearchQuery(text="Środowsika", correct=False)).suggestion == "Środowiska"
    assert search(ix, SearchQuery(text="srodowsika", correct=False)).suggestion == "srodowiska"  # typed without accents


def test_no_suggestion_when_it_would_find_nothing_either(index):
    assert search(index, SearchQuery(text="bridgse", filters=(("country", ("ES",)),))).suggestion is None
    assert search(index, SearchQuery(text="bridges")).suggestion is None


# --- snippets and hits -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory):
    documents = [
        make_document(
            "hostile/page.html",
            '<script>alert("title")</script> Hostile \u202eevil title',
            'Before <script>alert("x")</script> dangerous <img src=x onerror=alert(1)> payload & more '
            + "x" * 400
            + " \u202ereversed text after the dangerous bit.",
            url="javascript:alert(1)",
        )
    ]
    return build_index(tmp_path_factory.mktemp("hostile") / "index", documents)


def test_snippet_is_escaped_with_mark_as_the_only_markup(hostile_index):
    (hit,) = search(hostile_index, SearchQuery(text="dangerous")).hits
    assert only_mark_tags(hit.snippet_html)
    assert "&lt;script&gt;" in hit.snippet_html and "&lt;img" in hit.snippet_html
    assert "<mark>dangerous</mark>" in hit.snippet_html
    assert "<script>" in hit.snippet_text and "<mark>" not in hit.snippet_text


def test_hostile_title_is_plain_text_without_layout_breakers(hostile_index):
    (hit,) = search(hostile_index, SearchQuery(text="title:script")).hits
    assert hit.title.replace("\u200b", "").startswith('<script>alert("title")</script>')
    assert "\u202e" not in hit.title and "\u202e" not in hit.snippet_text


def test_very_long_words_get_break_opportunities(hostile_index):
    (hit,) = search(hostile_index, SearchQuery(text="payload")).hits
    assert max(len(run) for run in re.split(r"[\s\u200b]+", hit.snippet_text)) <= 30


def test_stemmed_and_folded_matches_are_highlighted(index):
    (hit,) = [h for h in search(index, SearchQuery(text="route")).hits if h.id == "interreg/heritage.html"]
    assert "<mark>routes</mark>" in hit.snippet_html
    (hit,) = search(index, SearchQuery(text="Gebaude")).hits
    assert "<mark>Gebäude</mark>" in hit.snippet_html


def test_excluded_words_are_not_highlighted(index):
    (hit,) = search(index, SearchQuery(text="bridges -maintenance")).hits or (None,)
    assert hit is None or "<mark>maintenance</mark>" not in hit.snippet_html


def test_pdf_snippet_gives_the_page_of_the_best_passage(index):
    assert search(index, SearchQuery(text="pilots consortium")).hits[0].snippet_page == 3
    (hit,) = search(index, SearchQuery(text='"twelve percent"')).hits
    assert hit.snippet_page == 2 and "<mark>twelve</mark> <mark>percent</mark>" in hit.snippet_html


def test_hit_carries_the_record_fields(index):
    (hit,) = search(index, SearchQuery(text="twelve")).hits
    assert (hit.id, hit.kind, hit.pages) == ("h2020/report.pdf", "report", 3)
    assert hit.programmes == ("Horizon 2020",) and hit.years == (2017,) and hit.countries == ("DE", "FR")
    assert hit.languages == ("en",) and hit.title == "Annual report on energy efficiency"


def test_to_dict_is_the_json_the_page_renders(index):
    data = search(index, SearchQuery(text="energy", filters=(("country", ("DE",)),))).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert {"total", "page", "per_page", "hits", "facets", "suggestion", "relaxed", "took_ms", "notes", "query"} <= set(data)
    assert set(data["facets"]) == {"programme", "year", "country", "language", "kind"}
    assert {"value": "DE", "label": "Germany", "count": 1, "selected": True} in data["facets"]["country"]
    assert data["query"]["filters"] == {"country": ["DE"]}
    assert {"id", "title", "kind", "url", "snippet_html", "snippet_text", "snippet_page"} <= set(data["hits"][0])


# --- documents -------------------------------------------------------------------------------------


def test_get_document_returns_record_and_text(index):
    document = get_document(index, "h2020/report.pdf")
    assert document["title"] == "Annual report on energy efficiency"
    assert "twelve percent" in document["content"] and document["page_offsets"][0] == 0
    assert get_document(index, "no/such.pdf") is None


def test_more_like_this_offers_nothing_without_shared_distinctive_words(index):
    # these documents share no three distinctive words: nothing is offered rather than noise
    assert more_like_this(index, "h2020/report.pdf", n=3) == ()
    assert more_like_this(index, "no/such.pdf") == ()


# --- arguments ------------------------------------------------------------------------------------


def test_from_args_reads_repeated_and_comma_separated_values():
    query = SearchQuery.from_args(
        MultiDict([("q", " energy "), ("country", "de,PL"), ("country", "AT"), ("kind", "report"), ("year", "2014-2018"),
                   ("sort", "oldest"), ("page", "3"), ("per_page", "25"), ("utm_source", "x")])
    )
    assert query.text == "energy"
    assert query.filters == (("country", ("DE", "PL", "AT")), ("kind", ("report",)))
    assert (query.year_from, query.year_to, query.sort, query.page, query.per_page) == (2014, 2018, "oldest", 3, 25)


def test_a_programme_given_by_alias_or_code_filters_on_its_name():
    codes = [("h2020", "Horizon 2020"), ("2014tc16rfcb029", "Interreg V-A Slovenia-Croatia"),
             ("Some programme we do not list", "Some programme we do not list")]
    for given, name in codes:
        query = SearchQuery.from_args(MultiDict([("programme", given)]))
        assert query.filters == (("programme", (name,)),), given


def test_to_args_round_trips():
    query = SearchQuery(text="a b", filters=(("year", ("2015",)), ("country", ("DE", "PL"))), year_from=2010,
                        sort="title", page=2, per_page=20)
    args = query.to_args()
    assert args[0] == ("q", "a b")
    assert SearchQuery.from_args(MultiDict(args)) == SearchQuery.from_args(MultiDict(args)).toggled("x", "y").toggled("x", "y").at_page(2)
    assert SearchQuery.from_args(MultiDict(args)) == query.__class__(**{**query.__dict__, "filters": (("year", ("2015",)), ("country", ("DE", "PL")))})
    assert SearchQuery().to_args() == []


def test_toggled_adds_and_removes_a_value_and_resets_the_page():
    query = SearchQuery(page=3).toggled("country", "DE").toggled("country", "PL")
    assert query.selected("country") == ("DE", "PL") and query.page == 1
    assert query.toggled("country", "DE").selected("country") == ("PL",)
    assert query.toggled("country", "DE").toggled("country", "PL").filters == ()


def test_years_in_other_digits_are_the_same_years():
    query = SearchQuery.from_args({"year": ["\u0662\u0660\u0661\u0664", "\u0968\u0966\u0967\u096b"]})
    assert query.selected("year") == ("2014", "2015")
    assert SearchQuery.from_args({"year_from": "\u0662\u0660\u0661\u0664"}).year_from == 2014


def test_the_same_year_range_twice_is_one_range():
    query = SearchQuery.from_args({"year": ["2014-2016", "2014-2016"], "year_from": "2014", "year_to": "2016"})
    assert (query.year_from, query.year_to) == (2014, 2016)
    assert SearchQuery.from_args({"year": ["2020", "2014-2016"]}).selected("year") == ("2020",)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"sort": "bogus"}, "sort must be one of"),
        ({"page": "0"}, "page must be from 1"),
        ({"page": "abc"}, "page must be a whole number"),
        ({"per_page": "101"}, "per_page must be from 1 to 100"),
        ({"page": "101", "per_page": "100"}, "too deep"),
        ({"year": "20x"}, "year must be a 4-digit year"),
        ({"country": "Germany"}, "two-letter country code"),
        ({"kind": "video"}, "report or page"),
        ({"q": ["a", "b"]}, "q was given 2 times"),
        ({"q": "x" * 1001}, "too long"),
        ({"year": ["2010-2012", "2014-2016"]}, "only one year range .*; 2010-2012 and 2014-2016 were given"),
        ({"year_from": "2010", "year": "2014-2016"}, "only one year range .*; 2010- and 2014-2016 were given"),
        ({"year": "2014-2016,-2020"}, "only one year range"),
        ({"programme": [f"Programme {n}" for n in range(101)]}, "programme takes at most 100 values at once, not 101"),
        ({"country": ",".join(["DE"] * 150)}, "country takes at most 100 values"),
    ],
)
def test_bad_arguments_raise_query_error(args, message):
    with pytest.raises(QueryError, match=message):
        SearchQuery.from_args(args)


# --- through the indexing pipeline ----------------------------------------------------------------


def test_search_an_index_directory_built_from_real_files(tmp_path):
    from indexer.index.pipeline import index_paths

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "windmills.html").write_text(
        "<html lang='en'><head><title>Windmills of the north</title></head><body><main>"
        "<h1>Windmills of the north</h1><p>Old windmills along the coast were restored by volunteers "
        "from Denmark and Germany as part of a heritage project.</p></main></body></html>",
        encoding="utf-8",
    )
    (corpus / "windmills.html.meta.json").write_text(
        json.dumps({"programmes": ["Interreg Europe"], "countries": ["DK", "DE"], "years": [2019], "published": "2019-05-01"}),
        encoding="utf-8",
    )
    (corpus / "orchards.html").write_text(
        "<html lang='en'><head><title>Orchards</title></head><body><main><h1>Orchards</h1>"
        "<p>Apple orchards and cider makers in Normandy.</p></main></body></html>",
        encoding="utf-8",
    )
    index_dir = tmp_path / "index"
    report = index_paths([corpus], index_dir, workers=1)
    assert report.added == 2, report.failed
    results = search(index_dir, SearchQuery(text="windmill volunteers"))
    assert ids(results) == ["windmills.html"]
    assert "<mark>volunteers</mark>" in results.hits[0].snippet_html
    assert counts(results, "country") == {"DK": 1, "DE": 1}
    assert counts(search(index_dir, SearchQuery()), "kind") == {"page": 2}


def test_an_open_index_sees_documents_committed_after_it_was_opened(tmp_path):
    from indexer.index.schema import document_fields

    ix = build_index(tmp_path / "index", sample_documents())
    assert search(ix, SearchQuery(text="lighthouse")).total == 0
    writer = ix.writer()
    writer.add_document(**document_fields(make_document("new/lighthouse.html", "Lighthouse", "A lighthouse keeper.")))
    writer.commit()
    assert ids(search(ix, SearchQuery(text="lighthouse"))) == ["new/lighthouse.html"]
    assert get_document(ix, "new/lighthouse.html")["title"] == "Lighthouse"
