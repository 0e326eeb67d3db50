"""JSON Schema 2020-12 validators compiled from spec schemas, with errors as dotted field names.

A schema from the spec is compiled with the document's `components` embedded beside it, so its
`#/components/...` refs resolve. Error messages never quote the instance: a rejected password
must not come back in a 422 or land in a report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from plinto_contract.errors import SpecError

__all__ = ["SchemaError", "SchemaValidator"]


@dataclass(frozen=True)
class SchemaError:
    """One reason an instance fails a schema; `field` is a dotted path, "" for the root."""

    field: str
    message: str
    keyword: str


def _field(path: list[str | int]) -> str:
    return ".".join(str(part) for part in path)


def _plural(n: Any, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _describe(kind: Any) -> str:
    """A value-free message for one jsonschema-rs error kind."""
    detail = kind.as_dict()
    limit = detail.get("limit")
    match kind.name:
        case "type":
            return f"must be of type {' or '.join(detail['types'])}"
        case "minLength":
            return f"must be at least {_plural(limit, 'character')} long"
        case "maxLength":
            return f"must be at most {_plural(limit, 'character')} long"
        case "pattern":
            return f"must match the pattern {detail['pattern']}"
        case "format":
            return f"must be a valid {detail['format']}"
        case "enum":
            return "must be one of: " + ", ".join(str(option) for option in detail["options"])
        case "const":
            return f"must be {detail['expected_value']}"
        case "minimum":
            return f"must be >= {limit}"
        case "maximum":
            return f"must be <= {limit}"
        case "exclusiveMinimum":
            return f"must be > {limit}"
        case "exclusiveMaximum":
            return f"must be < {limit}"
        case "minItems":
            return f"must have at least {_plural(limit, 'item')}"
        case "maxItems":
            return f"must have at most {_plural(limit, 'item')}"
        case "minProperties":
            return f"must have at least {_plural(limit, 'field')}"
        case "maxProperties":
            return f"must have at most {_plural(limit, 'field')}"
        case "uniqueItems":
            return "must not contain duplicate items"
        case "multipleOf":
            return f"must be a multiple of {detail['multiple_of']}"
        case "anyOf" | "oneOf":
            return "does not match any of the allowed shapes"
    return f"fails the {kind.name!r} constraint"


def _to_errors(error: jsonschema_rs.ValidationError) -> list[SchemaError]:
    path, kind = list(error.instance_path), error.kind
    if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
        # Name the missing field itself, not its parent object.
        return [SchemaError(_field([*path, kind.property]), "is required", kind.name)]
    if isinstance(
        kind,
        jsonschema_rs.ValidationErrorKind.AdditionalProperties
        | jsonschema_rs.ValidationErrorKind.UnevaluatedProperties,
    ):
        return [
            SchemaError(_field([*path, name]), "is not allowed", kind.name)
            for name in kind.unexpected
        ]
    return [SchemaError(_field(path), _describe(kind), kind.name)]


class SchemaValidator:
    """A compiled JSON Schema 2020-12 validator (formats checked) for one spec schema."""

    def __init__(self, schema: Mapping[str, Any] | bool, components: Mapping[str, Any]) -> None:
        self.schema = schema
        embedded = {**schema, "components": components} if isinstance(schema, Mapping) else schema
        try:
            self._validator = jsonschema_rs.Draft202012Validator(embedded, validate_formats=True)
        except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError) as exc:
            message = str(exc).splitlines()[0]
            raise SpecError(f"cannot compile schema: {message}") from exc

    def errors(self, instance: Any) -> list[SchemaError]:
        """Every reason `instance` fails the schema, in the validator's order; [] if valid."""
        return [
            found for error in self._validator.iter_errors(instance) for found in _to_errors(error)
        ]

    def is_valid(self, instance: Any) -> bool:
        """True if `instance` satisfies the schema."""
        return bool(self._validator.is_valid(instance))
