from __future__ import annotations

import json

from plinto_contract.report import render_json, render_markdown

from .conftest import SECRET


def test_the_json_carries_the_same_verdict_areas_and_findings(assessment):
    data = json.loads(render_json(assessment))
    assert data["verdict"] == "NO-GO"
    assert data["verdict"] in render_markdown(assessment)
    assert [a["key"] for a in data["areas"]] == [a.area.key for a in assessment.areas]
    assert len(data["findings"]) == len(assessment.findings)
    first = data["findings"][0]
    assert (first["area"], first["severity"], first["evidence"]["status"]) == (
        "operations",
        "critical",
        500,
    )
    assert data["severity_counts"]["critical"] == 3
    assert data["latency"][1]["within_budget"] is False
    assert data["summary"][0].startswith("NO-GO")


def test_secrets_never_reach_the_json(assessment):
    assert SECRET not in render_json(assessment)
