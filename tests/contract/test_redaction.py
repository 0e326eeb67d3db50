"""No secret reaches the suite's output: seed known ones, make the suite fail, search everything.

The run combines real failures (the signout-noop fault breaks the account journey, whose report
carries the request with its bearer token) with a plugin that leaks a seeded password and token
through stdout, stderr, logging and a failure message. JUnit XML, stdout and stderr must contain
neither secret, and no JWT at all.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest

from tests.contract import leak_plugin
from tests.contract.suite import run_suite

JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.")


def seeded_secrets() -> tuple[str, str]:
    password = f"Seeded-{secrets.token_hex(8)}-Pw1!"
    token = f"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ{secrets.token_hex(6)}.{secrets.token_hex(16)}"
    return password, token


@pytest.mark.slow
def test_failure_reports_carry_no_secret(tmp_path: Path) -> None:
    password, token = seeded_secrets()
    run = run_suite(
        [
            "contract_tests/test_journey_account.py",
            "contract_tests/test_fuzz.py",
            "-p",
            "tests.contract.leak_plugin",
        ],
        tmp_path,
        env={
            "PLINTO_MOCK_FAULTS": "signout-noop",
            "PLINTO_FUZZ_OPERATIONS": "get_current_user,signout",
            leak_plugin.PASSWORD_ENV: password,
            leak_plugin.TOKEN_ENV: token,
            leak_plugin.FAIL_ENV: "1",
        },
    )
    assert run.returncode == 1, run.summary()
    assert run.failure_naming("signout", "signout_revokes_the_token"), run.summary()
    output = run.all_output
    assert password not in output
    assert token not in output
    assert not JWT.search(output), f"a JWT reached the output: {JWT.search(output)}"
    assert "[REDACTED]" in run.junit, "nothing was redacted: the secrets never reached the report"
