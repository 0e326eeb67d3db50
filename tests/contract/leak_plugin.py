"""A pytest plugin for the redaction tests: it leaks seeded secrets through every output channel.

Loaded into a suite run with ``-p tests.contract.leak_plugin``. Around every test it prints the
seeded password and token to stdout and stderr and logs them, in the shapes real output takes (a
JSON body, an Authorization header); with ``PLINTO_LEAK_FAIL=1`` the first test also fails with
them in its message. The redaction test then searches all output for the secrets.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator

import pytest

PASSWORD_ENV = "PLINTO_LEAK_PASSWORD"
TOKEN_ENV = "PLINTO_LEAK_TOKEN"
FAIL_ENV = "PLINTO_LEAK_FAIL"
log = logging.getLogger("leak")
_failed: list[bool] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    password, token = os.environ[PASSWORD_ENV], os.environ[TOKEN_ENV]
    body = json.dumps({"email": "leak@example.com", "password": password})
    print(f"POST /api/v1/auth/signin {body}")
    print(f"Authorization: Bearer {token}", file=sys.stderr)
    log.warning("signing in with %s, then sending Bearer %s", body, token)
    result = yield
    if os.environ.get(FAIL_ENV) == "1" and not _failed:
        _failed.append(True)
        raise AssertionError(
            f"request failed: curl -H 'Authorization: Bearer {token}' -d '{body}' "
            f"password={password}"
        )
    return result
