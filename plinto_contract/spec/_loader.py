"""Read openapi.yaml once: parse it as JSON-compatible YAML, validate it, cache it per file."""

from __future__ import annotations

import functools
import io
import os
import re
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate as validate_openapi
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import Unresolvable

from plinto_contract.errors import SpecError
from plinto_contract.spec._model import Spec
from plinto_contract.spec._refs import iter_refs, resolve_ref

__all__ = [
    "DEFAULT_SPEC_PATH",
    "load_document",
    "load_spec",
    "parse_yaml",
    "spec_from_dict",
    "validate_document",
]

# The repo-root openapi.yaml (the package is installed editable, as nox and the venv do).
DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_MERGE_TAG = "tag:yaml.org,2002:merge"


class _JsonSafeLoader(yaml.SafeLoader):
    """SafeLoader that yields JSON values only, and refuses duplicate keys."""


_BOOL_TAG = "tag:yaml.org,2002:bool"


# JSON has no dates: "2026-01-01T00:00:00Z" must stay a string for format: date-time. And, as in
# YAML 1.2 (which OpenAPI 3.1 asks for), only true/false are booleans: `on`, `no`, `yes` are text.
_JsonSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_TIMESTAMP_TAG, _BOOL_TAG)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_JsonSafeLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _JsonSafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    # PyYAML keeps the last of two equal keys; in a spec that silently drops a path or a status.
    seen: set[str] = set()
    for key_node, _ in node.value:
        if key_node.tag == _MERGE_TAG:  # `<<: *anchor` may be overridden by explicit keys
            continue
        key = str(loader.construct_object(key_node, deep=True))
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    mapping = loader.construct_mapping(node, deep=True)
    # Unquoted status codes (`200:`) are ints in YAML; OpenAPI and JSON want string keys.
    return {str(key): value for key, value in mapping.items()}


_JsonSafeLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def parse_yaml(text: str, source: str = "<string>") -> dict[str, Any]:
    """Parse spec text into a JSON-compatible dict (anchors expanded); SpecError if unreadable."""
    try:
        stream = io.StringIO(text)
        stream.name = source  # so YAML errors name the file
        document = yaml.load(stream, Loader=_JsonSafeLoader)
    except yaml.YAMLError as exc:
        raise SpecError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"{source}: the top level is not a mapping")
    return document


def validate_document(document: dict[str, Any], source: str = "<document>") -> None:
    """Raise SpecError unless `document` is valid OpenAPI with only resolvable local $refs."""
    for location, ref in iter_refs(document):
        try:
            resolve_ref(document, ref)
        except SpecError as exc:
            raise SpecError(f"{source}: at {location or '/'}: {exc}") from exc
    try:
        validate_openapi(document)
    except (OpenAPIValidationError, Unresolvable) as exc:
        where = "/".join(str(part) for part in getattr(exc, "absolute_path", ()))
        message = getattr(exc, "message", str(exc))
        raise SpecError(f"{source}: not valid OpenAPI at /{where}: {message}") from exc


def spec_from_dict(document: dict[str, Any], source: str = "<document>") -> Spec:
    """Validate and model an already-parsed spec (a test's modified copy, say); not cached."""
    validate_document(document, source=source)
    return Spec(document)


def load_document(path: str | os.PathLike[str] = DEFAULT_SPEC_PATH) -> dict[str, Any]:
    """Read and parse a spec file, without validating it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read the spec {path}: {exc}") from exc
    return parse_yaml(text, source=str(path))


def load_spec(path: str | os.PathLike[str] = DEFAULT_SPEC_PATH) -> Spec:
    """Load, validate and model a spec file; cached until the file changes."""
    resolved = Path(path).resolve()
    try:
        stat = resolved.stat()
    except OSError as exc:
        raise SpecError(f"cannot read the spec {resolved}: {exc.strerror}") from exc
    return _load_cached(resolved, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path, mtime_ns: int, size: int) -> Spec:
    # mtime and size are only cache keys: an edited file is read again.
    document = load_document(path)
    validate_document(document, source=str(path))
    return Spec(document, path=path)
