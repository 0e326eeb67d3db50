from __future__ import annotations

from plinto_contract.report import render_markdown

from .conftest import SECRET


def test_the_report_is_shaped_like_a_readiness_assessment(assessment):
    text = render_markdown(assessment)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Executive summary",
        "## Status by area",
        "## Critical issues",
        "## Warnings",
        "## Latency",
        "## Readiness scores",
        "## Immediate actions",
    ]
    assert "**Verdict: NO-GO**" in text


def test_critical_issues_are_ranked_with_evidence(assessment):
    text = render_markdown(assessment)
    critical = text.split("## Critical issues", 1)[1].split("## Warnings", 1)[0]
    assert critical.index("### 1. CRITICAL: signup (POST /api/v1/auth/signup)") < critical.index(
        "### 2. CRITICAL: signin"
    )
    assert "`not_a_server_error` (x2)" in critical  # one line for the repeated failure
    assert "- Status: 500; request id: `req-1`" in critical
    assert "  ```sh\n  curl -X POST" in critical
    assert '  "status_code":500}' in critical  # every body line stays inside the block
    # One shared cause, many operations: one issue naming them all.
    assert "### 3. HIGH: not verified: signup answered 500 (2 operations)" in critical
    assert "`list_users`, `get_user`" in critical


def test_warnings_latency_scores_and_actions(assessment):
    text = render_markdown(assessment)
    assert "| medium | TLS | `tls_not_expiring` |" in text
    assert "| `get_health` GET /health | 1 | 900.0 | 900.0 | 900.0 | NO |" in text
    assert "| **Overall** |" in text
    actions = text.split("## Immediate actions", 1)[1]
    assert "1. [CRITICAL]" in actions


def test_secrets_never_reach_the_report(assessment):
    text = render_markdown(assessment)
    assert SECRET not in text
    assert "[REDACTED]" in text


def test_a_go_report_has_no_critical_issues(clean):
    text = render_markdown(clean)
    assert "**Verdict: GO**" in text
    assert "None: no CRITICAL or HIGH finding." in text
