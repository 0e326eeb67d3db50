"""The spec layer: openapi.yaml read once, validated, and modelled as frozen values.

    from plinto_contract.spec import load_spec
    spec = load_spec()
    signup = spec.operations["signup"]
    errors = spec.validator(signup.request_schema).errors({"email": "x"})

Lint rules live in `plinto_contract.spec.lint`.
"""

from __future__ import annotations

from plinto_contract.spec._examples import Example, iter_examples
from plinto_contract.spec._loader import (
    DEFAULT_SPEC_PATH,
    load_document,
    load_spec,
    parse_yaml,
    spec_from_dict,
    validate_document,
)
from plinto_contract.spec._model import HeaderSpec, Operation, Parameter, ResponseSpec, Spec
from plinto_contract.spec._schemas import SchemaError, SchemaValidator

__all__ = [
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
]
