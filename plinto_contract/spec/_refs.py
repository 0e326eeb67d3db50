"""Local `$ref`s: JSON pointers into the one document, found, escaped and followed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from plinto_contract.errors import SpecError

__all__ = ["escape", "iter_refs", "pointer", "resolve_ref"]


def escape(token: str) -> str:
    """Escape one JSON pointer token (RFC 6901): "/api/v1" -> "~1api~1v1"."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from raw tokens."""
    return "".join(f"/{escape(str(token))}" for token in tokens)


def iter_refs(node: Any, location: str = "") -> Iterator[tuple[str, str]]:
    """Yield (pointer of the node holding it, ref) for every string `$ref` under `node`."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield location, ref
        for key, value in node.items():
            yield from iter_refs(value, f"{location}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_refs(item, f"{location}/{index}")


def resolve_ref(document: Any, ref: str) -> Any:
    """Return the node a local `$ref` ("#/components/...") points at; SpecError if it dangles."""
    if not ref.startswith("#"):
        raise SpecError(f"$ref {ref!r} is not local; only '#/...' refs are supported")
    node = document
    fragment = unquote(ref[1:])
    for raw in fragment.split("/")[1:] if fragment else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise SpecError(f"$ref {ref!r} dangles: nothing at {token!r}")
    return node
