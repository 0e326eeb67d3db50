"""Find the generated operations at run time: one subpackage of `plinto_client.api` per tag, one
module per operation (named by its operationId). Nothing here lists operations by hand, so an
operation added to the spec is reachable as soon as the SDK is regenerated."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from types import ModuleType

from .. import api

__all__ = ["operation_module", "operation_names", "tags"]


@functools.cache
def tags() -> tuple[str, ...]:
    """The tags, as the generator laid them out (one subpackage each)."""
    return tuple(sorted(info.name for info in pkgutil.iter_modules(api.__path__) if info.ispkg))


@functools.cache
def operation_names(tag: str) -> frozenset[str]:
    """The operationIds of `tag`."""
    package = importlib.import_module(f"{api.__name__}.{tag}")
    return frozenset(
        info.name
        for info in pkgutil.iter_modules(package.__path__)
        if not info.ispkg and not info.name.startswith("_")
    )


def operation_module(tag: str, name: str) -> ModuleType:
    """The generated module of one operation (imported on first use)."""
    if name not in operation_names(tag):
        raise AttributeError(f"the {tag!r} tag has no operation {name!r}")
    return importlib.import_module(f"{api.__name__}.{tag}.{name}")
