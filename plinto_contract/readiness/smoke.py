"""The quick profile's smoke: health, the journeys, then every documented operation.

Each `Step` calls one operation with its documented example, overriding only the fields (and
path parameters) whose values the run created: a throwaway user's credentials and tokens, an
organization id, an emailed token. Field names come from the example itself; a value is only
sent where the example has that field.

A step whose inputs are missing (an earlier step failed) still probes its operation with the bare
example and no credentials, so a broken operation shows its 5xx; it is then reported as "not
verified" with the reason, unless the probe itself failed. Inputs missing because of the
environment (no way to read mail, signups not permitted) make the step "skipped" instead.
"""

from __future__ import annotations

import base64
import copy
import json
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus
from typing import Any

import httpx
import pyotp

from contract_tests.coverage import coverage_problems, documented_successes
from contract_tests.targets import Target
from plinto_contract.errors import PlintoContractError
from plinto_contract.readiness.events import CheckOutcome, Event, StepDone
from plinto_contract.readiness.probes import Exchange, Prober
from plinto_contract.readiness.verdict import finding
from plinto_contract.readiness.world import Account, Missing, World
from plinto_contract.spec import Operation, Spec

__all__ = [
    "DISCOVERY",
    "HEALTH_OPERATION",
    "JOURNEY_EMAIL",
    "JOURNEY_SIGN_IN_OUT",
    "OPERATIONS",
    "READY_OPERATION",
    "Expect",
    "Smoke",
    "Step",
]

HEALTH_OPERATION = "get_health"
READY_OPERATION = "get_readiness"

Values = dict[str, Any]
Fill = Callable[[World, Mapping[str, Any]], Values]
Capture = Callable[[World, Any, Values], None]


class Expect(Enum):
    SUCCESS = "success"  # a documented 2xx
    REFUSED = "refused"  # the credentials are refused (401)


@dataclass(frozen=True)
class Step:
    """One call: operation, whose token, what it needs, what to fill, what to keep."""

    operation_id: str
    token: str | None = "a.access"  # world key of the bearer token; None: anonymous
    needs: tuple[str, ...] = ()
    fill: Fill | None = None
    capture: Capture | None = None
    gives: tuple[str, ...] = ()  # keys `capture` sets; recorded as missing when the step fails
    mail: str | None = None  # after success, store the newest token emailed to user "a" here
    forgets: tuple[str, ...] = ()  # keys no longer valid after success
    expect: Expect = Expect.SUCCESS


# -- fills and captures ---------------------------------------------------------------------


def _account(world: World, who: str) -> Account:
    return world.a if who == "a" else world.b


def _signup(who: str) -> Fill:
    def fill(world: World, example: Mapping[str, Any]) -> Values:
        account = _account(world, who)
        return {"email": account.email, "password": account.password, "username": account.username}

    return fill


def _credentials(who: str) -> Fill:
    def fill(world: World, example: Mapping[str, Any]) -> Values:
        account = _account(world, who)
        return {"email": account.email, "password": account.password}

    return fill


def _password_of(who: str) -> Fill:
    def fill(world: World, example: Mapping[str, Any]) -> Values:
        return {"password": _account(world, who).password}

    return fill


def _from_world(**names: str) -> Fill:
    """Fill field/parameter `name` with world value `key`, for each name=key."""

    def fill(world: World, example: Mapping[str, Any]) -> Values:
        return {name: world.get(key) for name, key in names.items()}

    return fill


def _both(*fills: Fill) -> Fill:
    def fill(world: World, example: Mapping[str, Any]) -> Values:
        values: Values = {}
        for part in fills:
            values.update(part(world, example))
        return values

    return fill


def _session(prefix: str) -> Capture:
    """An AuthSession ({user, tokens}): the user id and the token pair."""

    def capture(world: World, body: Any, sent: Values) -> None:
        world.set(f"{prefix}.id", body["user"]["id"])
        _pair(prefix)(world, body["tokens"], sent)

    return capture


