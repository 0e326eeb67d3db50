"""The pytest wiring of the contract suite: options, fixtures, ordering, redaction, summary.

Loaded by ``contract_tests/conftest.py``. Nothing else imports it, so the checks, targets and
coverage modules stay importable without pytest side effects.

- ``--base-url URL`` (or ``PLINTO_BASE_URL``) picks a live server; default: the in-process mock.
- ``--latency-budget-ms MS`` (or ``PLINTO_LATENCY_BUDGET_MS``) turns on ``latency_within_budget``.
- Every report (terminal, JUnit XML) is passed through ``plinto_contract.redact``, and a failure
  report opens with the operation and the checks that failed.
- The endpoint-coverage test runs last; the terminal summary prints the per-operation table.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Iterator
from typing import Any

import pytest

from contract_tests.checks import ProtocolViolation, latency_budget, set_latency_budget
from contract_tests.coverage import TALLY, coverage_table
from contract_tests.journeys import DEFAULT_MAIL_WAIT_SECONDS, MAIL_WAIT_ENV, Journey, RuleBroken
from contract_tests.session import ContractSession
from contract_tests.targets import Target, TargetConfig
from plinto_contract.errors import PlintoContractError
from plinto_contract.redact import redact
from plinto_contract.spec import Spec, load_spec

__all__ = [
    "contract_config",
    "contract_session",
    "journey",
    "mail",
    "pytest_addoption",
    "pytest_collection_modifyitems",
    "pytest_configure",
    "pytest_runtest_makereport",
    "pytest_terminal_summary",
    "spec",
    "target",
]

COVERAGE_MODULE = "test_endpoint_coverage.py"
STATEFUL_MODULE = "test_stateful.py"
_CONFIG_KEY = pytest.StashKey[TargetConfig]()
_SESSION_KEY = pytest.StashKey[ContractSession]()
_JOURNEYS_KEY = pytest.StashKey[dict[str, str]]()
_CUSTOM_CHECK = re.compile(r"Custom check failed: `([^`]+)`")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("plinto", "Plinto contract suite")
    group.addoption(
        "--base-url",
        default=None,
        help="live Plinto server to test (default: PLINTO_BASE_URL, else the in-process mock)",
    )
    group.addoption(
        "--latency-budget-ms",
        type=float,
        default=None,
        help="fail any response slower than this (default: PLINTO_LATENCY_BUDGET_MS, else none)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "journey: a business journey over the SDK")
    try:
        config.stash[_CONFIG_KEY] = TargetConfig.from_env(base_url=config.getoption("--base-url"))
    except PlintoContractError as exc:
        raise pytest.UsageError(str(exc)) from None
    budget = config.getoption("--latency-budget-ms")
    if budget is not None:
        set_latency_budget(budget)
    config.stash[_JOURNEYS_KEY] = {}


# -- fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def contract_config(pytestconfig: pytest.Config) -> TargetConfig:
    """What the environment says about the target and its accounts."""
    return pytestconfig.stash[_CONFIG_KEY]


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec()


@pytest.fixture(scope="session")
def target(contract_config: TargetConfig) -> Target:
    """The API under test: the in-process mock, or the live server of --base-url."""
    if contract_config.base_url is None:
        return Target.in_process(contract_config)
    return Target(contract_config, tally=TALLY)


@pytest.fixture(scope="session")
def contract_session(pytestconfig: pytest.Config, target: Target) -> Iterator[ContractSession]:
    """The run's ledger and identities; at the end, everything it created is deleted.

    Cleanup runs as a finalizer, so it also runs after failures; a resource it cannot delete fails
    the run (as an error of the last test) with the resource named.
    """
    session = ContractSession(target, tally=TALLY)
    pytestconfig.stash[_SESSION_KEY] = session
    try:
        yield session
    finally:
        problems: list[str] = []
        if not target.is_in_process:  # the in-process store dies with the process
            with session.client("cleanup", check=False) as client:
                problems = session.ledger.cleanup(client)
        session.close()
        if problems:
            pytest.fail(
                redact("cleanup left resources behind:\n" + "\n".join(problems)), pytrace=False
            )


@pytest.fixture
def journey(contract_session: ContractSession) -> Iterator[Journey]:
    """SDK clients, accounts, mail and rule checks for one journey test."""
    if not contract_session.target.config.signups_allowed:
        pytest.skip(
            "journeys sign up throwaway accounts, not permitted on "
            f"{contract_session.target.describe()}: "
            "set PLINTO_TEST_EMAIL_DOMAIN to a domain you own"
        )
    wait = float(os.environ.get(MAIL_WAIT_ENV, "") or DEFAULT_MAIL_WAIT_SECONDS)
    journey = Journey(contract_session, mail_wait=wait)
    try:
        yield journey
    finally:
        journey.close()


@pytest.fixture
def mail(journey: Journey) -> Journey:
    """The journey, for tests that read email: skipped on a live server without a mail hook."""
    if not journey.target.can_read_mail:
        pytest.skip(
            f"this journey reads email, which {journey.target.describe()} does not expose: "
            "set PLINTO_MAIL_HOOK=module:function to read it"
        )
    return journey


# -- ordering -------------------------------------------------------------------------------------


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The link walk first, the endpoint-coverage verdict last.

    The walk resets the mock between scenarios, which wipes what earlier tests created; run first,
    it leaves everything the later tests create on the server for the ledger's cleanup to delete
    (which the live-mode test verifies). The coverage verdict needs every other test's calls.
    """
    rank = {STATEFUL_MODULE: 0, COVERAGE_MODULE: 2}
    items.sort(key=lambda item: rank.get(item.path.name, 1))


