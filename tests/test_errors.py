from __future__ import annotations

import pytest

from plinto_contract import errors


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (errors.SpecError, errors.PlintoContractError),
        (errors.UsageError, errors.PlintoContractError),
        (errors.TargetError, errors.PlintoContractError),
        (errors.TargetUnreachable, errors.TargetError),
        (errors.TLSFailure, errors.TargetError),
        (errors.TargetTimeout, errors.TargetError),
    ],
)
def test_hierarchy(child, parent):
    assert issubclass(child, parent)


def test_every_error_says_when_it_is_raised():
    for name in errors.__all__:
        doc = getattr(errors, name).__doc__
        assert doc, name
        assert "\n" not in doc.strip(), f"{name}: docstring should be one line"
