"""Severity rules, areas, and the GO / NO-GO verdict: the readiness policy in one place.

`RULES` is the table the README documents: for each check, the area it belongs to, how bad a
failure is, and what to do about it. `finding()` is the only way readiness code builds a Finding,
so no severity is decided anywhere else. `assess()` folds a run's events into an `Assessment`.

GO needs every assessed area free of CRITICAL and HIGH findings; MEDIUM and LOW are warnings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from types import MappingProxyType

from plinto_contract.findings import Evidence, Finding, Severity
from plinto_contract.readiness.events import CallMeasured, CheckOutcome, Event, RunFinished
from plinto_contract.readiness.measure import LatencyStats, latency_by_operation

__all__ = [
    "AREAS",
    "AUTH_TAG",
    "BLOCKING",
    "RULES",
    "Area",
    "AreaReport",
    "AreaStatus",
    "Assessment",
    "Rule",
    "Verdict",
    "area_of",
    "assess",
    "finding",
    "rule_for",
]

# Operations with this tag are the product: a 5xx on one of them is critical, not high.
AUTH_TAG = "auth"
# Severities that block a launch.
BLOCKING = frozenset({Severity.CRITICAL, Severity.HIGH})


@dataclass(frozen=True)
class Area:
    """One row of the status table."""

    key: str
    title: str
    measures: str


AREAS: tuple[Area, ...] = (
    Area("spec", "Spec", "openapi.yaml is valid OpenAPI 3.1 and lint-clean"),
    Area(
        "availability",
        "Health & readiness",
        "/health answers; /ready answers and agrees with the auth journey",
    ),
    Area(
        "auth",
        "Auth journeys",
        "signup -> signin -> me -> refresh -> signout, and email verification",
    ),
    Area(
        "operations",
        "Documented operations",
        "each operation answers a documented status, schema-conformant body, content type, headers",
    ),
    Area("performance", "Latency", "p50/p95/p99 per operation against the budget"),
    Area("reliability", "Error rate", "5xx and transport errors over all calls, against the max"),
    Area(
        "security",
        "Security headers, CORS, rate limits",
        "security, request-id, auth-challenge and rate-limit headers on every response; CORS",
    ),
    Area("tls", "TLS", "chain, hostname, expiry, protocol version and HSTS"),
    Area("contract", "Contract suite", "fuzzing and stateful phases (full profile)"),
)
_AREAS_BY_KEY = {area.key: area for area in AREAS}


@dataclass(frozen=True)
class Rule:
    """How a failed check is judged: its area, severity, and the action that fixes it."""

    check: str
    area: str
    severity: Severity
    when: str
    action: str
    # Severity when the operation carries AUTH_TAG (the seed outage was "every auth call 500s").
    auth_severity: Severity | None = None


_C, _H, _M, _L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW

RULES: tuple[Rule, ...] = (
    # -- spec
    Rule(
        "spec_valid",
        "spec",
        _C,
        "openapi.yaml is not valid OpenAPI 3.1 (the run stops with exit 2)",
        "Fix openapi.yaml.",
    ),
    Rule("spec_lint_clean", "spec", _M, "openapi.yaml breaks a lint rule", "Fix the lint problem."),
    # -- availability
    Rule(
        "target_is_plinto",
        "availability",
        _C,
        "the health operation does not answer like Plinto (wrong status, body or content type)",
        "Point --base-url at a Plinto API deployment (the origin that serves /health).",
    ),
    Rule(
        "health_is_up",
        "availability",
        _C,
        "the liveness probe does not answer its documented success",
        "Restore the liveness endpoint; orchestrators restart or drop the service without it.",
    ),
    Rule(
        "ready_answers",
        "availability",
        _C,
        "the readiness probe answers neither its documented 200 nor 503",
        "Restore the readiness endpoint; load balancers route by it.",
    ),
    Rule(
        "readiness_reflects_auth",
        "availability",
        _C,
        "the readiness probe says ready while sign-in answers 5xx ('ready but auth is down')",
        "Make /ready run an end-to-end auth self-check and answer 503 when it fails.",
    ),
    Rule(
        "ready_reports_ready",
        "availability",
        _H,
        "the readiness probe says not ready although the auth journey works",
        "Fix the failing readiness check; a false 503 takes healthy instances out of rotation.",
    ),
    # -- auth journeys
    Rule(
        "journey_sign_in_out",
        "auth",
        _C,
        "a step of signup -> signin -> me -> refresh -> signout (-> token refused) fails",
        "Fix the failing auth step; users cannot sign up or sign in.",
    ),
    Rule(
        "journey_email_verification",
        "auth",
        _H,
        "resend verification -> emailed token -> verify email fails",
        "Fix email verification (token delivery or the verify operation).",
    ),
    Rule(
        "journeys_permitted",
        "auth",
        _H,
        "the journeys could not run: throwaway signups are not permitted on the target",
        "Set PLINTO_TEST_EMAIL_DOMAIN to a domain whose throwaway accounts may be created.",
    ),
    Rule(
        "journey_skipped",
        "auth",
        _L,
        "a journey needs mail the target does not let us read",
        "Set PLINTO_MAIL_HOOK=module:function to read the target's mail.",
    ),
    # -- operations
    Rule(
        "operation_succeeds",
        "operations",
        _C,
        "a documented operation never answered its documented success status",
        "Make the operation work as documented, or take it out of the contract.",
    ),
    Rule(
        "operation_verified",
        "operations",
        _H,
        "an operation could not be exercised because the state it needs could not be created",
        "Fix the operation that creates the prerequisite state, then re-run.",
    ),
    Rule(
        "operation_skipped",
        "operations",
        _L,
        "an operation needs something the target does not offer to us (mail, signups)",
        "Give the check mail access (PLINTO_MAIL_HOOK) or signup permission.",
    ),
    Rule(
        "operation_rate_limited",
        "operations",
        _M,
        "every call of an operation was rate limited (429), so it is not verified",
        "Re-run after the rate-limit window, or from a client with its own budget.",
    ),
    Rule(
        "not_a_server_error",
        "operations",
        _H,
        "an operation answered 5xx",
        "Find the exception behind the 5xx (the request id is in the evidence) and fix it.",
        auth_severity=_C,
    ),
    Rule(
        "status_code_conformance",
        "operations",
        _H,
        "an operation answered a status its contract does not document",
        "Answer a documented status, or document the status in openapi.yaml.",
    ),
    Rule(
        "response_schema_conformance",
        "operations",
        _H,
        "a response body does not match its schema (missing, extra or mistyped fields)",
        "Make the body match the documented schema; generated clients reject it.",
    ),
    Rule(
        "content_type_conformance",
        "operations",
        _H,
        "a response carries an undocumented Content-Type",
        "Send the documented media type.",
    ),
    Rule(
        "response_headers_conformance",
        "operations",
        _M,
        "a documented response header is missing or malformed",
        "Send every header the contract documents for the response.",
    ),
    Rule(
        "json_content_type",
        "operations",
        _H,
        "a response body is not JSON of the documented media type",
        "Send JSON with the documented Content-Type.",
    ),
    # -- security (protocol checks of contract_tests.checks)
    Rule(
        "security_headers_present",
        "security",
        _H,
        "a response lacks a security header (HSTS, CSP, X-Frame-Options, ...) or has a bad value",
        "Add the security headers to every response, errors included (CONTRACT.md 9).",
    ),
    Rule(
        "request_id_header_present",
        "security",
        _M,
        "a response has no valid X-Request-ID",
        "Send X-Request-ID on every response, so support can trace a call.",
    ),
    Rule(
        "request_id_matches_header",
        "security",
        _M,
        "an error body's request_id differs from the X-Request-ID header",
        "Put the same request id in the header and the error body.",
    ),
    Rule(
        "www_authenticate_on_401",
        "security",
        _M,
        "a 401 has no WWW-Authenticate: Bearer",
        "Send WWW-Authenticate: Bearer with every 401.",
    ),
    Rule(
        "cors_preflight_allowed",
        "security",
        _H,
        "a CORS preflight from an allowed origin is refused, or X-Request-ID/X-RateLimit-* "
        "are not exposed to it",
        "Fix the CORS configuration; browser apps cannot call the API.",
    ),
    Rule(
        "cors_preflight_refused",
        "security",
        _H,
        "a CORS preflight from an origin that is not allowed is granted",
        "Allow only the configured origins.",
    ),
    Rule(
        "rate_limit_headers_present",
        "security",
        _M,
        "a rate-limited operation's response lacks the X-RateLimit-* headers (or Retry-After)",
        "Send X-RateLimit-Limit/Remaining/Reset on every rate-limited response.",
    ),
    # -- performance / reliability
    Rule(
        "latency_p95_within_budget",
        "performance",
        _H,
        "an operation's p95 latency is over the budget",
        "Profile the slow operation; the launch budget applies to p95.",
    ),
    Rule(
        "latency_p99_within_budget",
        "performance",
        _L,
        "only an operation's p99 latency is over the budget",
        "Look at the slow outliers of the operation.",
    ),
    Rule(
        "error_rate_within_max",
        "reliability",
        _H,
        "5xx and transport errors exceed the maximum error rate",
        "Bring the error rate under the maximum (see the 5xx findings).",
    ),
    Rule(
        "call_completes",
        "reliability",
        _H,
        "a call failed at the transport level (reset, timeout, bad TLS mid-run)",
        "Check the proxy / load balancer in front of the service.",
    ),
    # -- TLS
    Rule(
        "tls_chain_valid",
        "tls",
        _C,
        "the certificate chain does not verify (untrusted, expired or self-signed)",
        "Serve a certificate chain that verifies against public roots.",
    ),
    Rule(
        "tls_hostname_matches",
        "tls",
        _C,
        "the certificate does not name the host (the seed's apex-domain mismatch)",
        "Issue the certificate for every host name clients use.",
    ),
    Rule(
        "tls_not_expiring",
        "tls",
        _M,
        "the certificate expires in under 14 days",
        "Renew the certificate (check that automatic renewal runs).",
    ),
    Rule(
        "tls_protocol_modern",
        "tls",
        _H,
        "the server negotiates a protocol older than TLS 1.2",
        "Disable TLS 1.0/1.1 on the listener.",
    ),
    Rule(
        "tls_handshake",
        "tls",
        _C,
        "a TLS handshake with the host fails",
        "Make the host serve TLS on port 443.",
    ),
    Rule(
        "hsts_present",
        "tls",
        _H,
        "an https host does not send Strict-Transport-Security",
        "Send Strict-Transport-Security with a long max-age.",
    ),
    # -- contract suite (full profile)
    Rule(
        "contract_fuzz",
        "contract",
        _H,
        "a fuzzing test of the contract suite failed",
        "Reproduce with the curl line in the finding and fix the operation.",
    ),
    Rule(
        "contract_stateful",
        "contract",
        _H,
        "a stateful walk of the contract suite failed",
        "Reproduce the walk from the contract suite's report and fix the link it breaks.",
    ),
    Rule(
        "contract_suite",
        "contract",
        _H,
        "another test of the contract suite failed",
        "See the contract suite's JUnit report.",
    ),
)

_RULES_BY_CHECK: Mapping[str, Rule] = MappingProxyType({rule.check: rule for rule in RULES})

# Checks we reuse from contract_tests / schemathesis without a row above land in an area by
# what they look at; their severity then comes from the check itself.
_FALLBACK_AREA = "operations"
_AREA_HINTS: tuple[tuple[str, str], ...] = (
    ("security", "security"),
    ("header", "security"),
    ("cors", "security"),
    ("rate_limit", "security"),
    ("request_id", "security"),
    ("authenticate", "security"),
)


def rule_for(check: str) -> Rule | None:
    """The rule for `check`, or None for a check the table does not name."""
    return _RULES_BY_CHECK.get(check)


def area_of(check: str) -> Area:
    """The area a check's outcome counts toward."""
    rule = _RULES_BY_CHECK.get(check)
    if rule is not None:
        return _AREAS_BY_KEY[rule.area]
    for hint, key in _AREA_HINTS:
        if hint in check:
            return _AREAS_BY_KEY[key]
    return _AREAS_BY_KEY[_FALLBACK_AREA]


