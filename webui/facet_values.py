"""Every value of one facet for the current search: the "show all" page behind a long facet.

With JavaScript the facet's own filter box narrows the values in place; this page is the same
thing without it (and a link that can be shared): ``/facets/country?q=water&filter=pol``.
"""

from __future__ import annotations

from flask import Blueprint, render_template, request

from indexer.index.schema import FACETS_BY_NAME
from indexer.search.facets import value_matches, value_search_text
from webui.api import query_from_request, results_dict, run_search
from webui.errors import WebError
from webui.i18n import gettext_
from webui.pages import FACET_HEADINGS, facet_label, search_url

bp = Blueprint("facet_values", __name__)

MAX_FILTER_CHARS = 100


@bp.get("/facets/<name>")
def values(name: str):
    # Said in the interface language, like every other 400 the pages give.
    if name not in FACETS_BY_NAME:
        raise WebError(400, gettext_("There is no facet %(name)s; the facets are %(names)s.",
                                     name=repr(name), names=", ".join(FACETS_BY_NAME)))
    wanted = request.args.getlist("filter")
    if len(wanted) > 1:
        raise WebError(400, gettext_("%(name)s was given %(count)s times; give it once", name="filter", count=len(wanted)))
    text = (wanted[0] if wanted else "").strip()
    if len(text) > MAX_FILTER_CHARS:
        raise WebError(400, gettext_("filter is too long: at most %(limit)s characters", limit=MAX_FILTER_CHARS))
    query = query_from_request()  # the shared validation: a bad search argument is a 400 here too
    data = results_dict(run_search(query))
    listed = []
    for value in data["facets"].get(name, []):
        label = facet_label(name, value["value"], value.get("label", ""))
        if text and not value_matches(value_search_text(name, value["value"], label), text):
            continue
        listed.append({**value, "label": label, "toggle_url": search_url(query.toggled(name, value["value"]))})
    spec = FACETS_BY_NAME[name]
    return render_template(
        "facet_values.html",
        query=query,
        facet={"name": name, "heading": gettext_(FACET_HEADINGS.get(name, spec.label))},
        values=listed,
        total=len(data["facets"].get(name, [])),
        filter_text=text,
        back_url=search_url(query),
    )
