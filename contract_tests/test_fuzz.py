"""Per-operation fuzzing: every documented operation, positive and negative data, all checks.

``PLINTO_FUZZ_OPERATIONS=signup,get_health`` fuzzes only those operations.
Schemathesis's own checks run with ours (``contract_tests.checks``, registered on import).
Secured operations get a throwaway account's token from the auth providers (contract_tests.auth).
``PLINTO_FUZZ_EXAMPLES`` sets the Hypothesis examples per operation.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.auths import refresh_auth

import contract_tests.checks  # noqa: F401  (registers our checks with schemathesis)
from contract_tests.auth import IdentityUnavailable, register_providers
from contract_tests.ledger import bearer_of
from contract_tests.schemas import fuzz_examples, fuzz_operations, load_schema
from contract_tests.session import ContractSession
from plinto_contract.spec import load_spec

SPEC = load_spec()
# A subset (a fault-matrix run, say) also keeps collection short; the coverage verdict then skips.
schema = load_schema(SPEC, only=fuzz_operations())
register_providers(schema, SPEC)


@schema.parametrize()
@settings(
    max_examples=fuzz_examples(),
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_operation(case: Case[Any], contract_session: ContractSession) -> None:
    target = contract_session.target
    # case.method may differ from the operation's: schemathesis also probes undocumented methods.
    operation = SPEC.operation(case.operation.method, case.operation.path)
    assert operation is not None, f"{case.operation.label} is not in the spec"
    reason = contract_session.skip_reason(operation)
    if reason is not None:
        pytest.skip(reason)
    try:
        contract_session.identities.resolve(case)
    except IdentityUnavailable as exc:
        pytest.skip(str(exc))
    contract_session.protect_mailboxes(case.body)
    response = target.call_case(case)
    contract_session.cases += 1
    contract_session.learn_case(case, response, source="fuzz")
    if response.status_code == 401 and bearer_of(case.headers) is not None:
        refresh_auth(
            case
        )  # the cached token died (revoked or expired): the next case gets a new one
    case.validate_response(response, transport_kwargs=target.schemathesis_kwargs())