def finding(
    check: str,
    title: str,
    message: str,
    *,
    operation_id: str | None = None,
    tag: str | None = None,
    evidence: Evidence | None = None,
    default: Severity = Severity.MEDIUM,
) -> Finding:
    """A Finding whose severity comes from `RULES` (else `default`, the check's own opinion)."""
    rule = _RULES_BY_CHECK.get(check)
    severity = default
    if rule is not None:
        severity = rule.severity
        if tag == AUTH_TAG and rule.auth_severity is not None:
            severity = rule.auth_severity
    return Finding(
        check=check,
        operation_id=operation_id,
        severity=severity,
        title=title,
        message=message,
        evidence=evidence,
    )


# -- the assessment ---------------------------------------------------------------------------


class Verdict(Enum):
    GO = "GO"
    NO_GO = "NO-GO"


class AreaStatus(Enum):
    """Traffic light of one area."""

    GREEN = "green"  # assessed, nothing found
    AMBER = "amber"  # warnings only (MEDIUM, LOW, INFO)
    RED = "red"  # a CRITICAL or HIGH finding
    NOT_ASSESSED = "n/a"  # nothing in this run looked at it


@dataclass(frozen=True)
class AreaReport:
    """One area's outcome: every check that ran in it, and what that adds up to."""

    area: Area
    outcomes: tuple[CheckOutcome, ...]
    note: str = ""  # why an area was skipped or limited

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(o.finding for o in self.outcomes if o.finding is not None)

    @property
    def checks_run(self) -> int:
        return len(self.outcomes)

    @property
    def checks_passed(self) -> int:
        return sum(1 for o in self.outcomes if o.finding is None)

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    @property
    def status(self) -> AreaStatus:
        if not self.outcomes:
            return AreaStatus.NOT_ASSESSED
        worst = self.worst
        if worst is None:
            return AreaStatus.GREEN
        return AreaStatus.RED if worst in BLOCKING else AreaStatus.AMBER

    @property
    def score(self) -> int | None:
        """Share of this area's checks that passed, 0-100 (None when not assessed)."""
        if not self.outcomes:
            return None
        return round(100 * self.checks_passed / self.checks_run)


