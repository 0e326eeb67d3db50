"""Mock-only routes under /__mock__/ (not in openapi.yaml; off with ``--no-admin``).

- ``GET  /__mock__/outbox[?email=…]``  the emails the mock "sent" (tokens for verification, reset,
  magic link, invitations), oldest first;
- ``POST /__mock__/reset``            forget every user, session, organization… and rate-limit
  counter;
- ``GET  /__mock__/faults``           the faults switched on, and every fault the mock knows.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mock_server.context import Services
from mock_server.faults import FAULTS

__all__ = ["ADMIN_PREFIX", "admin_routes"]

ADMIN_PREFIX = "/__mock__"


def admin_routes(services: Services) -> list[Route]:
    async def outbox(request: Request) -> Response:
        email = request.query_params.get("email")
        with services.store.lock:
            messages = [
                m.as_dict()
                for m in services.store.outbox
                if email is None or m.to.casefold() == email.casefold()
            ]
        return JSONResponse({"messages": messages})

    async def reset(request: Request) -> Response:
        services.reset()
        return Response(status_code=204)

    async def faults(request: Request) -> Response:
        active = services.settings.faults
        return JSONResponse(
            {
                "active": active.describe(),
                "available": [{"name": f.name, "doc": f.doc} for f in FAULTS.values()],
            }
        )

    return [
        Route(f"{ADMIN_PREFIX}/outbox", outbox, methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/reset", reset, methods=["POST"]),
        Route(f"{ADMIN_PREFIX}/faults", faults, methods=["GET"]),
    ]
