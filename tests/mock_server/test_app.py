"""Routing: one route per spec path, handlers one-to-one with operationIds, docs and spec served."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from mock_server.app import ordered_paths
from mock_server.handlers import HANDLERS, MODULES
from plinto_contract.spec import Spec
from tests.mock_server.helpers import Account, path


def test_handlers_are_exactly_the_spec_operation_ids(spec: Spec) -> None:
    assert set(HANDLERS) == set(spec.operations)


def test_each_handler_lives_in_the_module_of_its_tag(spec: Spec) -> None:
    modules = {module.__name__.rsplit(".", 1)[1]: module for module in MODULES}
    for operation in spec.operations.values():
        assert HANDLERS[operation.operation_id].__module__ == modules[operation.tag].__name__


def test_literal_paths_are_routed_before_templated_ones() -> None:
    paths = ["/o/{id}", "/o/slug/{slug}", "/w/{id}", "/w/events/types", "/w/{id}/x"]
    ordered = ordered_paths(paths)
    assert ordered.index("/o/slug/{slug}") < ordered.index("/o/{id}")
    assert ordered.index("/w/events/types") < ordered.index("/w/{id}/x")


def test_literal_path_beside_a_template_reaches_its_own_operation(
    client: TestClient, account: Account
) -> None:
    types = client.get(path("list_webhook_event_types"), headers=account.headers)
    assert types.status_code == 200
    assert "user.created" in types.json()["event_types"]
    by_slug = client.get(
        path("get_organization_by_slug", slug="no-such-org"), headers=account.headers
    )
    assert by_slug.status_code == 404


def test_unknown_path_is_404_envelope(client: TestClient) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error_code"] == "RESOURCE_NOT_FOUND"
    assert response.json()["path"] == "/api/v1/nothing-here"


def test_trailing_slash_is_not_redirected(client: TestClient) -> None:
    response = client.get(path("get_health") + "/", follow_redirects=False)
    assert response.status_code == 404


def test_wrong_method_is_405_with_the_paths_methods_in_allow(
    client: TestClient, spec: Spec
) -> None:
    target = spec.operations["get_my_profile"].path
    methods = sorted(op.method for op in spec.operations.values() if op.path == target)
    response = client.put(target)
    assert response.status_code == 405
    assert sorted(m.strip() for m in response.headers["allow"].split(",")) == methods
    assert response.json()["error_code"] == "METHOD_NOT_ALLOWED"


def test_spec_is_served_as_yaml_and_json(client: TestClient, spec: Spec) -> None:
    assert spec.path is not None
    as_yaml = client.get("/openapi.yaml")
    assert as_yaml.status_code == 200
    assert as_yaml.content == spec.path.read_bytes()
    assert client.get("/openapi.json").json() == spec.document


def test_docs_use_local_assets_only(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources
    assert all(s.startswith("/docs/") for s in sources)
    for source in sources:
        assert client.get(source).status_code == 200, source
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "http" not in csp


def test_docs_assets_outside_the_list_are_404(client: TestClient) -> None:
    assert client.get("/docs/assets/../../secrets").status_code == 404
    assert client.get("/docs/assets/index.html").status_code == 404


@pytest.mark.parametrize("operation_id", ["get_health", "get_jwks", "get_openid_configuration"])
def test_public_documents_answer_without_auth(client: TestClient, operation_id: str) -> None:
    assert client.get(path(operation_id)).status_code == 200
