"""Check what an example says against its operation: server, parameters, headers, bodies.

Every check reads the spec (parameters, security, request schema, documented responses and their
headers); values that are placeholders are not judged. Each problem carries the line of the
offending field when the block shows it, else the line of the request or response.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from plinto_contract.docs_check.extract import Block
from plinto_contract.docs_check.match import Match
from plinto_contract.docs_check.parse import BodyText, ExampleRequest, JsonProblem, load_json
from plinto_contract.docs_check.placeholders import is_placeholder
from plinto_contract.docs_check.problems import Problem
from plinto_contract.spec import Operation, ResponseSpec, SchemaError, Spec

__all__ = [
    "check_request",
    "check_response",
    "check_server",
    "check_value",
    "component_schema",
    "schema_name",
]

# Request headers any HTTP client may send; anything else must be documented.
_STANDARD_REQUEST_HEADERS = frozenset(
    {
        "accept",
        "accept-encoding",
        "authorization",
        "cache-control",
        "connection",
        "content-length",
        "content-type",
        "host",
        "origin",
        "user-agent",
    }
)
# Response headers a server may send without documenting them.
_STANDARD_RESPONSE_HEADERS = frozenset(
    {
        "content-type",
        "content-length",
        "date",
        "connection",
        "server",
        "vary",
        "cache-control",
        "allow",
        "etag",
        "content-encoding",
        "transfer-encoding",
    }
)


def _problem(block: Block, line: int, kind: str, message: str, op: Operation | None) -> Problem:
    return Problem(str(block.path), line, kind, message, op.operation_id if op else None)


def schema_name(spec: Spec, node: Any) -> str | None:
    """The component name of a schema node that is a ``$ref`` (``Invitation``), else None."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def _raw_response_schema(spec: Spec, op: Operation, status: str) -> Any:
    """The response schema node as written (a ``$ref`` keeps its name), or None."""
    raw = spec.document.get("paths", {}).get(op.path, {}).get(op.method.lower(), {})
    response = spec.resolve(raw.get("responses", {}).get(status, {}))
    for media_type, media in response.get("content", {}).items():
        if "json" in media_type:
            return media.get("schema")
    return None


def component_schema(spec: Spec, name: str) -> Mapping[str, Any] | None:
    schemas = spec.document.get("components", {}).get("schemas", {})
    found = schemas.get(name)
    return found if isinstance(found, Mapping) else None


