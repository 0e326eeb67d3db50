"""Every example written in the spec, with the schema it must satisfy and where it sits.

The walk is structural (it knows where OpenAPI puts schemas, media types, parameters and
headers), so a property that happens to be called "examples" is not mistaken for examples.
Referenced objects are visited once, where they are defined, not at every `$ref` to them;
an Example object that is itself a `$ref` is checked at the place that uses it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from plinto_contract.spec._model import HTTP_METHODS
from plinto_contract.spec._refs import escape, resolve_ref

__all__ = ["Example", "iter_examples"]

# Schema keywords whose value is one subschema, a list of them, or a map of them.
_ONE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")


@dataclass(frozen=True)
class Example:
    """One example value, the schema it must satisfy, and its JSON pointer in the document."""

    location: str
    schema: Mapping[str, Any] | bool
    value: Any


def _schema_examples(schema: Any, at: str) -> Iterator[Example]:
    if not isinstance(schema, Mapping) or (len(schema) == 1 and "$ref" in schema):
        return
    for index, value in enumerate(schema.get("examples", [])):
        yield Example(f"{at}/examples/{index}", schema, value)
    if "example" in schema:  # deprecated in 3.1, still checked
        yield Example(f"{at}/example", schema, schema["example"])
    for key in _ONE:
        if key in schema:
            yield from _schema_examples(schema[key], f"{at}/{key}")
    for key in _LIST:
        for index, sub in enumerate(schema.get(key, [])):
            yield from _schema_examples(sub, f"{at}/{key}/{index}")
    for key in _MAP:
        for name, sub in schema.get(key, {}).items():
            yield from _schema_examples(sub, f"{at}/{key}/{escape(name)}")


def _holder_examples(document: Any, holder: Any, at: str) -> Iterator[Example]:
    """Examples of a media type, parameter or header object (each has `schema` + examples)."""
    if not isinstance(holder, Mapping) or "$ref" in holder:
        return
    schema = holder.get("schema")
    if schema is not None:
        yield from _schema_examples(schema, f"{at}/schema")
        if "example" in holder:
            yield Example(f"{at}/example", schema, holder["example"])
        for name, example in holder.get("examples", {}).items():
            location = f"{at}/examples/{escape(name)}"
            if isinstance(example, Mapping) and "$ref" in example:
                location = f"{location} (-> {example['$ref']})"
                example = resolve_ref(document, example["$ref"])
            if isinstance(example, Mapping) and "value" in example:
                yield Example(location, schema, example["value"])
    for media_type, media in holder.get("content", {}).items():
        yield from _holder_examples(document, media, f"{at}/content/{escape(media_type)}")


def _response_examples(document: Any, response: Any, at: str) -> Iterator[Example]:
    if not isinstance(response, Mapping) or "$ref" in response:
        return
    yield from _holder_examples(document, response, at)
    for name, header in response.get("headers", {}).items():
        yield from _holder_examples(document, header, f"{at}/headers/{escape(name)}")


def _operation_examples(document: Any, op: Mapping[str, Any], at: str) -> Iterator[Example]:
    for index, param in enumerate(op.get("parameters", [])):
        yield from _holder_examples(document, param, f"{at}/parameters/{index}")
    yield from _holder_examples(document, op.get("requestBody"), f"{at}/requestBody")
    for status, response in op.get("responses", {}).items():
        yield from _response_examples(document, response, f"{at}/responses/{status}")


def iter_examples(document: Mapping[str, Any]) -> Iterator[Example]:
    """Yield every example in paths and components, in document order."""
    for path, item in document.get("paths", {}).items():
        at = f"/paths/{escape(path)}"
        for index, param in enumerate(item.get("parameters", [])):
            yield from _holder_examples(document, param, f"{at}/parameters/{index}")
        for method in HTTP_METHODS:
            if method in item:
                yield from _operation_examples(document, item[method], f"{at}/{method}")
    components = document.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield from _schema_examples(schema, f"/components/schemas/{escape(name)}")
    for section in ("parameters", "headers", "requestBodies"):
        for name, holder in components.get(section, {}).items():
            at = f"/components/{section}/{escape(name)}"
            yield from _holder_examples(document, holder, at)
    for name, response in components.get("responses", {}).items():
        yield from _response_examples(document, response, f"/components/responses/{escape(name)}")
