from __future__ import annotations

from pathlib import Path

import pytest

from plinto_contract.errors import UsageError
from plinto_contract.findings import Severity
from plinto_contract.readiness.contract import contract_phase, outcomes_from_junit
from plinto_contract.readiness.events import CheckOutcome, PhaseStarted, StepDone

REPORT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest">
  <testcase classname="contract_tests.test_fuzz" name="test_fuzz[POST /api/v1/auth/signup]">
    <failure message="Server error">500 on signup
curl -X POST -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig' http://t/api/v1/auth/signup</failure>
  </testcase>
  <testcase classname="contract_tests.test_stateful" name="test_stateful" />
  <testcase classname="contract_tests.test_journeys" name="test_signup_journey">
    <skipped message="no mail" />
  </testcase>
  <testcase classname="contract_tests.test_coverage" name="test_every_operation_succeeds">
    <error message="boom">Traceback</error>
  </testcase>
</testsuite></testsuites>
"""


def test_junit_cases_become_outcomes_named_for_their_phase(tmp_path: Path):
    path = tmp_path / "contract.xml"
    path.write_text(REPORT)
    outcomes = list(outcomes_from_junit(path))
    assert [(o.check, o.passed) for o in outcomes] == [
        ("contract_fuzz", False),
        ("contract_stateful", True),
        ("contract_suite", False),
    ]
    fuzz = outcomes[0].finding
    assert fuzz is not None
    assert fuzz.severity is Severity.HIGH
    assert "Server error" in fuzz.title
    assert "eyJhbGciOiJIUzI1NiJ9" not in fuzz.message  # redacted on the way in


def test_a_missing_report_is_a_usage_error(tmp_path: Path):
    with pytest.raises(UsageError, match="JUnit"):
        list(outcomes_from_junit(tmp_path / "none.xml"))


FAKE_SUITE = {
    "conftest.py": ("def pytest_addoption(parser):\n    parser.addoption('--base-url')\n"),
    "test_fuzz.py": (
        "import pytest\n"
        "@pytest.mark.parametrize('op', ['signup', 'signin'])\n"
        "def test_fuzz(op, request):\n"
        "    assert request.config.getoption('--base-url') == 'http://127.0.0.1:9'\n"
        "    assert op != 'signin', 'Server error on signin'\n"
    ),
}


def test_the_phase_runs_the_suite_and_streams_its_progress(tmp_path: Path):
    suite = tmp_path / "suite"
    suite.mkdir()
    for name, text in FAKE_SUITE.items():
        (suite / name).write_text(text)
    events = list(contract_phase("http://127.0.0.1:9", suite=suite))
    assert events[0] == PhaseStarted("contract", 2)
    labels = [e.label for e in events if isinstance(e, StepDone)]
    assert [label.rsplit("/", 1)[-1] for label in labels] == [
        "test_fuzz.py::test_fuzz[signup]",
        "test_fuzz.py::test_fuzz[signin]",
    ]
    outcomes = [e for e in events if isinstance(e, CheckOutcome)]
    assert [(o.check, o.passed) for o in outcomes] == [
        ("contract_fuzz", True),
        ("contract_fuzz", False),
    ]
    failed = outcomes[1].finding
    assert failed is not None
    assert failed.title == "test_fuzz[signin]: AssertionError: Server error on signin"


def test_a_suite_that_cannot_run_is_a_usage_error(tmp_path: Path):
    with pytest.raises(UsageError, match="did not run"):
        list(contract_phase("http://127.0.0.1:9", suite=tmp_path / "missing"))