def _placeholder_fields(value: Any, at: str = "") -> set[str]:
    """Dotted fields whose value is a placeholder string."""
    found: set[str] = set()
    if isinstance(value, Mapping):
        for key, item in value.items():
            found |= _placeholder_fields(item, f"{at}.{key}" if at else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found |= _placeholder_fields(item, f"{at}.{index}" if at else str(index))
    elif is_placeholder(value):
        found.add(at)
    return found


def _field_line(block: Block, body: BodyText, field: str, keyword: str = "") -> int:
    """The line showing ``field`` (its last named part) in the body, else the body's first line.

    A missing (``required``) field is not on the page: its parent object's line is shown.
    """
    names = [part for part in field.split(".") if part and not part.isdigit()]
    if keyword == "required":
        names = names[:-1]
    if not names:
        return body.line
    start = max(body.line - block.line - 1, 0)
    found = block.line_containing(f'"{names[-1]}"', start)
    return found if found != block.line else body.line


def _schema_errors(spec: Spec, schema: Any, value: Any) -> list[SchemaError]:
    skip = _placeholder_fields(value)
    return [e for e in spec.validator(schema).errors(value) if e.field not in skip]


def _field_text(error: SchemaError) -> str:
    message = error.message
    if error.keyword == "enum" and message.count(",") > 5:
        options = message.split(": ", 1)[-1].split(", ")
        message = f"must be one of: {', '.join(options[:5])}, ... ({len(options)} values)"
    return f"{error.field} {message}" if error.field else message


def check_value(
    spec: Spec,
    block: Block,
    body: BodyText,
    schema: Any,
    what: str,
    op: Operation | None,
    kind: str,
) -> list[Problem]:
    """A JSON body against one schema; ``what`` names it in messages."""
    value = load_json(body)
    if isinstance(value, JsonProblem):
        return [_problem(block, value.line, kind, f"{what}: {value.message}", op)]
    return [
        _problem(
            block,
            _field_line(block, body, e.field, e.keyword),
            kind,
            f"{what}: {_field_text(e)}",
            op,
        )
        for e in _schema_errors(spec, schema, value)
    ]


# ------------------------------------------------------------------------------------ requests


def check_server(spec: Spec, request: ExampleRequest) -> list[Problem]:
    """The scheme and host (or a raw request's Host) must be one of the spec's servers."""
    servers = [str(s.get("url", "")) for s in spec.document.get("servers", [])]
    if request.origin:
        given = request.origin
        known = {f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in servers}
    elif request.host and not is_placeholder(request.host):
        given = request.host
        known = {urlsplit(u).netloc for u in servers}
    else:
        return []  # a bare path, or a placeholder base such as $PLINTO_BASE_URL
    if given in known:
        return []
    message = f"{given} is not a documented server (documented: {', '.join(servers)})"
    return [_problem(request.block, request.line, "request", message, None)]


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        try:
            return int(value)
        except ValueError:
            return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def _check_parameters(spec: Spec, request: ExampleRequest, match: Match) -> Iterable[Problem]:
    op, block, line = match.operation, request.block, request.line
    documented = {(p.location, p.name): p for p in op.parameters}
    for name, value in match.path_params.items():
        param = documented.get(("path", name))
        if param is not None and not is_placeholder(value):
            for error in spec.validator(param.schema).errors(value):
                message = f"path parameter {name} {error.message}"
                yield _problem(block, line, "request", message, op)
    given = request.query
    for name, value in given:
        param = documented.get(("query", name))
        if param is None:
            known = ", ".join(p.name for p in op.parameters if p.location == "query") or "none"
            message = f"{op.operation_id} has no query parameter {name} (documented: {known})"
            yield _problem(block, line, "request", message, op)
        elif not is_placeholder(value):
            for error in spec.validator(param.schema).errors(_coerce(value, param.schema)):
                yield _problem(
                    block, line, "request", f"query parameter {name} {error.message}", op
                )
    names = {name for name, _ in given}
    for param in op.parameters:
        if param.location == "query" and param.required and param.name not in names:
            message = f"{op.operation_id} requires the query parameter {param.name}"
            yield _problem(block, line, "request", message, op)


def _check_headers(request: ExampleRequest, match: Match) -> Iterable[Problem]:
    op, block = match.operation, request.block
    documented = {p.name.lower() for p in op.parameters if p.location == "header"}
    for name, _ in request.headers:
        lowered = name.lower()
        if lowered not in _STANDARD_REQUEST_HEADERS and lowered not in documented:
            line = block.line_containing(name)
            message = f"header {name} is not documented for {op.operation_id}"
            if lowered in ("x-api-key", "api-key"):
                message += " (the API reads only an Authorization header with an access token)"
            yield _problem(block, line, "request", message, op)
    authorization = request.header("Authorization")
    if op.secured and authorization is None:
        # Worded so that redaction, which masks anything after "Bearer ", leaves it readable.
        message = (
            f"{op.operation_id} is secured (bearerAuth): send an Authorization header "
            "with the 'Bearer' scheme and an access token"
        )
        yield _problem(block, request.line, "request", message, op)
    elif authorization is not None and not authorization.lower().startswith("bearer "):
        line = block.line_containing("Authorization")
        scheme = authorization.split(" ", 1)[0]
        message = f"the Authorization header must use the 'Bearer' scheme, not '{scheme}'"
        yield _problem(block, line, "request", message, op)


def _check_body(spec: Spec, request: ExampleRequest, match: Match) -> Iterable[Problem]:
    op, block, body = match.operation, request.block, request.body
    if body is None:
        if op.request_required:
            name = schema_name(spec, _raw_request_schema(spec, op)) or "JSON"
            message = f"{op.operation_id} requires a {name} request body"
            yield _problem(block, request.line, "request", message, op)
        return
    if op.request_schema is None and not op.request_content_types:
        message = f"{op.operation_id} takes no request body"
        yield _problem(block, body.line, "request", message, op)
        return
    content_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
    if request.form_encoded:
        message = (
            "curl -d without a Content-Type sends application/x-www-form-urlencoded; "
            "add -H 'Content-Type: application/json' (or use --json)"
        )
        yield _problem(block, request.line, "request", message, op)
    elif content_type and content_type not in op.request_content_types:
        allowed = ", ".join(op.request_content_types)
        message = f"Content-Type {content_type} is not accepted by {op.operation_id} ({allowed})"
        yield _problem(block, block.line_containing("Content-Type"), "request", message, op)
    if op.request_schema is not None:
        name = schema_name(spec, _raw_request_schema(spec, op)) or "schema"
        what = f"{op.operation_id} request body ({name})"
        yield from check_value(spec, block, body, op.request_schema, what, op, "request")


def _raw_request_schema(spec: Spec, op: Operation) -> Any:
    raw = spec.document.get("paths", {}).get(op.path, {}).get(op.method.lower(), {})
    body = spec.resolve(raw.get("requestBody", {}))
    for media in body.get("content", {}).values():
        return media.get("schema")
    return None


def check_request(spec: Spec, request: ExampleRequest, match: Match) -> list[Problem]:
    """Server, parameters, headers and body of a matched request."""
    return [
        *check_server(spec, request),
        *_check_parameters(spec, request, match),
        *_check_headers(request, match),
        *_check_body(spec, request, match),
    ]


# ----------------------------------------------------------------------------------- responses


def _candidates(
    spec: Spec, op: Operation, status: int | None
) -> list[tuple[str, str, Mapping[str, Any]]]:
    """(status, schema name, schema) to try, ``oneOf`` branches one by one, successes first."""
    found = []
    statuses = sorted(op.responses, key=lambda s: (not s.startswith("2"), s))
    for code in statuses:
        response = op.responses[code]
        if (status is not None and code != str(status)) or response.schema is None:
            continue
        raw = _raw_response_schema(spec, op, code)
        name = schema_name(spec, raw) or "schema"
        branches = response.schema.get("oneOf") or response.schema.get("anyOf")
        if isinstance(branches, list):
            for branch in branches:
                found.append((code, schema_name(spec, branch) or name, spec.resolve(branch)))
        else:
            found.append((code, name, response.schema))
    return found


def _documented_status(op: Operation, status: int) -> ResponseSpec | None:
    return op.responses.get(str(status)) or op.responses.get("default")


def _check_response_headers(
    block: Block, op: Operation, response: ResponseSpec, headers: Iterable[tuple[str, str]]
) -> Iterable[Problem]:
    documented = {name.lower() for name in response.headers}
    for name, _ in headers:
        lowered = name.lower()
        if lowered not in documented and lowered not in _STANDARD_RESPONSE_HEADERS:
            message = f"header {name} is not documented for {op.operation_id} {response.status}"
            yield _problem(block, block.line_containing(name), "response", message, op)


def check_response(
    spec: Spec,
    block: Block,
    line: int,
    op: Operation,
    status: int | None,
    body: BodyText | None,
    headers: Iterable[tuple[str, str]] = (),
) -> list[Problem]:
    """A shown response must be one the operation documents (at ``status`` when given)."""
    if status is not None:
        response = _documented_status(op, status)
        if response is None:
            documented = ", ".join(sorted(op.responses))
            message = (
                f"{op.operation_id} does not document status {status} (documented: {documented})"
            )
            return [_problem(block, line, "response", message, op)]
        problems = list(_check_response_headers(block, op, response, headers))
        if response.schema is None:
            if body is not None and body.text.strip():
                message = f"{op.operation_id} {status} has no body, but the example shows one"
                problems.append(_problem(block, body.line, "response", message, op))
            return problems
    else:
        problems = []
    if body is None:
        return problems
    value = load_json(body)
    if isinstance(value, JsonProblem):
        return [*problems, _problem(block, value.line, "response", value.message, op)]
    candidates = _candidates(spec, op, status)
    scored = []
    for code, name, schema in candidates:
        errors = _schema_errors(spec, schema, value)
        if not errors:
            return problems
        scored.append((len(errors), code, name, errors))
    if not scored:
        return problems
    _, code, name, errors = min(scored, key=lambda item: item[0])
    what = f"response does not match {op.operation_id} {code} ({name})"
    return problems + [
        _problem(
            block,
            _field_line(block, body, e.field, e.keyword),
            "response",
            f"{what}: {_field_text(e)}",
            op,
        )
        for e in errors
    ]
