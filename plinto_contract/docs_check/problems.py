"""What the checker reports: a Problem is one ``file:line: message``; a Report is a whole run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from plinto_contract.redact import redact

__all__ = ["KINDS", "Problem", "Report"]

# Where a problem was found; `--format json` carries it so tools can filter.
KINDS = (
    "read",  # the file could not be read, or a block could not be parsed
    "match",  # METHOD /path is not a documented operation
    "request",  # headers, parameters or body disagree with the operation
    "response",  # a shown response disagrees with every documented response
    "execute",  # the mock answered an undocumented or unexpected status
    "python",  # a Python block raised
    "spec-example",  # an openapi.yaml request example did not get its success status
)


@dataclass(frozen=True)
class Problem:
    """One problem at one line. The message is redacted: it never carries a token or password."""

    path: str
    line: int
    kind: str
    message: str
    operation_id: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", redact(" ".join(self.message.split())))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "line": self.line,
            "kind": self.kind,
            "message": self.message,
            "operation_id": self.operation_id,
        }


@dataclass
class Report:
    """Every problem of a run, and how many blocks of each kind were checked."""

    problems: list[Problem] = field(default_factory=list)
    checked: Counter[str] = field(default_factory=Counter)
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def sorted_problems(self) -> list[Problem]:
        return sorted(self.problems, key=lambda p: (p.path, p.line))

    def summary(self) -> str:
        blocks = ", ".join(f"{count} {kind}" for kind, count in sorted(self.checked.items()))
        verdict = "no problems" if self.ok else f"{len(self.problems)} problem(s)"
        return f"{verdict} in {self.files} file(s); checked: {blocks or 'nothing'}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "files": self.files,
            "checked": dict(sorted(self.checked.items())),
            "problems": [p.as_dict() for p in self.sorted_problems()],
            "summary": self.summary(),
        }
