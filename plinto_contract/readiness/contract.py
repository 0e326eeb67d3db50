"""The full profile's extra phase: the contract suite (fuzzing, stateful walks) against the target.

The suite is run, not rewritten: `pytest contract_tests --base-url URL --junitxml FILE` in a
subprocess (its hypothesis and schemathesis state stays out of this process), and each failed
test case of its JUnit report becomes a finding, named for the phase it belongs to.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import contract_tests
from plinto_contract.errors import UsageError
from plinto_contract.readiness.events import CheckOutcome, Event, PhaseStarted, StepDone
from plinto_contract.readiness.verdict import finding

__all__ = ["SUITE_DIR", "contract_phase", "outcomes_from_junit"]

SUITE_DIR = Path(contract_tests.__file__).resolve().parent
_MESSAGE_CHARS = 2000
# `pytest -v` lines: "collected 59 items", "contract_tests/test_fuzz.py::test_fuzz[...] PASSED".
_COLLECTED = re.compile(r"collected (\d+) items?")
_RESULT = re.compile(r"^(\S+::.+?) (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)\b")
# Test modules of the suite by the phase they run; anything else is "contract_suite".
_PHASE_OF_MODULE = {"test_fuzz": "contract_fuzz", "test_stateful": "contract_stateful"}


def _check_for(classname: str, name: str) -> str:
    for module, check in _PHASE_OF_MODULE.items():
        if module in classname.split(".") or name.startswith(module):
            return check
    return "contract_suite"


def outcomes_from_junit(path: Path) -> Iterator[CheckOutcome]:
    """One outcome per test case of a pytest JUnit report (skipped cases are left out)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise UsageError(f"the contract suite wrote no readable JUnit report: {exc}") from exc
    for case in root.iter("testcase"):
        if case.find("skipped") is not None:
            continue
        classname = case.get("classname", "")
        name = case.get("name", "")
        check = _check_for(classname, name)
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is None:
            yield CheckOutcome(check)
            continue
        text = (problem.text or problem.get("message") or "").strip()
        title = f"{name}: {_headline(problem.get('message'), text)}"
        message = f"{classname}::{name}\n{text[:_MESSAGE_CHARS]}"
        yield CheckOutcome(check, None, finding(check, title, message))


def _headline(message: str | None, text: str) -> str:
    """The line that says what failed: pytest's first `E ` line, else the report's message."""
    for line in text.splitlines():
        if line.startswith("E "):
            return line[1:].strip()[:200]
    return (message or text or "failed").split("\n", 1)[0][:200]


def contract_phase(base_url: str, suite: Path = SUITE_DIR) -> Iterator[Event]:
    """Run the contract suite against `base_url`; progress as it goes, then its outcomes."""
    with tempfile.TemporaryDirectory(prefix="plinto-contract-") as scratch:
        report = Path(scratch) / "contract.xml"
        command = [
            sys.executable,
            "-m",
            "pytest",
            str(suite),
            "--base-url",
            base_url,
            f"--junitxml={report}",
            "-v",
            "-p",
            "no:cacheprovider",
        ]
        env = {**os.environ, "PLINTO_BASE_URL": base_url}
        # The suite's own output is only read for progress; findings come from its JUnit report.
        last_line = ""
        with subprocess.Popen(
            command,
            cwd=scratch,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        ) as process:
            try:
                assert process.stdout is not None
                for line in process.stdout:
                    last_line = line.strip() or last_line
                    collected = _COLLECTED.search(line)
                    if collected:
                        yield PhaseStarted("contract", int(collected.group(1)))
                    done = _RESULT.match(line)
                    if done:
                        yield StepDone("contract", done.group(1))
            finally:
                if process.poll() is None:  # the run was abandoned (Ctrl-C): stop the suite too
                    process.kill()
        if not report.exists():
            raise UsageError(f"the contract suite did not run: {last_line[:200]}")
        yield from outcomes_from_junit(report)