def _pair(prefix: str) -> Capture:
    def capture(world: World, body: Any, sent: Values) -> None:
        world.set(f"{prefix}.access", body["access_token"])
        world.set(f"{prefix}.refresh", body["refresh_token"])

    return capture


def _signed_in(prefix: str) -> Capture:
    def capture(world: World, body: Any, sent: Values) -> None:
        _pair(prefix)(world, body["tokens"], sent)

    return capture


def _keep(key: str, field: str) -> Capture:
    def capture(world: World, body: Any, sent: Values) -> None:
        world.set(key, body[field])

    return capture


def _new_password(who: str, field: str) -> tuple[Fill, Capture]:
    """Fill `field` with a fresh password; once accepted it becomes the account's password."""

    def fill(world: World, example: Mapping[str, Any]) -> Values:
        return {field: _account(world, who).new_password()}

    def capture(world: World, body: Any, sent: Values) -> None:
        _account(world, who).password = sent[field]

    return fill, capture


def _other_session(world: World, body: Any, sent: Values) -> None:
    others = [s["id"] for s in body["sessions"] if not s.get("is_current")]
    world.set("session.other", others[0])


def _organization(world: World, body: Any, sent: Values) -> None:
    world.set("org.id", body["id"])
    world.set("org.slug", body["slug"])


def _unique_slug(world: World, example: Mapping[str, Any]) -> Values:
    return {"slug": f"readiness-{secrets.token_hex(4)}"}


def _totp(world: World, example: Mapping[str, Any]) -> Values:
    return {"code": pyotp.TOTP(world.get("mfa.secret")).now()}


def _mfa_on(world: World, body: Any, sent: Values) -> None:
    world.set("mfa.on", True)


def _backup_code(index: int) -> Fill:
    def fill(world: World, example: Mapping[str, Any]) -> Values:
        return {"code": world.get("mfa.backup")[index]}

    return fill


def _mfa_challenge(world: World, body: Any, sent: Values) -> None:
    world.set("mfa.token", body["mfa_token"])


def _enrolment(world: World, body: Any, sent: Values) -> None:
    world.set("mfa.secret", body["secret"])
    world.set("mfa.backup", body["backup_codes"])


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _credential(world: World, example: Mapping[str, Any]) -> Values:
    """The example credential with a new id and our challenge in its clientDataJSON.

    WebAuthn's clientDataJSON is base64url JSON carrying the challenge the server issued.
    """
    credential = copy.deepcopy(example["credential"])
    encoded = credential["response"]["clientDataJSON"]
    client_data = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    client_data["challenge"] = world.get("passkey.challenge")
    credential["response"]["clientDataJSON"] = _b64url(json.dumps(client_data).encode())
    credential["id"] = credential["rawId"] = _b64url(secrets.token_bytes(16))
    return {"credential": credential}


_change_fill, _change_capture = _new_password("a", "new_password")
_reset_fill, _reset_capture = _new_password("a", "new_password")


def _after_reset(world: World, body: Any, sent: Values) -> None:
    _reset_capture(world, body, sent)
    world.drop("a.access")  # a reset revokes every session


# -- the plan -------------------------------------------------------------------------------

# signup -> signin -> me -> refresh -> signout -> me refused. Signup's own session ("a") is kept
# for the operations; the journey signs in a second session ("j") and ends it.
JOURNEY_SIGN_IN_OUT: tuple[Step, ...] = (
    Step("signup", token=None, needs=("permission.signup",), fill=_signup("a"),
         capture=_session("a"), gives=("a.id", "a.access", "a.refresh")),
    Step("signin", token=None, needs=("a.id",), fill=_credentials("a"),
         capture=_signed_in("j"), gives=("j.access", "j.refresh")),
    Step("get_current_user", token="j.access"),
    Step("refresh_tokens", token=None, needs=("j.refresh",),
         fill=_from_world(refresh_token="j.refresh"), capture=_pair("j"),
         gives=("j.access", "j.refresh")),
    Step("signout", token="j.access"),
    Step("get_current_user", token="j.access", expect=Expect.REFUSED),
)  # fmt: skip

