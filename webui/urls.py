"""The site's own address, from the configuration: never taken from a request's Host header,
which any client can set (and a cache would then serve to everyone)."""

from __future__ import annotations

from flask import current_app, request, url_for


def public_url() -> str:
    """The configured PUBLIC_URL without a trailing slash, or "" when none is set."""
    return str(current_app.config.get("PUBLIC_URL") or "").strip().rstrip("/")


def widget_endpoint() -> str:
    """Where embedded widgets call back to: PUBLIC_URL, else the address this page was asked at."""
    # The widget page is read by the operator preparing a snippet; it is not cached for others.
    return public_url() or request.url_root.rstrip("/")


def external_url(endpoint: str, **values) -> str:
    """An absolute URL for ``endpoint``: under PUBLIC_URL when it is set."""
    base = public_url()
    if base:
        return base + url_for(endpoint, **values)
    return url_for(endpoint, _external=True, **values)
