"""The API under test: the in-process mock (default) or a live server over HTTP.

Everything about the target comes from the environment (or ``--base-url``); nothing secret goes on
the command line:

==============================  ==============================================================
``PLINTO_BASE_URL``             live server base URL (``--base-url`` wins); unset: in-process mock
``PLINTO_TEST_EMAIL_DOMAIN``    domain for throwaway accounts; setting it grants permission to sign
                                up throwaway accounts on a non-local server (default ``example.com``
                                for the mock and local servers)
``PLINTO_TEST_EMAIL``           an existing test account to use instead of signups where possible
``PLINTO_TEST_PASSWORD``        its password
``PLINTO_CONCURRENCY``          requests in flight at most (default 1)
``PLINTO_MAX_RETRY_WAIT``       longest ``Retry-After`` (seconds) we sleep on a 429 (default 5)
``PLINTO_MAIL_HOOK``            ``module:function(address) -> [{"to", "kind", "token", ...}]``
                                that reads mail on a live server (the mock serves its outbox)
``PLINTO_CORS_ORIGIN``          an origin the target allows (default ``https://plinto.dev``)
``PLINTO_CORS_REFUSED_ORIGIN``  an origin it must refuse (default ``https://not-allowed.invalid``)
``PLINTO_PROBE_RATE_LIMITS``    ``1``: exceed a rate limit on a live server too (it locks this
                                client out of that group for the window)
``PLINTO_MOCK_FAULTS``          faults for the in-process mock (the mock reads it itself)
==============================  ==============================================================
"""

from __future__ import annotations

import importlib
import ipaddress
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

import httpx

from contract_tests.checks import check_httpx_response
from contract_tests.coverage import Tally, record_httpx_response
from contract_tests.transports import Gate, InProcessTransport, ObservingTransport, PoliteTransport
from plinto_contract.errors import TargetUnreachable, UsageError
from plinto_contract.spec import Spec, load_spec

__all__ = [
    "IN_PROCESS_BASE_URL",
    "MailMessage",
    "MailUnavailable",
    "Target",
    "TargetConfig",
]

IN_PROCESS_BASE_URL = "http://testserver"
DEFAULT_EMAIL_DOMAIN = "example.com"
DEFAULT_CORS_ORIGIN = "https://plinto.dev"  # allowed by default on the real service (facts §6)
DEFAULT_REFUSED_ORIGIN = "https://not-allowed.invalid"
ADMIN_PREFIX = "/__mock__"  # the mock's own routes (not in the spec): outbox and reset
_LOCAL_HOSTS = {"localhost", "testserver"}
TIMEOUT_SECONDS = 30.0

MailMessage = Mapping[str, Any]


class MailUnavailable(UsageError):
    """The target's mail cannot be read (a live server without PLINTO_MAIL_HOOK)."""


