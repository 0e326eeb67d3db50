"""The mock's configuration: one frozen value built from flags and environment variables."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mock_server.faults import FAULTS_ENV, FaultSet

__all__ = ["DEFAULT_CORS_ORIGINS", "Settings"]

# CORS origins the real service allows by default (facts §6), so browser demos behave the same.
DEFAULT_CORS_ORIGINS = ("http://localhost:3000", "https://plinto.dev")
DEFAULT_BASE_URL = "http://127.0.0.1:8000"
# The static API reference (Redoc) that `nox -s docs` builds from the spec.
BUILT_API_REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "_build" / "api.html"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _env_bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"{name} must be one of {sorted(_TRUE | _FALSE)}, got {raw!r}")


def _api_reference(env: Mapping[str, str]) -> Path | None:
    """PLINTO_MOCK_API_REFERENCE (empty: none), else the page `nox -s docs` built, if any."""
    raw = env.get("PLINTO_MOCK_API_REFERENCE")
    if raw is not None:
        return Path(raw) if raw.strip() else None
    return BUILT_API_REFERENCE if BUILT_API_REFERENCE.is_file() else None


@dataclass(frozen=True)
class Settings:
    """How one mock instance behaves.

    ``base_url`` is the issuer of every token and the base of the discovery document, so set it to
    the
    address clients use (``plinto-mock`` sets it from ``--host``/``--port``).
    """

    faults: FaultSet = field(default_factory=FaultSet)
    fast_hash: bool = False
    rate_limits: bool = True
    cors_origins: tuple[str, ...] = DEFAULT_CORS_ORIGINS
    admin_routes: bool = True
    base_url: str = DEFAULT_BASE_URL
    environment: str = "mock"
    # Development aid for the mock's own tests: check each response body against the spec and
    # answer 500 if the mock itself broke the contract.
    validate_responses: bool = False
    # An HTML API reference to serve at /docs instead of Swagger UI (from_env: the built one).
    api_reference: Path | None = None

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str] | None = None,
        *,
        faults: Iterable[str] = (),
        **overrides: Any,
    ) -> Settings:
        """Environment (``PLINTO_MOCK_*``), then explicit overrides; faults from both combine."""
        env = os.environ if env is None else env
        fault_specs = [env.get(FAULTS_ENV, ""), *faults]
        origins = env.get("PLINTO_MOCK_CORS_ORIGINS")
        settings = cls(
            faults=FaultSet.parse(fault_specs),
            fast_hash=_env_bool(env, "PLINTO_MOCK_FAST_HASH", False),
            rate_limits=_env_bool(env, "PLINTO_MOCK_RATE_LIMITS", True),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip())
            if origins is not None
            else DEFAULT_CORS_ORIGINS,
            admin_routes=_env_bool(env, "PLINTO_MOCK_ADMIN", True),
            base_url=env.get("PLINTO_MOCK_BASE_URL", DEFAULT_BASE_URL),
            api_reference=_api_reference(env),
        )
        return replace(settings, **overrides)

    @property
    def issuer(self) -> str:
        return self.base_url.rstrip("/")
