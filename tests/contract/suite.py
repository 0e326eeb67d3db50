"""Run the contract suite in a subprocess and read what it reported (JUnit XML, stdout, stderr)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE_TIMEOUT_SECONDS = 900
# Variables of ours that must not leak from the outer run into a suite run.
_OURS = ("PLINTO_",)


@dataclass(frozen=True)
class Failure:
    """One failed or errored test case of a suite run."""

    name: str
    message: str
    text: str

    def names(self, *words: str) -> bool:
        body = f"{self.name}\n{self.message}\n{self.text}"
        return all(word in body for word in words)


@dataclass(frozen=True)
class SuiteRun:
    returncode: int
    stdout: str
    stderr: str
    junit: str
    failures: tuple[Failure, ...]
    seconds: float

    @property
    def all_output(self) -> str:
        return "\n".join((self.stdout, self.stderr, self.junit))

    def outcome(self, test_name: str) -> str | None:
        """``passed``, ``failed``, ``error`` or ``skipped`` for a test case of the JUnit report."""
        for case in ET.fromstring(self.junit).iter("testcase"):
            if case.get("name") == test_name:
                tags = {child.tag for child in case}
                return next((t for t in ("error", "failure", "skipped") if t in tags), "passed")
        return None

    def failure_naming(self, *words: str) -> Failure | None:
        return next((f for f in self.failures if f.names(*words)), None)

    def summary(self) -> str:
        """For assertion messages: the failures and the tail of stdout."""
        lines = [f"rc={self.returncode} in {self.seconds:.0f}s"]
        lines += [f"- {f.name}: {f.message[:300]}" for f in self.failures]
        return "\n".join([*lines, self.stdout[-3000:], self.stderr[-2000:]])


def _failures(junit: str) -> tuple[Failure, ...]:
    found = []
    for case in ET.fromstring(junit).iter("testcase"):
        for child in case:
            if child.tag in ("failure", "error"):
                name = f"{case.get('classname')}::{case.get('name')}"
                found.append(Failure(name, child.get("message", ""), child.text or ""))
    return tuple(found)


def run_suite(
    args: Sequence[str], tmp_path: Path, *, env: Mapping[str, str] | None = None
) -> SuiteRun:
    """``python -m pytest <args>`` from the repository root, with a JUnit report."""
    junit_path = tmp_path / f"junit-{time.monotonic_ns()}.xml"
    clean = {k: v for k, v in os.environ.items() if not k.startswith(_OURS)}
    command = [
        sys.executable,
        "-m",
        "pytest",
        *args,
        "-p",
        "no:cacheprovider",
        "-q",
        "-rA",
        "-o",
        "junit_logging=all",
        f"--junitxml={junit_path}",
    ]
    started = time.monotonic()
    completed = subprocess.run(
        command,
        cwd=ROOT,
        env={**clean, "TERM": "dumb", **(env or {})},
        capture_output=True,
        text=True,
        timeout=SUITE_TIMEOUT_SECONDS,
        check=False,
    )
    junit = junit_path.read_text() if junit_path.exists() else ""
    return SuiteRun(
        returncode=completed.returncode,
        stdout=completed.stdout,
        stderr=completed.stderr,
        junit=junit,
        failures=_failures(junit) if junit else (),
        seconds=time.monotonic() - started,
    )
