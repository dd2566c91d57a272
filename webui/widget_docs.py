"""``/widget``: how to embed the search, with a builder that writes the snippet for the choices made."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request
from werkzeug.datastructures import MultiDict

from indexer.search import QueryError, SearchQuery
from webui import urls
from webui.cors import ORIGINS_ENV
from webui.i18n import N_, error_message, get_locale, gettext_, language_name
from webui.pages import FACET_HEADINGS
from webui.widget import (
    FACET_NAMES, MAX_PER_PAGE, THEMES, WIDGET_TARGETS, choice, colour, int_arg, language, list_arg, strings,
    widget_script, widget_script_url,
)

bp = Blueprint("widget_docs", __name__)

@dataclass(frozen=True)
class Snippet:
    attributes: tuple[tuple[str, str], ...]
    accent: str | None
    script_url: str
    # (facet, message) for each preset the API would refuse: left out of the snippet, said beside its field.
    problems: tuple[tuple[str, str], ...] = ()

    @property
    def html(self) -> str:
        from markupsafe import escape

        attrs = "".join(f' {name}="{escape(value)}"' if value != "" else f" {name}" for name, value in self.attributes)
        style = f' style="--projsearch-accent: {self.accent}"' if self.accent else ""
        return f'<script src="{escape(self.script_url)}" defer></script>\n<projsearch-widget{attrs}{style}></projsearch-widget>'

    @property
    def iframe(self) -> str:
        from markupsafe import escape

        presets = [(name, value) for name, value in self.attributes if name in FACET_NAMES]
        extra = [(n.replace("per-page", "per_page"), v) for n, v in self.attributes if n in ("lang", "per-page", "facets", "theme", "sort")]
        if self.accent:
            extra.append(("accent", self.accent))
        chosen = dict(self.attributes)
        endpoint = chosen.get("endpoint", "").rstrip("/")
        src = f"{endpoint}/embed?{urlencode(presets + extra)}"
        title = strings()[language(chosen.get("lang"))]["label"]
        return (
            f'<iframe src="{escape(src)}" title="{escape(title)}" loading="lazy" '
            'style="width:100%;height:36em;border:0"></iframe>'
        )


# ---------------------------------------------------------------- presets, checked as the API checks them


LEFT_OUT = N_("It is left out of the snippet.")


def preset_problem(facet: str, values: tuple[str, ...]) -> str | None:
    """Why the API would refuse this preset, in the interface language; None if it is fine.

    The API's own validation decides (a year or a single range, a country or language code that
    exists, report or page), so the builder never accepts what the widget's searches would be refused for.
    """
    try:
        SearchQuery.from_args(MultiDict([(facet, value) for value in values]), locale=get_locale())
    except QueryError as error:
        return error_message(error)
    return None


DEFAULT_PER_PAGE = 5
PER_PAGE_REFUSED = N_("Results per page must be a whole number from %(low)s to %(high)s, not %(raw)s.")
PER_PAGE_USED = N_("The snippet uses %(value)s.")


def per_page_choice(raw: object) -> tuple[int, str | None]:
    """The per-page count the snippet writes and, if the typed one could not be, why and what it uses instead.

    The widget shows at most MAX_PER_PAGE results a page: 500 becomes 50, and says so.
    """
    typed = str(raw if raw is not None else "").strip()
    per_page = int_arg(typed, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    if not typed or (typed.isdigit() and int(typed) == per_page):
        return per_page, None
    refused = gettext_(PER_PAGE_REFUSED, low=1, high=MAX_PER_PAGE, raw=typed)
    return per_page, f"{refused} {gettext_(PER_PAGE_USED, value=per_page)}"


def snippet_from_args(args: Mapping[str, Any], endpoint: str) -> Snippet:
    """The builder's choices as element attributes, validated the way the widget and the API read them."""
    attributes: list[tuple[str, str]] = [("endpoint", str(args.get("endpoint") or endpoint).strip())]
    problems: list[tuple[str, str]] = []
    for facet in FACET_NAMES:
        values = list_arg(args, facet)
        if not values:
            continue
        problem = preset_problem(facet, values)
        if problem:
            # The API's sentences end without a full stop; a second sentence follows this one.
            ended = problem if problem.endswith((".", "!", "?")) else problem + "."
            problems.append((facet, f"{ended} {gettext_(LEFT_OUT)}"))
        else:
            attributes.append((facet, ",".join(values)))
    # Unless chosen, the widget speaks the language the builder is read in.
    widget_lang = language(args.get("widget_lang") or get_locale())
    attributes.append(("lang", widget_lang))
    per_page, problem = per_page_choice(args.get("per_page"))
    attributes.append(("per-page", str(per_page)))
    if problem:
        problems.append(("per_page", problem))
    facets = [f for f in list_arg(args, "facets") if f in FACET_NAMES]
    if facets:
        attributes.append(("facets", ",".join(facets)))
    for name in ("placeholder", "label"):
        value = str(args.get(name, "")).strip()
        if value:
            attributes.append((name, value[:200]))
    theme = choice(args.get("theme"), THEMES, "auto")
    if theme != "auto":
        attributes.append(("theme", theme))
    if args.get("paging") == "more":
        attributes.append(("paging", "more"))
    sort = args.get("sort")
    if sort in ("newest", "oldest", "title"):
        attributes.append(("sort", sort))
    target = choice(args.get("target"), WIDGET_TARGETS, "_self")
    if target != "_self":
        attributes.append(("target", target))
    if args.get("browse"):
        attributes.append(("browse", ""))
    # The colour input always holds a colour: it counts only once "custom" is chosen beside it. A link
    # without the choice (written before there was one) keeps its accent.
    accent = colour(args.get("accent")) if args.get("accent_choice", "custom") == "custom" else None
    return Snippet(
        attributes=tuple(attributes), accent=accent, script_url=widget_script_url(), problems=tuple(problems),
    )