def _is_local_host(host: str) -> bool:
    if host in _LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class TargetConfig:
    """What the environment says about the target and the accounts we may use."""

    base_url: str | None = None
    email_domain: str | None = None
    test_email: str | None = None
    test_password: str | None = field(default=None, repr=False)
    concurrency: int = 1
    max_retry_wait: float = 5.0
    mail_hook: str | None = None
    cors_origin: str = DEFAULT_CORS_ORIGIN
    refused_origin: str = DEFAULT_REFUSED_ORIGIN
    probe_rate_limits: bool = False

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, *, base_url: str | None = None
    ) -> TargetConfig:
        env = os.environ if env is None else env

        def text(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        try:
            concurrency = int(text("PLINTO_CONCURRENCY") or 1)
            max_wait = float(text("PLINTO_MAX_RETRY_WAIT") or 5)
        except ValueError as exc:
            raise UsageError(f"PLINTO_CONCURRENCY / PLINTO_MAX_RETRY_WAIT: {exc}") from None
        url = base_url or text("PLINTO_BASE_URL")
        if url is not None and urlsplit(url).scheme not in ("http", "https"):
            raise UsageError(f"the base URL must be http(s)://…, got {url!r}")
        config = cls(
            base_url=url.rstrip("/") if url else None,
            email_domain=text("PLINTO_TEST_EMAIL_DOMAIN"),
            test_email=text("PLINTO_TEST_EMAIL"),
            test_password=text("PLINTO_TEST_PASSWORD"),
            concurrency=concurrency,
            max_retry_wait=max_wait,
            mail_hook=text("PLINTO_MAIL_HOOK"),
            cors_origin=text("PLINTO_CORS_ORIGIN") or DEFAULT_CORS_ORIGIN,
            refused_origin=text("PLINTO_CORS_REFUSED_ORIGIN") or DEFAULT_REFUSED_ORIGIN,
            probe_rate_limits=(text("PLINTO_PROBE_RATE_LIMITS") or "0").lower()
            in ("1", "true", "yes"),
        )
        if (config.test_email is None) != (config.test_password is None):
            raise UsageError("set both PLINTO_TEST_EMAIL and PLINTO_TEST_PASSWORD, or neither")
        return config

    @property
    def is_local(self) -> bool:
        return self.base_url is None or _is_local_host(urlsplit(self.base_url).hostname or "")

    @property
    def signups_allowed(self) -> bool:
        """Throwaway accounts are fine on the mock and local servers; elsewhere only if granted."""
        return self.is_local or self.email_domain is not None

    @property
    def throwaway_domain(self) -> str:
        return self.email_domain or DEFAULT_EMAIL_DOMAIN


class Target:
    """One API under test, and the polite httpx clients that talk to it."""

    def __init__(
        self,
        config: TargetConfig,
        *,
        spec: Spec | None = None,
        app: Any = None,
        tally: Tally | None = None,
    ) -> None:
        self.config = config
        # Where this target's clients tally responses: the suite passes the session-wide TALLY;
        # other users (readiness) get their own, so they never count toward the suite's coverage.
        self.tally = tally if tally is not None else Tally()
        self.spec = spec or load_spec()
        self.app = app
        self.base_url = config.base_url or IN_PROCESS_BASE_URL
        self.gate = Gate(concurrency=config.concurrency, max_wait_seconds=config.max_retry_wait)
        self._mail_hook: Callable[[str], Sequence[MailMessage]] | None = (
            _load_hook(config.mail_hook) if config.mail_hook else None
        )

    @classmethod
    def in_process(cls, config: TargetConfig, *, rate_limits: bool = False) -> Target:
        """The mock, in this process: fast hashing, faults from PLINTO_MOCK_FAULTS.

        Rate limits are off unless asked for: the fuzzer would trip them, and the rate-limit
        journey builds its own target with them on.
        """
        from mock_server import Settings, create_app

        settings = Settings.from_env(fast_hash=True, rate_limits=rate_limits)
        return cls(config, app=create_app(settings=settings))

    def __repr__(self) -> str:
        return f"<Target {self.describe()}>"

    def describe(self) -> str:
        return "in-process mock" if self.is_in_process else self.base_url

    @property
    def is_in_process(self) -> bool:
        return self.app is not None

    @property
    def is_local(self) -> bool:
        return self.is_in_process or self.config.is_local

    # -- clients --------------------------------------------------------------------------------

    def transport(
        self,
        source: str,
        *,
        check: bool = True,
        wait_on_429: bool = True,
        tally: Tally | None = None,
        observers: Sequence[Callable[[httpx.Response], None]] = (),
    ) -> httpx.BaseTransport:
        """A transport to the target: polite (see transports.py), and every response is tallied
        under ``source``, shown to ``observers``, then (with ``check``) run through CHECKS.

        The SDK takes it as ``Plinto(transport=...)``; :meth:`client` wraps it in an httpx.Client.
        """
        inner: httpx.BaseTransport = (
            InProcessTransport(self.app, self.base_url)
            if self.is_in_process
            else httpx.HTTPTransport()
        )
        spec = self.spec
        counted = self.tally if tally is None else tally

        def tally_it(response: httpx.Response) -> None:
            record_httpx_response(spec, response, source, counted)

        def check_it(response: httpx.Response) -> None:
            check_httpx_response(response)

        return ObservingTransport(
            PoliteTransport(inner, self.gate, wait_on_429=wait_on_429),
            [tally_it, *observers, *([check_it] if check else [])],
        )

    def client(
        self,
        source: str,
        *,
        check: bool = True,
        wait_on_429: bool = True,
        tally: Tally | None = None,
        observers: Sequence[Callable[[httpx.Response], None]] = (),
    ) -> httpx.Client:
        """An httpx client to the target; see :meth:`transport`."""
        transport = self.transport(
            source, check=check, wait_on_429=wait_on_429, tally=tally, observers=observers
        )
        return httpx.Client(base_url=self.base_url, transport=transport, timeout=TIMEOUT_SECONDS)

    def schemathesis_kwargs(self) -> dict[str, Any]:
        """What ``case.call()`` / ``validate_response()`` need to reach this target."""
        if self.is_in_process:
            return {"app": self.app, "base_url": self.base_url}
        return {"base_url": self.base_url, "timeout": TIMEOUT_SECONDS}

    def bind(self, operation: Any) -> None:
        """Point a schemathesis operation (and its schema) at this target.

        Operations are built at collection time, before the target is known; schemathesis's
        re-sending checks (``ignored_auth``...) use the schema's transport: the app goes there too.
        """
        if self.is_in_process:
            operation.app = self.app
            operation.schema.app = self.app
        operation.base_url = self.base_url

    def call_case(self, case: Any, **kwargs: Any) -> Any:
        """``case.call()`` through the run's gate: bounded concurrency, short 429s waited out."""
        self.bind(case.operation)
        merged = {**self.schemathesis_kwargs(), **kwargs}
        return self.gate.send(
            lambda: case.call(**merged),
            lambda r: r.status_code,
            lambda r: {k: v[-1] for k, v in r.headers.items() if v},
        )

    # -- mock-only powers -----------------------------------------------------------------------

    @cached_property
    def has_admin_routes(self) -> bool:
        """True when the target is our mock with its /__mock__/ routes (probed once)."""
        with self.client("setup", check=False) as client:
            try:
                response = client.get(f"{ADMIN_PREFIX}/outbox", params={"email": "nobody@invalid"})
            except httpx.TransportError as exc:
                raise TargetUnreachable(f"{self.base_url}: {exc}") from exc
        return response.status_code == 200 and "messages" in _json_or_empty(response)

    def reset(self) -> bool:
        """Forget all server state if the target is the mock; False (nothing done) otherwise."""
        if self.is_in_process:
            from mock_server import services_of

            services_of(self.app).reset()
            return True
        if not self.has_admin_routes:
            return False
        with self.client("setup", check=False) as client:
            client.post(f"{ADMIN_PREFIX}/reset").raise_for_status()
        return True

    # -- mail -----------------------------------------------------------------------------------

    @property
    def can_read_mail(self) -> bool:
        return self._mail_hook is not None or self.is_in_process or self.has_admin_routes

    def mail_to(self, address: str) -> list[MailMessage]:
        """Every message sent to ``address``, oldest first (hook, else the mock's outbox)."""
        if self._mail_hook is not None:
            return list(self._mail_hook(address))
        if not (self.is_in_process or self.has_admin_routes):
            raise MailUnavailable(
                f"cannot read mail on {self.base_url}: set PLINTO_MAIL_HOOK=module:function"
            )
        with self.client("setup", check=False) as client:
            response = client.get(f"{ADMIN_PREFIX}/outbox", params={"email": address})
            response.raise_for_status()
        messages = _json_or_empty(response).get("messages", [])
        return list(messages) if isinstance(messages, list) else []


def _json_or_empty(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _load_hook(spec: str) -> Callable[[str], Sequence[MailMessage]]:
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        raise UsageError(f"PLINTO_MAIL_HOOK must be 'module:function', got {spec!r}")
    try:
        hook = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise UsageError(f"PLINTO_MAIL_HOOK {spec!r}: {exc}") from exc
    if not callable(hook):
        raise UsageError(f"PLINTO_MAIL_HOOK {spec!r} is not callable")
    return hook  # type: ignore[no-any-return]
