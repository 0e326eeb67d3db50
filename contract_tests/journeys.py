"""What the journey tests share: SDK clients on the run's target, accounts, mail, and rule checks.

A journey asserts the business rules the spec documents. Each rule has a name; a broken rule
raises :class:`RuleBroken` naming the operation, the rule and the last request as a redacted curl
line. Every exchange also goes through the protocol checks and the coverage tally (the journey's
transport is the session's).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from plinto_client import APIStatusError, Plinto

from contract_tests.curl import curl_for
from contract_tests.ledger import Account
from contract_tests.session import ContractSession
from plinto_contract.redact import redact

__all__ = ["DEFAULT_MAIL_WAIT_SECONDS", "MAIL_WAIT_ENV", "Journey", "RuleBroken"]

MAIL_WAIT_ENV = "PLINTO_MAIL_WAIT"
MAIL_POLL_SECONDS = 0.5
DEFAULT_MAIL_WAIT_SECONDS = 10.0
TOKEN_PROBE = "get_current_user"  # the cheapest secured read: tells a live token from a dead one


class RuleBroken(AssertionError):
    """A documented business rule did not hold."""

    def __init__(self, message: str, *, operation: str, rule: str) -> None:
        super().__init__(message)
        self.operation = operation
        self.rule = rule


class Journey:
    """One journey's view of the run: SDK clients, raw probes, accounts, mail."""

    def __init__(
        self, session: ContractSession, *, mail_wait: float = DEFAULT_MAIL_WAIT_SECONDS
    ) -> None:
        self.session = session
        self.spec = session.spec
        self.target = session.target
        self.last: httpx.Response | None = None
        self.mail_wait = mail_wait
        self._closers: list[Callable[[], None]] = []

    def close(self) -> None:
        for close in reversed(self._closers):
            close()

    # -- clients --------------------------------------------------------------------------------

    def _remember(self, response: httpx.Response) -> None:
        self.last = response

    def transport(self, *, wait_on_429: bool = True) -> httpx.BaseTransport:
        return self.session.transport(
            "journey", wait_on_429=wait_on_429, observers=[self._remember]
        )

    def sdk(self, *, wait_on_429: bool = True) -> Plinto:
        """A fresh, signed-out SDK client (no SDK retries: the run's transport is polite)."""
        client = Plinto(
            self.target.base_url, max_retries=0, transport=self.transport(wait_on_429=wait_on_429)
        )
        self._closers.append(client.close)
        return client

    def http(self) -> httpx.Client:
        """A raw client for probes the SDK would smooth over (it refreshes tokens on a 401)."""
        client = httpx.Client(base_url=self.target.base_url, transport=self.transport())
        self._closers.append(client.close)
        return client

    # -- accounts -------------------------------------------------------------------------------

    def new_account(self, label: str) -> tuple[Account, Plinto]:
        """A throwaway account (in the ledger) and an SDK client signed in as it."""
        account = self.session.identities.new_account(label)
        client = self.sdk()
        client.auth.sign_in(account.email, account.password)
        return account, client

    def account(self, email: str) -> Account:
        account = self.session.ledger.account(email)
        assert account is not None, f"{email} is not in the ledger"
        return account

    # -- mail -----------------------------------------------------------------------------------

    def mail_count(self, address: str) -> int:
        return len(self.target.mail_to(address))

    def next_mail_token(self, address: str, *, after: int) -> str:
        """The token of the first message to ``address`` beyond the first ``after`` ones."""
        deadline = time.monotonic() + self.mail_wait
        while True:
            messages = self.target.mail_to(address)
            if len(messages) > after:
                return str(messages[after]["token"])
            if time.monotonic() >= deadline:
                raise RuleBroken(
                    f"no new email reached {address} within {self.mail_wait:.0f} s",
                    operation="(mail)",
                    rule="email_is_delivered",
                )
            time.sleep(MAIL_POLL_SECONDS)

    # -- rules ----------------------------------------------------------------------------------

    def _broken(self, operation: str, rule: str, message: str) -> RuleBroken:
        text = f"[{operation}] rule {rule!r} broken: {message}"
        if self.last is not None:
            text += f"\n  last request ({self.last.status_code}): {curl_for(self.last.request)}"
        return RuleBroken(redact(text), operation=operation, rule=rule)

    def expect(self, condition: object, *, operation: str, rule: str, message: str) -> None:
        if not condition:
            raise self._broken(operation, rule, message)

    def refused(
        self, call: Callable[[], Any], status: int, *, operation: str, rule: str
    ) -> APIStatusError:
        """Run an SDK call that the rule says must fail with ``status``; return the error."""
        try:
            call()
        except APIStatusError as exc:
            if exc.status_code != status:
                raise self._broken(
                    operation, rule, f"answered {exc.status_code}, expected {status}"
                ) from exc
            return exc
        raise self._broken(operation, rule, f"succeeded, expected {status}")

    def _probe(self, token: str) -> int:
        """The status of a cheap secured read with ``token`` as the bearer."""
        probe = self.spec.operations[TOKEN_PROBE]
        with self.http() as client:
            headers = {"Authorization": f"Bearer {token}"}
            return client.request(probe.method, probe.path, headers=headers).status_code

    def bearer_refused(self, token: str, *, operation: str, rule: str) -> None:
        """The rule says ``token`` is dead: a secured read with it must answer 401."""
        status = self._probe(token)
        message = f"a dead token works: {TOKEN_PROBE} answered {status}"
        self.expect(status == 401, operation=operation, rule=rule, message=message)

    def bearer_works(self, token: str, *, operation: str, rule: str) -> None:
        """The rule says ``token`` is alive: a secured read with it must succeed."""
        status = self._probe(token)
        message = f"a live token is refused: {TOKEN_PROBE} answered {status}"
        self.expect(200 <= status < 300, operation=operation, rule=rule, message=message)

    @contextmanager
    def step(self, operation: str) -> Iterator[None]:
        """Name the operation of an SDK call whose unexpected error should fail the journey."""
        try:
            yield
        except APIStatusError as exc:
            raise self._broken(operation, "succeeds", f"answered {exc.status_code}: {exc}") from exc
