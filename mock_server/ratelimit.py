"""Fixed-window rate limits per (group, client), read from each operation's ``x-rate-limit``.

Every response of a rate-limited operation carries ``X-RateLimit-Limit``, ``-Remaining`` and
``-Reset``
(Unix seconds when the window ends, as the spec's header documents). With enforcement off
(fuzzing), the
headers are still sent but nothing is refused.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from mock_server.errors import RateLimited

__all__ = ["RateLimit", "RateLimiter"]


@dataclass(frozen=True)
class RateLimit:
    group: str
    limit: int
    window_seconds: int

    @classmethod
    def from_extension(cls, extension: Mapping[str, Any] | None) -> RateLimit | None:
        if not extension:
            return None
        return cls(
            group=str(extension["group"]),
            limit=int(extension["limit"]),
            window_seconds=int(extension["window_seconds"]),
        )


class RateLimiter:
    """Counts hits per (group, client) in the current window; thread-safe."""

    def __init__(self, *, enforce: bool, clock: Callable[[], float] = time.time) -> None:
        self.enforce = enforce
        self.clock = clock  # replaceable, so tests can pin the window
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], tuple[int, int]] = {}  # key -> (window start, count)

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()

    def hit(self, limit: RateLimit, client: str) -> dict[str, str]:
        """Count one request; return the headers to send, or raise RateLimited (429)."""
        now = self.clock()
        start = int(now // limit.window_seconds) * limit.window_seconds
        reset_at = start + limit.window_seconds
        key = (limit.group, client)
        with self._lock:
            window_start, count = self._windows.get(key, (start, 0))
            if window_start != start:
                count = 0
            refused = self.enforce and count >= limit.limit
            if not refused:
                count += 1
            self._windows[key] = (start, count)
        headers = {
            "X-RateLimit-Limit": str(limit.limit),
            "X-RateLimit-Remaining": str(max(limit.limit - count, 0)),
            "X-RateLimit-Reset": str(reset_at),
        }
        if refused:
            raise RateLimited(max(1, math.ceil(reset_at - now)), headers)
        return headers
