"""Our own rules for openapi.yaml, beyond what OpenAPI itself requires.

Each rule is a plain function named for the property it checks, registered with `@rule`.
It takes the raw document (anchors expanded, refs not followed) and yields
`(json_pointer, message)` for each violation; `lint()` tags them with the rule's name.
Rules never raise on a malformed document: they report what they can see.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from plinto_contract.errors import SpecError, UsageError
from plinto_contract.spec._model import HTTP_METHODS, is_secured
from plinto_contract.spec._refs import escape, iter_refs, resolve_ref

__all__ = ["ERROR_SCHEMA_REF", "RULES", "LintProblem", "Rule", "lint", "rule"]

ERROR_SCHEMA_REF = "#/components/schemas/Error"
_SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")

Document = Mapping[str, Any]
Rule = Callable[[Document], Iterator[tuple[str, str]]]
RULES: dict[str, Rule] = {}


@dataclass(frozen=True)
class LintProblem:
    """One rule violation: which rule, where (a JSON pointer), and what is wrong."""

    rule: str
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.message} (at {self.location})"


def rule(func: Rule) -> Rule:
    """Register a lint rule under its function name."""
    if func.__name__ in RULES:
        raise UsageError(f"lint rule {func.__name__!r} is registered twice")
    RULES[func.__name__] = func
    return func


def lint(document: Document, rules: Iterable[str] | None = None) -> list[LintProblem]:
    """Run the named rules (default: all) over a document and return every problem found."""
    names = list(RULES) if rules is None else list(rules)
    unknown = sorted(set(names) - set(RULES))
    if unknown:
        raise UsageError(f"unknown lint rule(s): {', '.join(unknown)}")
    return [
        LintProblem(name, location, message)
        for name in names
        for location, message in RULES[name](document)
    ]


# -- helpers --------------------------------------------------------------------------------


def _operations(document: Document) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(pointer, "METHOD /path", operation) for every operation, in document order."""
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, Mapping) else ():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(op, Mapping):
                yield f"/paths/{escape(path)}/{method}", f"{method.upper()} {path}", op


def _responses(op: Mapping[str, Any]) -> Mapping[str, Any]:
    responses = op.get("responses")
    return responses if isinstance(responses, Mapping) else {}


def _follow(document: Document, node: Any) -> Any:
    """Follow `$ref`s; None if one dangles (no_dangling_refs reports that)."""
    for _ in range(32):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            return node
        try:
            node = resolve_ref(document, node["$ref"])
        except SpecError:
            return None
    return None


# -- rules: operations ----------------------------------------------------------------------


@rule
def operation_has_operation_id(document: Document) -> Iterator[tuple[str, str]]:
    """Every operation has an operationId."""
    for at, label, op in _operations(document):
        if not isinstance(op.get("operationId"), str) or not op["operationId"]:
            yield at, f"{label}: has no operationId"


@rule
def operation_ids_are_unique(document: Document) -> Iterator[tuple[str, str]]:
    """No two operations share an operationId."""
    first_use: dict[str, str] = {}
    for at, label, op in _operations(document):
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str):
            continue
        if operation_id in first_use:
            other = first_use[operation_id]
            yield at, f"{label}: operationId {operation_id!r} is also used by {other}"
        else:
            first_use[operation_id] = label


@rule
def operation_ids_are_snake_case(document: Document) -> Iterator[tuple[str, str]]:
    """Every operationId is snake_case (it becomes a Python function name)."""
    for at, label, op in _operations(document):
        operation_id = op.get("operationId")
        if isinstance(operation_id, str) and not _SNAKE_CASE.fullmatch(operation_id):
            yield f"{at}/operationId", f"{label}: operationId {operation_id!r} is not snake_case"


@rule
def operation_has_tag(document: Document) -> Iterator[tuple[str, str]]:
    """Every operation has a tag, and every tag is declared at the top level."""
    declared = {tag.get("name") for tag in document.get("tags", []) if isinstance(tag, Mapping)}
    for at, label, op in _operations(document):
        tags = op.get("tags")
        if not isinstance(tags, list) or not tags:
            yield at, f"{label}: has no tag"
            continue
        for tag in tags:
            if tag not in declared:
                yield f"{at}/tags", f"{label}: tag {tag!r} is not declared in the top-level tags"