# The other probes of the health tag, beside liveness and readiness (run.py judges those two).
DISCOVERY: tuple[Step, ...] = (
    Step("get_openid_configuration", token=None),
    Step("get_jwks", token=None),
)

JOURNEY_EMAIL: tuple[Step, ...] = (
    Step("resend_verification_email", mail="verify.token"),
    Step("verify_email", token=None, needs=("verify.token",),
         fill=_from_world(token="verify.token")),
)  # fmt: skip

_ORG = _from_world(organization_id="org.id")
_MEMBER = _from_world(organization_id="org.id", user_id="b.id")
_WEBHOOK = _from_world(endpoint_id="webhook.id")
_PASSKEY = _from_world(passkey_id="passkey.id")
_SESSION = _from_world(session_id="session.other")

# The steps that delete what the run created; `Smoke.cleanup` reuses them after a broken run.
_DELETE_WEBHOOK = Step(
    "delete_webhook", needs=("webhook.id",), fill=_WEBHOOK, forgets=("webhook.id",)
)
_DELETE_PASSKEY = Step(
    "delete_passkey",
    needs=("passkey.id",),
    fill=_both(_PASSKEY, _password_of("a")),
    forgets=("passkey.id",),
)
_DELETE_ORGANIZATION = Step(
    "delete_organization", needs=("org.id",), fill=_ORG, forgets=("org.id",)
)
_DELETE_B = Step(
    "delete_my_account", token="b.access", fill=_password_of("b"), forgets=("b.access", "b.id")
)
_DELETE_A = Step("delete_my_account", fill=_password_of("a"), forgets=("a.access", "a.id"))

