"""Schemathesis, in-process, over every operation of the spec: the mock must pass every check.

Stateless: examples, coverage and fuzzing phases, positive and negative data, all checks, with a
bearer
token from a throwaway account (a fresh one per call for operations that end the session or
account).
Stateful: link-driven scenarios on a reset store, as the scenario's own user.
"""

from __future__ import annotations

import itertools
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from starlette.testclient import TestClient

from mock_server import Settings, create_app, services_of
from plinto_contract.spec import DEFAULT_SPEC_PATH, load_spec
from tests.mock_server.helpers import PASSWORD, bearer, path

APP = create_app(settings=Settings(fast_hash=True, rate_limits=False, validate_responses=True))
CLIENT = TestClient(APP)
MAX_EXAMPLES = 12

# CONTRACT §3: 400 is "well formed but refused" (an unknown token, a wrong password): a request that
# is valid by the schema can still be refused that way, so positive data may meet a 400.
CONFIG: dict[str, Any] = {
    "checks": {
        "positive_data_acceptance": {
            "expected-statuses": ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"],
        },
    },
    # `ensure_resource_availability` (ST302) reads any 404 under a just-created resource's path as
    # "the resource is missing". These operations answer a correct 404 for something else: the
    # organization deleted by id and then read by slug (a deletion schemathesis cannot see across
    # paths), and an unknown user to add (the body's user_id, not the organization in the path).
    "operations": [
        {
            "include-operation-id": operation_id,
            "checks": {"ensure_resource_availability": {"enabled": False}},
        }
        for operation_id in ("get_organization_by_slug", "add_member")
    ],
}
_emails = itertools.count()


def _schema() -> Any:
    schema = schemathesis.openapi.from_path(
        DEFAULT_SPEC_PATH, config=SchemathesisConfig.from_dict(CONFIG)
    )
    schema.app = APP
    return schema


schema = _schema()
stateful_schema = _schema()


def fresh_token() -> str:
    email = f"st{next(_emails)}@example.com"
    response = CLIENT.post(path("signup"), json={"email": email, "password": PASSWORD})
    assert response.status_code == 201, response.text
    return str(response.json()["tokens"]["access_token"])


def _set_bearer(case: Any, token: str) -> None:
    case.headers = {**(case.headers or {}), **bearer(token)}


# Operations whose success revokes the calling token (the spec marks them `x-destroys-token`)
# get an account of their own per call, so they cannot log the cached account out.
_SPENDING = tuple(
    op.operation_id
    for op in load_spec().operations.values()
    if op.extensions.get("x-destroys-token")
)


@schema.auth().skip_for(operation_id=_SPENDING)
class CachedAccount:
    def get(self, case: Any, ctx: Any) -> str:
        return fresh_token()

    def set(self, case: Any, data: str, ctx: Any) -> None:
        _set_bearer(case, data)


@schema.auth(refresh_interval=None).apply_to(operation_id=_SPENDING)
class FreshAccount(CachedAccount):
    pass


@schema.parametrize()  # type: ignore[untyped-decorator]
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_passes_every_check(case: Any) -> None:
    case.call_and_validate()


class ScenarioUser:
    """Each stateful scenario starts on an empty store with one signed-up user."""

    token = ""


@stateful_schema.auth(refresh_interval=None)
class ScenarioAccount:
    def get(self, case: Any, ctx: Any) -> str:
        # Signout or revocation inside the scenario ends the token; sign in again.
        me = CLIENT.get(path("get_current_user"), headers=bearer(ScenarioUser.token))
        if me.status_code != 200:
            ScenarioUser.token = fresh_token()
        return ScenarioUser.token

    def set(self, case: Any, data: str, ctx: Any) -> None:
        _set_bearer(case, data)


class StatefulMock(stateful_schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Hypothesis replays scenarios: without a reset, a replay meets its own 409s.
        services_of(APP).reset()
        ScenarioUser.token = fresh_token()


TestStateful = StatefulMock.TestCase
TestStateful.settings = settings(
    max_examples=MAX_EXAMPLES * 2,
    stateful_step_count=8,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
