"""The spec as frozen values: Spec > Operation > Parameter / ResponseSpec > HeaderSpec.

Everything here is read from the document; nothing restates it. Schemas are the document's own
nodes with the top-level `$ref` followed (nested refs stay; `Spec.validator` resolves them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from plinto_contract.errors import SpecError
from plinto_contract.spec._refs import resolve_ref
from plinto_contract.spec._schemas import SchemaValidator

__all__ = ["HTTP_METHODS", "HeaderSpec", "Operation", "Parameter", "ResponseSpec", "Spec"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

ParameterLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    """One path, query, header or cookie parameter of an operation."""

    name: str
    location: ParameterLocation
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class HeaderSpec:
    """One documented response header."""

    name: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class ResponseSpec:
    """One documented response (status "200", "422", "default"...) of an operation."""

    status: str
    description: str
    schema: Mapping[str, Any] | None
    content_type: str | None
    headers: Mapping[str, HeaderSpec]
    links: Mapping[str, Mapping[str, Any]]
    examples: tuple[Any, ...]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, keyed by its operationId."""

    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    secured: bool
    parameters: tuple[Parameter, ...]
    request_schema: Mapping[str, Any] | None
    request_required: bool
    request_content_types: tuple[str, ...]
    responses: Mapping[str, ResponseSpec]
    success_status: int
    extensions: Mapping[str, Any] = field(default_factory=dict)
    request_examples: tuple[Any, ...] = ()


def is_secured(requirements: Any) -> bool:
    """True if a security requirement list demands credentials ({} means anonymous is allowed)."""
    return isinstance(requirements, list) and bool(requirements) and {} not in requirements


