"""``/embed``: the widget as a server-rendered page for an iframe, for sites that allow no script."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request

from indexer.search import NOTE_MALFORMED, NOTE_NOTHING_SEARCHABLE, NOTE_TIMEOUT
from webui import urls
from webui.cors import allowed_origins
from webui.i18n import error_message
from webui.widget import (
    EMBED_TARGETS, FACET_NAMES, MAX_PER_PAGE, THEMES, choice, colour, dark_accent, int_arg, language, light_accent, list_arg,
    strings,
)

bp = Blueprint("embed", __name__)

def _format(template: str, **values: object) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), template)


def _plural(forms: Mapping[str, str], n: int, locale: str, **values: object) -> str:
    from babel import Locale

    category = Locale.parse(locale).plural_form(n)
    return _format(forms.get(category, forms["other"]), n=n, **values)


def _sentence(template: str, slot: str, value: str) -> list[tuple[bool, str]]:
    """A translated sentence as (is_slot, text) pieces, so the template can wrap the slot in markup."""
    pieces = re.split(r"(\{\w+\})", template)
    return [(piece == "{" + slot + "}", value if piece == "{" + slot + "}" else piece) for piece in pieces if piece]


# ---------------------------------------------------------------- presets and refinements


@dataclass(frozen=True)
class EmbedOptions:
    """What an embed shows: fixed presets, the visitor's refinements, and presentation."""

    presets: tuple[tuple[str, tuple[str, ...]], ...]
    refinements: tuple[tuple[str, tuple[str, ...]], ...]
    facets: tuple[str, ...]
    text: str
    page: int
    per_page: int
    sort: str | None
    lang: str
    theme: str
    accent: str | None
    target: str
    exact: bool = False  # the visitor asked for the typed words, not their spelling correction

    @property
    def light_accent(self) -> str | None:
        """The accent as the light theme shows it: darkened when it would not read on white."""
        return light_accent(self.accent) if self.accent else None

    @property
    def dark_accent(self) -> str | None:
        """The accent as the dark theme shows it: lightened, so links and buttons stay readable."""
        return dark_accent(self.accent) if self.accent else None

    def preset(self, facet: str) -> tuple[str, ...]:
        return dict(self.presets).get(facet, ())

    def refined(self, facet: str) -> tuple[str, ...]:
        return dict(self.refinements).get(facet, ())

    def filters(self) -> list[tuple[str, str]]:
        """Refinements replace a facet's preset, and only ever narrow it."""
        pairs: list[tuple[str, str]] = []
        for facet in FACET_NAMES:
            chosen = tuple(v for v in self.refined(facet) if within_preset(facet, v, self.preset(facet)))
            pairs.extend((facet, value) for value in (chosen or self.preset(facet)))
        return pairs

    def state_args(self, **changes: Any) -> list[tuple[str, str]]:
        """The URL arguments that reproduce this embed (for pager links and hidden fields)."""
        text = changes.get("text", self.text)
        page = changes.get("page", self.page)
        args: list[tuple[str, str]] = []
        if text:
            args.append(("q", text))
        for facet, values in self.presets:
            args.extend((facet, value) for value in values)
        for facet, values in self.refinements:
            args.extend((f"sel_{facet}", value) for value in values)
        if self.facets:
            args.append(("facets", ",".join(self.facets)))
        args.append(("per_page", str(self.per_page)))
        if self.sort:
            args.append(("sort", self.sort))
        args.append(("lang", self.lang))
        if self.theme != "auto":
            args.append(("theme", self.theme))
        if self.accent:
            args.append(("accent", self.accent))
        if self.target != EMBED_TARGETS[0]:
            args.append(("target", self.target))
        if page and page > 1:
            args.append(("page", str(page)))
        if changes.get("exact", self.exact) and text:
            args.append(("spelling", "exact"))
        return args


# ASCII digits only: str.isdigit() and \d also accept "²" or "٢٠١٤", which int() may refuse.
_YEAR = re.compile(r"[0-9]{4}")
_YEAR_RANGE = re.compile(r"([0-9]{4})?-([0-9]{4})?")


def within_preset(facet: str, value: str, preset: tuple[str, ...]) -> bool:
    if not preset:
        return True
    if value in preset:
        return True
    if facet == "year" and _YEAR.fullmatch(value):
        for item in preset:
            match = _YEAR_RANGE.fullmatch(item)
            if match and match.group(0) != "-":
                low, high = int(match.group(1) or 0), int(match.group(2) or 9999)
                if low <= int(value) <= high:
                    return True
    return False