OPERATIONS: tuple[Step, ...] = (
    Step("list_oauth_providers", token=None),
    Step("list_mfa_methods", token=None),
    Step("get_passkey_availability", token=None),
    Step("get_my_profile"),
    Step("update_my_profile"),
    Step("list_users"),
    Step("get_user", needs=("a.id",), fill=_from_world(user_id="a.id")),
    # sessions: sign in once more, so there is another session to look at and revoke
    Step("signin", token=None, needs=("a.id",), fill=_credentials("a"),
         capture=_signed_in("spare"), gives=("spare.access",)),
    Step("list_sessions", capture=_other_session, gives=("session.other",)),
    Step("get_session", needs=("session.other",), fill=_SESSION),
    Step("revoke_session", needs=("session.other",), fill=_SESSION, forgets=("session.other",)),
    # organizations, members and invitations (user "b" is the member / invitee)
    Step("create_organization", fill=_unique_slug, capture=_organization,
         gives=("org.id", "org.slug")),
    Step("list_organizations"),
    Step("get_organization_by_slug", needs=("org.slug",), fill=_from_world(slug="org.slug")),
    Step("get_organization", needs=("org.id",), fill=_ORG),
    Step("update_organization", needs=("org.id",), fill=_ORG),
    Step("signup", token=None, needs=("permission.signup",), fill=_signup("b"),
         capture=_session("b"), gives=("b.id", "b.access")),
    Step("add_member", needs=("org.id", "b.id"),
         fill=_both(_ORG, _from_world(user_id="b.id"))),
    Step("list_members", needs=("org.id",), fill=_ORG),
    Step("change_member_role", needs=("org.id", "b.id"), fill=_MEMBER),
    Step("remove_member", needs=("org.id", "b.id"), fill=_MEMBER),
    Step("create_invitation", needs=("org.id", "b.id"),
         fill=lambda world, example: {"organization_id": world.get("org.id"),
                                      "email": world.b.email},
         capture=_keep("invitation.token", "token"), gives=("invitation.token",)),
    Step("accept_invitation", token="b.access", needs=("org.id", "invitation.token"),
         fill=_from_world(organization_id="org.id", token="invitation.token")),
    # webhooks
    Step("create_webhook", capture=_keep("webhook.id", "id"), gives=("webhook.id",)),
    Step("list_webhooks"),
    Step("list_webhook_event_types"),
    Step("get_webhook", needs=("webhook.id",), fill=_WEBHOOK),
    Step("update_webhook", needs=("webhook.id",), fill=_WEBHOOK),
    Step("regenerate_webhook_secret", needs=("webhook.id",), fill=_WEBHOOK),
    _DELETE_WEBHOOK,
    # passkeys
    Step("create_passkey_registration_options", capture=_keep("passkey.challenge", "challenge"),
         gives=("passkey.challenge",)),
    Step("verify_passkey_registration", needs=("passkey.challenge",), fill=_credential,
         capture=_keep("passkey.id", "id"), gives=("passkey.id",)),
    Step("list_passkeys"),
    Step("rename_passkey", needs=("passkey.id",), fill=_PASSKEY),
    _DELETE_PASSKEY,
    # MFA: enrol, confirm, new backup codes, the sign-in challenge, then off again
    Step("get_mfa_status"),
    Step("enable_mfa", fill=_password_of("a"), capture=_enrolment,
         gives=("mfa.secret", "mfa.backup")),
    Step("verify_mfa", needs=("mfa.secret",), fill=_totp, capture=_mfa_on, gives=("mfa.on",)),
    Step("regenerate_backup_codes", needs=("mfa.on",), fill=_password_of("a"),
         capture=_keep("mfa.backup", "backup_codes"), gives=("mfa.backup",)),
    Step("signin", token=None, needs=("mfa.on",), fill=_credentials("a"),
         capture=_mfa_challenge, gives=("mfa.token",)),
    Step("complete_mfa_signin", token=None, needs=("mfa.token", "mfa.backup"),
         fill=_both(_from_world(mfa_token="mfa.token"), _backup_code(0))),
    Step("disable_mfa", needs=("mfa.on", "mfa.backup"),
         fill=_both(_password_of("a"), _backup_code(1))),
    # magic link
    Step("send_magic_link", token=None, fill=lambda world, example: {"email": world.a.email},
         mail="magic.token"),
    Step("verify_magic_link", token=None, needs=("magic.token",),
         fill=_from_world(token="magic.token")),
    Step("revoke_other_sessions"),
    # passwords (the last ones: a reset revokes every session, so sign in again after it)
    Step("change_password",
         fill=_both(lambda world, example: {"current_password": world.a.password}, _change_fill),
         capture=_change_capture),
    Step("forgot_password", token=None, fill=lambda world, example: {"email": world.a.email},
         mail="reset.token"),
    Step("reset_password", token=None, needs=("reset.token",),
         fill=_both(_from_world(token="reset.token"), _reset_fill), capture=_after_reset),
    Step("signin", token=None, needs=("a.id",), fill=_credentials("a"),
         capture=_signed_in("a"), gives=("a.access",)),
    # clean up what the run created (these are documented operations too)
    _DELETE_ORGANIZATION,
    _DELETE_B,
    _DELETE_A,
)  # fmt: skip

# What a run that stops half-way leaves behind (by world key), and the step that removes it.
_CLEANUP: tuple[tuple[str, Step], ...] = (
    ("webhook.id", _DELETE_WEBHOOK),
    ("passkey.id", _DELETE_PASSKEY),
    ("org.id", _DELETE_ORGANIZATION),
    ("b.id", _DELETE_B),
    ("a.id", _DELETE_A),
)


# -- running the plan -----------------------------------------------------------------------


def _fill(example: Any, values: Mapping[str, Any]) -> Any:
    """The example with each of its top-level fields that `values` names replaced."""
    if not isinstance(example, Mapping):
        return example
    return {key: values.get(key, value) for key, value in example.items()}


def _parameter_examples(spec: Spec, operation: Operation) -> dict[str, Any]:
    """The documented example of each path parameter (for probing without created state)."""
    item = spec.resolve(spec.document["paths"][operation.path])
    nodes = [*item.get("parameters", []), *item[operation.method.lower()].get("parameters", [])]
    examples: dict[str, Any] = {}
    for node in nodes:
        param = spec.resolve(node)
        if param.get("in") != "path":
            continue
        schema = spec.resolve(param.get("schema", {}))
        candidates = [
            *([param["example"]] if "example" in param else []),
            *(spec.resolve(e).get("value") for e in param.get("examples", {}).values()),
            *schema.get("examples", []),
        ]
        if candidates:
            examples[param["name"]] = candidates[0]
    return examples


