from __future__ import annotations

from tests.readiness.conftest import ca, ca_file, issue_cert

__all__ = ["ca", "ca_file", "issue_cert"]
