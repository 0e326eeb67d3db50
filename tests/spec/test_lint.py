"""The lint rules: openapi.yaml passes them all, and each one fails on a copy broken for it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from plinto_contract.errors import UsageError
from plinto_contract.spec import Spec
from plinto_contract.spec._model import HTTP_METHODS
from plinto_contract.spec._refs import resolve_ref
from plinto_contract.spec.lint import RULES, LintProblem, lint, rule

Document = dict[str, Any]
# A breaker damages a deep copy of the real spec for one rule and returns a fragment that
# the rule's message must contain (usually the "METHOD /path" it names).
Breaker = Callable[[Document], str]


def _operations(document: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def _first(document: Document, wanted: Callable[[dict[str, Any]], bool]) -> tuple[str, Any]:
    return next((label, op) for label, op in _operations(document) if wanted(op))


def _is_secured(document: Document, op: dict[str, Any]) -> bool:
    return bool(op.get("security", document.get("security")))


def _component(document: Document, ref_holder: dict[str, Any]) -> dict[str, Any]:
    target: dict[str, Any] = resolve_ref(document, ref_holder["$ref"])
    return target


def _json_media(op_or_response: dict[str, Any]) -> dict[str, Any]:
    media: dict[str, Any] = op_or_response["content"]["application/json"]
    return media


# -- one breaker per failure mode of each rule ----------------------------------------------


def drop_operation_id(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    del op["operationId"]
    return f"{label}: has no operationId"


def duplicate_operation_id(document: Document) -> str:
    (_, first), (label, second) = list(_operations(document))[:2]
    second["operationId"] = first["operationId"]
    return f"{label}: operationId {first['operationId']!r} is also used"


def camel_case_operation_id(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    op["operationId"] = "getSomethingCamelCase"
    return f"{label}: operationId 'getSomethingCamelCase' is not snake_case"


def drop_tags(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    op["tags"] = []
    return f"{label}: has no tag"


def undeclared_tag(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    op["tags"] = ["no-such-tag"]
    return f"{label}: tag 'no-such-tag' is not declared"


def blank_summary(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    op["summary"] = "   "
    return f"{label}: has no summary"


def drop_description(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    del op["description"]
    return f"{label}: has no description"


def drop_all_4xx(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    op["responses"] = {k: v for k, v in op["responses"].items() if not str(k).startswith("4")}
    return f"{label}: documents no 4xx"


def drop_401_of_secured(document: Document) -> str:
    label, op = _first(document, lambda op: _is_secured(document, op))
    del op["responses"]["401"]
    return f"{label}: secured but documents no 401"


def inherit_global_security_without_401(document: Document) -> str:
    # A public operation that loses its `security: []` is secured by the global requirement.
    label, op = _first(document, lambda op: op.get("security") == [])
    del op["security"]
    return f"{label}: secured but documents no 401"


def inline_error_schema(document: Document) -> str:
    label, op = _first(document, lambda op: "500" in op["responses"])
    media = {"application/json": {"schema": {"type": "object"}}}
    op["responses"]["500"] = {"description": "Oops.", "content": media}
    return f"{label}: 500 response (application/json) does not use #/components/schemas/Error"


def error_without_body(document: Document) -> str:
    label, op = _first(document, lambda op: "500" in op["responses"])
    op["responses"]["500"] = {"description": "Oops."}
    return f"{label}: 500 response has no body"


def drop_rate_limit(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    del op["x-rate-limit"]
    return f"{label}: has no x-rate-limit"


def zero_rate_limit(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    op["x-rate-limit"] = {**op["x-rate-limit"], "limit": 0}
    return f"{label}: x-rate-limit needs"


def drop_request_id_header(document: Document) -> str:
    label, op = _first(document, lambda op: True)
    status = next(s for s in op["responses"] if str(s).startswith("2"))
    response = op["responses"][status]
    # Headers may be shared with other responses (YAML aliases): replace, don't mutate.
    response["headers"] = {k: v for k, v in response["headers"].items() if k != "X-Request-ID"}
    return f"{label}: {status} response does not document X-Request-ID"


def drop_www_authenticate(document: Document) -> str:
    label, op = _first(document, lambda op: "401" in op["responses"])
    unauthorized = _component(document, op["responses"]["401"])
    headers = unauthorized["headers"]
    unauthorized["headers"] = {k: v for k, v in headers.items() if k != "WWW-Authenticate"}
    return f"{label}: 401 response does not document WWW-Authenticate"


def drop_retry_after(document: Document) -> str:
    label, op = _first(document, lambda op: "429" in op["responses"])
    rate_limited = _component(document, op["responses"]["429"])
    headers = rate_limited["headers"]
    rate_limited["headers"] = {k: v for k, v in headers.items() if k != "Retry-After"}
    return f"{label}: 429 response does not document Retry-After"


def request_body_without_example(document: Document) -> str:
    label, op = _first(document, lambda op: "requestBody" in op)
    op["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}
    return f"{label}: request body has no example"


def success_body_without_example(document: Document) -> str:
    label, op = _first(document, lambda op: "200" in op["responses"])
    media = {"application/json": {"schema": {"type": "object"}}}
    op["responses"]["200"] = {**op["responses"]["200"], "content": media}
    return f"{label}: 200 response body has no example"


def _first_link(document: Document) -> tuple[str, dict[str, Any]]:
    for label, op in _operations(document):
        for status, response in op["responses"].items():
            for name, link in response.get("links", {}).items():
                return f"{label}: {status} link {name!r}", link
    raise AssertionError("the spec has no links")


def link_to_missing_operation(document: Document) -> str:
    where, link = _first_link(document)
    link["operationId"] = "no_such_operation"
    return f"{where} targets no operation"


def link_with_unknown_parameter(document: Document) -> str:
    where, link = _first_link(document)
    link["parameters"] = {**link.get("parameters", {}), "path.no_such_param": "$response.body#/id"}
    return f"{where} sets 'path.no_such_param'"


def dangling_ref(document: Document) -> str:
    _, op = _first(document, lambda op: "500" in op["responses"])
    op["responses"]["500"] = {"$ref": "#/components/responses/DoesNotExist"}
    return "'#/components/responses/DoesNotExist' dangles"


def unused_component(document: Document) -> str:
    document["components"]["schemas"]["Orphan"] = {"type": "string"}
    return "components/schemas/Orphan is defined but never used"


def comma_split_description(document: Document) -> str:
    # What `description: When (ISO 8601, UTC).` in a YAML flow mapping turns into.
    document["components"]["schemas"]["Error"]["properties"]["timestamp"]["UTC)."] = None
    return "unknown schema keyword 'UTC).'"


BREAKERS: dict[str, list[Breaker]] = {
    "operation_has_operation_id": [drop_operation_id],
    "operation_ids_are_unique": [duplicate_operation_id],
    "operation_ids_are_snake_case": [camel_case_operation_id],
    "operation_has_tag": [drop_tags, undeclared_tag],
    "operation_has_summary": [blank_summary],
    "operation_has_description": [drop_description],
    "operation_documents_4xx": [drop_all_4xx],
    "secured_operation_documents_401": [drop_401_of_secured, inherit_global_security_without_401],
    "error_responses_use_error_schema": [inline_error_schema, error_without_body],
    "operation_has_rate_limit": [drop_rate_limit, zero_rate_limit],
    "responses_document_request_id": [drop_request_id_header],
    "unauthorized_documents_www_authenticate": [drop_www_authenticate],
    "rate_limited_documents_retry_after": [drop_retry_after],
    "bodies_have_examples": [request_body_without_example, success_body_without_example],
    "links_resolve": [link_to_missing_operation, link_with_unknown_parameter],
    "no_dangling_refs": [dangling_ref],
    "no_unused_components": [unused_component],
    "schemas_use_known_keywords": [comma_split_description],
}


def test_openapi_yaml_passes_every_rule(spec: Spec):
    problems = lint(spec.document)
    assert problems == [], "\n".join(str(problem) for problem in problems)


def test_every_rule_has_a_breaker():
    assert set(BREAKERS) == set(RULES)


@pytest.mark.parametrize(
    ("rule_name", "breaker"),
    [(name, breaker) for name, breakers in BREAKERS.items() for breaker in breakers],
    ids=lambda value: value if isinstance(value, str) else value.__name__,
)
def test_rule_fails_on_a_broken_copy(document: Document, rule_name: str, breaker: Breaker):
    expected = breaker(document)
    problems = [problem for problem in lint(document) if problem.rule == rule_name]
    assert any(expected in problem.message for problem in problems), (expected, problems)
    for problem in problems:  # every location is a JSON pointer into the broken document
        resolve_ref(document, "#" + problem.location)


def test_lint_runs_only_the_named_rules(document: Document):
    drop_operation_id(document)
    unused_component(document)
    problems = lint(document, rules=["no_unused_components"])
    assert {problem.rule for problem in problems} == {"no_unused_components"}


def test_unknown_rule_name_is_a_usage_error(spec: Spec):
    with pytest.raises(UsageError, match="no_such_rule"):
        lint(spec.document, rules=["no_such_rule"])


def test_a_rule_name_cannot_be_registered_twice():
    existing = RULES["no_dangling_refs"]
    with pytest.raises(UsageError, match="registered twice"):
        rule(existing)
    assert RULES["no_dangling_refs"] is existing


def test_rules_survive_a_malformed_document():
    document: Document = {"paths": {"/x": {"get": {"responses": "oops"}}}, "components": []}
    problems = lint(document)
    assert all(isinstance(problem, LintProblem) for problem in problems)
    assert "operation_has_operation_id" in {problem.rule for problem in problems}
