"""Every documented operation must have answered one of its documented 2xx statuses in this run.

This runs last (the plugin orders it so) and reads the tally that every other test fed: fuzzing,
the link walk, the journeys and the protocol probes. An operation that was never exercised, or
never succeeded, is named. This is the "documented endpoints actually work" check that would have
caught the seed outage (every auth call answering 500 while /health said fine).
"""

from __future__ import annotations

import pytest

from contract_tests.coverage import coverage_problems
from contract_tests.session import ContractSession


def test_documented_operations_succeed(
    request: pytest.FixtureRequest, contract_session: ContractSession
) -> None:
    selected = {item.path.name for item in request.session.items}
    if not {"test_fuzz.py", "test_stateful.py"} <= selected or not any(
        n.startswith("test_journey_") for n in selected
    ):
        pytest.skip(
            "endpoint coverage needs the whole suite (fuzz, stateful walk and journeys) in the run"
        )
    problems = coverage_problems(contract_session.spec, contract_session.tally)
    assert not problems, (
        f"{len(problems)} documented operation(s) never answered a documented 2xx:\n  "
        + "\n  ".join(problems)
    )
