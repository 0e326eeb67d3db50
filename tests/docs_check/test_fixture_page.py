"""The checker on a page reproducing the discrepancy kinds of the Plinto facts (§7).

Each expectation names the facts' item, the line the problem must be reported at, and a piece
of the message. The page is run for real (static checks and the mock), as `plinto-contract
docs` would.
"""

from __future__ import annotations

import pytest

from plinto_contract.docs_check import Problem, Report, check_docs
from plinto_contract.spec import Spec
from tests.docs_check.conftest import FIXTURES

DRIFT = FIXTURES / "drift.md"

# (facts §7 items, line, text the message must contain)
EXPECTED = [
    (
        "18: OAuth callback route that does not exist",
        9,
        "unknown path; nearest documented operation: GET /api/v1/auth/oauth/providers",
    ),
    (
        "11: PUT where PATCH is documented",
        17,
        "the path allows GET, PATCH, DELETE; nearest documented operation: PATCH /api/v1/users/me",
    ),
    (
        "5, 14: missing /api/v1 prefix",
        26,
        "the /api/v1 prefix is missing; nearest documented operation: POST /api/v1/auth/signup",
    ),
    (
        "22, 6: signup with a name",
        41,
        "signup request body (SignupRequest): name is not allowed",
    ),
    (
        "13: token_type Bearer",
        57,
        "token_type must be bearer",
    ),
    (
        "17: expires_in 3600",
        58,
        "expires_in must be 900",
    ),
    (
        "25: made-up envelope, extra field",
        66,
        "success is not allowed",
    ),
    (
        "25: made-up envelope, nested error",
        67,
        "error must be of type string",
    ),
    (
        "25: made-up envelope, missing error_code",
        65,
        "error_code is required",
    ),
    (
        "23: refresh token in a header",
        76,
        "refresh_tokens requires a RefreshRequest request body",
    ),
    (
        "23: refresh token header",
        77,
        "header X-Refresh-Token is not documented",
    ),
    (
        "4, 11: password in the query",
        83,
        "delete_my_account has no query parameter password",
    ),
    (
        "15: DELETE /users/me without a password body",
        83,
        "delete_my_account requires a PasswordConfirmation request body",
    ),
    (
        "24: org without slug",
        93,
        "slug is required",
    ),
    (
        "24: org with domain",
        93,
        "domain is not allowed",
    ),
    (
        "16, 18: /sessions/current",
        99,
        "GET /api/v1/sessions/current is not documented: unknown path",
    ),
    (
        "16: POST /sessions/revoke-all",
        100,
        "POST /api/v1/sessions/revoke-all is not documented: unknown path",
    ),
    (
        "3: doubled oauth prefix",
        106,
        "GET /api/v1/auth/auth/oauth/providers is not documented",
    ),
    (
        "12, 7: /auth/mfa/setup",
        112,
        "nearest documented operation: POST /api/v1/mfa/enable",
    ),
    (
        "19: PUT role",
        121,
        "wrong method, the path allows PATCH",
    ),
    (
        "16: event names that do not exist",
        133,
        "events.0 must be one of",
    ),
    (
        "24: client-supplied webhook secret",
        133,
        "secret is not allowed",
    ),
    (
        "8: X-API-Key",
        139,
        "header X-API-Key is not documented for get_current_user",
    ),
    (
        "8: no bearer token",
        139,
        "get_current_user is secured (bearerAuth)",
    ),
    (
        "9: dev server on port 3000",
        145,
        "http://localhost:3000 is not a documented server",
    ),
    (
        "6, 10: signout 204",
        157,
        "signout does not document status 204",
    ),
    (
        "6, 10: signout 204, run against the mock",
        151,
        "the example shows 204, but the mock answered 200",
    ),
    (
        "26: cursor pagination",
        163,
        "list_users has no query parameter cursor",
    ),
    (
        "26: sort",
        163,
        "list_users has no query parameter sort",
    ),
    (
        "15, 21: avatar_url",
        169,
        "avatar_url is not allowed",
    ),
    (
        "15: metadata instead of user_metadata",
        169,
        "metadata is not allowed",
    ),
    (
        "2: the old 422 shape",
        175,
        "Error: detail is not allowed",
    ),
]


@pytest.fixture(scope="module")
def report(spec: Spec) -> Report:
    return check_docs([DRIFT], spec, spec_examples=False)


def at(report: Report, line: int) -> list[Problem]:
    return [p for p in report.problems if p.line == line]


@pytest.mark.parametrize(("item", "line", "text"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_each_discrepancy_is_reported_at_its_line(
    report: Report, item: str, line: int, text: str
) -> None:
    messages = [p.message for p in at(report, line)]
    assert any(text in m for m in messages), f"line {line} ({item}): {messages}"


def test_at_least_ten_of_the_26_kinds_are_reproduced() -> None:
    items = {n.strip() for item, _, _ in EXPECTED for n in item.split(":")[0].split(",")}
    assert len(items) >= 10, items


def test_nothing_else_is_reported(report: Report) -> None:
    # Every problem belongs to an expectation's line, or is one more field of a made-up body.
    expected_lines = {line for _, line, _ in EXPECTED} | {175}
    stray = [str(p) for p in report.problems if p.line not in expected_lines]
    assert not stray


def test_every_problem_names_the_page(report: Report) -> None:
    assert report.problems
    assert all(p.path == str(DRIFT) for p in report.problems)
