"""A readiness run: target in, a stream of events (progress, calls, check outcomes) out.

Phases, in order: the spec; TLS (https targets and each --domain); health and readiness; the
journeys; every documented operation (quick); then latency, error rate and, with the full
profile, the contract suite's fuzzing and stateful phases. `verdict.assess()` turns the stream
into the verdict; the CLI and report writers never look inside a phase.

Raises the TargetError tree when the target cannot be talked to at all (first call), and
SpecError when the spec cannot be read: the CLI turns both into one line and exit 2.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import httpx

from contract_tests.checks import (
    cors_preflight_allowed,
    cors_preflight_refused,
    readiness_reflects_auth,
)
from contract_tests.targets import Target, TargetConfig
from plinto_contract.errors import TargetError, UsageError
from plinto_contract.findings import Evidence
from plinto_contract.readiness.contract import contract_phase
from plinto_contract.readiness.events import (
    CallMeasured,
    CheckOutcome,
    Event,
    PhaseStarted,
    RunFinished,
    StepDone,
)
from plinto_contract.readiness.measure import latency_by_operation
from plinto_contract.readiness.probes import Exchange, Prober
from plinto_contract.readiness.smoke import (
    DISCOVERY,
    HEALTH_OPERATION,
    JOURNEY_EMAIL,
    JOURNEY_SIGN_IN_OUT,
    OPERATIONS,
    READY_OPERATION,
    Smoke,
)
from plinto_contract.readiness.tls import inspect_tls, tls_outcomes
from plinto_contract.readiness.verdict import finding
from plinto_contract.readiness.world import World
from plinto_contract.spec import DEFAULT_SPEC_PATH, Spec, load_spec
from plinto_contract.spec.lint import lint

__all__ = ["Options", "Profile", "run"]

Profile = Literal["quick", "full"]

# Areas that only the calls to the target fill; left unassessed when it is not Plinto.
_SMOKE_AREAS = ("auth", "operations", "performance", "reliability", "security")


@dataclass(frozen=True)
class Options:
    """What to check and against which limits."""

    base_url: str
    profile: Profile = "quick"
    budget_ms: float = 500.0
    max_error_rate: float = 0.01
    domains: tuple[str, ...] = ()
    ca_file: Path | None = None
    insecure: bool = False
    timeout_s: float = 10.0
    spec_path: Path = field(default=DEFAULT_SPEC_PATH)


def _host_port(domain: str) -> tuple[str, int]:
    host, sep, port = domain.rpartition(":")
    if sep and port.isdigit() and host and "]" not in port:
        return host.strip("[]"), int(port)
    return domain, 443


class _Run:
    """The state one run shares between its phases."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.spec: Spec = load_spec(options.spec_path)
        self.target = Target(TargetConfig.from_env(base_url=options.base_url), spec=self.spec)
        self.notes: dict[str, str] = {}
        self.verify: bool | str = (
            False if options.insecure else str(options.ca_file) if options.ca_file else True
        )
        self.calls: list[CallMeasured] = []

    # -- spec ----------------------------------------------------------------------------------

    def spec_phase(self) -> Iterator[Event]:
        yield PhaseStarted("spec", 1)
        yield CheckOutcome("spec_valid")  # load_spec() validated it, or the run stopped
        problems = lint(self.spec.document)
        for problem in problems:
            yield CheckOutcome(
                "spec_lint_clean",
                None,
                finding("spec_lint_clean", f"lint: {problem.rule}", str(problem)),
            )
        if not problems:
            yield CheckOutcome("spec_lint_clean")
        yield StepDone("spec", self.spec.path.name if self.spec.path else "spec")

    # -- TLS -----------------------------------------------------------------------------------

    def tls_phase(self) -> Iterator[Event]:
        url = urlsplit(self.target.base_url)
        hosts: list[tuple[str, int, bool]] = []
        if url.scheme == "https" and url.hostname:
            hosts.append((url.hostname, url.port or 443, True))
        hosts += [(*_host_port(domain), False) for domain in self.options.domains]
        if not hosts:
            self.notes["tls"] = "http target and no --domain"
            return
        yield PhaseStarted("tls", len(hosts))
        health_path = self.spec.operations[HEALTH_OPERATION].path
        for host, port, is_target in hosts:
            try:
                report = inspect_tls(
                    host,
                    port,
                    ca_file=self.options.ca_file,
                    timeout=self.options.timeout_s,
                    hsts_path=health_path if is_target else "/",
                )
            except TargetError as exc:
                if is_target:
                    raise
                evidence = Evidence(method="TLS", url=f"https://{host}:{port}/")
                yield CheckOutcome(
                    "tls_handshake",
                    None,
                    finding("tls_handshake", f"{host}: no TLS", str(exc), evidence=evidence),
                )
            else:
                yield CheckOutcome("tls_handshake")
                yield from tls_outcomes(report)
                broken = report.chain_error is not None or not report.hostname_matched
                if is_target and broken and self.verify is not False:
                    # Judge the API anyway; the TLS findings already say what is wrong.
                    self.verify = False
                    self.notes["tls"] = "API probes ran without certificate verification"
            yield StepDone("tls", f"{host}:{port}")

    # -- health, journeys, operations ----------------------------------------------------------

    def _first_call(self, prober: Prober) -> Exchange:
        """Unjudged: a server that is not Plinto is reported as such, not as 20 findings."""
        health = prober.call(HEALTH_OPERATION, judge=False)
        if health.error is not None:
            raise health.error
        return health

    def _looks_like_plinto(self, exchange: Exchange) -> bool:
        documented = exchange.operation.responses.get(str(exchange.status))
        if documented is None or documented.schema is None:
            return False
        return bool(self.spec.validator(documented.schema).is_valid(exchange.body))

    def _availability(
        self, health: Exchange, ready: Exchange, auth_down: bool | None
    ) -> Iterator[CheckOutcome]:
        """Liveness, readiness, and a "not ready" that the auth journey contradicts.

        Auth is "down" when the journey failed on a 5xx or no answer; a journey that fails on a
        wrong answer (a token that outlives signout) is a defect, not an outage. The opposite
        lie, "ready" while auth is down, is contract_tests' `readiness_reflects_auth` check
        (see `protocol_phase`).
        """

        def outcome(
            check: str, failed: bool, title: str, message: str, ev: Exchange
        ) -> CheckOutcome:
            if not failed:
                return CheckOutcome(check)
            item = finding(check, title, message, operation_id=ev.operation.operation_id,
                           tag=ev.operation.tag, evidence=ev.evidence)  # fmt: skip
            return CheckOutcome(check, ev.operation.operation_id, item)

        yield outcome(
            "health_is_up",
            not health.succeeded,
            f"liveness probe answered {health.status}",
            f"{health.operation.path} answered {health.status}, not its documented success.",
            health,
        )
        says_ready = ready.succeeded
        says_not_ready = ready.status == HTTPStatus.SERVICE_UNAVAILABLE
        yield outcome(
            "ready_answers",
            not (says_ready or says_not_ready),
            f"readiness probe answered {ready.status}",
            f"{ready.operation.path} answered {ready.status}; it must say 200 (ready) or 503.",
            ready,
        )
        probes = f"health {health.status}, ready {ready.status}"
        if auth_down is None:
            self.notes["availability"] = f"{probes}; auth journey not run, agreement unknown"
            return
        agrees = (says_ready and not auth_down) or (says_not_ready and auth_down)
        journey = "down" if auth_down else "working"
        self.notes["availability"] = (
            f"{probes}; {'agrees' if agrees else 'disagrees'} with the auth journey ({journey})"
        )
        yield outcome(
            "ready_reports_ready",
            says_not_ready and not auth_down,
            "not ready although auth works",
            f"{ready.operation.path} answered {ready.status} while the auth journey got answers.",
            ready,
        )

    def smoke_phases(self) -> Iterator[Event]:
        prober = Prober(self.spec, self.target, timeout=self.options.timeout_s, verify=self.verify)
        smoke = Smoke(
            self.spec, prober, self.target, World(domain=self.target.config.throwaway_domain)
        )
        config = self.target.config
        smoke.allow_signups(
            config.signups_allowed,
            f"throwaway signups are not permitted on {self.target.base_url} "
            "(set PLINTO_TEST_EMAIL_DOMAIN)",
        )
        try:
            yield PhaseStarted("health", 2 + len(DISCOVERY))
            identity = self._first_call(prober)
            if not self._looks_like_plinto(identity):
                yield CheckOutcome(
                    "target_is_plinto",
                    HEALTH_OPERATION,
                    finding(
                        "target_is_plinto",
                        f"{identity.operation.path} does not answer like Plinto",
                        f"{identity.evidence.url} answered {identity.status} with a body that is "
                        "not the documented health document; is this a Plinto API? "
                        "The other checks were not run.",
                        operation_id=HEALTH_OPERATION,
                        evidence=identity.evidence,
                    ),
                )
                self.notes.update(dict.fromkeys(_SMOKE_AREAS, "not run: the target is not Plinto"))
                return
            yield CheckOutcome("target_is_plinto", HEALTH_OPERATION)
            health = prober.call(HEALTH_OPERATION)  # now judged like every other call
            yield from prober.drain()
            yield StepDone("health", HEALTH_OPERATION)
            # Its 503 is how it says "not ready": judged against the journey, not as a 5xx.
            ready = prober.call(READY_OPERATION, skip_checks=frozenset({"not_a_server_error"}))
            yield from prober.drain()
            yield StepDone("health", READY_OPERATION)
            yield from smoke.steps(DISCOVERY, "health")

            yield PhaseStarted("journeys", len(JOURNEY_SIGN_IN_OUT) + len(JOURNEY_EMAIL))
            auth_down: bool | None = None
            for event in smoke.journey(
                "journey_sign_in_out", JOURNEY_SIGN_IN_OUT, "journeys",
                skip_check="journeys_permitted",
            ):  # fmt: skip
                if isinstance(event, CheckOutcome) and event.check == "journey_sign_in_out":
                    failed = event.finding
                    status = failed.evidence.status if failed and failed.evidence else None
                    auth_down = failed is not None and (status is None or status >= 500)
                yield event
            yield from smoke.journey(
                "journey_email_verification",
                JOURNEY_EMAIL,
                "journeys",
                skip_check="journey_skipped",
            )
            yield from self._availability(health, ready, auth_down)

            yield PhaseStarted("operations", len(OPERATIONS))
            yield from smoke.steps(OPERATIONS, "operations")
            yield from self.protocol_phase(ready)
        finally:
            smoke.cleanup()
            prober.close()
        # The readiness probe's 503 is judged above, by whether it agrees with the journey.
        yield from smoke.operation_outcomes(skip=frozenset({READY_OPERATION}))
        yield from self.measurements()

    # -- checks that make requests of their own (contract_tests.checks) ---------------------

    def protocol_phase(self, ready: Exchange) -> Iterator[Event]:
        """Is /ready lying about auth, and does CORS grant the allowed origin and only it?"""
        config = self.target.config
        # A browser's first authenticated call: a secured GET without parameters.
        operation = next(
            op
            for op in self.spec.operations.values()
            if op.method == "GET" and op.secured and not op.parameters
        )
        url = f"{self.target.base_url}{operation.path}"
        checks: list[tuple[str, Callable[[httpx.Client], list[str]], Evidence]] = [
            (
                "readiness_reflects_auth",
                lambda client: readiness_reflects_auth(client, self.spec),
                ready.evidence,
            ),
            (
                "cors_preflight_allowed",
                lambda client: cors_preflight_allowed(client, operation, config.cors_origin),
                Evidence(method="OPTIONS", url=url, body_excerpt=f"Origin: {config.cors_origin}"),
            ),
            (
                "cors_preflight_refused",
                lambda client: cors_preflight_refused(client, operation, config.refused_origin),
                Evidence(
                    method="OPTIONS", url=url, body_excerpt=f"Origin: {config.refused_origin}"
                ),
            ),
        ]
        yield PhaseStarted("protocol", len(checks))
        with self.target.client("readiness", check=False) as client:
            for check, run_check, evidence in checks:
                try:
                    problems = run_check(client)
                except httpx.HTTPError as exc:
                    # Transport trouble is the reliability area's; this check just did not run.
                    self.notes.setdefault("security", f"{check} not run: {exc}")
                    continue
                yield CheckOutcome(
                    check,
                    None,
                    finding(check, problems[0], "; ".join(problems), evidence=evidence)
                    if problems
                    else None,
                )
                yield StepDone("protocol", check)

    # -- latency and error rate ----------------------------------------------------------------

    def measurements(self) -> Iterator[CheckOutcome]:
        budget = self.options.budget_ms
        for stats in latency_by_operation(self.calls):
            figures = (
                f"{stats.operation_id}: p50 {stats.p50_ms:.0f} ms, p95 {stats.p95_ms:.0f} ms, "
                f"p99 {stats.p99_ms:.0f} ms over {stats.samples} calls (budget {budget:g} ms)"
            )
            for check, value, label in (
                ("latency_p95_within_budget", stats.p95_ms, "p95"),
                ("latency_p99_within_budget", stats.p99_ms, "p99"),
            ):
                failed = value > budget and (label == "p95" or stats.p95_ms <= budget)
                yield CheckOutcome(
                    check,
                    stats.operation_id,
                    finding(
                        check,
                        f"{label} {value:.0f} ms is over the {budget:g} ms budget",
                        figures,
                        operation_id=stats.operation_id,
                    )
                    if failed
                    else None,
                )
        total = len(self.calls)
        failed_calls = [c for c in self.calls if c.failed]
        rate = len(failed_calls) / total if total else 0.0
        worst = sorted({c.operation_id for c in failed_calls})
        yield CheckOutcome(
            "error_rate_within_max",
            None,
            finding(
                "error_rate_within_max",
                f"error rate {rate:.1%} is over the {self.options.max_error_rate:.1%} maximum",
                f"{len(failed_calls)} of {total} calls failed (5xx or no response), in: "
                + ", ".join(worst),
            )
            if total and rate > self.options.max_error_rate
            else None,
        )

    # -- everything ----------------------------------------------------------------------------

    def events(self) -> Iterator[Event]:
        started = time.monotonic()
        phases = [self.spec_phase(), self.tls_phase(), self.smoke_phases()]
        if self.options.profile == "full":
            phases.append(contract_phase(self.target.base_url))
        else:
            self.notes["contract"] = "quick profile; fuzzing and stateful walks need --profile full"
        for phase in phases:
            for event in phase:
                if isinstance(event, CallMeasured):
                    self.calls.append(event)
                yield event
        yield RunFinished(duration_s=time.monotonic() - started, area_notes=dict(self.notes))


def run(options: Options) -> Iterator[Event]:
    """Check one target; yields the run's events, ending with RunFinished."""
    if options.budget_ms <= 0 or not 0 <= options.max_error_rate <= 1:
        raise UsageError("the budget must be positive and the error rate between 0 and 1")
    return _Run(options).events()
