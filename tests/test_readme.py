"""README.md promises: the Quick start, and a severity table that matches the code."""

from __future__ import annotations

import re
from pathlib import Path

from plinto_contract.report.markdown import render_rules_table

README = Path(__file__).parents[1] / "README.md"
CI_RUN = Path(__file__).parents[1] / ".ci" / "run"


def _section(text: str, heading: str) -> str:
    match = re.search(rf"^## {heading}\n(.*?)(?=^## )", text, flags=re.M | re.S)
    assert match, f"README.md has no '## {heading}' section"
    return match.group(1)


def test_quick_start_has_exactly_two_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", _section(README.read_text(), "Quick start"), re.S)
    commands = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert len(commands) == 2, commands
    assert commands[0].endswith("nox -s check")
    assert commands[1].endswith("nox -s tests")


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", _section(README.read_text(), "Quick start"), re.S)
    # .ci/run names the interpreter "$PYTHON" (python3.11, or python3 where that is missing)
    # and passes its own arguments on; otherwise it runs the README's test command verbatim.
    test_command = blocks[1].strip().replace("python3.11", '"$PYTHON"')
    assert test_command in CI_RUN.read_text().replace(' "$@"', "")


def test_severity_table_matches_the_rules() -> None:
    text = README.read_text()
    markers = r"<!-- severity-rules:start -->\n(.*?)<!-- severity-rules:end -->"
    match = re.search(markers, text, re.S)
    assert match, "README.md lost its severity-rules markers"
    assert match.group(1) == render_rules_table(), (
        "README.md's severity table is stale; paste the output of "
        "`python -c 'from plinto_contract.report.markdown import render_rules_table as r; "
        'print(r(), end="")\'` between the markers'
    )
