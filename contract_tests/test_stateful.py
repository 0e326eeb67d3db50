"""Stateful walks over the spec's links with schemathesis's ``as_state_machine()``.

The machine runs on its own schema object, with no auth providers: a provider would override the
tokens the walk itself obtained (tooling-notes §4b). Tokens pass between steps like this: the
spec's links carry ids and bodies (``$response.body#/id``, ``$request.body#/email``), but a link
cannot fill a security scheme, so :meth:`PlintoWorkflow.after_call` records, for every step, the
bearer token its linked steps must use: the access token in its response (sign-up, sign-in,
refresh), else the token the step itself used (so a webhook is read by the user who created it).
:meth:`PlintoWorkflow.before_call` sends the parent step's token as the bearer of every secured
step, replacing a credential schemathesis generated, except in a case that negates auth on
purpose. The spec's links say "with `tokens.access_token` as the bearer token". A step with no
parent (a root such as ``create_organization``) uses the shared throwaway account's token, which
no step of the walk revokes: a root using a token the walk later signs out would leave its linked
steps only 401s.

Against the mock the server is reset before each scenario, so Hypothesis sees the same answers when
it replays a scenario. Against a live server (or when an existing test account is given, which a
reset would wipe) nothing is reset: the unique fields of creates (email, slug) get fresh values
instead, and the ledger deletes what the walk created.

Links must really be followed: the test fails naming every link target that never answered 2xx,
so a walk of all-401s cannot pass quietly.
"""

from __future__ import annotations

import os
import random
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis.errors import FlakyStrategyDefinition

import contract_tests.checks  # noqa: F401  (registers our checks with schemathesis)
from contract_tests.auth import IdentityUnavailable, session_tokens
from contract_tests.coverage import Tally, documented_successes
from contract_tests.ledger import bearer_of
from contract_tests.schemas import load_schema
from contract_tests.session import ContractSession
from plinto_contract.spec import Spec, load_spec

SPEC = load_spec()
# A separate object with no auth providers, walking only the spec's own links.
stateful_schema = load_schema(SPEC, inferred_links=False)

# Scenarios per round, steps per scenario, and rounds: a walk is random, so rounds continue (up to
# the limit) only while some link target has not yet answered 2xx. One round reaches every link
# target about half the time; the rounds' tallies add up, so a run rarely needs more than three.
STATEFUL_EXAMPLES = int(os.environ.get("PLINTO_STATEFUL_EXAMPLES", "40"))
STATEFUL_STEPS = int(os.environ.get("PLINTO_STATEFUL_STEPS", "12"))
STATEFUL_ROUNDS = int(os.environ.get("PLINTO_STATEFUL_ROUNDS", "10"))
STATEFUL_SEED_ENV = "PLINTO_STATEFUL_SEED"


def link_targets(spec: Spec) -> set[str]:
    """Every operation some documented 2xx response links to."""
    return {
        str(link["operationId"])
        for operation in spec.operations.values()
        for status, response in operation.responses.items()
        if status.startswith("2")
        for link in response.links.values()
    }


class PlintoWorkflow(stateful_schema.as_state_machine()):  # type: ignore[misc]
    """The link walk, bound to the run's session by the test below."""

    session: ClassVar[ContractSession]
    tally: ClassVar[Tally]
    tokens: dict[str, str | None]  # case id -> the bearer its linked steps use

    def setup(self) -> None:
        self.session.reset_target()
        self.tokens = {}

    def _bearer_for(self, case: Any) -> str | None:
        parent = self.recorder.find_parent(case_id=case.id)
        if parent is None:
            return self.session.identities.shared_token()
        return self.tokens.get(parent.id)

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return self.session.target.schemathesis_kwargs()

    def before_call(self, case: Any) -> None:
        operation = SPEC.operation(case.method, case.operation.path)
        if operation is None:
            return
        if not self.session.can_reset:
            self.session.make_unique(operation, case.body)
        self.session.protect_mailboxes(case.body)
        bearer = self._bearer_for(case)
        if (
            operation.secured
            and bearer
            and not case.operation.schema.is_security_param_negated(case)
        ):
            # Replaces a credential schemathesis generated for the security scheme, unless the
            # case deliberately carries a broken one (then `ignored_auth` expects a 401).
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {bearer}"}

    def call(self, case: Any, **kwargs: Any) -> Any:
        return self.session.target.call_case(case, **kwargs)

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)
        operation = self.session.learn_case(case, response, source="stateful")
        self.session.stateful_steps += 1
        if operation is None:
            return
        self.tally.record(operation.operation_id, response.status_code, "stateful")
        used = bearer_of(case.headers)
        self.tokens[case.id] = used
        if response.status_code not in documented_successes(operation):
            return
        tokens = session_tokens(_json(response))
        if tokens is not None:
            self.tokens[case.id] = str(tokens["access_token"])


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def base_seed() -> int:
    """The first round's Hypothesis seed; round ``n`` uses ``base + n``.

    Each round needs its own seed: Hypothesis's ``ci`` profile (loaded when it detects CI)
    derandomizes, and every round would then replay the same walk. ``PLINTO_STATEFUL_SEED``
    repeats a run; under a derandomized profile the base is 0, so CI walks the same way each time.
    """
    if STATEFUL_SEED_ENV in os.environ:
        return int(os.environ[STATEFUL_SEED_ENV])
    if settings.default is not None and settings.default.derandomize:
        return 0
    return random.SystemRandom().randrange(2**32)


def _never_succeeded(tally: Tally) -> list[str]:
    return sorted(
        op_id
        for op_id in link_targets(SPEC)
        if not documented_successes(SPEC.operations[op_id]) & set(tally.statuses(op_id))
    )


def test_link_walk(contract_session: ContractSession) -> None:
    try:
        contract_session.identities.shared_token()
    except IdentityUnavailable as exc:
        pytest.skip(str(exc))
    tally = Tally()
    PlintoWorkflow.session = contract_session
    PlintoWorkflow.tally = tally
    interrupted = 0
    base = base_seed()
    for round_number in range(STATEFUL_ROUNDS):
        seed(base + round_number)(PlintoWorkflow)
        try:
            PlintoWorkflow.run(
                settings=settings(
                    max_examples=STATEFUL_EXAMPLES,
                    stateful_step_count=STATEFUL_STEPS,
                    deadline=None,
                    database=None,
                    phases=[Phase.generate],
                    suppress_health_check=list(HealthCheck),
                )
            )
        except FlakyStrategyDefinition:
            # Without a reset the server's answers to a replayed prefix can differ (a rotated
            # refresh token is dead the second time), and Hypothesis stops the round. That says
            # nothing about the API; check failures come as FailureGroup (or FlakyFailure).
            if contract_session.can_reset:
                raise
            interrupted += 1
        if not _never_succeeded(tally):
            break
    never = _never_succeeded(tally)
    seen = {op: dict(tally.statuses(op)) for op in never}
    assert not never, (
        f"links never followed to a 2xx (statuses seen): {seen}; "
        f"{interrupted} round(s) stopped early by Hypothesis on a live server; "
        f"{STATEFUL_ROUNDS} round(s) from {STATEFUL_SEED_ENV}={base}"
    )
