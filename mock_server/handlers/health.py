"""Handlers for the `health` tag: liveness, readiness, discovery and keys."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from mock_server.context import Call
from mock_server.errors import Detail, MockError, ServiceUnavailable

__all__ = ["get_health", "get_jwks", "get_openid_configuration", "get_readiness"]


def get_health(call: Call) -> dict[str, Any]:
    return {
        "status": "healthy",
        "version": str(call.spec.document["info"]["version"]),
        "environment": call.services.settings.environment,
    }


def _timed(check: Callable[[], None]) -> tuple[bool, float, str | None]:
    started = time.perf_counter()
    try:
        check()
    except MockError as exc:
        return False, (time.perf_counter() - started) * 1000, exc.message
    return True, (time.perf_counter() - started) * 1000, None


def _store_check(call: Call) -> Callable[[], None]:
    def check() -> None:
        with call.store.lock:
            len(call.store.users)

    return check


def get_readiness(call: Call) -> dict[str, Any]:
    """Honest by default: a failing auth self-check is a 503 naming the check."""
    checks = {"auth": call.security.self_check, "store": _store_check(call)}
    results = {name: _timed(check) for name, check in checks.items()}
    lying = call.services.settings.faults.active("ready-lies")
    failed = [name for name, (ok, _, _) in results.items() if not ok]
    if failed and not lying:
        raise ServiceUnavailable(
            "Not ready",
            details=[
                Detail(f"checks.{name}", f"{name} self-check failed", "fail") for name in failed
            ],
        )
    return {
        "status": "ready",
        "checks": {
            name: {"status": "ok", "duration_ms": round(duration, 3)}
            for name, (_, duration, _) in results.items()
        },
    }


def get_openid_configuration(call: Call) -> dict[str, Any]:
    issuer = call.security.issuer
    operations = call.spec.operations
    return {
        "issuer": issuer,
        # Point at the documented routes, so the document never advertises one that does not exist.
        "jwks_uri": issuer + operations["get_jwks"].path,
        "userinfo_endpoint": issuer + operations["get_current_user"].path,
        "response_types_supported": ["token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "scopes_supported": ["openid", "profile", "email"],
        "claims_supported": ["sub", "iss", "aud", "exp", "iat", "jti", "sid", "type"],
    }


def get_jwks(call: Call) -> dict[str, Any]:
    return call.security.jwks()
