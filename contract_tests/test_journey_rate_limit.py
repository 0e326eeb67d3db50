"""Journey: exceed an operation's documented rate limit: each answer counts X-RateLimit-Remaining
down, and the first request over the limit gets 429 with Retry-After and the X-RateLimit-* headers.

On the in-process mock the journey gets a mock of its own with rate limits on (the shared one runs
with them off for the fuzzer). On a live server it runs only with PLINTO_PROBE_RATE_LIMITS=1: it
locks this client out of the operation's group for the rest of the window.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

import pytest
from plinto_client.models import EmailRequest

from contract_tests.checks import RATE_LIMIT_HEADERS, RETRY_AFTER_HEADER
from contract_tests.journeys import Journey
from contract_tests.session import ContractSession
from contract_tests.targets import Target

pytestmark = pytest.mark.journey
OPERATION = "forgot_password"  # public, no side effect for an unknown address, the smallest limit


@pytest.fixture
def limited(contract_session: ContractSession) -> Iterator[Journey]:
    target = contract_session.target
    if target.is_in_process:
        session = ContractSession(
            Target.in_process(target.config, rate_limits=True), tally=contract_session.tally
        )
    elif target.config.probe_rate_limits:
        session = contract_session
    else:
        pytest.skip(
            f"exceeding a rate limit on {target.describe()} locks this client out for the window: "
            "set PLINTO_PROBE_RATE_LIMITS=1 to run it"
        )
    journey = Journey(session)
    try:
        yield journey
    finally:
        journey.close()
        if session is not contract_session:
            session.close()


def test_rate_limit_enforced(limited: Journey) -> None:
    j = limited
    operation = j.spec.operations[OPERATION]
    documented = operation.extensions["x-rate-limit"]
    limit, window = int(documented["limit"]), int(documented["window_seconds"])
    client = j.sdk(wait_on_429=False)
    body = EmailRequest(email=f"plinto-rate-limit@{j.target.config.throwaway_domain}")

    remaining: list[int] = []
    for _ in range(limit):
        try:
            client.auth.forgot_password(body=body)
        except Exception:
            break  # the 429 below says whether the limit held
        assert j.last is not None
        remaining.append(int(j.last.headers[RATE_LIMIT_HEADERS[1]]))
    j.expect(
        all(b == a - 1 for a, b in itertools.pairwise(remaining)),
        operation=OPERATION,
        rule="remaining_counts_down",
        message=f"{RATE_LIMIT_HEADERS[1]} went {remaining}",
    )
    j.refused(
        lambda: client.auth.forgot_password(body=body),
        429,
        operation=OPERATION,
        rule="limit_is_enforced",
    )
    assert j.last is not None
    headers = j.last.headers
    retry_after = int(headers[RETRY_AFTER_HEADER])
    j.expect(
        1 <= retry_after <= window,
        operation=OPERATION,
        rule="retry_after_within_the_window",
        message=f"{RETRY_AFTER_HEADER}: {retry_after} (window {window} s)",
    )
    announced, left = (headers[name] for name in RATE_LIMIT_HEADERS[:2])
    j.expect(
        int(announced) == limit and int(left) == 0,
        operation=OPERATION,
        rule="headers_show_the_exhausted_limit",
        message=f"{RATE_LIMIT_HEADERS[0]}: {announced}, {RATE_LIMIT_HEADERS[1]}: {left}",
    )
    j.expect(
        int(headers[RATE_LIMIT_HEADERS[2]]) >= int(time.time()),
        operation=OPERATION,
        rule="reset_is_in_the_future",
        message=f"{RATE_LIMIT_HEADERS[2]}: {headers[RATE_LIMIT_HEADERS[2]]}",
    )
