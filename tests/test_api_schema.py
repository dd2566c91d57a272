"""Property-based checks of the JSON API against its own OpenAPI document (schemathesis).

Every operation of ``/api/openapi.json`` is called with generated arguments, valid and invalid,
on the corpus index through the Flask app: no response may be a 5xx, and every response must
match the status codes, content types and schemas the document declares. Bounded in examples so the
suite stays fast; run with more (``SCHEMATHESIS_EXAMPLES=500``) before a release.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "30"))
# What the API promises: never a 5xx, and only the statuses, content types and bodies it documents.
# Not checked: "a schema-valid request is accepted", since some rules span two arguments (a page
# past the result window) and OpenAPI cannot state them; those get a 400.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema(corpus_index):
    from webui import create_app

    app = create_app({"TESTING": True, "INDEX_DIR": corpus_index})
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


def operation_names() -> list[str]:
    from webui.openapi import document

    return [f"{method.upper()} {path}" for path, methods in document("").get("paths", {}).items() for method in methods]


@pytest.mark.parametrize("name", operation_names())
def test_every_operation_answers_as_its_openapi_document_says(api_schema, name):
    method, path = name.split(" ", 1)
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        case.call_and_validate(checks=CHECKS)

    check()
