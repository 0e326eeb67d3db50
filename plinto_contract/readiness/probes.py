"""Call one documented operation through a schemathesis Case, measure it, judge it.

The judging reuses checks, it does not write them: schemathesis's response-conformance checks
plus every protocol check of `contract_tests.checks.CHECKS`, each run through
`Case.validate_response(..., checks=[check])` so a failure is tied to its check by name. Each call
becomes a `CallMeasured` event and one `CheckOutcome` per check; the severity of a failure comes
from `verdict.finding()`.
"""

from __future__ import annotations

import copy
import socket
import ssl
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import requests
import schemathesis
from schemathesis.checks import CHECKS as SCHEMATHESIS_CHECKS
from schemathesis.checks import load_all_checks
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import Failure, FailureGroup
from urllib3.exceptions import InsecureRequestWarning

from contract_tests.checks import CHECKS as CONTRACT_CHECKS
from contract_tests.checks import REQUEST_ID_HEADER
from contract_tests.coverage import Tally
from contract_tests.targets import Target
from plinto_contract.errors import TargetError, TargetTimeout, TargetUnreachable, TLSFailure
from plinto_contract.findings import Evidence, Severity
from plinto_contract.readiness.events import CallMeasured, CheckOutcome, Event
from plinto_contract.readiness.verdict import finding
from plinto_contract.spec import Operation, Spec

__all__ = [
    "CHECK_NAMES",
    "Exchange",
    "Prober",
    "transport_error",
]

# schemathesis's checks of one response against the contract. Checks that re-send requests
# (negative data, ignored auth, use after free) belong to the fuzzing phase of the full profile.
_SCHEMATHESIS_RESPONSE_CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)
# The per-response latency check is replaced by percentiles against the budget (run.py).
_SKIPPED_CONTRACT_CHECKS = frozenset({"latency_within_budget"})
CHECK_NAMES = (
    *_SCHEMATHESIS_RESPONSE_CHECKS,
    *(name for name in CONTRACT_CHECKS if name not in _SKIPPED_CONTRACT_CHECKS),
)
_EXCERPT_CHARS = 600
_SEVERITY_BY_VALUE = {severity.value: severity for severity in Severity}


def _root_causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None)
        current = reason if isinstance(reason, BaseException) else current.__context__


def transport_error(exc: BaseException, where: str) -> TargetError:
    """The TargetError for a requests failure: refused, DNS, TLS handshake or timeout."""
    causes = list(_root_causes(exc))
    if isinstance(exc, requests.Timeout) or any(isinstance(c, TimeoutError) for c in causes):
        return TargetTimeout(f"{where}: no answer in time")
    for cause in causes:
        if isinstance(cause, socket.gaierror):
            return TargetUnreachable(f"{where}: the host name does not resolve")
        if isinstance(cause, ssl.SSLError):
            reason = getattr(cause, "verify_message", None) or cause.reason or cause
            return TLSFailure(f"{where}: TLS failed ({reason})")
        if isinstance(cause, ConnectionRefusedError):
            return TargetUnreachable(f"{where}: connection refused")
    text = str(causes[-1]) if causes else str(exc)
    return TargetUnreachable(f"{where}: cannot connect ({text[:200]})")


@dataclass(frozen=True)
class Exchange:
    """One call's result as the smoke plan needs it."""

    operation: Operation
    status: int | None
    body: Any  # decoded JSON, or None
    evidence: Evidence
    error: TargetError | None = None

    @property
    def succeeded(self) -> bool:
        return (
            self.status is not None
            and str(self.status) in self.operation.responses
            and (200 <= self.status < 300)
        )


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _header(response: Any, name: str) -> str | None:
    for key, values in response.headers.items():
        if key.lower() == name.lower() and values:
            return str(values[-1])
    return None


def _failure_text(name: str, failures: list[Failure]) -> tuple[str, str, Severity]:
    """Title, message and worst severity of the failures one check raised."""
    first = failures[0]
    title = first.title
    prefix = f"{name}: "
    messages = [f.message.strip().removeprefix(prefix) for f in failures if f.message.strip()]
    if title.startswith("Custom check failed") and messages:
        # contract_tests checks: the assertion message is the title worth showing.
        title = messages[0].split("\n", 1)[0]
    severity = max(_SEVERITY_BY_VALUE.get(f.severity.value, Severity.MEDIUM) for f in failures)
    return title, "\n".join(messages) or title, severity


