"""The spec-layer API (load_spec, Spec, Operation...) pinned on a small fixture spec."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest

from plinto_contract.errors import SpecError
from plinto_contract.spec import (
    DEFAULT_SPEC_PATH,
    HeaderSpec,
    Parameter,
    Spec,
    load_document,
    load_spec,
    parse_yaml,
    spec_from_dict,
)

from .conftest import FIXTURES


def test_default_path_is_the_repo_root_spec():
    assert Path(__file__).resolve().parents[2] / "openapi.yaml" == DEFAULT_SPEC_PATH


def test_operations_in_document_order(mini: Spec):
    assert list(mini.operations) == ["create_thing", "get_thing"]
    create = mini.operations["create_thing"]
    assert (create.method, create.path, create.tag) == ("POST", "/things", "things")
    assert (create.summary, create.description) == ("Create a thing", "Creates a thing.")
    assert mini.operation("post", "/things") is create
    assert mini.operation("GET", "/things") is None


def test_operations_cannot_be_replaced(mini: Spec):
    with pytest.raises(TypeError):
        mini.operations["x"] = mini.operations["get_thing"]  # type: ignore[index]


def test_security_global_and_per_operation(mini: Spec):
    assert mini.operations["create_thing"].secured  # inherits the global bearerAuth
    assert not mini.operations["get_thing"].secured  # security: []


def test_parameters_merge_path_and_operation_level(mini: Spec):
    assert mini.operations["get_thing"].parameters == (
        Parameter("thing_id", "path", True, {"type": "integer", "minimum": 1}),
        Parameter("verbose", "query", False, {"type": "boolean"}),
    )


def test_request_body(mini: Spec):
    create = mini.operations["create_thing"]
    assert create.request_required
    assert create.request_content_types == ("application/json",)
    assert create.request_schema is mini.document["components"]["schemas"]["NewThing"]
    assert create.request_examples == (
        {"name": "Widget", "owner": {"email": "ada@example.com"}},
        {"name": "W"},
        {"name": "Big Widget", "owner": {"email": "big@example.com"}},  # via components/examples
        {"name": "Gadget"},  # the schema's own examples
    )
    assert mini.operations["get_thing"].request_schema is None


def test_responses_keyed_by_status_text(mini: Spec):
    create = mini.operations["create_thing"]
    assert set(create.responses) == {"200", "201", "401", "422"}  # unquoted and merged keys
    assert create.success_status == 200  # the lowest documented 2xx
    created = create.responses["201"]
    assert created.content_type == "application/json"
    assert created.schema is mini.document["components"]["schemas"]["Thing"]
    assert created.headers["X-Request-ID"] == HeaderSpec(
        "X-Request-ID", True, {"type": "string", "minLength": 1}
    )
    assert created.links["GetThing"]["operationId"] == "get_thing"
    # A YAML timestamp stays a string, as JSON (and format: date-time) expect.
    assert created.examples == ({"id": 1, "name": "Widget", "created_at": "2026-11-27T10:00:00Z"},)


def test_extensions(mini: Spec):
    limit = mini.operations["create_thing"].extensions["x-rate-limit"]
    assert limit == {"group": "things", "limit": 10, "window_seconds": 60}
    assert dict(mini.operations["get_thing"].extensions) == {}


def test_resolve_follows_refs(mini: Spec):
    schemas = mini.document["components"]["schemas"]
    assert mini.resolve({"$ref": "#/components/schemas/Owner"}) is schemas["Owner"]
    assert mini.resolve(schemas["NewThing"]) is schemas["NewThing"]
    with pytest.raises(SpecError, match="dangles"):
        mini.resolve({"$ref": "#/components/schemas/Nope"})
    with pytest.raises(SpecError, match="not local"):
        mini.resolve({"$ref": "other.yaml#/components/schemas/Owner"})


def test_load_spec_is_cached_until_the_file_changes(tmp_path: Path):
    path = tmp_path / "spec.yaml"
    path.write_text((FIXTURES / "mini.yaml").read_text())
    first = load_spec(path)
    assert load_spec(str(path)) is first
    text = path.read_text().replace("summary: Get a thing", "summary: Read a thing")
    path.write_text(text)
    os.utime(path, ns=(1, 1))  # a different mtime, even on a coarse-clock filesystem
    assert load_spec(path).operations["get_thing"].summary == "Read a thing"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: [1\n", "not valid YAML"),
        ("- just\n- a list\n", "top level is not a mapping"),
        ("openapi: 3.1.0\nopenapi: 3.1.0\n", "duplicate key 'openapi'"),
    ],
)
def test_unreadable_yaml_is_a_spec_error(text: str, message: str):
    with pytest.raises(SpecError, match=message):
        parse_yaml(text, source="bad.yaml")


def test_missing_file_is_a_spec_error(tmp_path: Path):
    with pytest.raises(SpecError, match="cannot read the spec"):
        load_spec(tmp_path / "missing.yaml")
    with pytest.raises(SpecError, match="cannot read the spec"):
        load_document(tmp_path / "missing.yaml")


def test_dangling_ref_is_a_spec_error(mini: Spec):
    document = copy.deepcopy(mini.document)
    document["components"]["schemas"]["NewThing"]["properties"]["owner"]["$ref"] = "#/nope"
    with pytest.raises(SpecError, match=r"/components/schemas/NewThing/properties/owner.*dangles"):
        spec_from_dict(document)


def test_invalid_openapi_is_a_spec_error(mini: Spec):
    document = copy.deepcopy(mini.document)
    del document["info"]
    with pytest.raises(SpecError, match="not valid OpenAPI"):
        spec_from_dict(document)


def test_operation_without_id_or_success_is_a_spec_error(mini: Spec):
    document = copy.deepcopy(mini.document)
    del document["paths"]["/things"]["post"]["operationId"]
    with pytest.raises(SpecError, match="POST /things: has no operationId"):
        spec_from_dict(document)
    document = copy.deepcopy(mini.document)
    get = document["paths"]["/things/{thing_id}"]["get"]
    get["responses"] = {k: v for k, v in get["responses"].items() if not k.startswith("2")}
    with pytest.raises(SpecError, match="documents no 2xx"):
        spec_from_dict(document)


def test_duplicate_operation_id_is_a_spec_error(mini: Spec):
    document = copy.deepcopy(mini.document)
    document["paths"]["/things"]["post"]["operationId"] = "get_thing"
    with pytest.raises(SpecError, match=r"'get_thing' .* is not unique"):
        spec_from_dict(document)  # openapi-spec-validator's check
    with pytest.raises(SpecError, match="'get_thing' is used twice"):
        Spec(document)  # the model's own, for a document that skipped validation
