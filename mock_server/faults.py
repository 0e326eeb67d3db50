"""Named ways to make the mock misbehave, so the contract suite can show it catches each one.

Each fault is a plain function registered by ``@fault`` under its name (``auth_500`` is
``auth-500``).
The function's docstring is what ``plinto-mock --list-faults`` prints, and its body turns the
optional
``name=PARAM`` text into the value the rest of the mock reads through :class:`FaultSet`.
The behaviour itself lives where it happens (dispatch, middleware, handlers); this module only says
which faults exist and what they are set to.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = ["FAULTS", "FAULTS_ENV", "Fault", "FaultError", "FaultSet", "describe_faults", "fault"]

FAULTS_ENV = "PLINTO_MOCK_FAULTS"


class FaultError(ValueError):
    """An unknown fault name or a parameter the fault cannot use."""


@dataclass(frozen=True)
class Fault:
    name: str
    doc: str
    parse: Callable[[str | None], Any]


FAULTS: dict[str, Fault] = {}


def fault(func: Callable[[str | None], Any]) -> Callable[[str | None], Any]:
    """Register ``func`` as a fault named after it; its docstring is its help text."""
    name = func.__name__.replace("_", "-")
    if name in FAULTS:
        raise FaultError(f"fault {name!r} is registered twice")
    FAULTS[name] = Fault(name=name, doc=inspect.getdoc(func) or "", parse=func)
    return func


def _flag(name: str, param: str | None) -> bool:
    if param is not None:
        raise FaultError(f"fault {name!r} takes no parameter (got {param!r})")
    return True


@fault
def auth_500(param: str | None) -> bool:
    """Every operation tagged `auth` answers 500 INTERNAL_ERROR (the seed outage).

    /health stays 200; the /ready auth self-check fails, so /ready answers 503 unless `ready-lies`
    is also set.
    """
    return _flag("auth-500", param)


@fault
def slow(param: str | None) -> float:
    """Add latency before every response: `slow=MS` milliseconds (default 500)."""
    if param is None:
        return 500.0
    try:
        millis = float(param)
    except ValueError:
        raise FaultError(f"fault 'slow' needs milliseconds, got {param!r}") from None
    if not 0 <= millis <= 60_000:
        raise FaultError(f"fault 'slow' takes 0..60000 ms, got {param!r}")
    return millis


@fault
def drop_field(param: str | None) -> str:
    """Leave a required field out of every user object: `drop-field=NAME` (default `email`)."""
    return param or "email"


@fault
def no_security_headers(param: str | None) -> bool:
    """Send no security headers (HSTS, CSP, X-Frame-Options, ...) on any response."""
    return _flag("no-security-headers", param)


@fault
def accept_invalid(param: str | None) -> bool:
    """Skip request validation: bodies and parameters that break the schema are accepted."""
    return _flag("accept-invalid", param)


@fault
def signout_noop(param: str | None) -> bool:
    """Signout answers success but revokes nothing: the access token keeps working."""
    return _flag("signout-noop", param)


@fault
def ready_lies(param: str | None) -> bool:
    """/ready always answers 200 `ready`, even when its checks fail (how the seed outage hid)."""
    return _flag("ready-lies", param)


@dataclass(frozen=True)
class FaultSet:
    """The faults switched on, by name, with each one's parsed parameter."""

    values: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def parse(cls, specs: Iterable[str]) -> FaultSet:
        """Parse ``["auth-500", "slow=800"]`` (comma-separated items are split too)."""
        values: dict[str, Any] = {}
        for item in _split(specs):
            name, sep, param = item.partition("=")
            name = name.strip()
            known = FAULTS.get(name)
            if known is None:
                raise FaultError(
                    f"unknown fault {name!r}; known faults: {', '.join(sorted(FAULTS))}"
                )
            values[name] = known.parse(param.strip() if sep else None)
        return cls(MappingProxyType(values))

    def active(self, name: str) -> bool:
        return name in self.values

    def value(self, name: str) -> Any:
        return self.values.get(name)

    @property
    def latency_ms(self) -> float:
        value = self.values.get("slow", 0.0)
        return float(value)

    @property
    def dropped_field(self) -> str | None:
        value = self.values.get("drop-field")
        return str(value) if value is not None else None

    def describe(self) -> list[str]:
        """Names with parameters, as they would be given on the command line."""
        out = []
        for name, value in self.values.items():
            out.append(
                name
                if value is True
                else f"{name}={value:g}"
                if name == "slow"
                else f"{name}={value}"
            )
        return out


def _split(specs: Iterable[str]) -> Iterable[str]:
    for spec in specs:
        for item in spec.split(","):
            if item.strip():
                yield item.strip()


def describe_faults() -> str:
    """The text ``--list-faults`` prints: each name, then its help indented."""
    lines = []
    for item in FAULTS.values():
        lines.append(item.name)
        lines.extend(f"    {line}" if line else "" for line in item.doc.splitlines())
    return "\n".join(lines)
