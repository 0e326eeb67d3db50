"""The public surface is exactly what __all__ says (httpx's test_exported_members, adapted)."""

from __future__ import annotations

import types

import pytest

import plinto_contract
import plinto_contract.spec
import plinto_contract.spec.lint

PUBLIC = {
    plinto_contract: [
        "Evidence",
        "Finding",
        "PlintoContractError",
        "Severity",
        "SpecError",
        "TLSFailure",
        "TargetError",
        "TargetTimeout",
        "TargetUnreachable",
        "UsageError",
        "__version__",
        "redact",
        "redact_mapping",
    ],
    plinto_contract.spec: [
        "DEFAULT_SPEC_PATH",
        "Example",
        "HeaderSpec",
        "Operation",
        "Parameter",
        "ResponseSpec",
        "SchemaError",
        "SchemaValidator",
        "Spec",
        "iter_examples",
        "load_document",
        "load_spec",
        "parse_yaml",
        "spec_from_dict",
        "validate_document",
    ],
    plinto_contract.spec.lint: ["ERROR_SCHEMA_REF", "RULES", "LintProblem", "Rule", "lint", "rule"],
}


@pytest.mark.parametrize("module", PUBLIC, ids=lambda module: module.__name__)
def test_all_is_pinned(module: types.ModuleType):
    assert module.__all__ == PUBLIC[module]


@pytest.mark.parametrize(
    "module", [plinto_contract, plinto_contract.spec], ids=lambda module: module.__name__
)
def test_packages_export_nothing_else(module: types.ModuleType):
    # The packages only re-export from private modules; lint.py is a module of named rules.
    for name in module.__all__:
        assert hasattr(module, name), name
    stray = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and name not in module.__all__
        and not isinstance(value, types.ModuleType)  # submodules and imported modules
        and name != "annotations"  # from __future__ import annotations
    }
    assert stray == set()


def test_root_exports_report_the_package_as_their_module():
    for name in plinto_contract.__all__:
        value = getattr(plinto_contract, name)
        if isinstance(value, type):
            assert value.__module__ == "plinto_contract", name