def _programme_choices() -> list[str]:
    from indexer import search as search_layer
    from indexer.index.store import IndexMissing, StoreError
    from webui import current_index

    try:
        overview = search_layer.facet_overview(current_index(), "en")
    except (IndexMissing, StoreError):
        return []
    return [str(item["value"] if isinstance(item, dict) else item.value) for item in overview.get("programme", [])]


THEME_LABELS = {"auto": N_("As the visitor's system"), "light": N_("Light"), "dark": N_("Dark")}


def widget_languages() -> list[tuple[str, str]]:
    """(code, name) of every widget language, named and ordered in the interface language (CLDR)."""
    named = [(code, language_name(code)) for code in strings()]
    return sorted(((code, name[:1].upper() + name[1:]) for code, name in named), key=lambda pair: pair[1])


@bp.get("/widget")
def documentation() -> str:
    endpoint = urls.widget_endpoint()
    snippet = snippet_from_args(request.args, endpoint)
    asset = widget_script()
    return render_template(
        "widget/documentation.html",
        snippet=snippet,
        chosen=dict(snippet.attributes),
        # What was typed, shown again beside its problem: the snippet itself left it out.
        typed={facet: ",".join(list_arg(request.args, facet)) for facet in FACET_NAMES},
        typed_per_page=str(request.args.get("per_page", "")).strip(),
        problems=dict(snippet.problems),
        chosen_facets=dict(snippet.attributes).get("facets", "").split(","),
        programmes=_programme_choices(),
        languages=widget_languages(),
        facet_names=[(name, gettext_(FACET_HEADINGS[name])) for name in FACET_NAMES],
        themes=[(theme, gettext_(THEME_LABELS[theme])) for theme in THEMES],
        gzip_kib=asset.gzip_size / 1024,
        endpoint=endpoint,
        origins_env=ORIGINS_ENV,
    )


@bp.get("/widget/snippet.json")
def snippet_json() -> Response:
    snippet = snippet_from_args(request.args, urls.widget_endpoint())
    return Response(
        json.dumps({
            "html": snippet.html, "iframe": snippet.iframe, "attributes": snippet.attributes, "accent": snippet.accent,
            "problems": dict(snippet.problems),
        }),
        content_type="application/json",
    )
