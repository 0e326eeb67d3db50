"""Projection onto response schemas, and parameter coercion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from mock_server.validation import coerce
from mock_server.views import With, project
from plinto_contract.spec import Spec


@dataclass
class Record:
    message: str
    secret: str


def test_projection_keeps_documented_fields_only(spec: Spec) -> None:
    schema = spec.operations["signout"].responses["200"].schema
    assert project(spec, schema, Record(message="bye", secret="hash")) == {"message": "bye"}


def test_projection_picks_the_oneof_branch_the_source_fills(spec: Spec) -> None:
    schema = spec.operations["signin"].responses["200"].schema
    challenge = {
        "mfa_required": True,
        "mfa_token": "mfa_12345678",
        "methods": ["totp"],
        "expires_in": 300,
    }
    assert project(spec, schema, challenge) == challenge


def test_projection_formats_datetimes_and_overlays_extras(spec: Spec) -> None:
    schema = {
        "type": "object",
        "properties": {"message": {"type": "string"}, "at": {"type": "string"}},
    }
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    source = With(Record(message="x", secret="s"), at=moment)
    assert project(spec, schema, source) == {"message": "x", "at": "2026-01-02T03:04:05Z"}


def test_coerce_follows_the_schema() -> None:
    assert coerce({"type": "integer"}, "42") == 42
    assert coerce({"type": "integer"}, "4.2") == "4.2"
    assert coerce({"type": "number"}, "4.5") == 4.5
    assert coerce({"type": "boolean"}, "true") is True
    assert coerce({"type": "boolean"}, "yes") == "yes"
    upper = "3A4B5C6D-7E8F-4A0B-8C1D-2E3F4A5B6C7D"
    assert coerce({"type": "string", "format": "uuid"}, upper) == upper.lower()
    assert coerce({"type": "string", "format": "uuid"}, "nope") == "nope"
