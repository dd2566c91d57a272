"""The web UI: ``create_app(config=None)`` and ``serve(index_dir, host, port, threads, workers)``.

Settings are read, later ones winning: the defaults in ``SETTINGS``, a Python config file
(``instance/projsearch.cfg`` or the file named by ``PROJSEARCH_CONFIG``), environment
variables ``PROJSEARCH_<NAME>``, then the ``config`` mapping given to ``create_app``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, Response, current_app

ENV_PREFIX = "PROJSEARCH_"
CONFIG_FILE = "projsearch.cfg"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    env: str = ""  # environment variable; PROJSEARCH_<name> when empty

    @property
    def env_var(self) -> str:
        return self.env or ENV_PREFIX + self.name


SETTINGS: tuple[Setting, ...] = (
    Setting("INDEX_DIR", "var/index", "Index directory written by `projsearch index`.", env="PROJSEARCH_INDEX"),
    Setting("DEFAULT_LOCALE", "en", "Interface language when neither ?lang= nor Accept-Language picks one."),
    Setting("PER_PAGE", 10, "Results per page when the request does not say."),
    Setting("MAX_PER_PAGE", 100, "Largest per_page a request may ask for."),
    Setting("SEARCH_TIME_LIMIT", 5.0, "Seconds a search may take, snippets included; past it the results say partial."),
    Setting("RESULT_CACHE", True, "Answer a repeated search from the index generation's result cache."),
    Setting("MORE_LIKE_THIS", 5, "How many similar documents the document page lists."),
    Setting("MAX_TEXT_CHARS", 300_000, "Longest document text shown on a document page."),
    Setting("SITE_TITLE", "projsearch", "Name shown in the page header and title."),
    Setting("PUBLIC_URL", "", "Address visitors reach the site at (e.g. `https://search.example.org`), used in "
            "/api/openapi.json and the widget snippet instead of the request's Host header; when empty the API "
            "description gives a relative server URL."),
    Setting("DEBUG", False, "Flask debug mode; never enable it on a public server."),
)
"""Every setting the app reads, with its default and meaning (the README table is built from it)."""



class SettingError(ValueError):
    """A setting the app cannot start with; the message names it, for the one line start-up prints."""


def _from_env(setting: Setting, raw: str) -> Any:
    if isinstance(setting.default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    # int("ten") would say neither which variable was wrong nor what it should hold.
    if isinstance(setting.default, int):
        try:
            return int(raw)
        except ValueError:
            raise SettingError(f"{setting.env_var}: {raw!r} is not a whole number") from None
    if isinstance(setting.default, float):
        try:
            return float(raw)
        except ValueError:
            raise SettingError(f"{setting.env_var}: {raw!r} is not a number") from None
    if isinstance(setting.default, tuple):
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    return raw


def all_settings() -> tuple[Setting, ...]:
    from webui import cors

    return SETTINGS + cors.SETTINGS


def load_config(app: Flask, config: dict[str, Any] | None) -> None:
    for setting in all_settings():
        app.config[setting.name] = setting.default
    app.config.from_pyfile(CONFIG_FILE, silent=True)
    if os.environ.get(f"{ENV_PREFIX}CONFIG"):
        app.config.from_envvar(f"{ENV_PREFIX}CONFIG")
    for setting in all_settings():
        raw = os.environ.get(setting.env_var)
        if raw is not None:
            app.config[setting.name] = _from_env(setting, raw)
    if config:
        app.config.update(config)
    app.config["INDEX_DIR"] = Path(app.config["INDEX_DIR"])
    app.debug = bool(app.config["DEBUG"])


def settings_table() -> str:
    """The settings as a Markdown table, for the README."""
    rows = ["| environment variable | config file key | default | meaning |", "|---|---|---|---|"]
    for setting in all_settings():
        rows.append(f"| `{setting.env_var}` | `{setting.name}` | `{setting.default!r}` | {setting.help} |")
    return "\n".join(rows)


def current_index() -> Path:
    """The index directory searches go to; the search layer keeps its searchers open per generation."""
    return Path(current_app.config["INDEX_DIR"])


SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _security_headers(response: Response) -> Response:
    # setdefault: a route (the original file, the widget) may set a stricter or wider policy.
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def register_blueprints(app: Flask) -> None:
    """The one place where every blueprint is registered."""
    from webui import api, embed, facet_values, feeds, pages, widget, widget_docs

    app.register_blueprint(pages.bp)
    app.register_blueprint(facet_values.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(widget.bp)
    app.register_blueprint(embed.bp)
    app.register_blueprint(widget_docs.bp)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    load_config(app, config)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    from webui import cors, errors, i18n, routing

    routing.init_app(app)
    i18n.init_app(app)
    errors.init_app(app)
    cors.init_app(app)
    register_blueprints(app)
    app.after_request(_security_headers)
    return app


def serve(index_dir: Path | str, host: str = "127.0.0.1", port: int = 5000, threads: int | None = None,
          workers: int | None = None) -> None:
    """Serve the web UI until interrupted: one worker process per core (``webui.server``)."""
    from webui import server

    server.serve(index_dir, host=host, port=port, threads=threads or server.THREADS_PER_WORKER, workers=workers)
