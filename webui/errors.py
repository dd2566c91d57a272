"""One error type with a status; JSON under /api/, an HTML page elsewhere, never a traceback."""

from __future__ import annotations

from flask import Flask, Response, jsonify, render_template, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from indexer.search import QueryError
from indexer.index.store import IndexMissing, StoreError
from webui.i18n import N_, error_message, get_locale, gettext_, translations


class WebError(Exception):
    """A request the app answers with an error page (or JSON error) and this status."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(f"{status}: {message}")


def wants_json() -> bool:
    # "/api" itself too: CORS already counts it as the API, and a client asking for it reads JSON.
    return request.path == "/api" or request.path.startswith("/api/")


def error_response(status: int, message: str, *, template: str = "error.html") -> tuple[Response | str, int]:
    if wants_json():
        return jsonify({"error": {"status": status, "message": message}}), status
    return render_template(template, status=status, message=message), status


def page_error_message(error: QueryError) -> Markup:
    """The error's sentence for a page, with the value the request gave (``raw``) isolated: it may
    hold a right-to-left override, which must not reorder the words around it."""
    text = Markup.escape(translations(get_locale()).gettext(error.template))
    if not error.values:
        return text
    return text % {
        name: Markup("<bdi>{}</bdi>").format(value) if name == "raw" else value for name, value in error.values.items()
    }


# Werkzeug's own descriptions are English only: the statuses visitors meet get ours.
HTTP_MESSAGES = {
    404: N_("There is no page at this address."),
    405: N_("This address does not answer that kind of request."),
}


def init_app(app: Flask) -> None:
    @app.errorhandler(WebError)
    def _web_error(error: WebError):
        return error_response(error.status, error.message)

    @app.errorhandler(QueryError)
    def _query_error(error: QueryError):
        return error_response(400, error_message(error) if wants_json() else page_error_message(error))

    @app.errorhandler(IndexMissing)
    def _index_missing(error: IndexMissing):
        # The folder is the operator's business: it goes to the log, never to a visitor.
        app.logger.warning("no index yet: %s", error)
        return error_response(503, gettext_("There is no search index yet."), template="no_index.html")

    @app.errorhandler(StoreError)
    def _store_error(error: StoreError):
        app.logger.error("index problem: %s", error)
        return error_response(503, gettext_("The search index cannot be read right now."))

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        message = HTTP_MESSAGES.get(error.code or 500)
        body, status = error_response(error.code or 500, gettext_(message) if message else error.description or error.name)
        # Keep what the exception says besides its body, e.g. the Allow header of a 405.
        headers = [(name, value) for name, value in error.get_headers() if name.lower() != "content-type"]
        return body, status, headers

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        # Logged with its traceback for the operator; the visitor sees a plain message.
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, gettext_("Something went wrong on our side."))
