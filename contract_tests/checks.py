"""Protocol checks that schemathesis does not do, as named functions registered with it.

Each check has schemathesis's signature ``(ctx, response, case) -> None`` and raises
``AssertionError`` with a message that names the operation; schemathesis reports it as
``Custom check failed: `<name>```. ``CHECKS`` holds ours by name so readiness can enumerate them.
``case`` may be None (a response we got outside schemathesis, through :func:`check_httpx_response`):
the operation is then found from the request's method and URL.

Header *names* are CONTRACT.md's (§8, §9); their *values* are checked against the spec's
``components/headers`` schemas, never restated here.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.message import Message
from typing import TYPE_CHECKING, Any

import httpx
import schemathesis
from schemathesis import Response

from contract_tests.curl import curl_for
from contract_tests.operations import operation_index
from plinto_contract.redact import redact
from plinto_contract.spec import Operation, Spec, load_spec, spec_from_dict

if TYPE_CHECKING:
    from schemathesis import Case, CheckContext

__all__ = [
    "CHECKS",
    "JSON_MEDIA_TYPE",
    "RATE_LIMIT_HEADERS",
    "REQUEST_ID_HEADER",
    "RETRY_AFTER_HEADER",
    "SECURITY_HEADERS",
    "WWW_AUTHENTICATE_HEADER",
    "Observed",
    "ProtocolViolation",
    "check_httpx_response",
    "cors_preflight_allowed",
    "cors_preflight_refused",
    "json_content_type",
    "latency_within_budget",
    "observe",
    "rate_limit_headers_present",
    "readiness_reflects_auth",
    "request_id_header_present",
    "request_id_matches_header",
    "security_headers_present",
    "set_latency_budget",
    "www_authenticate_on_401",
]

# CONTRACT §9: on every response, errors included.
SECURITY_HEADERS = (
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Referrer-Policy",
    "Content-Security-Policy",
    "Permissions-Policy",
)
REQUEST_ID_HEADER = "X-Request-ID"
# CONTRACT §8: on every response of a rate-limited operation; 429 adds Retry-After.
RATE_LIMIT_HEADERS = ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
RETRY_AFTER_HEADER = "Retry-After"
WWW_AUTHENTICATE_HEADER = "WWW-Authenticate"  # CONTRACT §4: on every 401
JSON_MEDIA_TYPE = "application/json"
RATE_LIMIT_EXTENSION = "x-rate-limit"
LATENCY_BUDGET_ENV = "PLINTO_LATENCY_BUDGET_MS"

CheckFunction = Callable[["CheckContext | None", Response, "Case[Any] | None"], None]
CHECKS: dict[str, CheckFunction] = {}


class ProtocolViolation(AssertionError):
    """A response (or exchange) broke protocol checks; the message names them and a curl line."""

    def __init__(self, message: str, *, checks: list[str], operation: str | None) -> None:
        super().__init__(message)
        self.checks = checks
        self.operation = operation


@dataclass(frozen=True)
class Observed:
    """One response as the checks see it, whatever transport produced it."""

    spec: Spec
    operation: Operation | None
    method: str
    url: str
    status: int
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    elapsed_ms: float

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def where(self) -> str:
        """``signup (POST /api/v1/auth/signup) answered 201``: who said what, for messages."""
        if self.operation is not None:
            who = f"{self.operation.operation_id} ({self.operation.method} {self.operation.path})"
        else:
            who = f"undocumented {self.method} {httpx.URL(self.url).path}"
        return f"{who} answered {self.status}"

    def json(self) -> Any:
        """The decoded body, or None when it is empty or not JSON."""
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None


def _spec_for(case: Case[Any] | None) -> Spec:
    # The spec the schemathesis schema was loaded from; the default spec for bare responses.
    if case is not None:
        return _cached_spec(case.operation.schema.raw_schema)
    return load_spec()


_SPECS_BY_DOCUMENT: dict[int, tuple[Any, Spec]] = {}


def _cached_spec(document: dict[str, Any]) -> Spec:
    cached = _SPECS_BY_DOCUMENT.get(id(document))
    if cached is None or cached[0] is not document:
        default = load_spec()
        spec = default if document == default.document else spec_from_dict(document)
        cached = (document, spec)  # keep the document alive so its id() stays unique
        _SPECS_BY_DOCUMENT[id(document)] = cached
    return cached[1]


def observe(response: Response, case: Case[Any] | None) -> Observed:
    """Normalise a schemathesis response (and its case, if any) for the checks."""
    spec = _spec_for(case)
    request = response.request
    method = str(request.method or "GET").upper()
    url = str(request.url or "")
    if case is not None:
        operation = spec.operation(case.method, case.operation.path)
    else:
        operation = operation_index(spec).match(method, url)
    headers = {name.lower(): values[-1] for name, values in response.headers.items() if values}
    return Observed(
        spec=spec,
        operation=operation,
        method=method,
        url=url,
        status=response.status_code,
        headers=headers,
        body=response.content or b"",
        elapsed_ms=response.elapsed * 1000,
    )


def _register(func: CheckFunction) -> CheckFunction:
    CHECKS[func.__name__] = func
    schemathesis.check(func)
    return func


# -- helpers --------------------------------------------------------------------------------------


def _documented_header_schema(spec: Spec, name: str) -> Mapping[str, Any] | None:
    headers = spec.document.get("components", {}).get("headers", {})
    node = headers.get(name)
    if node is None:
        return None
    schema = spec.resolve(node).get("schema")
    return spec.resolve(schema) if isinstance(schema, Mapping) else None


def _header_problems(observed: Observed, names: Iterable[str]) -> list[str]:
    """Each named header must be present and valid against its components/headers schema."""
    problems = []
    for name in names:
        raw = observed.header(name)
        if raw is None:
            problems.append(f"{name} is missing")
            continue
        schema = _documented_header_schema(observed.spec, name)
        if schema is None:
            continue
        value: Any = raw
        if schema.get("type") == "integer":
            try:
                value = int(raw)
            except ValueError:
                problems.append(f"{name}: {raw!r} is not an integer")
                continue
        for error in observed.spec.validator(schema).errors(value):
            problems.append(f"{name}: {raw!r} {error.message}")
    return problems


def _fail(check: str, observed: Observed, problems: list[str]) -> None:
    if problems:
        raise AssertionError(f"{check}: {observed.where}: " + "; ".join(problems))


def _media_type(content_type: str) -> str:
    message = Message()
    message["content-type"] = content_type
    return message.get_content_type()


# -- the checks ---------------------------------------------------------------------------------


@_register
def security_headers_present(
    ctx: CheckContext | None, response: Response, case: Case[Any] | None
) -> None:
    """Every response, errors included, carries the CONTRACT §9 security headers, valid."""
    observed = observe(response, case)
    _fail("security_headers_present", observed, _header_problems(observed, SECURITY_HEADERS))


@_register
def request_id_header_present(
    ctx: CheckContext | None, response: Response, case: Case[Any] | None
) -> None:
    """Every response carries a valid X-Request-ID."""
    observed = observe(response, case)
    _fail("request_id_header_present", observed, _header_problems(observed, [REQUEST_ID_HEADER]))


@_register
def request_id_matches_header(
    ctx: CheckContext | None, response: Response, case: Case[Any] | None
) -> None:
    """An error envelope's ``request_id`` equals the X-Request-ID header (CONTRACT §7)."""
    observed = observe(response, case)
    body = observed.json()
    header = observed.header(REQUEST_ID_HEADER)
    problems = []
    if isinstance(body, dict) and "request_id" in body:
        if body["request_id"] != header:
            problems.append(f"body request_id {body['request_id']!r} != header {header!r}")
    elif observed.status >= 400:
        problems.append("the error body has no request_id")
    _fail("request_id_matches_header", observed, problems)


