from __future__ import annotations

import xml.etree.ElementTree as ET

from plinto_contract.report import render_junit

from .conftest import SECRET


def test_one_suite_per_area_and_findings_as_failures(assessment):
    root = ET.fromstring(render_junit(assessment))
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert "readiness.operations" in suites
    failures = root.findall(".//failure")
    assert len(failures) == len(assessment.findings)
    assert root.get("failures") == str(len(assessment.findings))
    assert {f.get("type") for f in failures} == {"critical", "high", "medium"}
    names = [case.get("name") for case in suites["readiness.operations"].iter("testcase")]
    assert "not_a_server_error[signup]" in names


def test_secrets_never_reach_the_junit(assessment):
    assert SECRET not in render_junit(assessment)
