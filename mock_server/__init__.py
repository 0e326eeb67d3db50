"""plinto-mock: a stateful mock of the whole Plinto API, driven by openapi.yaml.

from mock_server import create_app, Settings
app = create_app(settings=Settings(fast_hash=True, rate_limits=False))
"""

from __future__ import annotations

from mock_server.app import create_app, services_of
from mock_server.settings import Settings

__all__ = ["Settings", "create_app", "services_of"]
