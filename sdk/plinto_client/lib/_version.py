"""The installed version of plinto-client (it follows `info.version` of openapi.yaml)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["USER_AGENT", "VERSION"]

try:
    VERSION = version("plinto-client")
except PackageNotFoundError:  # imported from a source tree that was never installed
    VERSION = "0+unknown"

USER_AGENT = f"plinto-client/{VERSION}"
