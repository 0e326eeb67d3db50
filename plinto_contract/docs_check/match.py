"""Which documented operation an example's ``METHOD /path`` is, or the nearest one if none.

A path segment that is a placeholder (``{organization_id}``, ``$ORG_ID``, ``<id>``) matches any
template parameter; literal template segments beat parameters (``/users/me`` before
``/users/{user_id}``). A miss is explained: the method is wrong, the ``/api/v1`` prefix is missing
or wrong, there is a trailing slash, or the path is unknown; each names the nearest operation.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from urllib.parse import unquote

from plinto_contract.docs_check.placeholders import is_placeholder
from plinto_contract.spec import Operation, Spec

__all__ = [
    "Match",
    "Mismatch",
    "describe",
    "match_operation",
    "nearest_operation",
    "nearest_operation_id",
]

# Words older Plinto docs use for what the API calls otherwise (facts §7); they only steer
# "nearest operation" suggestions, never matching.
_SYNONYMS = {
    "register": "signup",
    "login": "signin",
    "logout": "signout",
    "invites": "invitations",
    "invite": "invitations",
    "setup": "enable",
    "registration": "register",
    "start": "options",
    "begin": "options",
    "complete": "verify",
    "confirm": "reset",
    "terminate": "revoke",
}


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


@dataclass(frozen=True)
class Mismatch:
    message: str
    nearest: Operation | None


def describe(operation: Operation) -> str:
    return f"{operation.method} {operation.path} ({operation.operation_id})"


def _segments(path: str) -> list[str]:
    return [unquote(s) for s in path.strip("/").split("/")] if path.strip("/") else []


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _bind(template: str, path: str) -> tuple[int, dict[str, str]] | None:
    """(literal segments matched, parameters) if ``path`` fits ``template``."""
    wanted, given = _segments(template), _segments(path)
    if len(wanted) != len(given):
        return None
    literal, params = 0, {}
    for want, got in zip(wanted, given, strict=True):
        if _is_param(want):
            if not got:
                return None
            params[want[1:-1]] = got
        elif want == got:
            literal += 1
        else:
            return None
    return literal, params


def _routes(spec: Spec, path: str) -> list[tuple[int, Operation, dict[str, str]]]:
    found = []
    for operation in spec.operations.values():
        bound = _bind(operation.path, path)
        if bound is not None:
            found.append((bound[0], operation, bound[1]))
    return found


def _exact(spec: Spec, method: str, path: str) -> Match | None:
    routes = _routes(spec, path)
    if not routes:
        return None
    best = max(literal for literal, _, _ in routes)
    for literal, operation, params in routes:
        if literal == best and operation.method == method:
            # /sessions/current is not get_session: a word where the template has a uuid.
            return Match(operation, params) if _params_plausible(spec, operation, params) else None
    return None


def _path_words(path: str, prefix: str) -> list[str]:
    """The words of a path without the shared prefix, ids as ``{}``, old names translated."""
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix) :]
    words = []
    for segment in _segments(path):
        if _is_param(segment) or is_placeholder(segment) or any(ch.isdigit() for ch in segment):
            words.append("{}")  # an id or a placeholder
            continue
        segment = _SYNONYMS.get(segment.lower(), segment.lower())
        words.extend(_SYNONYMS.get(word, word) for word in segment.split("-") if word)
    return words


def _similarity(method: str, given: list[str], operation: Operation, prefix: str) -> float:
    wanted = _path_words(operation.path, prefix)
    by_word = difflib.SequenceMatcher(None, given, wanted).ratio()
    by_text = difflib.SequenceMatcher(None, "/".join(given), "/".join(wanted)).ratio()
    shared = set(given) | set(wanted)
    by_set = len(set(given) & set(wanted)) / len(shared) if shared else 0.0
    return by_word + 0.5 * by_text + 0.5 * by_set + (0.1 if operation.method == method else 0.0)


def nearest_operation(spec: Spec, method: str, path: str) -> Operation | None:
    """The documented operation most like ``METHOD path``."""
    operations = list(spec.operations.values())
    if not operations:
        return None
    prefix = _prefix(spec)
    given = _path_words(path, prefix)
    # A wrong prefix (/v1, /api) should not count against the rest of the path.
    for wrong in ("/v1", "/api"):
        if path.startswith(wrong + "/") and not path.startswith(prefix + "/"):
            given = _path_words(path[len(wrong) :], prefix)
    return max(operations, key=lambda op: _similarity(method.upper(), given, op, prefix))


def nearest_operation_id(spec: Spec, name: str) -> str | None:
    close = difflib.get_close_matches(name, list(spec.operations), n=1, cutoff=0.4)
    return close[0] if close else None


def _prefix(spec: Spec) -> str:
    """The path prefix most operations share (``/api/v1``), read from the spec."""
    counts: dict[str, int] = {}
    for operation in spec.operations.values():
        parts = _segments(operation.path)
        if len(parts) > 2:
            key = "/" + "/".join(parts[:2])
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def _not_documented(method: str, path: str, why: str, nearest: Operation | None) -> Mismatch:
    hint = f"; nearest documented operation: {describe(nearest)}" if nearest else ""
    return Mismatch(f"{method} {path} is not documented: {why}{hint}", nearest)


def match_operation(spec: Spec, method: str, path: str) -> Match | Mismatch:
    """The operation ``METHOD path`` is, or why it is none (with the nearest one)."""
    method = method.upper()
    if path.endswith("/") and len(path) > 1:
        fixed = _exact(spec, method, path.rstrip("/")) or _exact_any_method(spec, path.rstrip("/"))
        nearest = fixed.operation if fixed else nearest_operation(spec, method, path)
        return _not_documented(method, path, "collection paths have no trailing slash", nearest)
    found = _exact(spec, method, path)
    if found is not None:
        return found
    # A word where the template has an id (POST /sessions/revoke-all) is an unknown path,
    # not a wrong method of /sessions/{session_id}.
    routes = [r for r in _routes(spec, path) if _params_plausible(spec, r[1], r[2])]
    if routes:
        best = max(literal for literal, _, _ in routes)
        allowed = [op for literal, op, _ in routes if literal == best]
        # PUT is the usual mistake for PATCH; otherwise the first allowed method.
        nearest = next(
            (op for op in allowed if method == "PUT" and op.method == "PATCH"), allowed[0]
        )
        methods = ", ".join(op.method for op in allowed)
        return _not_documented(method, path, f"wrong method, the path allows {methods}", nearest)
    prefix = _prefix(spec)
    candidates = []
    if prefix and not path.startswith(prefix + "/"):
        segments = _segments(path)
        candidates.append((prefix + path, f"the {prefix} prefix is missing"))
        # A wrong prefix such as /v1/... or /api/...: keep the rest, put the real prefix on.
        for cut in (1, 2):
            rest = "/" + "/".join(segments[cut:])
            candidates.append((prefix + rest, f"the prefix must be {prefix}"))
    for candidate, why in candidates:
        fixed = _exact(spec, method, candidate) or _exact_any_method(spec, candidate)
        if fixed is not None:
            return _not_documented(method, path, why, fixed.operation)
    return _not_documented(method, path, "unknown path", nearest_operation(spec, method, path))


def _params_plausible(spec: Spec, operation: Operation, params: dict[str, str]) -> bool:
    """False if a literal path value fails its parameter's schema (a word for a uuid)."""
    schemas = {p.name: p.schema for p in operation.parameters if p.location == "path"}
    for name, value in params.items():
        literal = name in schemas and not is_placeholder(value)
        if literal and not spec.validator(schemas[name]).is_valid(value):
            return False
    return True


def _exact_any_method(spec: Spec, path: str) -> Match | None:
    routes = _routes(spec, path)
    if not routes:
        return None
    best = max(literal for literal, _, _ in routes)
    literal_routes = [(op, params) for literal, op, params in routes if literal == best]
    return Match(*literal_routes[0])
