"""Runtime policy defaults, in one place (values follow the openai and stripe SDKs)."""

from __future__ import annotations

import httpx

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "IDEMPOTENCY_KEY_HEADER",
    "IDEMPOTENT_METHODS",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "REQUEST_ID_HEADER",
    "RETRYABLE_STATUSES",
]

DEFAULT_BASE_URL = "https://api.plinto.dev"
BASE_URL_ENV = "PLINTO_BASE_URL"

# Per attempt: 5 s to connect, 30 s for anything else.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds; doubles per attempt, then jitter
MAX_RETRY_DELAY = 8.0
# A server asking us to wait longer than this gets the 429 back instead of a stalled call.
MAX_RETRY_AFTER = 60.0

# Statuses worth another try: rate limited, or a gateway that could not reach a healthy instance.
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
# Methods that can be repeated without changing the outcome (RFC 9110 §9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# A POST carrying this header may be retried, when the client allows it.
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"

REQUEST_ID_HEADER = "X-Request-ID"
