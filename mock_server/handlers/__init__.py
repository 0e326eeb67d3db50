"""HANDLERS: one function per operationId, collected from one module per spec tag.

A handler takes a :class:`~mock_server.context.Call` and returns what its success response shows
(records or dicts, shaped by :func:`mock_server.views.project`), or None for a body-less success.
It raises a :class:`~mock_server.errors.MockError` for every other documented outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType, ModuleType
from typing import Any

from mock_server.context import Call
from mock_server.handlers import (
    auth,
    health,
    mfa,
    organizations,
    passkeys,
    sessions,
    users,
    webhooks,
)

__all__ = ["HANDLERS", "MODULES", "Handler"]

Handler = Callable[[Call], Any]

# Module name = spec tag.
MODULES: tuple[ModuleType, ...] = (
    health,
    auth,
    users,
    sessions,
    organizations,
    mfa,
    passkeys,
    webhooks,
)


def _collect(modules: tuple[ModuleType, ...]) -> Mapping[str, Handler]:
    found: dict[str, Handler] = {}
    for module in modules:
        for name in module.__all__:
            if name in found:
                raise RuntimeError(f"handler {name!r} is defined twice")
            found[name] = getattr(module, name)
    return MappingProxyType(found)


HANDLERS: Mapping[str, Handler] = _collect(MODULES)
