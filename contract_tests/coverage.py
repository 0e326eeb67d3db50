"""The session-wide tally of (operation -> statuses seen); the "documented endpoints work" verdict.

Every call the suite makes feeds :data:`TALLY` with its source (fuzz, stateful, journey, protocol,
setup): schemathesis cases from the fuzz and stateful tests, and every httpx exchange of the
journeys, probes and auth helpers through :func:`record_httpx_response`. At the end,
:func:`coverage_problems` names each documented operation that was never exercised or never
answered one of its documented 2xx statuses.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable

import httpx

from contract_tests.operations import operation_index
from plinto_contract.spec import Operation, Spec

__all__ = [
    "TALLY",
    "Tally",
    "coverage_problems",
    "coverage_table",
    "documented_successes",
    "record_httpx_response",
]


class Tally:
    """Counts of (operation_id, source, status); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str, int]] = Counter()

    def record(self, operation_id: str, status: int, source: str) -> None:
        with self._lock:
            self._counts[(operation_id, source, status)] += 1

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()

    def statuses(self, operation_id: str, source: str | None = None) -> Counter[int]:
        """Statuses seen for one operation (from one source, or all)."""
        with self._lock:
            out: Counter[int] = Counter()
            for (op, src, status), count in self._counts.items():
                if op == operation_id and (source is None or src == source):
                    out[status] += count
            return out

    def calls(self, source: str | None = None) -> int:
        """How many responses were recorded (from one source, or all)."""
        with self._lock:
            return sum(c for (_, src, _), c in self._counts.items() if source in (None, src))

    def sources(self) -> set[str]:
        with self._lock:
            return {src for (_, src, _) in self._counts}


TALLY = Tally()


def documented_successes(operation: Operation) -> set[int]:
    """The 2xx statuses an operation documents."""
    return {int(s) for s in operation.responses if s.isdigit() and s.startswith("2")}


def record_httpx_response(
    spec: Spec, response: httpx.Response, source: str, tally: Tally = TALLY
) -> Operation | None:
    """Tally one httpx exchange under its documented operation (undocumented ones are skipped)."""
    operation = operation_index(spec).match(response.request.method, str(response.request.url))
    if operation is not None:
        tally.record(operation.operation_id, response.status_code, source)
    return operation


def _describe(statuses: Counter[int]) -> str:
    return ", ".join(f"{status}x{count}" for status, count in sorted(statuses.items())) or "-"


def coverage_problems(
    spec: Spec, tally: Tally = TALLY, operations: Iterable[str] | None = None
) -> list[str]:
    """One line per documented operation that was never exercised or never got a documented 2xx."""
    problems = []
    for operation_id in operations if operations is not None else spec.operations:
        operation = spec.operations[operation_id]
        seen = tally.statuses(operation_id)
        where = f"{operation_id} ({operation.method} {operation.path})"
        if not seen:
            problems.append(f"{where}: never exercised")
        elif not documented_successes(operation) & set(seen):
            expected = "/".join(str(s) for s in sorted(documented_successes(operation)))
            problems.append(f"{where}: never answered {expected}; saw {_describe(seen)}")
    return problems


def coverage_table(spec: Spec, tally: Tally = TALLY) -> str:
    """A fixed-width table: operation, calls, documented 2xx count, and the statuses seen."""
    rows = [("operation", "calls", "2xx", "statuses seen")]
    for operation_id, operation in spec.operations.items():
        seen = tally.statuses(operation_id)
        ok = sum(c for status, c in seen.items() if status in documented_successes(operation))
        rows.append((operation_id, str(sum(seen.values())), str(ok), _describe(seen)))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [
        f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]}"
        for row in rows
    ]
    return "\n".join(lines)
