"""Send every request example of openapi.yaml to a fresh mock; each must get its success status.

The spec's examples tell one consistent story about Ada (``ada@example.com``): the ids, tokens and
codes in the request examples are the ones its response examples show. Against a live mock those
values are made up, so each example is sent inside a small scenario that builds the state it
refers to, through the API only:

1. The mock is reset and Ada is signed up with the ``signup`` request example (except for
   ``signup`` itself), so her bearer token is at hand.
2. A recipe (``RECIPES``, one per operation that needs more) calls the operations the example
   depends on, each with its own spec request example: create the organization before updating
   it, enable and verify MFA before disabling it, ask for passkey options before registering one.
3. Every response is paired with the documented response example of that status, leaf by
   leaf: where the example says ``3a4b5c6d-...`` and the mock said ``9f...``, later examples get
   ``9f...``. This is how organization, webhook and passkey ids, the refresh token, the MFA
   token, the invitation token and the passkey challenge (inside the base64url
   ``clientDataJSON``) are substituted, in bodies and in path parameter examples alike.
4. What no response shows comes from elsewhere: a ``code`` field gets the current TOTP code of
   the secret MFA enrolment returned, and a ``token`` field nothing else supplied gets the token of
   the newest email in the mock's outbox (verification, password reset, magic link).
5. A second person, where one is needed (a member to add, the invitee who accepts), is signed up
   with the ``signup`` example under another email address: the invitee's is the one invited.

A recipe that cannot build its state is reported too, naming the step that failed.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyotp
import yaml

from plinto_contract.docs_check.execute import describe_answer
from plinto_contract.docs_check.live import LiveMock
from plinto_contract.docs_check.problems import Problem
from plinto_contract.spec import Operation, Spec

__all__ = ["RECIPES", "check_spec_examples"]

SIGNUP = "signup"


class _StepFailed(Exception):
    """A prerequisite call did not succeed; the message says which and how."""


@dataclass
class _Final:
    """How to send the example itself: whose token, and values no response example supplies."""

    body: dict[str, Any] = field(default_factory=dict)
    path: dict[str, str] = field(default_factory=dict)


class Scenario:
    """A reset mock, the value pairs learnt so far, and the bearer token in use."""

    def __init__(self, spec: Spec, mock: LiveMock) -> None:
        self.spec = spec
        self.mock = mock
        self.values: dict[str, Any] = {}
        self.token: str | None = None
        self.totp_secret: str | None = None

    # -- substitution -------------------------------------------------------------------------

    def fill(self, value: Any, key: str = "") -> Any:
        """An example value with every learnt value put in, recursively."""
        if isinstance(value, Mapping):
            return {k: self.fill(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.fill(item, key) for item in value]
        if not isinstance(value, str):
            return value
        if value in self.values:
            return self.values[value]
        if key == "code" and self.totp_secret:
            return pyotp.TOTP(self.totp_secret).now()
        if key == "token":
            return self._newest_outbox_token() or value
        return _refill_base64_json(value, self.fill)

    def _newest_outbox_token(self) -> str | None:
        messages = self.mock.outbox()
        return str(messages[-1]["token"]) if messages and "token" in messages[-1] else None

    def pair(self, example: Any, actual: Any) -> None:
        """Learn ``example leaf -> actual leaf``; the first pairing of a value wins."""
        if isinstance(example, Mapping) and isinstance(actual, Mapping):
            for key in example.keys() & actual.keys():
                self.pair(example[key], actual[key])
        elif isinstance(example, list) and isinstance(actual, list):
            for pair in zip(example, actual, strict=False):
                self.pair(*pair)
        elif isinstance(example, str) and isinstance(actual, str) and example != actual:
            self.values.setdefault(example, actual)

    # -- calls ---------------------------------------------------------------------------------

    def path_examples(self, op: Operation) -> dict[str, str]:
        """Each path parameter's example from the spec, with learnt values put in."""
        raw_item = self.spec.document.get("paths", {}).get(op.path, {})
        raw_op = raw_item.get(op.method.lower(), {})
        found = {}
        for node in [*raw_item.get("parameters", []), *raw_op.get("parameters", [])]:
            param = self.spec.resolve(node)
            if param.get("in") == "path" and "example" in param:
                found[param["name"]] = str(self.fill(param["example"]))
        return found

    def send(
        self, op: Operation, body: Any, path: Mapping[str, str], token: str | None
    ) -> tuple[int, Any, str]:
        url = op.path
        for name, value in path.items():
            url = url.replace("{" + name + "}", value)
        headers = {"Authorization": f"Bearer {token}"} if op.secured and token else {}
        kwargs: dict[str, Any] = {"headers": headers}
        if body is not None:
            kwargs["json"] = body
        response = self.mock.client.request(op.method, url, **kwargs)
        try:
            payload = response.json() if response.content else None
        except ValueError:
            payload = None
        return response.status_code, payload, describe_answer(response)

    def call(
        self,
        operation_id: str,
        body: Mapping[str, Any] | None = None,
        *,
        token: str | None = None,
        path: Mapping[str, str] | None = None,
    ) -> Any:
        """Call an operation with its own request example (or ``body``); learn from the answer."""
        op = self.spec.operations[operation_id]
        if body is None and op.request_examples:
            body = op.request_examples[0]
        status, payload, answer = self.send(
            op,
            self.fill(body) if body is not None else None,
            {**self.path_examples(op), **(path or {})},
            token or self.token,
        )
        if status != op.success_status:
            raise _StepFailed(f"{operation_id} answered {answer}")
        self.learn(op, status, payload)
        return payload

    def learn(self, op: Operation, status: int, payload: Any) -> None:
        response = op.responses.get(str(status))
        if response is None or payload is None:
            return
        if response.examples:
            self.pair(_closest(response.examples, payload), payload)
        if isinstance(payload, Mapping) and isinstance(payload.get("provisioning_uri"), str):
            # An MFA enrolment: its secret makes every later TOTP `code`.
            self.totp_secret = str(payload.get("secret"))

    def sign_up(self, email: str | None = None) -> Any:
        """Sign up Ada (the signup example), or another person with the same example."""
        example = dict(self.spec.operations[SIGNUP].request_examples[0])
        if email is not None:
            example = {**example, "email": email}
            example.pop("username", None)  # usernames are unique; the example's is Ada's
        return self.call(SIGNUP, example)