@dataclass(frozen=True)
class Assessment:
    """Everything a report needs: the verdict, per-area results, findings and measurements."""

    target: str
    profile: str
    started_at: datetime
    duration_s: float
    budget_ms: float
    max_error_rate: float
    verdict: Verdict
    areas: tuple[AreaReport, ...]
    findings: tuple[Finding, ...]  # worst first
    latency: tuple[LatencyStats, ...]
    calls: int
    failed_calls: int
    actions: tuple[str, ...]

    @property
    def error_rate(self) -> float:
        return self.failed_calls / self.calls if self.calls else 0.0

    @property
    def score(self) -> int | None:
        """Mean of the assessed areas' scores."""
        scores = [a.score for a in self.areas if a.score is not None]
        return round(sum(scores) / len(scores)) if scores else None

    def area(self, key: str) -> AreaReport:
        return next(report for report in self.areas if report.area.key == key)


def _actions(findings: Iterable[Finding]) -> tuple[str, ...]:
    """One action per failing check, worst first, each naming where it applies."""
    by_check: dict[str, list[Finding]] = {}
    for item in findings:
        if item.severity is not Severity.INFO:
            by_check.setdefault(item.check, []).append(item)
    actions = []
    for check, items in by_check.items():
        rule = _RULES_BY_CHECK.get(check)
        text = rule.action if rule is not None else items[0].title
        operations = sorted({i.operation_id for i in items if i.operation_id})
        where = ""
        if operations:
            more = f" and {len(operations) - 6} more" if len(operations) > 6 else ""
            where = f" ({', '.join(operations[:6])}{more})"
        actions.append(f"[{items[0].severity.value.upper()}] {text}{where}")
    return tuple(actions)


