"""What a server process would otherwise do on its first requests, done before it takes any.

A fresh process compiled the page templates, loaded the interface languages' catalogues and
CLDR names and the programme table, built the URL map and opened the index on its first search page: some 300 ms on
top of that search, met by a visitor once per worker process (and by every worker after a
restart). ``warm_app`` does the index-free part once, in the process that forks the workers,
so they inherit it; ``warm_index`` opens the index in each process before it serves.

The objects ``warm_app`` leaves (modules, templates, locale data) live as long as the process.
``gc.freeze`` moves them out of the collector's reach: a full collection in a worker no longer
walks them, which also kept writing to the pages the workers share with the parent (copying
them) and held every thread of the worker meanwhile.
"""

from __future__ import annotations

import gc
from contextlib import ExitStack

from babel.numbers import format_decimal
from flask import Flask, url_for

from indexer import search as search_layer
from indexer.index.store import StoreError
from indexer.metadata.programmes import programme_by_name
from indexer.search import SearchQuery, searchers
from webui import i18n

# Browsing in each order reads the sort ranks and, for the first, the facet tables.
WARM_SORTS = ("newest", "oldest", "title")


def warm_app(app: Flask) -> None:
    """Templates compiled, every interface language loaded, the URL map built; then frozen."""
    for name in app.jinja_env.list_templates(extensions=("html",)):
        app.jinja_env.get_template(name)
    for code in i18n.available_locales():
        i18n.translations(code)
        i18n.locale_name(code)
        # Babel reads a locale's data on first access: its names and its number format.
        i18n.country_name("FR", code)
        i18n.language_name("fr", code)
        format_decimal(1, locale=code)
    # The programme table (some 3,000 entries of TOML) names the aliases a programme's filter finds.
    programme_by_name()
    with app.test_request_context("/"):
        url_for("pages.search")
    gc.freeze()


def warm_index(app: Flask, threads: int = 1) -> None:
    """The index's current generation opened, a searcher for each of ``threads``, with its facet
    tables and sort ranks read."""
    index_dir = app.config["INDEX_DIR"]
    try:
        for sort in WARM_SORTS:
            search_layer.search(index_dir, SearchQuery(sort=sort, per_page=int(app.config["PER_PAGE"])), cached=False)
        # Held at once, so each is a new one (some 6 ms to open on the reports); idle when given back.
        with ExitStack() as leases:
            for _ in range(threads):
                leases.enter_context(searchers.open_searcher(index_dir))
    except StoreError:
        # No index yet, or one being swapped in: the first request opens it (and says why not).
        pass
