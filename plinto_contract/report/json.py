"""readiness.json: the same assessment as readiness.md, for machines."""

from __future__ import annotations

import json
from typing import Any

from plinto_contract import __version__
from plinto_contract.readiness.verdict import Assessment, area_of
from plinto_contract.redact import redact
from plinto_contract.report._common import executive_summary, severity_counts

__all__ = ["assessment_to_dict", "render_json"]


def assessment_to_dict(assessment: Assessment) -> dict[str, Any]:
    """A JSON-ready dict; findings carry their area key, areas their status and score."""
    return {
        "tool": {"name": "plinto-contract", "version": __version__},
        "target": assessment.target,
        "profile": assessment.profile,
        "started_at": assessment.started_at.isoformat(),
        "duration_s": round(assessment.duration_s, 3),
        "verdict": assessment.verdict.value,
        "score": assessment.score,
        "summary": executive_summary(assessment),
        "severity_counts": {s.value: n for s, n in severity_counts(assessment).items()},
        "budget_ms": assessment.budget_ms,
        "max_error_rate": assessment.max_error_rate,
        "calls": assessment.calls,
        "failed_calls": assessment.failed_calls,
        "error_rate": round(assessment.error_rate, 6),
        "areas": [
            {
                "key": report.area.key,
                "title": report.area.title,
                "measures": report.area.measures,
                "status": report.status.value,
                "score": report.score,
                "checks_run": report.checks_run,
                "checks_passed": report.checks_passed,
                "worst": report.worst.value if report.worst else None,
                "note": report.note,
            }
            for report in assessment.areas
        ],
        "findings": [
            {"area": area_of(item.check).key, **item.to_dict()} for item in assessment.findings
        ],
        "latency": [
            {
                "operation_id": s.operation_id,
                "method": s.method,
                "path": s.path,
                "samples": s.samples,
                "p50_ms": round(s.p50_ms, 3),
                "p95_ms": round(s.p95_ms, 3),
                "p99_ms": round(s.p99_ms, 3),
                "within_budget": s.p95_ms <= assessment.budget_ms,
            }
            for s in assessment.latency
        ],
        "actions": list(assessment.actions),
    }


def render_json(assessment: Assessment) -> str:
    """readiness.json text, redacted."""
    return redact(json.dumps(assessment_to_dict(assessment), indent=2, ensure_ascii=False)) + "\n"