@_register
def www_authenticate_on_401(
    ctx: CheckContext | None, response: Response, case: Case[Any] | None
) -> None:
    """A 401 carries ``WWW-Authenticate: Bearer`` (CONTRACT §4)."""
    observed = observe(response, case)
    if observed.status == 401:
        _fail(
            "www_authenticate_on_401",
            observed,
            _header_problems(observed, [WWW_AUTHENTICATE_HEADER]),
        )


@_register
def json_content_type(ctx: CheckContext | None, response: Response, case: Case[Any] | None) -> None:
    """Every response with a body is JSON: the documented media type, else application/json."""
    observed = observe(response, case)
    if not observed.body:
        return
    expected = JSON_MEDIA_TYPE
    if observed.operation is not None:
        documented = observed.operation.responses.get(str(observed.status))
        if documented is not None and documented.content_type:
            expected = documented.content_type
    content_type = observed.header("content-type")
    problems = []
    if content_type is None:
        problems.append(f"a {len(observed.body)}-byte body has no Content-Type")
    elif _media_type(content_type) != expected:
        problems.append(f"Content-Type {content_type!r} is not {expected}")
    elif observed.json() is None:
        problems.append("the body is not valid JSON")
    _fail("json_content_type", observed, problems)


@_register
def rate_limit_headers_present(
    ctx: CheckContext | None, response: Response, case: Case[Any] | None
) -> None:
    """A rate-limited operation's answers carry its group's X-RateLimit-*; 429 adds Retry-After."""
    observed = observe(response, case)
    if observed.operation is None:
        return
    limit = observed.operation.extensions.get(RATE_LIMIT_EXTENSION)
    if not isinstance(limit, Mapping):
        return
    names = [*RATE_LIMIT_HEADERS, *([RETRY_AFTER_HEADER] if observed.status == 429 else [])]
    problems = _header_problems(observed, names)
    announced = observed.header(RATE_LIMIT_HEADERS[0])
    if not problems and announced is not None and int(announced) != limit.get("limit"):
        problems.append(
            f"{RATE_LIMIT_HEADERS[0]} is {announced}, the spec documents {limit.get('limit')} "
            f"for group {limit.get('group')!r}"
        )
    _fail("rate_limit_headers_present", observed, problems)


_latency_budget_ms: list[float | None] = [None]


