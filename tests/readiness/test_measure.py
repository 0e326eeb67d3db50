from __future__ import annotations

import pytest

from plinto_contract.readiness.events import CallMeasured
from plinto_contract.readiness.measure import latency_by_operation, percentile


def test_nearest_rank_percentiles():
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.50) == 50
    assert percentile(values, 0.95) == 95
    assert percentile(values, 0.99) == 99
    assert percentile([7.0], 0.99) == 7


def test_percentile_of_nothing_is_an_error():
    with pytest.raises(ValueError, match="no values"):
        percentile([], 0.5)


def test_latency_per_operation_in_first_seen_order():
    calls = [
        CallMeasured("b", "GET", "/b", 200, 30.0),
        CallMeasured("a", "GET", "/a", 200, 10.0),
        CallMeasured("b", "GET", "/b", 500, 10.0),
        CallMeasured("a", "GET", "/a", None, 0.0, error="refused"),
    ]
    stats = latency_by_operation(calls)
    assert [s.operation_id for s in stats] == ["b", "a"]
    assert (stats[0].samples, stats[0].p50_ms, stats[0].p99_ms) == (2, 10.0, 30.0)
    assert stats[1].samples == 1
