"""A server process warmed before it serves: the same pages, with the first one's set-up done."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from indexer.search import searchers
from webui import create_app, warmup


def test_warm_app_compiles_every_template_and_freezes_what_it_loaded(corpus_index):
    app = create_app({"TESTING": True, "INDEX_DIR": corpus_index})
    pages = app.jinja_env.list_templates(extensions=("html",))
    frozen = gc.get_freeze_count()
    try:
        warmup.warm_app(app)
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()
    assert {key[1] for key in app.jinja_env.cache} >= set(pages)  # keys are (loader, name)


def test_warm_index_opens_a_searcher_per_thread_and_pages_stay_the_same(corpus_index):
    searchers.close_all()
    app = create_app({"TESTING": True, "INDEX_DIR": corpus_index, "RESULT_CACHE": False})
    cold = app.test_client().get("/?q=danube&sort=newest").get_data(as_text=True)
    searchers.close_all()
    warmup.warm_index(app, threads=3)
    generation = searchers.current(corpus_index)
    assert generation.opened == 3 and len(generation.idle) == 3  # one per server thread, all idle
    warm = app.test_client().get("/?q=danube&sort=newest").get_data(as_text=True)
    assert "danube" in warm.lower() and without_time(warm) == without_time(cold)


def without_time(html: str) -> str:
    """The page but for how long its search took."""
    return re.sub(r'<span class="took">.*?</span>', "", html)


def test_warm_index_leaves_a_missing_index_to_the_first_request(tmp_path: Path):
    app = create_app({"TESTING": True, "INDEX_DIR": tmp_path / "missing"})
    warmup.warm_index(app)
    assert app.test_client().get("/").status_code == 503
