"""Check a request against its operation in the spec: parameters, Content-Type and JSON body.

Parameters arrive as text; each is coerced by its own schema (integer, number, boolean, array, uuid)
before the spec's JSON Schema 2020-12 validator sees it. Every problem becomes one ``details`` entry
naming the field (``query.per_page``, ``path.user_id``, ``password``) in a single 422.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from mock_server.errors import Detail, RequestInvalid, UnsupportedMediaType
from plinto_contract.spec import Operation, Parameter, SchemaValidator, Spec

__all__ = ["OperationValidator", "RequestData"]

_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_NUMBER = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")


@dataclass(frozen=True)
class RequestData:
    """The request's inputs after coercion (and validation, unless a fault skipped it)."""

    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {t for t in declared if isinstance(t, str)}
    return set()


def coerce(schema: Mapping[str, Any], raw: str) -> Any:
    """Turn one parameter's text into the JSON value its schema describes; leave it if it doesn't
    fit.

    A value that does not fit stays text, so the validator reports it as the wrong type.
    """
    types = _types(schema)
    if "integer" in types and _INTEGER.match(raw):
        return int(raw)
    if "number" in types and _NUMBER.match(raw):
        return float(raw)
    if "boolean" in types and raw in ("true", "false"):
        return raw == "true"
    if schema.get("format") == "uuid":
        try:
            # Canonical lower-case form, so stored ids match however the client spelled them.
            return str(uuid.UUID(raw)) if len(raw) == 36 else raw
        except ValueError:
            return raw
    return raw


class OperationValidator:
    """The compiled checks for one operation, built once at start-up."""

    def __init__(self, spec: Spec, operation: Operation) -> None:
        self.operation = operation
        self._params: list[tuple[Parameter, SchemaValidator]] = [
            (p, spec.validator(p.schema)) for p in operation.parameters if p.location != "cookie"
        ]
        self._resolved = {p.name: spec.resolve(p.schema) for p, _ in self._params}
        schema = operation.request_schema
        self._body: SchemaValidator | None = spec.validator(schema) if schema is not None else None
        self._media_types = {m.lower() for m in operation.request_content_types}

    async def parse(self, request: Request, *, check: bool = True) -> RequestData:
        """Coerce, then (when ``check``) validate: 422 RequestInvalid, 415 UnsupportedMediaType."""
        details: list[Detail] = []
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        for param, validator in self._params:
            value = self._read(param, request)
            where = f"{param.location}.{param.name}"
            if value is None:
                if param.required:
                    details.append(Detail(where, "is required", "required"))
                elif "default" in self._resolved[param.name]:
                    values[param.location][param.name] = self._resolved[param.name]["default"]
                continue
            values[param.location][param.name] = value
            if check:
                details.extend(
                    Detail(f"{where}.{e.field}" if e.field else where, e.message, e.keyword)
                    for e in validator.errors(value)
                )
        body = await self._parse_body(request, details, check=check)
        if details and check:
            raise RequestInvalid(details=details)
        return RequestData(
            path=values["path"], query=values["query"], headers=values["header"], body=body
        )

    def _read(self, param: Parameter, request: Request) -> Any:
        schema = self._resolved[param.name]
        if param.location == "path":
            raw = request.path_params.get(param.name)
            return None if raw is None else coerce(schema, str(raw))
        if param.location == "query":
            if "array" in _types(schema):
                items = request.query_params.getlist(param.name)
                return [coerce(schema.get("items", {}), v) for v in items] if items else None
            raw = request.query_params.get(param.name)
            return None if raw is None else coerce(schema, raw)
        raw = request.headers.get(param.name)
        return None if raw is None else coerce(schema, raw)

    async def _parse_body(self, request: Request, details: list[Detail], *, check: bool) -> Any:
        if self._body is None:
            return None
        raw = await request.body()
        if not raw:
            if self.operation.request_required and check:
                details.append(Detail("body", "is required", "required"))
            return None
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type not in self._media_types and check:
            wanted = " or ".join(sorted(self._media_types))
            raise UnsupportedMediaType(f"Content-Type must be {wanted}")
        try:
            body = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
        except UnicodeDecodeError:
            if check:
                details.append(Detail("body", "is not valid UTF-8", "encoding"))
            return None
        except (ValueError, RecursionError):
            if check:
                details.append(Detail("body", "is not valid JSON", "json"))
            return None
        if check:
            details.extend(
                Detail(e.field or "body", e.message, e.keyword) for e in self._body.errors(body)
            )
        return body


def _refuse_constant(name: str) -> Any:
    # NaN and Infinity are not JSON (RFC 8259), though Python's parser accepts them.
    raise ValueError(f"{name} is not valid JSON")