class Prober:
    """Sends Cases to one target and turns each response into events."""

    def __init__(
        self,
        spec: Spec,
        target: Target,
        *,
        timeout: float,
        verify: bool | str = True,
    ) -> None:
        load_all_checks()
        self.spec = spec
        self.target = target
        # An explicit config: a schemathesis.toml in the working directory is for the CLI
        # suite (it may demand credentials), not for us. A copy: loaders may edit the dict.
        self.schema = schemathesis.openapi.from_dict(
            copy.deepcopy(spec.document), config=SchemathesisConfig()
        )
        self.schema.config.update(base_url=target.base_url)
        self.timeout = timeout
        self.verify = verify
        self.session = requests.Session()
        self.tally = Tally()  # (operation, status) seen, for "documented operations succeed"
        self.last: dict[str, Exchange] = {}  # the latest judged exchange per operation
        self.checks = [
            *SCHEMATHESIS_CHECKS.get_by_names(list(_SCHEMATHESIS_RESPONSE_CHECKS)),
            *(check for name, check in CONTRACT_CHECKS.items() if name in CHECK_NAMES),
        ]
        self._events: list[Event] = []

    def close(self) -> None:
        self.session.close()

    def drain(self) -> list[Event]:
        """The events produced since the last drain."""
        events, self._events = self._events, []
        return events

    def call(
        self,
        operation_id: str,
        *,
        body: Any = None,
        path_parameters: Mapping[str, Any] | None = None,
        token: str | None = None,
        judge: bool = True,
        skip_checks: frozenset[str] = frozenset(),
    ) -> Exchange:
        """Send one request; with `judge`, measure it and run the checks on the response.

        `skip_checks` leaves out checks that another rule judges for this call.
        """
        operation = self.spec.operations[operation_id]
        api = self.schema[operation.path][operation.method]
        kwargs: dict[str, Any] = {"path_parameters": dict(path_parameters or {})}
        if body is not None:
            kwargs["body"] = body
            kwargs["media_type"] = operation.request_content_types[0]
        case = api.Case(**kwargs)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        url = f"{self.target.base_url}{operation.path}"
        try:
            with warnings.catch_warnings():
                # --insecure and bad certificates are reported by the TLS area, not as warnings.
                warnings.simplefilter("ignore", InsecureRequestWarning)
                response = self.target.call_case(
                    case,
                    session=self.session,
                    headers=headers,
                    timeout=self.timeout,
                    verify=self.verify,
                )
        except requests.RequestException as exc:
            error = transport_error(exc, f"{operation.method} {url}")
            evidence = Evidence(method=operation.method, url=url, body_excerpt=str(error))
            if judge:
                self._events.append(
                    CallMeasured(
                        operation_id, operation.method, operation.path, None, 0.0, str(error)
                    )
                )
                self._events.append(
                    CheckOutcome(
                        "call_completes",
                        operation_id,
                        finding(
                            "call_completes",
                            f"no response: {error}",
                            str(error),
                            operation_id=operation_id,
                            tag=operation.tag,
                            evidence=evidence,
                        ),
                    )
                )
            return Exchange(operation, None, None, evidence, error)
        evidence = Evidence(
            method=operation.method,
            url=str(response.request.url or url),
            status=response.status_code,
            request_id=_header(response, REQUEST_ID_HEADER),
            body_excerpt=(response.text or "")[:_EXCERPT_CHARS] or None,
            curl=case.as_curl_command(headers=headers, verify=self.verify is not False),
        )
        exchange = Exchange(operation, response.status_code, _json(response), evidence)
        if judge:
            self.tally.record(operation_id, response.status_code, "readiness")
            self.last[operation_id] = exchange
            elapsed_ms = response.elapsed * 1000
            self._events.append(
                CallMeasured(
                    operation_id, operation.method, operation.path, response.status_code, elapsed_ms
                )
            )
            checks = [c for c in self.checks if c.__name__ not in skip_checks]
            self._events.extend(self._judge(case, response, headers, exchange, checks))
        return exchange

    def _judge(
        self,
        case: Any,
        response: Any,
        headers: Mapping[str, str],
        exchange: Exchange,
        checks: list[Any],
    ) -> Iterator[CheckOutcome]:
        operation = exchange.operation
        for check in checks:
            name = check.__name__
            try:
                case.validate_response(
                    response, checks=[check], headers=dict(headers), transport_kwargs={}
                )
            except FailureGroup as group:
                title, message, severity = _failure_text(name, list(group.exceptions))
                yield CheckOutcome(
                    name,
                    operation.operation_id,
                    finding(
                        name,
                        title,
                        message,
                        operation_id=operation.operation_id,
                        tag=operation.tag,
                        evidence=exchange.evidence,
                        default=severity,
                    ),
                )
            else:
                yield CheckOutcome(name, operation.operation_id)