def _closest(examples: tuple[Any, ...], actual: Any) -> Any:
    """The documented example most like the actual body (by shared top-level keys)."""
    if not isinstance(actual, Mapping):
        return examples[0]
    return max(
        examples, key=lambda e: len(e.keys() & actual.keys()) if isinstance(e, Mapping) else -1
    )


def _refill_base64_json(value: str, fill: Callable[[Any], Any]) -> str:
    """A base64url-encoded JSON object (WebAuthn ``clientDataJSON``) with learnt values put in."""
    if len(value) < 16 or not value.startswith("ey"):
        return value
    try:
        decoded = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except (binascii.Error, ValueError):
        return value
    if not isinstance(decoded, dict):
        return value
    refilled = fill(decoded)
    if refilled == decoded:
        return value
    raw = json.dumps(refilled, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


# ------------------------------------------------------------------------------------ recipes


def _ada_token(s: Scenario) -> None:
    s.token = str(s.sign_up()["tokens"]["access_token"])


def _mfa_on(s: Scenario) -> None:
    s.call("enable_mfa")
    s.call("verify_mfa")


def _with_member(s: Scenario) -> str:
    """An organization of Ada's with a second person added as a member; that person's id."""
    s.call("create_organization")
    member_id = str(s.sign_up("member@example.com")["user"]["id"])
    s.call(
        "add_member", {**s.spec.operations["add_member"].request_examples[0], "user_id": member_id}
    )
    return member_id


def _complete_mfa_signin(s: Scenario) -> _Final:
    _mfa_on(s)
    s.call("signin")
    return _Final()


def _add_member(s: Scenario) -> _Final:
    s.call("create_organization")
    member_id = str(s.sign_up("member@example.com")["user"]["id"])
    return _Final(body={"user_id": member_id})


def _accept_invitation(s: Scenario) -> _Final:
    s.call("create_organization")
    invited = s.spec.operations["create_invitation"].request_examples[0]["email"]
    s.call("create_invitation")
    s.token = str(s.sign_up(invited)["tokens"]["access_token"])
    return _Final()


def _change_member_role(s: Scenario) -> _Final:
    return _Final(path={"user_id": _with_member(s)})


def _registered_passkey(s: Scenario) -> _Final:
    s.call("create_passkey_registration_options")
    s.call("verify_passkey_registration")
    return _Final()


def _after(*operation_ids: str) -> Callable[[Scenario], _Final]:
    def recipe(s: Scenario) -> _Final:
        for operation_id in operation_ids:
            s.call(operation_id)
        return _Final()

    recipe.__doc__ = f"Call {', '.join(operation_ids)} first."
    return recipe


def _mfa_enabled(s: Scenario) -> _Final:
    _mfa_on(s)
    return _Final()


# Operations whose example needs more than a signed-in Ada. The rest need nothing else.
RECIPES: dict[str, Callable[[Scenario], _Final]] = {
    "complete_mfa_signin": _complete_mfa_signin,
    "reset_password": _after("forgot_password"),
    "verify_magic_link": _after("send_magic_link"),
    "update_organization": _after("create_organization"),
    "add_member": _add_member,
    "create_invitation": _after("create_organization"),
    "accept_invitation": _accept_invitation,
    "change_member_role": _change_member_role,
    "verify_mfa": _after("enable_mfa"),
    "disable_mfa": _mfa_enabled,
    "regenerate_backup_codes": _mfa_enabled,
    "verify_passkey_registration": _after("create_passkey_registration_options"),
    "rename_passkey": _registered_passkey,
    "delete_passkey": _registered_passkey,
    "update_webhook": _after("create_webhook"),
}


# ------------------------------------------------------------------------------------- lines


def _example_lines(spec: Spec) -> dict[str, int]:
    """operationId -> 1-based line of its request example in the spec file (best effort)."""
    if spec.path is None:
        return {}
    try:
        root = yaml.compose(spec.path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}
    lines: dict[str, int] = {}
    paths = _child(root, "paths")
    for op in spec.operations.values():
        node = _child(_child(paths, op.path), op.method.lower())
        if node is None:
            continue
        lines[op.operation_id] = node.start_mark.line + 1
        content = _child(_child(node, "requestBody"), "content")
        if isinstance(content, yaml.MappingNode):
            for _, media in content.value:
                example = _child(media, "example") or _child(media, "examples")
                if example is not None:
                    lines[op.operation_id] = example.start_mark.line + 1
    return lines


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value if isinstance(value, yaml.Node) else None
    return None


def _display(path: Path | None) -> str:
    if path is None:
        return "openapi.yaml"
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def check_spec_examples(
    spec: Spec, mock: LiveMock, operation_ids: Collection[str] | None = None
) -> tuple[list[Problem], int]:
    """Problems with the spec's request examples (of ``operation_ids``, default all), and how
    many examples were sent."""
    problems: list[Problem] = []
    lines = _example_lines(spec)
    where = _display(spec.path)
    sent = 0
    for op in spec.operations.values():
        if operation_ids is not None and op.operation_id not in operation_ids:
            continue
        for example in op.request_examples:
            sent += 1
            line = lines.get(op.operation_id, 1)
            message = _run_example(spec, mock, op, example)
            if message is not None:
                problems.append(Problem(where, line, "spec-example", message, op.operation_id))
    return problems, sent


def _run_example(spec: Spec, mock: LiveMock, op: Operation, example: Any) -> str | None:
    mock.reset()
    scenario = Scenario(spec, mock)
    try:
        final = _Final()
        if op.operation_id != SIGNUP:
            _ada_token(scenario)
            recipe = RECIPES.get(op.operation_id)
            if recipe is not None:
                final = recipe(scenario)
    except _StepFailed as exc:
        return f"could not build the state {op.operation_id}'s request example needs: {exc}"
    body = {**scenario.fill(example), **final.body} if isinstance(example, Mapping) else example
    path = {**scenario.path_examples(op), **final.path}
    status, _, answer = scenario.send(op, body, path, scenario.token)
    if status != op.success_status:
        return (
            f"the request example of {op.operation_id} got {answer}, "
            f"not its documented success status {op.success_status}"
        )
    return None
