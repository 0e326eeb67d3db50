"""The spec itself (/openapi.yaml, /openapi.json) and an API reference at /docs.

/docs is the static Redoc page ``nox -s docs`` builds (``Settings.api_reference``) when there is
one, else Swagger UI from the ``swagger-ui-py`` wheel (Swagger UI 5, which reads OpenAPI 3.1).
Nothing is loaded from a CDN. /docs sends its own CSP, relaxed only as far as the page needs
(inline styles, ``data:`` images); scripts stay ``'self'``, plus, for the Redoc page, the
SHA-256 hashes of exactly the inline scripts it holds.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import re
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from mock_server.errors import NotFound
from plinto_contract.spec import Spec

__all__ = ["DOCS_CSP", "docs_routes", "reference_csp", "swagger_ui_dir"]

DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)
ASSETS = {
    "swagger-ui.css": "text/css",
    "swagger-ui-bundle.js": "text/javascript",
    "favicon-32x32.png": "image/png",
}
_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} (plinto-mock)</title>
  <link rel="icon" href="/docs/assets/favicon-32x32.png">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
"""
# A file, not an inline script, so the CSP can keep script-src 'self'.
_INIT = 'window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});\n'


_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)


def reference_csp(html: str) -> str:
    """The CSP for a built reference page: its own inline scripts, by hash, and nothing else."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(html)
    )
    return (
        f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        "worker-src 'self' blob:; frame-ancestors 'none'"
    )


def swagger_ui_dir() -> Path:
    found = importlib.util.find_spec("swagger_ui")
    if found is None or not found.submodule_search_locations:
        raise RuntimeError("the swagger-ui-py package is not installed")
    return Path(next(iter(found.submodule_search_locations))) / "static"


def docs_routes(spec: Spec, api_reference: Path | None = None) -> list[Route]:
    yaml_text = spec.path.read_bytes() if spec.path is not None else None
    title = str(spec.document.get("info", {}).get("title", "API"))
    assets = swagger_ui_dir()

    async def openapi_yaml(request: Request) -> Response:
        if yaml_text is None:
            raise NotFound("This mock was built from an in-memory spec")
        return Response(yaml_text, media_type="application/yaml")

    async def openapi_json(request: Request) -> Response:
        return JSONResponse(spec.document)

    async def page(request: Request) -> Response:
        if api_reference is not None and api_reference.is_file():
            # Read per request: a rebuilt reference shows up without a restart.
            html = api_reference.read_text(encoding="utf-8")
            return HTMLResponse(html, headers={"Content-Security-Policy": reference_csp(html)})
        return HTMLResponse(
            _PAGE.format(title=title), headers={"Content-Security-Policy": DOCS_CSP}
        )

    async def init(request: Request) -> Response:
        return Response(_INIT, media_type="text/javascript")

    async def asset(request: Request) -> Response:
        name = str(request.path_params["name"])
        if name not in ASSETS:
            raise NotFound("No such asset")
        return FileResponse(assets / name, media_type=ASSETS[name])

    return [
        Route("/openapi.yaml", openapi_yaml, methods=["GET"]),
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/docs", page, methods=["GET"]),
        Route("/docs/init.js", init, methods=["GET"]),
        Route("/docs/assets/{name}", asset, methods=["GET"]),
    ]
