"""Check a parsed body against the types its generated model declares.

The generated `from_dict` raises on a missing key, a bad enum value, date or UUID, but it copies
other values as they come: `"email": 42` would become `AuthUser(email=42)`. This walks the parsed
models and their attrs field annotations, so that such a body is refused as a whole (the caller
raises UnexpectedResponseError) instead of being returned half right.
Unknown keys are ignored: a newer server may add fields without breaking older clients.
"""

from __future__ import annotations

import functools
import sys
import types
import typing
from typing import Any, Literal, Union

import attrs

from .. import models

__all__ = ["ConformanceError", "check_parsed"]


class ConformanceError(TypeError):
    """A parsed value does not have the type its model declares."""


def check_parsed(value: object) -> None:
    """Raise ConformanceError if any model inside `value` holds a value of the wrong type."""
    _check(value, type(value), type(value).__name__)


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    # Models import each other lazily (under TYPE_CHECKING), so resolve names against them all.
    hints = typing.get_type_hints(cls, globalns=vars(module), localns=vars(models))
    return {field.name: hints[field.name] for field in attrs.fields(cls)}


def _check(value: object, expected: Any, path: str) -> None:
    if not _matches(value, expected, path):
        raise ConformanceError(
            f"{path}: expected {_describe(expected)}, got {type(value).__name__}"
        )


def _matches(value: object, expected: Any, path: str) -> bool:
    """Whether `value` fits `expected`; models and containers are checked member by member."""
    origin = typing.get_origin(expected)
    if expected is Any:
        return True
    if expected is None or expected is type(None):
        return value is None
    if origin in (Union, types.UnionType):
        return any(_fits_quietly(value, option, path) for option in typing.get_args(expected))
    if origin is Literal:
        return value in typing.get_args(expected)
    if origin is list:
        if not isinstance(value, list):
            return False
        (item_type,) = typing.get_args(expected)
        for index, item in enumerate(value):
            _check(item, item_type, f"{path}[{index}]")
        return True
    if origin is dict:
        if not isinstance(value, dict):
            return False
        _, value_type = typing.get_args(expected)
        for key, item in value.items():
            _check(item, value_type, f"{path}.{key}")
        return True
    if expected is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(expected, type) and attrs.has(expected):
        if not isinstance(value, expected):
            return False
        for name, field_type in _field_types(expected).items():
            _check(getattr(value, name), field_type, f"{path}.{name}")
        return True
    if isinstance(expected, type):
        return isinstance(value, expected)
    return True  # a typing construct the generator does not emit: do not guess


def _fits_quietly(value: object, option: Any, path: str) -> bool:
    try:
        return _matches(value, option, path)
    except ConformanceError:
        return False


def _describe(expected: Any) -> str:
    if isinstance(expected, type):
        return expected.__name__
    return str(expected).replace("typing.", "")
