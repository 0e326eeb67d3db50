"""What every report shows the same way: issues grouped by operation, counts, the summary lines."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from plinto_contract.findings import Evidence, Finding, Severity
from plinto_contract.readiness.verdict import (
    BLOCKING,
    Area,
    AreaStatus,
    Assessment,
    Verdict,
    area_of,
    rule_for,
)

__all__ = ["Issue", "executive_summary", "issues", "listing", "severity_counts"]


@dataclass(frozen=True)
class Issue:
    """The findings about one operation (or one finding about no operation), worst first."""

    findings: tuple[Finding, ...]

    @property
    def severity(self) -> Severity:
        return self.findings[0].severity

    @property
    def operation_id(self) -> str | None:
        """The operation, when every finding is about the same one."""
        ids = {f.operation_id for f in self.findings}
        return ids.pop() if len(ids) == 1 else None

    @property
    def operations(self) -> list[str]:
        return [f.operation_id for f in self.findings if f.operation_id]

    @property
    def area(self) -> Area:
        return area_of(self.findings[0].check)

    @property
    def evidence(self) -> Evidence | None:
        return next((f.evidence for f in self.findings if f.evidence is not None), None)

    @property
    def heading(self) -> str:
        evidence = self.evidence
        if self.operation_id is None:
            count = len(self.operations)
            return self.findings[0].title + (f" ({count} operations)" if count > 1 else "")
        route = f" ({evidence.method} {_path_of(evidence.url)})" if evidence else ""
        return f"{self.operation_id}{route}"

    def distinct(self) -> list[tuple[Finding, int]]:
        """Each different finding once, with how many times it was raised (one per call)."""
        counts: Counter[tuple[str, str, str]] = Counter()
        first: dict[tuple[str, str, str], Finding] = {}
        for item in self.findings:
            key = (item.check, item.title, item.message)
            counts[key] += 1
            first.setdefault(key, item)
        return [(first[key], counts[key]) for key in first]

    @property
    def blocking(self) -> bool:
        return self.severity in BLOCKING


def _path_of(url: str) -> str:
    scheme_end = url.find("://")
    slash = url.find("/", scheme_end + 3 if scheme_end >= 0 else 0)
    return url[slash:] if slash >= 0 else url


# Findings of these checks share a root cause across operations ("not verified: signup failed"),
# so one issue lists every operation with the same title instead of one issue per operation.
_SHARED_CAUSE_CHECKS = frozenset(
    {"operation_verified", "operation_skipped", "operation_rate_limited"}
)


def issues(assessment: Assessment) -> list[Issue]:
    """Findings grouped per operation (or per shared cause), worst first (findings are ranked)."""
    grouped: dict[str, list[Finding]] = {}
    for index, finding in enumerate(assessment.findings):
        if finding.check in _SHARED_CAUSE_CHECKS:
            key = f"cause:{finding.check}:{finding.title}"
        elif finding.operation_id:
            key = f"op:{finding.operation_id}"
        else:
            key = f"#{index}"
        grouped.setdefault(key, []).append(finding)
    return [Issue(tuple(findings)) for findings in grouped.values()]


def severity_counts(assessment: Assessment) -> dict[Severity, int]:
    counts = Counter(f.severity for f in assessment.findings)
    return {severity: counts.get(severity, 0) for severity in Severity}


def listing(names: list[str], limit: int = 16) -> str:
    """`a, b, c` with at most `limit` names, then "and N more"."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _area_headline(findings: tuple[Finding, ...]) -> str:
    """Per failing check of an area, worst first: severity, check, what, and where."""
    by_check: dict[str, list[Finding]] = {}
    for item in sorted(findings, key=lambda f: f.severity, reverse=True):
        by_check.setdefault(item.check, []).append(item)
    parts = []
    for check, items in by_check.items():
        titles = list(dict.fromkeys(i.title for i in items))
        rule = rule_for(check)
        what = titles[0] if len(titles) == 1 or rule is None else rule.when
        operations = list(dict.fromkeys(i.operation_id for i in items if i.operation_id))
        count = f"{len(operations)} operation{'s' if len(operations) > 1 else ''}"
        where = f" ({count}: {listing(operations)})" if operations else ""
        parts.append(f"{items[0].severity.value} `{check}`: {what}{where}")
    return "; ".join(parts)


def _count_text(counts: dict[Severity, int]) -> str:
    parts = [f"{n} {s.value}" for s, n in counts.items() if n]
    return ", ".join(parts) if parts else "no findings"


def executive_summary(assessment: Assessment) -> list[str]:
    """Plain-text lines: the verdict sentence, each red/amber area's headline, what is green."""
    counts = severity_counts(assessment)
    assessed = [a for a in assessment.areas if a.status is not AreaStatus.NOT_ASSESSED]
    red = [a for a in assessed if a.status is AreaStatus.RED]
    if assessment.verdict is Verdict.GO:
        lead = f"GO: {assessment.target} meets the beta launch criteria"
        lead += f" ({_count_text(counts)})." if assessment.findings else "."
    else:
        lead = (
            f"NO-GO: {assessment.target} is not ready for beta: {_count_text(counts)}, "
            f"blocking in {len(red)} of {len(assessed)} assessed areas."
        )
    lines = [lead]
    for report in assessed:
        if report.status in (AreaStatus.RED, AreaStatus.AMBER):
            lines.append(
                f"{report.area.title}: {report.status.value.upper()}. "
                + _area_headline(report.findings)
            )
    green = [a.area.title for a in assessed if a.status is AreaStatus.GREEN]
    if green:
        lines.append(f"Green: {', '.join(green)}.")
    skipped = [a for a in assessment.areas if a.status is AreaStatus.NOT_ASSESSED]
    if skipped:
        lines.append(
            "Not assessed: "
            + "; ".join(f"{a.area.title} ({a.note or 'nothing to check'})" for a in skipped)
            + "."
        )
    score = assessment.score
    lines.append(
        f"Readiness score {score if score is not None else '-'}/100; "
        f"{assessment.calls} calls, error rate {assessment.error_rate:.1%} "
        f"(max {assessment.max_error_rate:.1%}); latency budget {assessment.budget_ms:g} ms."
    )
    return lines
