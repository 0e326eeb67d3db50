"""match: a METHOD /path is one documented operation, or a problem naming the nearest one."""

from __future__ import annotations

import pytest

from plinto_contract.docs_check.match import Match, Mismatch, match_operation
from plinto_contract.spec import Spec


def matched(spec: Spec, method: str, path: str) -> str:
    found = match_operation(spec, method, path)
    assert isinstance(found, Match), getattr(found, "message", found)
    return found.operation.operation_id


def mismatch(spec: Spec, method: str, path: str) -> Mismatch:
    found = match_operation(spec, method, path)
    assert isinstance(found, Mismatch)
    return found


def test_literal_segments_beat_parameters(spec: Spec) -> None:
    assert matched(spec, "GET", "/api/v1/users/me") == "get_my_profile"
    assert matched(spec, "GET", "/api/v1/users/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") == "get_user"
    assert matched(spec, "GET", "/api/v1/webhooks/events/types") == "list_webhook_event_types"


@pytest.mark.parametrize("segment", ["$ORGANIZATION_ID", "<organization_id>", "{organization_id}"])
def test_placeholders_fill_path_parameters(spec: Spec, segment: str) -> None:
    found = match_operation(spec, "PATCH", f"/api/v1/organizations/{segment}")
    assert isinstance(found, Match)
    assert found.operation.operation_id == "update_organization"
    assert found.path_params == {"organization_id": segment}


def test_wrong_method_names_the_documented_one(spec: Spec) -> None:
    found = mismatch(spec, "PUT", "/api/v1/users/me")
    assert "wrong method" in found.message
    assert "GET, PATCH, DELETE" in found.message
    assert found.nearest is not None
    assert found.nearest.operation_id == "update_my_profile"


def test_missing_prefix(spec: Spec) -> None:
    found = mismatch(spec, "POST", "/auth/signup")
    assert "/api/v1 prefix is missing" in found.message
    assert found.nearest is not None
    assert found.nearest.operation_id == "signup"


def test_wrong_prefix(spec: Spec) -> None:
    found = mismatch(spec, "POST", "/v1/auth/signin")
    assert found.nearest is not None
    assert found.nearest.operation_id == "signin"


def test_trailing_slash(spec: Spec) -> None:
    found = mismatch(spec, "GET", "/api/v1/organizations/")
    assert "trailing slash" in found.message
    assert found.nearest is not None
    assert found.nearest.operation_id == "list_organizations"


@pytest.mark.parametrize(
    ("method", "path", "nearest"),
    [
        ("POST", "/api/v1/oauth/google/callback", "list_oauth_providers"),
        ("GET", "/api/v1/auth/auth/oauth/providers", "list_oauth_providers"),
        ("POST", "/api/v1/auth/register", "signup"),
        ("POST", "/api/v1/auth/login", "signin"),
        ("POST", "/api/v1/auth/mfa/setup", "enable_mfa"),
        ("POST", "/api/v1/auth/forgot-password", "forgot_password"),
        ("POST", "/api/v1/organizations/$ORG/invites", "create_invitation"),
        ("GET", "/api/v1/sessions/current", "list_sessions"),
        ("POST", "/api/v1/passkeys/registration/start", "create_passkey_registration_options"),
    ],
)
def test_unknown_paths_name_the_nearest_operation(
    spec: Spec, method: str, path: str, nearest: str
) -> None:
    found = mismatch(spec, method, path)
    assert "unknown path" in found.message
    assert found.nearest is not None
    assert found.nearest.operation_id == nearest
    assert f"({nearest})" in found.message
