"""junit.xml: one test suite per area, one test case per check run, findings as failures.

Every finding is a <failure> whose `type` is its severity, so a CI view shows warnings too; the
verdict (and so the exit code) only counts CRITICAL and HIGH.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from plinto_contract.readiness.verdict import Assessment
from plinto_contract.redact import redact

__all__ = ["render_junit"]


def render_junit(assessment: Assessment) -> str:
    """junit.xml text, redacted."""
    root = ET.Element(
        "testsuites",
        name=f"plinto-contract check {assessment.target}",
        tests=str(sum(a.checks_run for a in assessment.areas)),
        failures=str(len(assessment.findings)),
        errors="0",
        time=f"{assessment.duration_s:.3f}",
    )
    for report in assessment.areas:
        suite = ET.SubElement(
            root,
            "testsuite",
            name=f"readiness.{report.area.key}",
            tests=str(report.checks_run),
            failures=str(report.checks_run - report.checks_passed),
            errors="0",
            skipped="0",
            timestamp=assessment.started_at.isoformat(timespec="seconds"),
        )
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="status", value=report.status.value)
        ET.SubElement(properties, "property", name="verdict", value=assessment.verdict.value)
        if report.note:
            ET.SubElement(properties, "property", name="note", value=report.note)
        for outcome in report.outcomes:
            name = outcome.check + (f"[{outcome.operation_id}]" if outcome.operation_id else "")
            case = ET.SubElement(
                suite, "testcase", name=name, classname=f"readiness.{report.area.key}"
            )
            item = outcome.finding
            if item is None:
                continue
            failure = ET.SubElement(case, "failure", message=item.title, type=item.severity.value)
            text = [item.message]
            if item.evidence is not None:
                ev = item.evidence
                text.append(f"{ev.method} {ev.url} -> {ev.status} (request id {ev.request_id})")
                if ev.body_excerpt:
                    text.append(ev.body_excerpt)
                if ev.curl:
                    text.append(ev.curl)
            failure.text = "\n".join(text)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return redact(f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n')
