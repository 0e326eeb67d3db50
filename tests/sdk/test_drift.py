"""The committed sdk/ is what the generator makes of openapi.yaml; the check notices a change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from plinto_contract.spec import DEFAULT_SPEC_PATH, Spec

GENERATE = Path(__file__).resolve().parents[2] / "sdk" / "codegen" / "generate.py"


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), "--check", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_committed_sdk_matches_the_spec() -> None:
    result = run_check()
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "up to date" in result.stdout


def test_check_fails_with_a_readable_diff_when_the_spec_changes(tmp_path: Path, spec: Spec) -> None:
    first_line = spec.operations["get_health"].description.splitlines()[0]
    marker = "SCRATCH-EDIT"
    text = DEFAULT_SPEC_PATH.read_text(encoding="utf-8")
    assert text.count(first_line) == 1
    scratch = tmp_path / "openapi.yaml"
    scratch.write_text(text.replace(first_line, f"{first_line} {marker}"), encoding="utf-8")

    result = run_check("--spec", str(scratch))

    assert result.returncode == 1, result.stderr
    assert "--- committed/plinto_client/api/health/get_health.py" in result.stdout
    assert "+++ generated/plinto_client/api/health/get_health.py" in result.stdout
    added = [line for line in result.stdout.splitlines() if line.startswith("+")]
    assert any(marker in line for line in added)
    assert "out of date" in result.stderr
