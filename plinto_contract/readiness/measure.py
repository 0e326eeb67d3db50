"""Latency percentiles per operation, from the calls a run measured."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from plinto_contract.readiness.events import CallMeasured

__all__ = ["LatencyStats", "latency_by_operation", "percentile"]


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending sequence (the value at rank ceil(p * n))."""
    if not sorted_values:
        raise ValueError("percentile of no values")
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass(frozen=True)
class LatencyStats:
    """p50/p95/p99 of one operation's answered calls, in milliseconds."""

    operation_id: str
    method: str
    path: str
    samples: int
    p50_ms: float
    p95_ms: float
    p99_ms: float


def latency_by_operation(calls: Iterable[CallMeasured]) -> tuple[LatencyStats, ...]:
    """Stats per operation in first-seen order; transport failures have no latency to count."""
    grouped: dict[str, list[CallMeasured]] = {}
    for call in calls:
        if call.error is None:
            grouped.setdefault(call.operation_id, []).append(call)
    stats = []
    for operation_id, measured in grouped.items():
        values = sorted(c.elapsed_ms for c in measured)
        first = measured[0]
        stats.append(
            LatencyStats(
                operation_id=operation_id,
                method=first.method,
                path=first.path,
                samples=len(values),
                p50_ms=percentile(values, 0.50),
                p95_ms=percentile(values, 0.95),
                p99_ms=percentile(values, 0.99),
            )
        )
    return tuple(stats)
