"""Validators built from spec schemas: 2020-12, formats on, refs resolved, dotted field names."""

from __future__ import annotations

import pytest

from plinto_contract.errors import SpecError
from plinto_contract.spec import SchemaError, Spec


def test_valid_instance_has_no_errors(mini: Spec):
    validator = mini.validator(mini.operations["create_thing"].request_schema or {})
    instance = {"name": "Widget", "owner": {"email": "ada@example.com"}, "tags": ["a"]}
    assert validator.errors(instance) == []
    assert validator.is_valid(instance)


def test_errors_name_dotted_fields_through_refs(mini: Spec):
    validator = mini.validator(mini.operations["create_thing"].request_schema or {})
    instance = {"owner": {"email": "not-an-email"}, "tags": ["ok", "NO"], "extra": 1}
    errors = validator.errors(instance)
    assert not validator.is_valid(instance)
    assert sorted((e.field, e.keyword) for e in errors) == [
        ("extra", "additionalProperties"),
        ("name", "required"),
        ("owner.email", "format"),
        ("tags.1", "pattern"),
    ]


def test_messages_do_not_echo_the_value(mini: Spec):
    # A rejected password must not come back in a 422 body or a report.
    validator = mini.validator({"type": "string", "minLength": 30})
    secret = "Hunter2-Secret!"
    assert validator.errors(secret) == [
        SchemaError(field="", message="must be at least 30 characters long", keyword="minLength")
    ]


@pytest.mark.parametrize(
    ("schema", "instance", "message"),
    [
        ({"type": "integer"}, "x", "must be of type integer"),
        ({"maxLength": 1}, "xy", "must be at most 1 character long"),
        ({"enum": ["a", "b"]}, "c", "must be one of: a, b"),
        ({"const": "bearer"}, "x", "must be bearer"),
        ({"minimum": 1}, 0, "must be >= 1"),
        ({"maximum": 100}, 101, "must be <= 100"),
        ({"format": "uuid"}, "nope", "must be a valid uuid"),
        ({"minProperties": 1}, {}, "must have at least 1 field"),
        ({"maxItems": 2}, [1, 2, 3], "must have at most 2 items"),
    ],
)
def test_messages(mini: Spec, schema, instance, message):
    assert [error.message for error in mini.validator(schema).errors(instance)] == [message]


def test_validators_are_cached(mini: Spec):
    schema = mini.operations["create_thing"].request_schema or {}
    assert mini.validator(schema) is mini.validator(schema)
    assert mini.validator({"type": "string"}) is mini.validator({"type": "string"})


def test_unresolvable_schema_is_a_spec_error(mini: Spec):
    with pytest.raises(SpecError, match="cannot compile schema"):
        mini.validator({"$ref": "#/components/schemas/Nope"})
    with pytest.raises(SpecError, match="cannot compile schema"):
        mini.validator({"type": "no-such-type"})