@rule
def operation_has_summary(document: Document) -> Iterator[tuple[str, str]]:
    """Every operation has a non-empty summary."""
    for at, label, op in _operations(document):
        if not str(op.get("summary") or "").strip():
            yield at, f"{label}: has no summary"


@rule
def operation_has_description(document: Document) -> Iterator[tuple[str, str]]:
    """Every operation has a non-empty description."""
    for at, label, op in _operations(document):
        if not str(op.get("description") or "").strip():
            yield at, f"{label}: has no description"


@rule
def operation_documents_4xx(document: Document) -> Iterator[tuple[str, str]]:
    """Every operation documents at least one 4xx response."""
    for at, label, op in _operations(document):
        if not any(str(status).startswith("4") for status in _responses(op)):
            yield f"{at}/responses", f"{label}: documents no 4xx response"


@rule
def secured_operation_documents_401(document: Document) -> Iterator[tuple[str, str]]:
    """Every operation that needs credentials (its own or the global `security`) documents 401."""
    for at, label, op in _operations(document):
        secured = is_secured(op.get("security", document.get("security")))
        if secured and "401" not in _responses(op):
            yield f"{at}/responses", f"{label}: secured but documents no 401"


@rule
def error_responses_use_error_schema(document: Document) -> Iterator[tuple[str, str]]:
    """Every 4xx, 5xx and default response has a body that is `$ref: #/components/schemas/Error`."""
    for at, label, op in _operations(document):
        for status, response in _responses(op).items():
            code = str(status)
            if not (code[0] in "45" or code == "default"):
                continue
            where = f"{at}/responses/{escape(code)}"
            resolved = _follow(document, response)
            content = resolved.get("content") if isinstance(resolved, Mapping) else None
            if not isinstance(content, Mapping) or not content:
                yield where, f"{label}: {code} response has no body; errors use {ERROR_SCHEMA_REF}"
                continue
            for media_type, media in content.items():
                schema = media.get("schema") if isinstance(media, Mapping) else None
                if not (isinstance(schema, Mapping) and schema.get("$ref") == ERROR_SCHEMA_REF):
                    problem = f"{code} response ({media_type}) does not use {ERROR_SCHEMA_REF}"
                    yield where, f"{label}: {problem}"


# -- rules: the contract's headers, rate limits and examples (CONTRACT.md 4, 8, 9) -----------


def _documented_responses(
    document: Document,
) -> Iterator[tuple[str, str, str, Mapping[str, Any]]]:
    """(pointer, "METHOD /path", status, resolved response) for every operation response."""
    for at, label, op in _operations(document):
        for status, response in _responses(op).items():
            resolved = _follow(document, response)
            if isinstance(resolved, Mapping):
                yield f"{at}/responses/{escape(str(status))}", label, str(status), resolved


def _has_header(response: Mapping[str, Any], name: str) -> bool:
    headers = response.get("headers")
    names = {str(key).lower() for key in headers} if isinstance(headers, Mapping) else set()
    return name.lower() in names


@rule
def operation_has_rate_limit(document: Document) -> Iterator[tuple[str, str]]:
    """Every operation documents `x-rate-limit: {group, limit, window_seconds}`."""
    for at, label, op in _operations(document):
        limit = op.get("x-rate-limit")
        if not isinstance(limit, Mapping):
            yield at, f"{label}: has no x-rate-limit"
        elif not (
            isinstance(limit.get("group"), str)
            and all(type(limit.get(k)) is int and limit[k] > 0 for k in ("limit", "window_seconds"))
        ):
            problem = "x-rate-limit needs a group and positive integer limit and window_seconds"
            yield f"{at}/x-rate-limit", f"{label}: {problem}"


@rule
def responses_document_request_id(document: Document) -> Iterator[tuple[str, str]]:
    """Every response, errors included, documents the X-Request-ID header."""
    for at, label, status, response in _documented_responses(document):
        if not _has_header(response, "X-Request-ID"):
            yield at, f"{label}: {status} response does not document X-Request-ID"