class Smoke:
    """Runs steps against one target, remembering what each operation needed and got."""

    def __init__(self, spec: Spec, prober: Prober, target: Target, world: World) -> None:
        self.spec = spec
        self.prober = prober
        self.target = target
        self.world = world
        self.blocked: dict[str, Missing] = {}  # why each blocked operation could not run
        self._examples: dict[str, dict[str, Any]] = {}  # path parameter examples by operation

    def allow_signups(self, allowed: bool, reason: str) -> None:
        if allowed:
            self.world.set("permission.signup", True)
        else:
            self.world.fail(["permission.signup"], reason, environmental=True)

    # -- one step ------------------------------------------------------------------------------

    def _missing(self, step: Step) -> Missing | None:
        return self.world.missing([*([step.token] if step.token else []), *step.needs])

    def _parameter_examples(self, operation: Operation) -> dict[str, Any]:
        if operation.operation_id not in self._examples:
            self._examples[operation.operation_id] = _parameter_examples(self.spec, operation)
        return self._examples[operation.operation_id]

    def _request(self, step: Step) -> tuple[dict[str, Any], Values]:
        """Prober.call() arguments for a step whose inputs are all there, and the filled values."""
        operation = self.spec.operations[step.operation_id]
        example = operation.request_examples[0] if operation.request_examples else {}
        values = step.fill(self.world, example) if step.fill else {}
        parameters = {**self._parameter_examples(operation), **values}
        path = {p.name for p in operation.parameters if p.location == "path"}
        request = {
            "body": _fill(example, values) if operation.request_examples else None,
            "path_parameters": {k: v for k, v in parameters.items() if k in path},
            "token": self.world.get(step.token) if step.token else None,
        }
        return request, values

    def run(self, step: Step) -> Exchange | None:
        """Run one step; None when it was skipped for a reason of the environment."""
        operation = self.spec.operations[step.operation_id]
        produced = (*step.gives, *((step.mail,) if step.mail else ()))
        blocked = self._missing(step)
        if blocked is not None:
            self.blocked.setdefault(step.operation_id, blocked)
            self.world.fail(produced, blocked.reason, environmental=blocked.environmental)
            parameters = self._parameter_examples(operation)
            required = {p.name for p in operation.parameters if p.location == "path"}
            if blocked.environmental or not required <= set(parameters):
                return None  # nothing to probe with (no example for a path parameter)
            # Probe the bare example without credentials: a broken operation still shows.
            return self.prober.call(
                step.operation_id,
                body=operation.request_examples[0] if operation.request_examples else None,
                path_parameters=parameters,
            )
        request, values = self._request(step)
        exchange = self.prober.call(step.operation_id, **request)
        if step.expect is Expect.REFUSED or not exchange.succeeded:
            why = f"{step.operation_id} answered {exchange.status or 'nothing'}"
            self.world.fail(produced, why)
            return exchange
        if step.capture is not None:
            try:
                step.capture(self.world, exchange.body, values)
            except (KeyError, IndexError, TypeError) as exc:
                self.world.fail(step.gives, f"{step.operation_id}: no {exc} in its answer")
        for key in step.forgets:
            self.world.drop(key)
        if step.mail:
            self._read_mail(step)
        return exchange

    def _read_mail(self, step: Step) -> None:
        assert step.mail is not None
        address = self.world.a.email
        try:
            messages = self.target.mail_to(address) if self.target.can_read_mail else None
        except (PlintoContractError, OSError, httpx.HTTPError) as exc:  # incl. MailUnavailable
            messages, why = None, str(exc)
        else:
            why = "the target's mail cannot be read (set PLINTO_MAIL_HOOK=module:function)"
        if messages is None:
            self.world.fail([step.mail], why, environmental=True)
            return
        tokens = [m.get("token") for m in messages if m.get("token")]
        if tokens:
            self.world.set(step.mail, tokens[-1])
        else:
            self.world.fail([step.mail], f"{step.operation_id} sent no email")

    # -- judgements ----------------------------------------------------------------------------

    def journey(
        self, check: str, steps: tuple[Step, ...], phase: str, *, skip_check: str
    ) -> Iterator[Event]:
        """Run a journey; one outcome for `check`, failing at the first step that went wrong.

        A journey the environment does not allow is one `skip_check` finding instead.
        """
        failure: tuple[Step, Exchange | None, str] | None = None
        skipped: str | None = None
        for step in steps:
            exchange = self.run(step)
            yield from self.prober.drain()
            yield StepDone(phase, step.operation_id)
            if failure is not None or skipped is not None:
                continue
            blocked = self.blocked.get(step.operation_id)
            if exchange is None:
                skipped = blocked.reason if blocked else "skipped"
            elif blocked is not None and exchange.status is not None and exchange.status < 500:
                failure = (step, exchange, f"{step.operation_id} could not run: {blocked.reason}")
            elif step.expect is Expect.REFUSED and exchange.status != HTTPStatus.UNAUTHORIZED:
                failure = (
                    step,
                    exchange,
                    f"{step.operation_id} still accepts the token after the journey ended it "
                    f"(answered {exchange.status})",
                )
            elif step.expect is Expect.SUCCESS and not exchange.succeeded:
                failure = (step, exchange, f"{step.operation_id} answered {exchange.status}")
        if skipped is not None:
            yield CheckOutcome(
                skip_check, None, finding(skip_check, f"{check} not run: {skipped}", skipped)
            )
            return
        if failure is None:
            yield CheckOutcome(check)
            return
        step, exchange, title = failure
        chain = " -> ".join(s.operation_id for s in steps)
        yield CheckOutcome(
            check,
            None,
            finding(
                check,
                title,
                f"Journey {chain} failed at {step.operation_id}: {title}.",
                evidence=exchange.evidence if exchange else None,
            ),
        )

    def steps(self, steps: tuple[Step, ...], phase: str) -> Iterator[Event]:
        for step in steps:
            self.run(step)
            yield from self.prober.drain()
            yield StepDone(phase, step.operation_id)

    def cleanup(self) -> None:
        """Delete what a run that stopped half-way left behind; unjudged, best effort."""
        for key, step in _CLEANUP:
            if not self.world.has(key) or self._missing(step) is not None:
                continue
            request, _ = self._request(step)
            if self.prober.call(step.operation_id, judge=False, **request).succeeded:
                self.world.drop(key)

    def operation_outcomes(self, skip: frozenset[str]) -> Iterator[CheckOutcome]:
        """Per documented operation: did it ever answer a documented 2xx?"""
        tally = self.prober.tally
        for operation_id, operation in self.spec.operations.items():
            if operation_id in skip:
                continue
            seen = tally.statuses(operation_id)
            if documented_successes(operation) & set(seen):
                yield CheckOutcome("operation_succeeds", operation_id)
                continue
            blocked = self.blocked.get(operation_id)
            last = self.prober.last.get(operation_id)
            evidence = last.evidence if last else None
            server_error = any(status >= 500 for status in seen)
            if seen and set(seen) == {HTTPStatus.TOO_MANY_REQUESTS}:
                check, title = "operation_rate_limited", "only answered 429 (rate limited)"
                message = f"{operation_id} could not be verified: every call was rate limited."
            elif blocked is not None and not server_error:
                check = "operation_skipped" if blocked.environmental else "operation_verified"
                title = f"not verified: {blocked.reason}"
                message = f"{operation_id} ({operation.method} {operation.path}) {title}."
            else:
                check = "operation_succeeds"
                problems = coverage_problems(self.spec, tally, [operation_id])
                title = "never answered its documented success"
                message = problems[0] if problems else title
            yield CheckOutcome(
                check,
                operation_id,
                finding(check, title, message, operation_id=operation_id, tag=operation.tag,
                        evidence=evidence),
            )  # fmt: skip