def assess(
    events: Iterable[Event],
    *,
    target: str,
    profile: str,
    started_at: datetime,
    budget_ms: float,
    max_error_rate: float,
) -> Assessment:
    """Fold a run's events into the assessment (verdict, areas, ranked findings, latency)."""
    outcomes: dict[str, list[CheckOutcome]] = {area.key: [] for area in AREAS}
    calls: list[CallMeasured] = []
    notes: dict[str, str] = {}
    duration_s = 0.0
    for event in events:
        if isinstance(event, CheckOutcome):
            outcomes[area_of(event.check).key].append(event)
        elif isinstance(event, CallMeasured):
            calls.append(event)
        elif isinstance(event, RunFinished):
            duration_s = event.duration_s
            notes.update(event.area_notes)
    areas = tuple(
        AreaReport(area=area, outcomes=tuple(outcomes[area.key]), note=notes.get(area.key, ""))
        for area in AREAS
    )
    # Worst first; sorted() is stable, so area order and discovery order hold within a severity.
    ranked = tuple(
        sorted((f for a in areas for f in a.findings), key=lambda f: f.severity, reverse=True)
    )
    blocked = any(f.severity in BLOCKING for f in ranked)
    return Assessment(
        target=target,
        profile=profile,
        started_at=started_at,
        duration_s=duration_s,
        budget_ms=budget_ms,
        max_error_rate=max_error_rate,
        verdict=Verdict.NO_GO if blocked else Verdict.GO,
        areas=areas,
        findings=ranked,
        latency=latency_by_operation(calls),
        calls=len(calls),
        failed_calls=sum(1 for c in calls if c.failed),
        actions=_actions(ranked),
    )
