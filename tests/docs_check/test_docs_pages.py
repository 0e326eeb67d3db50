"""docs/ checks clean, and the pages that restate the spec say what the spec says."""

from __future__ import annotations

import re

import pytest
import yaml

from plinto_contract.docs_check import Report, check_docs
from plinto_contract.spec import Spec
from tests.docs_check.conftest import REPO

DOCS = REPO / "docs"
PAGES = [
    "quickstart.md",
    "authentication.md",
    "errors.md",
    "rate-limits.md",
    "organizations.md",
    "webhooks.md",
    "python-sdk.md",
    "mock.md",
    "ci.md",
]


@pytest.fixture(scope="module")
def report(spec: Spec) -> Report:
    # The whole check, as `plinto-contract docs docs/` runs it: static, executed, spec examples.
    return check_docs([DOCS], spec)


def test_docs_check_clean(report: Report) -> None:
    assert report.ok, "\n".join(str(p) for p in report.sorted_problems())


def test_every_kind_of_example_was_checked(report: Report) -> None:
    for kind in ("curl", "http", "json response", "json schema", "python ran", "request run"):
        assert report.checked[kind] > 0, kind
    assert report.checked["spec request example"] > 0
    assert report.checked["request not run"] == 0  # nothing was held back by a problem


@pytest.mark.parametrize("name", PAGES)
def test_every_page_of_the_issue_exists_with_examples(name: str) -> None:
    text = (DOCS / name).read_text(encoding="utf-8")
    assert text.count("```") >= 4, name


def test_errors_page_names_every_error_code(spec: Spec) -> None:
    codes = spec.resolve({"$ref": "#/components/schemas/ErrorCode"})["enum"]
    text = (DOCS / "errors.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([A-Z_]+)` \|", text, re.M))
    assert table == set(codes)
    for code in codes:
        assert f"### {code}" in text, code


def test_rate_limit_table_matches_the_spec(spec: Spec) -> None:
    text = (DOCS / "rate-limits.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z]+)` \| (\d+) \| (\d+) \|", text, re.M)
    documented = {(group, int(limit), int(window)) for group, limit, window in rows}
    in_spec = {
        (x["group"], x["limit"], x["window_seconds"])
        for x in (op.extensions["x-rate-limit"] for op in spec.operations.values())
    }
    assert documented == in_spec


def test_github_actions_example_runs_commands_that_exist() -> None:
    workflow = yaml.safe_load((DOCS / "ci" / "github-actions.yml").read_text(encoding="utf-8"))
    runs = [
        step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step
    ]
    sessions = set(re.findall(r"nox -s (\w+)", "\n".join(runs)))
    noxfile = (REPO / "noxfile.py").read_text(encoding="utf-8")
    defined = set(re.findall(r"@nox\.session\([^)]*\)\ndef (\w+)", noxfile))
    assert sessions
    assert sessions <= defined, sessions - defined