@rule
def unauthorized_documents_www_authenticate(document: Document) -> Iterator[tuple[str, str]]:
    """Every 401 response documents the WWW-Authenticate header."""
    for at, label, status, response in _documented_responses(document):
        if status == "401" and not _has_header(response, "WWW-Authenticate"):
            yield at, f"{label}: 401 response does not document WWW-Authenticate"


@rule
def rate_limited_documents_retry_after(document: Document) -> Iterator[tuple[str, str]]:
    """Every 429 response documents the Retry-After header."""
    for at, label, status, response in _documented_responses(document):
        if status == "429" and not _has_header(response, "Retry-After"):
            yield at, f"{label}: 429 response does not document Retry-After"


def _has_example(document: Document, holder: Any) -> bool:
    """True if some media type of a request body or response has an example."""
    content = holder.get("content") if isinstance(holder, Mapping) else None
    for media in content.values() if isinstance(content, Mapping) else ():
        if not isinstance(media, Mapping):
            continue
        if "example" in media or media.get("examples"):
            return True
        schema = _follow(document, media.get("schema"))
        if isinstance(schema, Mapping) and schema.get("examples"):
            return True
    return False


@rule
def bodies_have_examples(document: Document) -> Iterator[tuple[str, str]]:
    """Every request body and every 2xx response body has at least one example."""
    for at, label, op in _operations(document):
        body = _follow(document, op.get("requestBody"))
        if isinstance(body, Mapping) and not _has_example(document, body):
            yield f"{at}/requestBody", f"{label}: request body has no example"
    for at, label, status, response in _documented_responses(document):
        has_body = bool(response.get("content"))
        if status.startswith("2") and has_body and not _has_example(document, response):
            yield at, f"{label}: {status} response body has no example"


def _link_targets(document: Document) -> dict[str, tuple[set[str], bool]]:
    """operationId -> (the parameter keys a link may set, whether it takes a body)."""
    targets: dict[str, tuple[set[str], bool]] = {}
    paths = document.get("paths")
    for item in paths.values() if isinstance(paths, Mapping) else ():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, Mapping) else None
            if not isinstance(op, Mapping) or not isinstance(op.get("operationId"), str):
                continue
            keys: set[str] = set()
            for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                param = _follow(document, param)
                if isinstance(param, Mapping):  # a link may say "user_id" or "path.user_id"
                    keys.update({str(param.get("name")), f"{param.get('in')}.{param.get('name')}"})
            targets[op["operationId"]] = (keys, "requestBody" in op)
    return targets


@rule
def links_resolve(document: Document) -> Iterator[tuple[str, str]]:
    """Every link targets an existing operation, with parameters (and a body) it takes."""
    targets = _link_targets(document)
    for at, label, status, response in _documented_responses(document):
        links = response.get("links")
        for name, link in links.items() if isinstance(links, Mapping) else ():
            link = _follow(document, link)
            where, what = f"{at}/links/{escape(name)}", f"{label}: {status} link {name!r}"
            target_id = link.get("operationId") if isinstance(link, Mapping) else None
            if target_id not in targets:
                yield where, f"{what} targets no operation of this spec"
                continue
            keys, takes_body = targets[target_id]
            for key in link.get("parameters") or {}:
                if key not in keys:
                    yield where, f"{what} sets {key!r}, which {target_id} does not take"
            if "requestBody" in link and not takes_body:
                yield where, f"{what} sends a body, which {target_id} does not take"


# -- rules: references ----------------------------------------------------------------------


@rule
def no_dangling_refs(document: Document) -> Iterator[tuple[str, str]]:
    """Every `$ref` is local and points at something."""
    for at, ref in iter_refs(document):
        try:
            resolve_ref(document, ref)
        except SpecError as exc:
            yield at, str(exc)


def _component_key(ref: str) -> tuple[str, str] | None:
    parts = [unquote(p).replace("~1", "/").replace("~0", "~") for p in ref.split("/")]
    if len(parts) >= 4 and parts[0] == "#" and parts[1] == "components":
        return parts[2], parts[3]
    return None


