"""Build the Starlette app from the spec: one route per path, dispatching by method to HANDLERS.

A request to an operation goes: rate limit > (auth-500 gate) > authentication > validation > handler
(in the thread pool) > projection onto the documented success response. Any refusal on the way is a
MockError, rendered by :func:`mock_server.errors.error_response` with the rate-limit headers kept.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from mock_server.admin import admin_routes
from mock_server.context import Call, Principal, Services, authenticate
from mock_server.docs import docs_routes
from mock_server.errors import MethodNotAllowed, MockError, error_response, exception_handlers
from mock_server.handlers import HANDLERS, Handler
from mock_server.middleware import CORSMiddleware, LatencyMiddleware, RequestContextMiddleware
from mock_server.ratelimit import RateLimit, RateLimiter
from mock_server.security import Security
from mock_server.settings import Settings
from mock_server.state import Store, User
from mock_server.validation import OperationValidator
from mock_server.views import project
from plinto_contract.spec import Operation, Spec, load_spec

__all__ = ["create_app", "ordered_paths", "services_of"]

log = logging.getLogger("mock_server")

AUTH_TAG = "auth"  # the operations the `auth-500` fault takes down
_TEMPLATE = re.compile(r"^\{[^/]+\}$")


def ordered_paths(paths: Sequence[str]) -> list[str]:
    """Literal segments before templated ones, so ``/slug/{slug}`` wins over ``/{organization_id}``.

    Starlette takes the first route that matches in full; at the first position where two paths
    differ, the literal one must come first.
    """

    def key(path: str) -> tuple[int, ...]:
        return tuple(1 if _TEMPLATE.match(part) else 0 for part in path.strip("/").split("/"))

    return sorted(paths, key=key)


class OperationEndpoint:
    """The ASGI endpoint of one spec path: picks the operation by method and runs it."""

    def __init__(self, services: Services, operations: Mapping[str, Operation]) -> None:
        self.services = services
        self.operations = operations
        self.allowed = sorted(operations)
        self.validators = {m: OperationValidator(services.spec, op) for m, op in operations.items()}
        self.limits = {
            m: RateLimit.from_extension(op.extensions.get("x-rate-limit"))
            for m, op in operations.items()
        }
        faults = services.settings.faults
        self.check_requests = not faults.active("accept-invalid")
        dropped = faults.dropped_field
        self.drop: dict[type, str] = {User: dropped} if dropped else {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        operation = self.operations.get(request.method)
        if operation is None:
            raise MethodNotAllowed(self.allowed)
        scope.setdefault("state", {})["operation_id"] = operation.operation_id
        try:
            response = await self._run(request, operation)
        except MockError as exc:
            response = error_response(scope, self._documented(operation, exc))
        await response(scope, receive, send)

    async def _run(self, request: Request, operation: Operation) -> Response:
        services = self.services
        limit = self.limits[request.method]
        if limit is not None:
            client = request.client.host if request.client else "unknown"
            headers = services.limiter.hit(limit, client)
            request.scope["state"].setdefault("response_headers", {}).update(headers)
        if operation.tag == AUTH_TAG:
            services.security.ensure_available()
        principal: Principal | None = None
        if operation.secured:
            principal = authenticate(services, request.headers.get("authorization"))
        data = await self.validators[request.method].parse(request, check=self.check_requests)
        call = Call(
            operation=operation,
            services=services,
            data=data,
            principal=principal,
            client_ip=request.client.host if request.client else None,
            user_agent=request.headers.get("user-agent"),
        )
        handler: Handler = HANDLERS[operation.operation_id]
        result = await run_in_threadpool(handler, call)
        return self._render(operation, result)

    def _render(self, operation: Operation, result: Any) -> Response:
        status = operation.success_status
        documented = operation.responses[str(status)]
        if documented.schema is None:
            return Response(status_code=status)
        spec = self.services.spec
        body = project(spec, documented.schema, result, drop=self.drop)
        if self.services.settings.validate_responses:
            problems = spec.validator(documented.schema).errors(body)
            if problems:
                log.error("%s: response breaks the spec: %s", operation.operation_id, problems)
                raise MockError("The mock built a response that breaks the spec")
        return JSONResponse(body, status_code=status)

    def _documented(self, operation: Operation, exc: MockError) -> MockError:
        """In self-check mode, an error status the operation does not document is the mock's bug."""
        if self.services.settings.validate_responses and str(exc.status) not in operation.responses:
            log.error(
                "%s: undocumented status %s (%s)", operation.operation_id, exc.status, exc.message
            )
            return MockError(f"The mock answered an undocumented {exc.status}")
        return exc


def _routes(services: Services) -> list[BaseRoute]:
    by_path: dict[str, dict[str, Operation]] = defaultdict(dict)
    for operation in services.spec.operations.values():
        by_path[operation.path][operation.method] = operation
    routes: list[BaseRoute] = [
        Route(path, OperationEndpoint(services, by_path[path]))
        for path in ordered_paths(list(by_path))
    ]
    routes += docs_routes(services.spec, services.settings.api_reference)
    if services.settings.admin_routes:
        routes += admin_routes(services)
    return routes


def create_app(spec: Spec | None = None, settings: Settings | None = None) -> Starlette:
    """The mock as an ASGI app: in-process for tests, or served by uvicorn (``plinto-mock``)."""
    spec = spec or load_spec()
    settings = settings or Settings()
    missing = sorted(set(spec.operations) - set(HANDLERS))
    if missing:
        raise RuntimeError(f"no handler for operations: {', '.join(missing)}")
    services = Services(
        spec=spec,
        settings=settings,
        store=Store(),
        security=Security(settings),
        limiter=RateLimiter(enforce=settings.rate_limits),
    )
    methods = sorted({op.method for op in spec.operations.values()})
    middleware = [
        Middleware(
            RequestContextMiddleware,
            spec=spec,
            send_security_headers=not settings.faults.active("no-security-headers"),
        ),
    ]
    if settings.faults.active("slow"):
        middleware.append(Middleware(LatencyMiddleware, millis=settings.faults.latency_ms))
    middleware.append(Middleware(CORSMiddleware, origins=settings.cors_origins, methods=methods))
    app = Starlette(
        routes=_routes(services),
        middleware=middleware,
        exception_handlers=exception_handlers(),
    )
    # A trailing slash is a different (unknown) path: 404, never a redirect (CONTRACT §1).
    app.router.redirect_slashes = False
    app.state.services = services
    return app


def services_of(app: Starlette) -> Services:
    """The store, security and settings behind an app from :func:`create_app`."""
    services = app.state.services
    assert isinstance(services, Services)
    return services
