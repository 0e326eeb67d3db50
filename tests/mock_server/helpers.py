"""Small helpers the mock's tests share: a fresh account, bearer headers, paths by operationId."""

from __future__ import annotations

import itertools
import re
from typing import Any

from starlette.testclient import TestClient

from plinto_contract.spec import load_spec

# Meets the spec's password rule (12+ characters, upper, lower, digit, symbol).
PASSWORD = "Correct-Horse-42"
OTHER_PASSWORD = "Battery-Staple-77"
_counter = itertools.count()


def path(operation_id: str, **params: str) -> str:
    """The request path of an operation, with its template filled in."""
    template = load_spec().operations[operation_id].path
    return re.sub(r"\{(\w+)\}", lambda m: params[m.group(1)], template)


def unique_email(prefix: str = "user") -> str:
    return f"{prefix}{next(_counter)}@example.com"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class Account:
    """A signed-up user and its first token pair."""

    def __init__(
        self, client: TestClient, email: str | None = None, password: str = PASSWORD, **extra: Any
    ):
        self.client = client
        self.email = email or unique_email()
        self.password = password
        response = client.post(
            path("signup"), json={"email": self.email, "password": password, **extra}
        )
        assert response.status_code == 201, response.text
        body = response.json()
        self.user: dict[str, Any] = body["user"]
        self.tokens: dict[str, Any] = body["tokens"]

    @property
    def id(self) -> str:
        return str(self.user["id"])

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.tokens["access_token"])

    def signin(self) -> dict[str, Any]:
        response = self.client.post(
            path("signin"), json={"email": self.email, "password": self.password}
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body
