"""Every example written in openapi.yaml satisfies its schema (JSON Schema 2020-12, formats on)."""

from __future__ import annotations

from typing import Any

import pytest

from plinto_contract.errors import SpecError
from plinto_contract.spec import Spec, iter_examples, load_spec


def _example_params() -> list[Any]:
    # Collected at import time so each example is its own test, named by its location.
    try:
        spec = load_spec()
    except SpecError as exc:
        return [pytest.param(None, str(exc), id="openapi.yaml-does-not-load")]
    return [
        pytest.param(example, None, id=example.location) for example in iter_examples(spec.document)
    ]


@pytest.mark.parametrize(("example", "load_error"), _example_params())
def test_example_satisfies_its_schema(spec: Spec, example: Any, load_error: str | None):
    assert load_error is None, load_error
    errors = spec.validator(example.schema).errors(example.value)
    assert errors == [], f"{example.location}: " + "; ".join(
        f"{error.field or '(root)'} {error.message}" for error in errors
    )


def test_walker_finds_every_kind_of_example(mini: Spec):
    locations = [example.location for example in iter_examples(mini.document)]
    media = "/paths/~1things/post/requestBody/content/application~1json"
    assert locations == [
        f"{media}/example",
        f"{media}/examples/minimal",
        f"{media}/examples/shared (-> #/components/examples/BigThing)",
        "/paths/~1things/post/responses/201/content/application~1json/example",
        "/paths/~1things~1{thing_id}/parameters/0/example",
        "/paths/~1things~1{thing_id}/get/parameters/0/examples/on",
        "/components/schemas/Owner/properties/email/examples/0",
        "/components/schemas/NewThing/examples/0",
        "/components/headers/X-Request-ID/example",
        "/components/responses/Unauthorized/content/application~1json/example",
    ]


def test_a_wrong_example_is_caught(mini: Spec):
    by_location = {example.location: example for example in iter_examples(mini.document)}
    example = by_location["/components/schemas/Owner/properties/email/examples/0"]
    errors = mini.validator(example.schema).errors("not-an-email")
    assert [(error.field, error.keyword) for error in errors] == [("", "format")]
