from __future__ import annotations

import base64
import json

from plinto_contract.readiness.smoke import (
    DISCOVERY,
    HEALTH_OPERATION,
    JOURNEY_EMAIL,
    JOURNEY_SIGN_IN_OUT,
    OPERATIONS,
    READY_OPERATION,
    _credential,
    _fill,
    _parameter_examples,
)
from plinto_contract.readiness.world import World
from plinto_contract.spec import Spec, load_spec


def test_the_plan_calls_every_documented_operation_and_nothing_else():
    spec = load_spec()
    planned = {HEALTH_OPERATION, READY_OPERATION}
    for steps in (DISCOVERY, JOURNEY_SIGN_IN_OUT, JOURNEY_EMAIL, OPERATIONS):
        planned |= {step.operation_id for step in steps}
    assert planned == set(spec.operations)


def test_fill_replaces_only_fields_the_example_has():
    example = {"email": "ada@example.com", "password": "x", "first_name": "Ada"}
    filled = _fill(example, {"email": "new@example.com", "username": "not-in-example"})
    assert filled == {"email": "new@example.com", "password": "x", "first_name": "Ada"}


def test_path_parameter_examples_come_from_the_spec():
    spec: Spec = load_spec()
    params = _parameter_examples(spec, spec.operations["remove_member"])
    assert set(params) == {"organization_id", "user_id"}


def test_the_passkey_credential_carries_our_challenge_and_a_new_id():
    spec = load_spec()
    example = spec.operations["verify_passkey_registration"].request_examples[0]
    world = World(domain="example.com")
    world.set("passkey.challenge", "our-challenge")
    credential = _credential(world, example)["credential"]
    encoded = credential["response"]["clientDataJSON"]
    client_data = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    assert client_data["challenge"] == "our-challenge"
    assert credential["id"] == credential["rawId"] != example["credential"]["id"]


def test_missing_values_remember_why_and_whether_the_environment_is_to_blame():
    world = World(domain="example.com")
    world.fail(["a.id"], "signup answered 500")
    world.fail(["a.id"], "a later reason")
    world.fail(["reset.token"], "no mail", environmental=True)
    assert world.missing(["a.id"]) is not None
    assert world.missing(["a.id"]).reason == "signup answered 500"  # type: ignore[union-attr]
    assert world.missing(["reset.token"]).environmental  # type: ignore[union-attr]
    world.set("a.id", "u1")
    assert world.missing(["a.id"]) is None
    assert world.a.email != world.b.email
    assert world.a.email.endswith("@example.com")
