"""Loads the contract suite's pytest wiring (options, fixtures, hooks): contract_tests.plugin."""

from __future__ import annotations

from contract_tests.plugin import *  # noqa: F403  (hooks and fixtures are found by name)
