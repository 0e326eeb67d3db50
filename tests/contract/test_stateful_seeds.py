"""The link walk's round seeds: repeatable on request and under CI, random otherwise.

Hypothesis loads its derandomizing ``ci`` profile when it detects CI; a walk whose rounds all
shared one seed replayed the same scenarios and once failed CI (links never followed to a 2xx).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings

from contract_tests.test_stateful import STATEFUL_SEED_ENV, base_seed


def _use_profile(derandomize: bool) -> Iterator[None]:
    previous = settings.get_current_profile_name()
    name = f"plinto-derandomize-{derandomize}"
    settings.register_profile(name, derandomize=derandomize, database=None)
    settings.load_profile(name)
    try:
        yield
    finally:
        settings.load_profile(previous)


@pytest.fixture
def derandomized() -> Iterator[None]:
    yield from _use_profile(derandomize=True)


@pytest.fixture
def randomized() -> Iterator[None]:
    yield from _use_profile(derandomize=False)


@pytest.mark.usefixtures("derandomized")
def test_the_environment_fixes_the_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STATEFUL_SEED_ENV, "1234")
    assert base_seed() == 1234


@pytest.mark.usefixtures("derandomized")
def test_a_derandomized_profile_starts_at_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STATEFUL_SEED_ENV, raising=False)
    assert base_seed() == 0


@pytest.mark.usefixtures("randomized")
def test_otherwise_each_run_draws_its_own_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STATEFUL_SEED_ENV, raising=False)
    assert len({base_seed() for _ in range(5)}) > 1