# -- reports --------------------------------------------------------------------------------------


def _label_to_operation(label: str | None) -> str | None:
    """``POST /api/v1/auth/signup`` -> ``signup`` (None for labels outside the spec)."""
    if not label or " " not in label:
        return None
    method, path = label.split(" ", 1)
    operation = load_spec().operation(method, path)
    return operation.operation_id if operation else None


def _failures(error: BaseException | None) -> tuple[list[str], list[str]]:
    """The checks and operations behind a schemathesis failure, in order, without repeats."""
    from schemathesis.core.failures import Failure

    checks: list[str] = []
    operations: list[str] = []

    def note(names: list[str], operation: str | None) -> None:
        checks.extend(n for n in names if n not in checks)
        if operation and operation not in operations:
            operations.append(operation)

    stack = [error] if error is not None else []
    while stack:
        exc = stack.pop(0)
        if isinstance(exc, Failure):
            match = _CUSTOM_CHECK.search(exc.title)
            note(
                [match.group(1) if match else (type(exc).checks or (exc.title,))[0]],
                _label_to_operation(exc.operation),
            )
        elif isinstance(exc, ProtocolViolation):
            note(exc.checks, exc.operation)
        elif isinstance(exc, RuleBroken):
            note([exc.rule], exc.operation)
        if isinstance(exc, BaseExceptionGroup):
            stack.extend(exc.exceptions)
    return checks, operations


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    label = getattr(item, "operation_label", None)
    operation = _label_to_operation(label if isinstance(label, str) else None)
    if operation is not None and f"[{operation}]" not in report.nodeid:
        # schemathesis items share one node id; name the operation in reports and JUnit XML.
        report.nodeid = f"{report.nodeid}[{operation}]"
    if report.failed and report.longrepr is not None:
        checks, operations = _failures(call.excinfo.value if call.excinfo else None)
        if operation is not None and operation not in operations:
            operations.insert(0, operation)
        header = []
        if operations:
            header.append(f"operation: {', '.join(operations)}")
        if checks:
            header.append(f"failed checks: {', '.join(checks)}")
        text = "\n".join([*header, str(report.longrepr)])
        report.longrepr = redact(text)
    report.sections = [(title, redact(content)) for title, content in report.sections]
    if item.get_closest_marker("journey") and report.when == "call":
        item.config.stash[_JOURNEYS_KEY][item.nodeid] = report.outcome
    return report


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    session = config.stash.get(_SESSION_KEY, None)
    if session is None:
        return
    journeys = config.stash[_JOURNEYS_KEY]
    write = terminalreporter.write_line
    terminalreporter.section("Plinto contract coverage")
    write(f"target: {session.target.describe()}")
    write(
        f"fuzz cases: {session.cases}   stateful steps: {session.stateful_steps}   "
        f"journeys: {sum(o == 'passed' for o in journeys.values())} passed / {len(journeys)}   "
        f"responses seen: {TALLY.calls()}"
    )
    budget = latency_budget()
    if budget is not None:
        write(f"latency budget: {budget:.0f} ms per response")
    if session.target.gate.waited_seconds or session.target.gate.refused:
        write(
            f"429s: waited {session.target.gate.waited_seconds:.1f} s in total, "
            f"{session.target.gate.refused} not waited out (Retry-After over the bound)"
        )
    for line in coverage_table(session.spec, TALLY).splitlines():
        write(line)
