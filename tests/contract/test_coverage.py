"""The endpoint-coverage verdict: an operation never exercised, or never answering a documented
2xx (the seed outage: every auth call 500), is named; one that succeeded once is not."""

from __future__ import annotations

from contract_tests.coverage import Tally, coverage_problems, coverage_table
from plinto_contract.spec import load_spec


def test_outage_and_silence_are_named() -> None:
    spec = load_spec()
    tally = Tally()
    tally.record("get_health", 200, "fuzz")
    tally.record("signup", 500, "fuzz")
    tally.record("signup", 422, "fuzz")
    problems = coverage_problems(spec, tally, ["get_health", "signup", "signin"])
    assert problems == [
        "signup (POST /api/v1/auth/signup): never answered 201; saw 422x1, 500x1",
        "signin (POST /api/v1/auth/signin): never exercised",
    ]


def test_every_operation_has_a_row() -> None:
    spec = load_spec()
    tally = Tally()
    tally.record("signup", 201, "journey")
    rows = coverage_table(spec, tally).splitlines()
    assert len(rows) == len(spec.operations) + 1
    assert any(row.split()[:3] == ["signup", "1", "1"] for row in rows)
