"""`plinto-contract docs`: file:line lines, a summary, JSON, and exit codes; no tracebacks."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from plinto_contract.cli import main
from tests.docs_check.conftest import FIXTURES

CLEAN = """# Health

```bash
curl http://127.0.0.1:8000/health
```

```json
{"status": "healthy", "version": "1.0.0", "environment": "mock"}
```
"""


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TERM", "dumb")
    return CliRunner()


def test_problems_are_printed_as_file_line_message_and_exit_1(runner: CliRunner) -> None:
    drift = FIXTURES / "drift.md"
    result = runner.invoke(main, ["docs", str(drift), "--no-run", "--no-spec-examples"])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{drift}:9: POST /api/v1/oauth/google/callback is not documented")
    assert all(line.startswith(f"{drift}:") for line in lines[:-1])
    assert lines[-1].startswith(f"{len(lines) - 1} problem(s) in 1 file(s); checked:")
    assert "Traceback" not in result.output


def test_json_output(runner: CliRunner) -> None:
    drift = FIXTURES / "drift.md"
    args = ["docs", str(drift), "--no-run", "--no-spec-examples", "--format", "json"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert document["ok"] is False
    assert document["files"] == 1
    first = document["problems"][0]
    assert (first["file"], first["line"], first["kind"]) == (str(drift), 9, "match")
    assert document["checked"]["curl"] == 16


def test_a_clean_page_exits_0(runner: CliRunner, page: Callable[..., Path]) -> None:
    result = runner.invoke(main, ["docs", str(page(CLEAN)), "--no-spec-examples"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "no problems in 1 file(s); checked: 1 curl, 1 json response, 1 request run"
    )


def test_a_missing_path_is_one_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["docs", str(tmp_path / "nope.md")])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_broken_spec_is_one_line_and_exit_2(
    runner: CliRunner, tmp_path: Path, page: Callable[..., Path]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: [", encoding="utf-8")
    result = runner.invoke(main, ["docs", str(page(CLEAN)), "--spec", str(bad)])
    assert result.exit_code == 2
    assert "not valid YAML" in result.output
    assert "Traceback" not in result.output


def test_an_unreadable_page_is_a_problem_not_a_crash(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\xff\xfe\x00 not utf-8")
    result = runner.invoke(main, ["docs", str(binary), "--no-spec-examples"])
    assert result.exit_code == 1
    assert result.output.startswith(f"{binary}:1: cannot read the file")