def pick_media(content: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    """The JSON media type of a `content` map (else the first one), and its object."""
    for media_type, media in content.items():
        if media_type == "application/json" or media_type.endswith("+json"):
            return media_type, media
    for media_type, media in content.items():
        return media_type, media
    return None, {}


class Spec:
    """A loaded, validated spec; built by `load_spec()` or `spec_from_dict()`.

    `document` is shared and read-only: YAML aliases make one node appear at several places,
    so a test that wants a broken spec edits a `copy.deepcopy(spec.document)`.
    """

    def __init__(self, document: dict[str, Any], path: Path | None = None) -> None:
        self.document = document
        self.path = path
        self._components: Mapping[str, Any] = document.get("components", {})
        # id() fast path for the schema nodes we hand out, JSON text for any other dict.
        self._validators_by_id: dict[int, tuple[Any, SchemaValidator]] = {}
        self._validators_by_text: dict[str, SchemaValidator] = {}
        operations = [self._operation(*where) for where in self._iter_operations()]
        by_id: dict[str, Operation] = {}
        for operation in operations:
            if operation.operation_id in by_id:
                raise SpecError(f"operationId {operation.operation_id!r} is used twice")
            by_id[operation.operation_id] = operation
        self.operations: Mapping[str, Operation] = MappingProxyType(by_id)
        self._by_route = {(op.method, op.path): op for op in operations}

    def __repr__(self) -> str:
        return f"<Spec {self.path or '(from dict)'}: {len(self.operations)} operations>"

    def operation(self, method: str, path_template: str) -> Operation | None:
        """The operation at `METHOD /path/{template}`, or None."""
        return self._by_route.get((method.upper(), path_template))

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until `node` is not a reference; SpecError if one dangles."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"$ref {ref!r} refers to itself")
            seen.add(ref)
            node = resolve_ref(self.document, ref)
        return node

    def validator(self, schema: Mapping[str, Any] | bool) -> SchemaValidator:
        """A cached JSON Schema 2020-12 validator for a schema of this spec."""
        cached = self._validators_by_id.get(id(schema))
        if cached is not None and cached[0] is schema:
            return cached[1]
        text = json.dumps(schema, sort_keys=True)
        validator = self._validators_by_text.get(text)
        if validator is None:
            validator = SchemaValidator(schema, self._components)
            self._validators_by_text[text] = validator
        # Keep `schema` alive with its entry so its id() cannot be reused by another object.
        self._validators_by_id[id(schema)] = (schema, validator)
        return validator

    # -- building -------------------------------------------------------------------------

    def _iter_operations(self) -> Iterator[tuple[str, str, Mapping[str, Any], list[Any]]]:
        for path, item in self.document.get("paths", {}).items():
            item = self.resolve(item)
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    yield path, method, operation, item.get("parameters", [])

    def _operation(
        self, path: str, method: str, op: Mapping[str, Any], shared_parameters: list[Any]
    ) -> Operation:
        where = f"{method.upper()} {path}"
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str):
            raise SpecError(f"{where}: has no operationId")
        body = self.resolve(op.get("requestBody", {}))
        media_type, media = pick_media(body.get("content", {}))
        responses = {
            str(status): self._response(str(status), self.resolve(response))
            for status, response in op.get("responses", {}).items()
        }
        successes = [int(status) for status in responses if status.isdigit() and status[0] == "2"]
        if not successes:
            raise SpecError(f"{where}: documents no 2xx response")
        tags = op.get("tags") or [""]
        return Operation(
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            tag=tags[0],
            summary=op.get("summary", ""),
            description=op.get("description", ""),
            secured=is_secured(op.get("security", self.document.get("security"))),
            parameters=self._parameters(shared_parameters, op.get("parameters", [])),
            request_schema=self._schema(media) if media_type else None,
            request_required=bool(body.get("required", False)),
            request_content_types=tuple(body.get("content", {})),
            responses=MappingProxyType(responses),
            success_status=min(successes),
            extensions=MappingProxyType({k: v for k, v in op.items() if k.startswith("x-")}),
            request_examples=self._examples(media),
        )

    def _parameters(self, shared: list[Any], own: list[Any]) -> tuple[Parameter, ...]:
        # Operation-level parameters override path-level ones with the same name and location.
        merged: dict[tuple[str, str], Parameter] = {}
        for node in [*shared, *own]:
            param = self.resolve(node)
            merged[(param["name"], param["in"])] = Parameter(
                name=param["name"],
                location=param["in"],
                required=bool(param.get("required", False)),
                schema=self.resolve(param.get("schema", {})),
            )
        return tuple(merged.values())

    def _response(self, status: str, response: Mapping[str, Any]) -> ResponseSpec:
        content_type, media = pick_media(response.get("content", {}))
        headers = {}
        for name, node in response.get("headers", {}).items():
            header = self.resolve(node)
            headers[name] = HeaderSpec(
                name=name,
                required=bool(header.get("required", False)),
                schema=self.resolve(header.get("schema", {})),
            )
        return ResponseSpec(
            status=status,
            description=response.get("description", ""),
            schema=self._schema(media) if content_type else None,
            content_type=content_type,
            headers=MappingProxyType(headers),
            links=MappingProxyType(
                {name: self.resolve(link) for name, link in response.get("links", {}).items()}
            ),
            examples=self._examples(media),
        )

    def _schema(self, media: Mapping[str, Any]) -> Mapping[str, Any] | None:
        schema = media.get("schema")
        return None if schema is None else self.resolve(schema)

    def _examples(self, media: Mapping[str, Any]) -> tuple[Any, ...]:
        """Media-level `example`/`examples`, then the schema's own `examples`, without repeats."""
        found: list[Any] = []
        if "example" in media:
            found.append(media["example"])
        for example in media.get("examples", {}).values():
            example = self.resolve(example)
            if "value" in example:
                found.append(example["value"])
        schema = self._schema(media)
        if isinstance(schema, Mapping):
            found.extend(schema.get("examples", []))
        unique: list[Any] = []
        for value in found:
            if value not in unique:
                unique.append(value)
        return tuple(unique)