def set_latency_budget(millis: float | None) -> None:
    """Set (or clear) the per-response latency budget that ``latency_within_budget`` enforces."""
    _latency_budget_ms[0] = millis


def latency_budget() -> float | None:
    """The budget of :func:`set_latency_budget`, else ``PLINTO_LATENCY_BUDGET_MS``, else None."""
    if _latency_budget_ms[0] is not None:
        return _latency_budget_ms[0]
    raw = os.environ.get(LATENCY_BUDGET_ENV, "").strip()
    return float(raw) if raw else None


@_register
def latency_within_budget(
    ctx: CheckContext | None, response: Response, case: Case[Any] | None
) -> None:
    """Each response arrives within the configured latency budget (off unless one is set)."""
    budget = latency_budget()
    if budget is None:
        return
    observed = observe(response, case)
    if observed.elapsed_ms > budget:
        _fail(
            "latency_within_budget",
            observed,
            [f"took {observed.elapsed_ms:.0f} ms, over the {budget:.0f} ms budget"],
        )


def check_httpx_response(response: httpx.Response) -> None:
    """Run every check in ``CHECKS`` on a response we got through httpx (SDK, journeys, probes).

    Raises :class:`ProtocolViolation` naming each failed check and a redacted curl line.
    """
    response.read()
    converted = Response.from_any(response)
    failed: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            check(None, converted, None)
        except AssertionError as exc:
            failed[name] = str(exc)
    if failed:
        operation = observe(converted, None).operation
        lines = "\n".join(f"  - {message}" for message in failed.values())
        raise ProtocolViolation(
            redact(f"protocol checks failed:\n{lines}\n  reproduce: {curl_for(response.request)}"),
            checks=list(failed),
            operation=operation.operation_id if operation else None,
        )


# -- checks over an HTTP client (several requests each) ----------------------------------------

PREFLIGHT_REQUEST_HEADERS = ("Authorization", "Content-Type")
ACAO = "Access-Control-Allow-Origin"
EXPOSE_HEADERS = "Access-Control-Expose-Headers"


def cors_preflight_allowed(client: httpx.Client, operation: Operation, origin: str) -> list[str]:
    """A preflight from an allowed origin is granted, and real answers expose our headers.

    CONTRACT §9: browsers must be able to read X-Request-ID and the X-RateLimit-* headers.
    """
    problems = []
    preflight = client.options(
        operation.path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": operation.method,
            "Access-Control-Request-Headers": ", ".join(PREFLIGHT_REQUEST_HEADERS),
        },
    )
    if not preflight.is_success:
        problems.append(f"preflight from {origin} answered {preflight.status_code}")
    if preflight.headers.get(ACAO) not in (origin, "*"):
        problems.append(f"preflight {ACAO} is {preflight.headers.get(ACAO)!r}, not {origin!r}")
    allowed_methods = preflight.headers.get("Access-Control-Allow-Methods", "")
    if operation.method not in {m.strip().upper() for m in allowed_methods.split(",")}:
        problems.append(f"preflight allows methods {allowed_methods!r}, not {operation.method}")
    answer = client.request(operation.method, operation.path, headers={"Origin": origin})
    exposed = {h.strip().lower() for h in answer.headers.get(EXPOSE_HEADERS, "").split(",")}
    missing = [h for h in (REQUEST_ID_HEADER, *RATE_LIMIT_HEADERS) if h.lower() not in exposed]
    if answer.headers.get(ACAO) not in (origin, "*"):
        problems.append(f"{operation.operation_id} answered {ACAO} {answer.headers.get(ACAO)!r}")
    if missing:
        problems.append(
            f"{operation.operation_id} does not expose {', '.join(missing)} to {origin}"
        )
    return problems


def cors_preflight_refused(client: httpx.Client, operation: Operation, origin: str) -> list[str]:
    """A preflight from an origin that is not allowed gets no Access-Control-Allow-Origin."""
    preflight = client.options(
        operation.path,
        headers={"Origin": origin, "Access-Control-Request-Method": operation.method},
    )
    granted = preflight.headers.get(ACAO)
    if granted is not None:
        return [f"preflight from refused origin {origin} got {ACAO}: {granted!r}"]
    return []


def readiness_reflects_auth(client: httpx.Client, spec: Spec) -> list[str]:
    """When ``/ready`` says ready, sign-in must work: a 5xx from it means the probe lied.

    This is how the seed outage hid (facts §9): /health and /ready were fine while every auth call
    answered 500. The sign-in uses the spec's own example (unknown credentials: 400 when healthy).
    """
    readiness, signin = spec.operations["get_readiness"], spec.operations["signin"]
    ready = client.request(readiness.method, readiness.path)
    if not ready.is_success or not signin.request_examples:
        return []
    attempt = client.request(signin.method, signin.path, json=signin.request_examples[0])
    if attempt.status_code >= 500:
        return [
            f"{readiness.operation_id} answered {ready.status_code} {ready.text[:80]!r} while "
            f"{signin.operation_id} answered {attempt.status_code}"
        ]
    return []