def embed_options(args: Mapping[str, Any]) -> EmbedOptions:
    presets = tuple((f, list_arg(args, f)) for f in FACET_NAMES if list_arg(args, f))
    refinements = tuple((f, list_arg(args, f"sel_{f}")) for f in FACET_NAMES if list_arg(args, f"sel_{f}"))
    sort = args.get("sort")
    return EmbedOptions(
        presets=presets,
        refinements=refinements,
        facets=tuple(f for f in list_arg(args, "facets") if f in FACET_NAMES),
        text=str(args.get("q", "")).strip()[:500],
        page=int_arg(args.get("page"), 1, 1, 1000),
        per_page=int_arg(args.get("per_page"), 10, 1, MAX_PER_PAGE),
        sort=sort if sort in ("relevance", "newest", "oldest", "title") else None,
        lang=language(args.get("lang")),
        theme=choice(args.get("theme"), THEMES, "auto"),
        accent=colour(args.get("accent")),
        target=choice(args.get("target"), EMBED_TARGETS, EMBED_TARGETS[0]),
        exact=args.get("spelling") == "exact",
    )


# ---------------------------------------------------------------- /embed: the no-script fallback


def _frame_ancestors(allowed: frozenset[str]) -> str:
    if "*" in allowed:
        return "*"
    return " ".join(["'self'", *sorted(allowed)])


def _embed_search(options: EmbedOptions) -> tuple[dict[str, Any] | None, list[tuple[bool, str]] | None]:
    """The API's result dict for this embed, or a message to show inside the frame instead.

    The message is (is_slot, text) pieces: the server's reason, which may quote a preset or the
    words, is isolated from the sentence around it.
    """
    from werkzeug.datastructures import MultiDict

    from indexer.search import QueryError, SearchQuery
    from indexer.index.store import IndexMissing, StoreError
    from webui.api import run_search

    args = MultiDict(options.filters())
    if options.text:
        args["q"] = options.text
    args["page"] = str(options.page)
    args["per_page"] = str(options.per_page)
    if options.sort:
        args["sort"] = options.sort
    if options.exact:
        args["spelling"] = "exact"
    table = strings()[options.lang]
    try:
        query = SearchQuery.from_args(args, locale=options.lang)
        return run_search(query).to_dict(), None
    except QueryError as error:
        # The embed's own settings were refused (a preset, most often): said as such, with the reason.
        return None, _sentence(table["refusedSettings"], "message", error_message(error, options.lang))
    except (IndexMissing, StoreError):
        current_app.logger.warning("embed: the index cannot be read")
        return None, [(False, _format(table["error"], status=503))]


def _facet_label(facet: str, value: str, label: str, lang: str) -> str:
    from webui.i18n import country_name, language_name

    table = strings()[lang]
    if facet == "country":
        return country_name(value, lang)
    if facet == "language" and value != "und":
        return language_name(value, lang)
    if facet == "kind":
        return {"report": table["report"], "page": table["webpage"]}.get(value, label or value)
    return label or value


@dataclass(frozen=True)
class Notice:
    """One of the search layer's notes as the embed says it; ``lang`` is set when it stays English."""

    text: str
    lang: str | None = None


def _notices(data: Mapping[str, Any], lang: str) -> list[Notice]:
    """What became of the typed words (and whether the search was cut short), in the embed's language.

    A note this table does not know yet is shown as the search layer wrote it rather than left out.
    """
    table = strings()[lang]
    said = {
        NOTE_MALFORMED: table["noteMalformed"],
        NOTE_NOTHING_SEARCHABLE: table["noteNothingSearchable"],
        NOTE_TIMEOUT: table["noteTimeout"],
    }
    notes = [note for note in data.get("notes") or () if isinstance(note, str) and note]
    if data.get("partial") and NOTE_TIMEOUT not in notes:
        notes.append(NOTE_TIMEOUT)
    return [
        Notice(said.get(note, note), lang=None if note in said else "en")
        for note in dict.fromkeys(notes)
    ]


def _snippet_parts(snippet_html: str) -> list[tuple[bool, str]]:
    """(is_mark, plain text) pieces: the template escapes the text and adds only <mark>."""
    import html

    pieces: list[tuple[bool, str]] = []
    in_mark = False
    for piece in re.split(r"(<mark\b[^>]*>|</mark>)", snippet_html or "", flags=re.IGNORECASE):
        if re.fullmatch(r"<mark\b[^>]*>", piece, flags=re.IGNORECASE):
            in_mark = True
        elif piece.lower() == "</mark>":
            in_mark = False
        elif piece:
            pieces.append((in_mark, html.unescape(piece)))
    return pieces


def _years_label(years: list[int]) -> str:
    ordered = sorted(set(int(y) for y in years))
    if len(ordered) > 1 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return f"{ordered[0]}–{ordered[-1]}"
    return ", ".join(str(y) for y in ordered[:6]) + (", …" if len(ordered) > 6 else "")


