"""readiness.md: the assessment shaped like the seed's hand-written beta readiness report.

Sections: executive summary with the verdict; status per area; critical issues ranked by
severity with evidence; warnings; latency against the budget; scores per area; immediate actions.
The whole text goes through `redact()` before it is returned.
"""

from __future__ import annotations

from plinto_contract import __version__
from plinto_contract.findings import Evidence
from plinto_contract.readiness.verdict import AREAS, RULES, AreaStatus, Assessment, Verdict
from plinto_contract.redact import redact
from plinto_contract.report._common import Issue, executive_summary, issues, listing

__all__ = ["render_markdown", "render_rules_table"]

_STATUS_ICON = {
    AreaStatus.GREEN: "PASS",
    AreaStatus.AMBER: "WARN",
    AreaStatus.RED: "FAIL",
    AreaStatus.NOT_ASSESSED: "n/a",
}
_EXCERPT_FENCE = "```"
_EXCERPT_LINES = 12


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_rules_table() -> str:
    """The severity rules as a Markdown table; README.md embeds exactly this (a test compares)."""
    titles = {area.key: area.title for area in AREAS}
    lines = ["| Check | Area | Severity | Fails when |", "|---|---|---|---|"]
    for rule in RULES:
        severity = rule.severity.name
        if rule.auth_severity is not None:
            severity += f" ({rule.auth_severity.name} on auth operations)"
        lines.append(
            f"| `{rule.check}` | {titles.get(rule.area, rule.area)} | {severity} "
            f"| {_cell(rule.when)} |"
        )
    return "\n".join(lines) + "\n"


def _evidence(evidence: Evidence) -> list[str]:
    lines = [f"- Request: `{evidence.method} {evidence.url}`"]
    status = str(evidence.status) if evidence.status is not None else "no response"
    lines.append(f"- Status: {status}; request id: `{evidence.request_id or 'none'}`")
    if evidence.body_excerpt:
        body = [f"  {line}" for line in evidence.body_excerpt.splitlines()[:_EXCERPT_LINES]]
        lines += ["- Body excerpt:", "", f"  {_EXCERPT_FENCE}", *body, f"  {_EXCERPT_FENCE}"]
    if evidence.curl:
        lines += ["- Reproduce:", "", "  ```sh", f"  {evidence.curl}", "  ```"]
    return lines


def _issue(number: int, issue: Issue) -> list[str]:
    lines = [
        f"### {number}. {issue.severity.value.upper()}: {issue.heading}",
        "",
        f"Area: {issue.area.title}.",
        "",
    ]
    if issue.operation_id is None and len(issue.operations) > 1:
        # One cause shared by many operations: name them all, once.
        first = issue.findings[0]
        names = listing([f"`{name}`" for name in issue.operations], limit=len(issue.operations))
        return [*lines, f"- **{first.severity.value}** `{first.check}`: {names}.", ""]
    for item, count in issue.distinct():
        times = f" (x{count})" if count > 1 else ""
        detail = "" if item.message.strip() == item.title.strip() else f" {item.message}"
        lines.append(f"- **{item.severity.value}** `{item.check}`{times}: {item.title}.{detail}")
    evidence = issue.evidence
    if evidence is not None:
        lines += ["", "Evidence:", "", *_evidence(evidence)]
    return [*lines, ""]


def _areas_table(assessment: Assessment) -> list[str]:
    lines = [
        "| Area | Status | Checks passed | Worst finding | Notes | Measures |",
        "|---|---|---|---|---|---|",
    ]
    for report in assessment.areas:
        worst = report.worst.value if report.worst else "-"
        passed = f"{report.checks_passed}/{report.checks_run}" if report.checks_run else "-"
        lines.append(
            f"| {report.area.title} | {_STATUS_ICON[report.status]} | {passed} | {worst} "
            f"| {_cell(report.note or '-')} | {_cell(report.area.measures)} |"
        )
    return lines


def _latency(assessment: Assessment) -> list[str]:
    if not assessment.latency:
        return ["No call was answered, so there is no latency to report.", ""]
    budget = assessment.budget_ms
    lines = [
        f"Budget: p95 under {budget:g} ms per operation. Slowest first.",
        "",
        "| Operation | Calls | p50 ms | p95 ms | p99 ms | Within budget |",
        "|---|---|---|---|---|---|",
    ]
    for stats in sorted(assessment.latency, key=lambda s: s.p95_ms, reverse=True):
        ok = "yes" if stats.p95_ms <= budget else "NO"
        lines.append(
            f"| `{stats.operation_id}` {stats.method} {stats.path} | {stats.samples} "
            f"| {stats.p50_ms:.1f} | {stats.p95_ms:.1f} | {stats.p99_ms:.1f} | {ok} |"
        )
    return [*lines, ""]


def _scores(assessment: Assessment) -> list[str]:
    lines = ["| Area | Score |", "|---|---|"]
    for report in assessment.areas:
        score = f"{report.score}/100" if report.score is not None else "n/a"
        lines.append(f"| {report.area.title} | {score} |")
    overall = assessment.score
    lines.append(f"| **Overall** | **{overall if overall is not None else '-'}/100** |")
    lines += ["", "A score is the share of an area's checks that passed."]
    return lines


def render_markdown(assessment: Assessment) -> str:
    """The whole readiness.md text, redacted."""
    summary = executive_summary(assessment)
    ranked = issues(assessment)
    blocking = [i for i in ranked if i.blocking]
    warnings = [i for i in ranked if not i.blocking]
    verdict = assessment.verdict.value
    lines = [
        f"# Beta readiness assessment: {assessment.target}",
        "",
        f"Generated {assessment.started_at:%Y-%m-%d %H:%M} UTC by plinto-contract {__version__} "
        f"(profile `{assessment.profile}`, {assessment.duration_s:.1f} s).",
        "",
        "## Executive summary",
        "",
        f"**Verdict: {verdict}**",
        "",
        summary[0],
        "",
        *(f"- {line}" for line in summary[1:]),
        "",
        "## Status by area",
        "",
        *_areas_table(assessment),
        "",
        "## Critical issues",
        "",
    ]
    if blocking:
        lines.append("Ranked by severity; each blocks the launch.")
        lines.append("")
        for number, issue in enumerate(blocking, start=1):
            lines += _issue(number, issue)
    else:
        lines += ["None: no CRITICAL or HIGH finding.", ""]
    lines += ["## Warnings", ""]
    if warnings:
        lines += ["| Severity | Where | Check | Finding |", "|---|---|---|---|"]
        for issue in warnings:
            for item in issue.findings:
                where = item.operation_id or issue.area.title
                lines.append(
                    f"| {item.severity.value} | {_cell(where)} | `{item.check}` "
                    f"| {_cell(item.title)}: {_cell(item.message)} |"
                )
        lines.append("")
    else:
        lines += ["None.", ""]
    lines += ["## Latency", "", *_latency(assessment)]
    lines += ["## Readiness scores", "", *_scores(assessment), ""]
    lines += ["## Immediate actions", ""]
    if assessment.actions:
        lines += [f"{n}. {action}" for n, action in enumerate(assessment.actions, start=1)]
    elif assessment.verdict is Verdict.GO:
        lines.append("None: ship it, and keep this check in CI.")
    lines.append("")
    return redact("\n".join(lines))