@rule
def no_unused_components(document: Document) -> Iterator[tuple[str, str]]:
    """Every component is reachable from the paths, through refs or security requirements."""
    components = document.get("components")
    if not isinstance(components, Mapping):
        return
    used: set[tuple[str, str]] = set()
    requirements = list(document.get("security") or [])
    for _, _, op in _operations(document):
        requirements.extend(op.get("security") or [])
    for requirement in requirements:
        if isinstance(requirement, Mapping):
            used.update(("securitySchemes", name) for name in requirement)
    # Walk refs from the paths (YAML anchors are already expanded into them), then
    # transitively through each component reached.
    pending: list[Any] = [document.get("paths"), document.get("webhooks")]
    while pending:
        for _, ref in iter_refs(pending.pop()):
            key = _component_key(ref)
            section = components.get(key[0]) if key else None
            if key and key not in used and isinstance(section, Mapping) and key[1] in section:
                used.add(key)
                pending.append(section[key[1]])
    for section, entries in components.items():
        for name in entries if isinstance(entries, Mapping) else ():
            if (section, name) not in used:
                yield (
                    f"/components/{escape(section)}/{escape(name)}",
                    f"components/{section}/{name} is defined but never used",
                )


# -- rules: schemas -------------------------------------------------------------------------

# JSON Schema 2020-12 keywords plus OpenAPI 3.1's additions. An unknown key is almost always
# a typo or a YAML flow mapping split on an unquoted comma ("(ISO 8601, UTC)").
_SCHEMA_KEYWORDS = frozenset(
    [
        "$schema",
        "$id",
        "$ref",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$defs",
        "$comment",
        "$vocabulary",
        "type",
        "enum",
        "const",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxContains",
        "minContains",
        "maxProperties",
        "minProperties",
        "required",
        "dependentRequired",
        "dependentSchemas",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "items",
        "prefixItems",
        "contains",
        "unevaluatedItems",
        "unevaluatedProperties",
        "format",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
        "title",
        "description",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "examples",
        "example",
        "discriminator",
        "xml",
        "externalDocs",
    ]
)
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_SINGLE = (
    "items", "additionalProperties", "propertyNames", "contains", "not", "if", "then", "else",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema",
)  # fmt: skip


def _schema_roots(document: Document) -> Iterator[tuple[str, Any]]:
    """Every schema the document holds directly: components/schemas and each `schema` key."""
    components = document.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    for name, schema in schemas.items() if isinstance(schemas, Mapping) else ():
        yield f"/components/schemas/{escape(name)}", schema

    def holders(node: Any, at: str) -> Iterator[tuple[str, Any]]:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key == "schema":
                    yield f"{at}/schema", value
                elif key not in ("example", "examples"):
                    yield from holders(value, f"{at}/{escape(str(key))}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from holders(item, f"{at}/{index}")

    for section in ("paths", "components"):
        yield from holders(document.get(section), f"/{section}")


def _unknown_keywords(schema: Any, at: str) -> Iterator[tuple[str, str]]:
    if not isinstance(schema, Mapping):
        return
    for key in schema:
        if key not in _SCHEMA_KEYWORDS and not str(key).startswith("x-"):
            yield at, f"unknown schema keyword {key!r} (a typo, or a YAML value split on a comma?)"
    for key in _SUBSCHEMA_MAPS:
        children = schema.get(key)
        for name, child in children.items() if isinstance(children, Mapping) else ():
            yield from _unknown_keywords(child, f"{at}/{key}/{escape(str(name))}")
    for key in _SUBSCHEMA_LISTS:
        children = schema.get(key)
        for index, child in enumerate(children if isinstance(children, list) else ()):
            yield from _unknown_keywords(child, f"{at}/{key}/{index}")
    for key in _SUBSCHEMA_SINGLE:
        yield from _unknown_keywords(schema.get(key), f"{at}/{key}")


@rule
def schemas_use_known_keywords(document: Document) -> Iterator[tuple[str, str]]:
    """Every key of every schema is a JSON Schema or OpenAPI keyword (or an `x-` extension)."""
    seen: set[tuple[str, str]] = set()  # a schema can be reached from more than one root
    for at, schema in _schema_roots(document):
        for problem in _unknown_keywords(schema, at):
            if problem not in seen:
                seen.add(problem)
                yield problem
