"""The schemathesis schemas of the suite, loaded from openapi.yaml with the suite's check policy.

The only policy here: an operation that documents 400 ("well formed but refused": a wrong password
or token, CONTRACT §3) may answer it to schema-valid data, so ``positive_data_acceptance`` accepts
the 400 *that operation documents* on top of schemathesis's defaults.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Collection
from typing import Any

import schemathesis
from schemathesis.config._checks import POSITIVE_DATA_ACCEPTANCE_EXPECTED_STATUSES
from schemathesis.specs.openapi.schemas import OpenApiSchema

from plinto_contract.errors import UsageError
from plinto_contract.spec import DEFAULT_SPEC_PATH, Operation, Spec

__all__ = [
    "FUZZ_EXAMPLES_ENV",
    "FUZZ_OPERATIONS_ENV",
    "fuzz_examples",
    "fuzz_operations",
    "load_schema",
]

FUZZ_EXAMPLES_ENV = "PLINTO_FUZZ_EXAMPLES"
FUZZ_OPERATIONS_ENV = "PLINTO_FUZZ_OPERATIONS"
DEFAULT_FUZZ_EXAMPLES = 10
REFUSED_STATUS = "400"


def fuzz_examples() -> int:
    """Hypothesis examples per operation (PLINTO_FUZZ_EXAMPLES, small by default for 2 cores)."""
    raw = os.environ.get(FUZZ_EXAMPLES_ENV, "").strip()
    return int(raw) if raw else DEFAULT_FUZZ_EXAMPLES


def fuzz_operations() -> list[str]:
    """The operations to fuzz (PLINTO_FUZZ_OPERATIONS, comma-separated); empty means all."""
    raw = os.environ.get(FUZZ_OPERATIONS_ENV, "")
    return [name.strip() for name in raw.split(",") if name.strip()]


def _config(spec: Spec, *, inferred_links: bool) -> schemathesis.Config:
    operations: list[dict[str, Any]] = [
        {
            "include-operation-id": op.operation_id,
            "checks": {
                "positive_data_acceptance": {
                    "expected-statuses": [
                        *POSITIVE_DATA_ACCEPTANCE_EXPECTED_STATUSES,
                        REFUSED_STATUS,
                    ]
                }
            },
        }
        for op in spec.operations.values()
        if REFUSED_STATUS in op.responses
    ]
    if not inferred_links:
        # A link walk: an organization read by slug after its DELETE by id answers 404, and
        # `ensure_resource_availability` cannot tie the slug to the id, so it reports the resource
        # missing. Off for operations that look a resource up by a second key (no uuid in the path).
        operations += [
            {
                "include-operation-id": op.operation_id,
                "checks": {"ensure_resource_availability": {"enabled": False}},
            }
            for op in spec.operations.values()
            if _looks_up_by_alternate_key(op)
        ]
    data: dict[str, Any] = {
        "generation": {"max-examples": fuzz_examples()},
        "operations": operations,
    }
    if not inferred_links:
        data["phases"] = {"stateful": {"inference": {"algorithms": []}}}
    return schemathesis.Config.from_dict(data)


def _looks_up_by_alternate_key(operation: Operation) -> bool:
    """A GET whose path parameters are not ids (``/organizations/slug/{slug}``)."""
    path_params = [p for p in operation.parameters if p.location == "path"]
    return (
        operation.method == "GET"
        and bool(path_params)
        and all(p.schema.get("format") != "uuid" for p in path_params)
    )


def _only(document: dict[str, Any], operation_ids: Collection[str]) -> dict[str, Any]:
    """A copy of the document with only the named operations (components stay whole)."""
    pruned = copy.deepcopy(document)
    for path, item in list(pruned.get("paths", {}).items()):
        for method in [m for m, op in item.items() if isinstance(op, dict) and "operationId" in op]:
            if item[method]["operationId"] not in operation_ids:
                del item[method]
        if not any(isinstance(op, dict) and "operationId" in op for op in item.values()):
            del pruned["paths"][path]
    return pruned


def load_schema(
    spec: Spec, *, inferred_links: bool = True, only: Collection[str] = ()
) -> OpenApiSchema:
    """A fresh schemathesis schema of ``spec`` (separate objects keep auth providers apart).

    ``inferred_links=False`` keeps a state machine to the spec's own links (no guessed ones).
    ``only`` keeps just those operations. (``schema.include()`` would be the natural tool, but in
    schemathesis 4.32.5 it selects nothing once the config has ``[[operations]]`` overrides.)
    """
    config = _config(spec, inferred_links=inferred_links)
    if only:
        unknown = sorted(set(only) - set(spec.operations))
        if unknown:
            raise UsageError(f"unknown operationId(s): {', '.join(unknown)}")
        return schemathesis.openapi.from_dict(_only(spec.document, only), config=config)
    return schemathesis.openapi.from_path(spec.path or DEFAULT_SPEC_PATH, config=config)
