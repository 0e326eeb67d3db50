"""openapi.yaml itself: valid OpenAPI 3.1, complete, and internally consistent."""

from __future__ import annotations

from collections import Counter

from openapi_spec_validator import validate

from plinto_contract.spec import DEFAULT_SPEC_PATH, Spec, load_document

TAGS = {"health", "auth", "users", "sessions", "organizations", "mfa", "passkeys", "webhooks"}


def test_validates_with_openapi_spec_validator():
    document = load_document(DEFAULT_SPEC_PATH)
    assert document["openapi"].startswith("3.1.")
    validate(document)  # raises on any violation


def test_has_at_least_50_operations(spec: Spec):
    assert len(spec.operations) >= 50


def test_every_tag_group_has_operations(spec: Spec):
    per_tag = Counter(operation.tag for operation in spec.operations.values())
    assert set(per_tag) == TAGS, per_tag


def test_every_operation_is_found_by_method_and_path(spec: Spec):
    for operation in spec.operations.values():
        assert spec.operation(operation.method, operation.path) is operation


def test_every_operation_succeeds_with_a_documented_2xx(spec: Spec):
    for operation in spec.operations.values():
        assert 200 <= operation.success_status < 300
        assert str(operation.success_status) in operation.responses


def test_every_path_parameter_is_declared_and_required(spec: Spec):
    for operation in spec.operations.values():
        declared = {p.name for p in operation.parameters if p.location == "path"}
        in_template = {part[1:-1] for part in operation.path.split("/") if part.startswith("{")}
        assert declared == in_template, operation.operation_id
        assert all(p.required for p in operation.parameters if p.location == "path")


def test_every_link_targets_an_existing_operation(spec: Spec):
    links = [
        (operation.operation_id, name, link)
        for operation in spec.operations.values()
        for response in operation.responses.values()
        for name, link in response.links.items()
    ]
    assert links, "the spec documents no links"
    for source, name, link in links:
        assert link.get("operationId") in spec.operations, f"{source} link {name}"


def test_every_request_body_schema_compiles(spec: Spec):
    for operation in spec.operations.values():
        if operation.request_schema is not None:
            assert spec.validator(operation.request_schema) is not None
