"""The contract suite: fuzz, walk and verify every documented endpoint against a Plinto server.

Run it with ``pytest contract_tests`` (in-process mock) or ``pytest contract_tests --base-url URL``
(a live server over HTTP). Readiness reuses the pieces that need no pytest:

- :mod:`contract_tests.checks`: the protocol checks (``CHECKS``), registered with schemathesis;
- :mod:`contract_tests.targets`: target selection and polite HTTP clients;
- :mod:`contract_tests.coverage`: the per-operation tally of statuses seen.

Importing this package has no pytest side effects; the pytest wiring lives in
:mod:`contract_tests.plugin`, which ``contract_tests/conftest.py`` loads.
"""

from __future__ import annotations

__all__: list[str] = []
