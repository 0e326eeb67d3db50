"""Find the documented operation behind a concrete request (``GET /api/v1/users/6f1c...``).

Paths are matched against the spec's templates, literal segments first, so
``/organizations/slug/acme`` is ``get_organization_by_slug`` and not ``get_organization``.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from plinto_contract.spec import Operation, Spec

__all__ = ["OperationIndex", "operation_index"]

_PARAM = re.compile(r"\{[^/{}]+\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _PARAM.split(template)
    return re.compile("[^/]+".join(re.escape(part) for part in parts) + r"\Z")


def _literal_first(template: str) -> tuple[int, ...]:
    return tuple(1 if _PARAM.fullmatch(part) else 0 for part in template.strip("/").split("/"))


class OperationIndex:
    """Maps (method, concrete path or URL) to the spec operation, or None if undocumented."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        templates = sorted({op.path for op in spec.operations.values()}, key=_literal_first)
        self._templates = [(t, _pattern(t)) for t in templates]

    def template(self, path_or_url: str) -> str | None:
        """The documented path template a concrete path (or full URL) falls under."""
        path = urlsplit(path_or_url).path or "/"
        return next((t for t, pattern in self._templates if pattern.match(path)), None)

    def match(self, method: str, path_or_url: str) -> Operation | None:
        template = self.template(path_or_url)
        return self.spec.operation(method, template) if template is not None else None


@cache
def operation_index(spec: Spec) -> OperationIndex:
    """One index per loaded spec (specs are cached by path, so this is built once)."""
    return OperationIndex(spec)