def _hit_view(hit: dict[str, Any], options: EmbedOptions) -> dict[str, Any]:
    from webui.i18n import country_name, language_name
    from webui.pages import safe_link

    table = strings()[options.lang]
    meta: list[str] = []
    kind = {"report": table["report"], "page": table["webpage"]}.get(hit.get("kind", ""), "")
    if kind:
        pages = int(hit.get("pages") or 0)
        meta.append(kind + (f" · {_plural(table['pages'], pages, options.lang)}" if hit.get("kind") == "report" and pages else ""))
    if hit.get("snippet_page"):
        meta.append(_format(table["pageShort"], page=hit["snippet_page"]))
    if hit.get("programmes"):
        meta.append(list(hit["programmes"]))  # each isolated by the template
    if hit.get("years"):
        meta.append(_years_label(hit["years"]))
    if hit.get("countries"):
        meta.append(", ".join(country_name(code, options.lang) for code in hit["countries"]))
    languages = [code for code in hit.get("languages", []) if code != "und"]
    if languages:
        meta.append(", ".join(language_name(code, options.lang) for code in languages))
    page_anchor = f"#page-{hit['snippet_page']}" if hit.get("snippet_page") else ""
    return {
        "title": hit.get("title") or hit.get("id"),
        "href": urls.external_url("pages.document", doc_id=hit["id"], lang=options.lang) + page_anchor,
        "snippet": _snippet_parts(hit.get("snippet_html") or "") or [(False, hit.get("snippet_text") or "")],
        "meta": meta,
        "source": safe_link(hit.get("url")),
    }


def _facet_views(data: dict[str, Any], options: EmbedOptions) -> list[dict[str, Any]]:
    table = strings()[options.lang]
    views = []
    for facet in options.facets:
        preset = options.preset(facet)
        chosen = options.refined(facet)
        values = [
            {
                "value": item["value"],
                "label": _facet_label(facet, str(item["value"]), item.get("label", ""), options.lang),
                "count": item["count"],
                "checked": item["value"] in chosen,
            }
            for item in data.get("facets", {}).get(facet, [])
            if within_preset(facet, str(item["value"]), preset)
        ]
        if len(values) >= 2 or chosen:
            views.append({"name": facet, "heading": table[f"facet_{facet}"], "values": values})
    return views


@bp.get("/embed")
def embed() -> Response:
    options = embed_options(request.args)
    table = strings()[options.lang]
    data, problem = _embed_search(options)
    view: dict[str, Any] = {
        "status": [], "notices": [], "hits": [], "facets": [], "prev_url": None, "next_url": None, "page_info": "",
    }
    if data is not None:
        total = int(data["total"])
        # (is_query, text) pieces: the template isolates the echoed words from the sentence around them.
        if total == 0:
            view["status"] = _sentence(table["noResults"], "q", options.text) if options.text else [(False, table["noResultsBrowse"])]
        elif options.text:
            view["status"] = _sentence(_plural(table["resultsFor"], total, options.lang), "q", data.get("corrected") or options.text)
        else:
            view["status"] = [(False, _plural(table["results"], total, options.lang))]
        view["notices"] = _notices(data, options.lang)
        view["hits"] = [_hit_view(hit, options) for hit in data["hits"]]
        view["facets"] = _facet_views(data, options)
        pages = int(data.get("pages") or 1)
        if options.page > 1:
            view["prev_url"] = "?" + urlencode(options.state_args(page=options.page - 1))
        if options.page < pages:
            view["next_url"] = "?" + urlencode(options.state_args(page=options.page + 1))
        view["page_info"] = _format(table["page"], page=options.page, pages=pages) if pages > 1 else ""
        view["suggestion"] = data.get("suggestion")
        view["relaxed"] = bool(data.get("relaxed"))
        if data.get("corrected"):
            view["corrected"] = _sentence(table["corrected"], "corrected", data["corrected"])
            view["exact"] = _sentence(table["searchInstead"], "q", options.text)
            view["exact_url"] = "?" + urlencode(options.state_args(page=1, exact=True))
    full_args = [("q", options.text)] if options.text else []
    full_args += options.filters()
    full_search_url = urls.external_url("pages.search") + "?" + urlencode([*full_args, ("lang", options.lang)])
    hidden = [
        (name, value) for name, value in options.state_args(text="", page=1) if not name.startswith("sel_") and name != "page"
    ]
    nonce = secrets.token_urlsafe(16)
    body = render_template(
        "widget/embed.html",
        options=options,
        t=table,
        view=view,
        problem=problem,
        hidden=hidden,
        full_search_url=full_search_url,
        nonce=nonce,
    )
    response = Response(body, status=200, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; style-src 'nonce-{nonce}'; img-src 'self' data:; form-action 'self'; "
        f"base-uri 'none'; frame-ancestors {_frame_ancestors(allowed_origins(current_app))}"
    )
    response.headers["Cache-Control"] = "no-cache"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    return response
