"""A reproducible curl line for a request we sent through httpx, with secrets redacted."""

from __future__ import annotations

import shlex

import httpx

from plinto_contract.redact import redact

__all__ = ["curl_for"]

# Headers httpx adds on its own; they add noise, not reproducibility.
_IMPLICIT_HEADERS = frozenset(
    {"host", "content-length", "accept-encoding", "connection", "user-agent"}
)


def curl_for(request: httpx.Request) -> str:
    """``curl -X POST 'https://…' -H '…' -d '…'``, passed through plinto_contract.redact."""
    parts = ["curl", "-X", request.method, shlex.quote(str(request.url))]
    for name, value in request.headers.items():
        if name.lower() not in _IMPLICIT_HEADERS:
            parts += ["-H", shlex.quote(f"{name}: {value}")]
    try:
        body = request.content
    except httpx.RequestNotRead:
        body = b""
    if body:
        parts += ["-d", shlex.quote(body.decode("utf-8", "replace"))]
    return redact(" ".join(parts))
