"""Shape a handler's result into its documented response schema.

Handlers return records (``state.User``...) and plain dicts; :func:`project` walks the response
schema
and picks each documented property from them, so no response field list is written in Python and
nothing undocumented (a password hash, say) can leak. ``oneOf`` picks the branch whose required
properties the source has; ``allOf`` merges its parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from plinto_contract.spec import Spec

__all__ = ["With", "iso", "project"]

_MISSING = object()


def iso(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``."""
    return value.isoformat().replace("+00:00", "Z")


class With:
    """A record seen with extra, computed fields (``member_count``, ``is_current``) laid over it."""

    def __init__(self, record: Any, **extra: Any) -> None:
        self.record = record
        self.extra = extra

    def get(self, name: str) -> Any:
        if name in self.extra:
            return self.extra[name]
        return _get(self.record, name)


def _get(source: Any, name: str) -> Any:
    if isinstance(source, With):
        return source.get(name)
    if isinstance(source, Mapping):
        return source.get(name, _MISSING)
    return getattr(source, name, _MISSING)


def _underlying(source: Any) -> Any:
    return source.record if isinstance(source, With) else source


def _required(spec: Spec, schema: Mapping[str, Any]) -> set[str]:
    schema = spec.resolve(schema)
    names = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        names |= _required(spec, part)
    return names


def _is_object_source(source: Any) -> bool:
    return isinstance(source, With | Mapping) or hasattr(source, "__dataclass_fields__")


def project(spec: Spec, schema: Any, source: Any, *, drop: Mapping[type, str] | None = None) -> Any:
    """The JSON value for ``source`` under ``schema``; ``drop`` removes a field from records of a
    type.

    ``drop`` is how the `drop-field` fault breaks every user object without touching handlers.
    """
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping):
        return _scalar(source)
    for key in ("oneOf", "anyOf"):
        if key in schema and _is_object_source(source):
            branches = schema[key]
            chosen = next(
                (
                    b
                    for b in branches
                    if all(_get(source, n) is not _MISSING for n in _required(spec, b))
                ),
                branches[0],
            )
            return project(spec, chosen, source, drop=drop)
    if "allOf" in schema and _is_object_source(source):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(project(spec, part, source, drop=drop))
        return merged
    properties = schema.get("properties")
    if isinstance(properties, Mapping) and _is_object_source(source):
        out: dict[str, Any] = {}
        for name, prop_schema in properties.items():
            value = _get(source, name)
            if value is not _MISSING:
                out[name] = project(spec, prop_schema, value, drop=drop)
        if drop:
            dropped = drop.get(type(_underlying(source)))
            if dropped:
                out.pop(dropped, None)
        return out
    if isinstance(source, list | tuple):
        items = schema.get("items", {})
        return [project(spec, items, item, drop=drop) for item in source]
    if isinstance(source, Mapping):
        # A free-form map (``settings``, ``user_metadata``): values are already JSON.
        return {str(k): _scalar(v) for k, v in source.items()}
    return _scalar(source)


def _scalar(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    return value
