"""spec_examples: every request example of openapi.yaml gets its success status from the mock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plinto_contract.docs_check import spec_examples
from plinto_contract.docs_check.live import LiveMock
from plinto_contract.spec import Spec


@pytest.fixture(scope="module")
def mock(spec: Spec) -> Iterator[LiveMock]:
    with LiveMock(spec) as live:
        yield live


def test_every_request_example_succeeds(spec: Spec, mock: LiveMock) -> None:
    problems, sent = spec_examples.check_spec_examples(spec, mock)
    assert [str(p) for p in problems] == []
    assert sent == sum(len(op.request_examples) for op in spec.operations.values()) > 0


def test_an_example_without_its_state_is_reported_at_its_line(
    spec: Spec, mock: LiveMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without its recipe, update_webhook's example refers to an endpoint that does not exist.
    monkeypatch.delitem(spec_examples.RECIPES, "update_webhook")
    problems, _ = spec_examples.check_spec_examples(spec, mock, {"update_webhook", "signin"})
    assert len(problems) == 1
    (problem,) = problems
    assert problem.operation_id == "update_webhook"
    assert "got 404 RESOURCE_NOT_FOUND" in problem.message
    assert spec.path is not None
    line = spec.path.read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert line.strip().startswith("example: {events:")


def test_a_failing_prerequisite_names_the_step(
    spec: Spec, mock: LiveMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(scenario: spec_examples.Scenario) -> spec_examples._Final:
        scenario.call("verify_mfa")  # MFA was never enabled: 400
        return spec_examples._Final()

    monkeypatch.setitem(spec_examples.RECIPES, "disable_mfa", broken)
    problems, _ = spec_examples.check_spec_examples(spec, mock, {"disable_mfa", "verify_mfa"})
    assert [p.operation_id for p in problems] == ["disable_mfa"]
    assert "could not build the state" in problems[0].message
    assert "verify_mfa answered 400" in problems[0].message
