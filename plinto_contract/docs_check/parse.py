"""Read what a block says: curl commands and raw HTTP requests, HTTP responses, JSON bodies.

Nothing here knows the spec. A parse problem (an option we cannot follow, a body from a file)
is carried on the value, so the caller reports it with the block's line.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, parse_qsl, urlsplit

from plinto_contract.docs_check.extract import Block
from plinto_contract.docs_check.placeholders import PLACEHOLDER

__all__ = [
    "SHELL_LANGUAGES",
    "BodyText",
    "ExampleRequest",
    "ExampleResponse",
    "JsonProblem",
    "is_http_response",
    "load_json",
    "parse_curl_block",
    "parse_http_request",
    "parse_http_response",
]

SHELL_LANGUAGES = frozenset({"sh", "bash", "shell", "console", "zsh", "curl", "shell-session"})

# curl options that take a value we do not need; the value must still be skipped.
_IGNORED_WITH_VALUE = frozenset(
    {
        "-o",
        "--output",
        "-w",
        "--write-out",
        "-m",
        "--max-time",
        "--connect-timeout",
        "-A",
        "--user-agent",
        "--retry",
        "-e",
        "--referer",
        "-c",
        "--cookie-jar",
        "--cacert",
        "-D",
        "--dump-header",
    }
)
_DATA_OPTIONS = frozenset({"-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--json"})


@dataclass(frozen=True)
class BodyText:
    """A request or response body as written, and the file line it starts on."""

    text: str
    line: int


@dataclass(frozen=True)
class ExampleRequest:
    """One HTTP request an example makes."""

    block: Block
    line: int
    method: str
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    body: BodyText | None = None
    form_encoded: bool = False  # curl -d without a Content-Type sends a form
    problems: tuple[str, ...] = ()
    host: str = ""  # the Host header of a raw HTTP request (its scheme is not written)

    def _parts(self) -> SplitResult:
        # "$PLINTO_BASE_URL/api/v1/..." : a placeholder base stands for a server.
        base = PLACEHOLDER.match(self.url)
        return urlsplit(self.url[base.end() :] if base else self.url)

    @property
    def path(self) -> str:
        return self._parts().path or "/"

    @property
    def path_and_query(self) -> str:
        parts = self._parts()
        return f"{parts.path or '/'}?{parts.query}" if parts.query else parts.path or "/"

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(self._parts().query, keep_blank_values=True)

    @property
    def origin(self) -> str:
        """``scheme://host[:port]`` as written, or "" for a bare path or a placeholder base."""
        parts = self._parts()
        return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass(frozen=True)
class ExampleResponse:
    """A response an example shows: an ``HTTP/1.1 ...`` block or a JSON block."""

    block: Block
    line: int
    status: int | None
    body: BodyText | None
    headers: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class JsonProblem:
    line: int
    message: str


def load_json(body: BodyText) -> Any | JsonProblem:
    """The JSON value of a body, or where and why it is not JSON."""
    try:
        return json.loads(body.text)
    except json.JSONDecodeError as exc:
        return JsonProblem(body.line + exc.lineno - 1, f"not valid JSON: {exc.msg}")


# ---------------------------------------------------------------------------------------- curl


def _logical_commands(block: Block) -> Iterator[tuple[int, str]]:
    """(first line index, text) of each shell command, joining ``\\`` and open quotes."""
    lines = block.text.splitlines()
    start, buffer = 0, ""
    for index, raw in enumerate(lines):
        line = raw
        if not buffer:
            start = index
            stripped = line.lstrip()
            if stripped.startswith("$ "):
                line = stripped[2:]
        buffer = f"{buffer}\n{line}" if buffer else line
        if buffer.endswith("\\"):
            buffer = buffer[:-1]
            continue
        try:
            shlex.split(buffer, comments=True)
        except ValueError:  # an open quote: the command goes on
            continue
        yield start, buffer
        buffer = ""
    if buffer.strip():
        yield start, buffer


def parse_curl_block(block: Block) -> list[ExampleRequest]:
    """Each ``curl`` command of a shell block; other commands are ignored."""
    requests = []
    for index, command in _logical_commands(block):
        try:
            words = shlex.split(command, comments=True)
        except ValueError:
            words = []
        if words and words[0] == "curl":
            requests.append(_parse_curl(block, index, command, words[1:]))
    return requests


def _parse_curl(block: Block, index: int, command: str, words: list[str]) -> ExampleRequest:
    method: str | None = None
    url = ""
    headers: list[tuple[str, str]] = []
    data: list[str] = []
    json_option = False
    as_query = False
    problems: list[str] = []
    position = 0
    while position < len(words):
        word = words[position]
        value = words[position + 1] if position + 1 < len(words) else ""
        if word in ("-X", "--request"):
            method, position = value.upper(), position + 2
            continue
        if word.startswith("-X") and len(word) > 2:
            method, position = word[2:].upper(), position + 1
            continue
        if word in ("-H", "--header"):
            name, _, header_value = value.partition(":")
            headers.append((name.strip(), header_value.strip()))
            position += 2
            continue
        if word in _DATA_OPTIONS:
            if value.startswith("@"):
                problems.append(f"curl {word} {value}: a body read from a file cannot be checked")
            json_option = json_option or word == "--json"
            data.append(value)
            position += 2
            continue
        if word in ("-G", "--get"):
            as_query, position = True, position + 1
            continue
        if word in ("-u", "--user"):
            problems.append("curl -u sends HTTP Basic credentials; the API takes a bearer token")
            position += 2
            continue
        if word in ("-F", "--form"):
            problems.append("curl -F sends multipart/form-data; the API takes JSON bodies")
            position += 2
            continue
        if word in _IGNORED_WITH_VALUE:
            position += 2
            continue
        if word == "--url":
            url, position = value, position + 2
            continue
        if word.startswith("-"):
            position += 1  # a flag such as -s, -i, --fail
            continue
        url, position = word, position + 1
    if json_option:
        lowered = {name.lower() for name, _ in headers}
        if "content-type" not in lowered:
            headers.append(("Content-Type", "application/json"))
        if "accept" not in lowered:
            headers.append(("Accept", "application/json"))
    body: BodyText | None = None
    if data and as_query:
        separator = "&" if "?" in url else "?"
        url = f"{url}{separator}{'&'.join(data)}"
    elif data:
        first = data[0]
        start = index + command.count("\n", 0, max(command.find(first[:20]), 0))
        body = BodyText("&".join(data), block.content_line(start))
    if not url:
        problems.append("curl command without a URL")
    return ExampleRequest(
        block=block,
        line=block.content_line(index),
        method=method or ("POST" if body is not None else "GET"),
        url=url,
        headers=tuple(headers),
        body=body,
        form_encoded=body is not None and not any(n.lower() == "content-type" for n, _ in headers),
        problems=tuple(problems),
    )


# ---------------------------------------------------------------------------------------- HTTP


def _head_and_body(block: Block) -> tuple[list[str], BodyText | None]:
    lines = block.text.splitlines()
    for index, line in enumerate(lines):
        if not line.strip():
            rest = "\n".join(lines[index + 1 :])
            if rest.strip():
                return lines[:index], BodyText(rest, block.content_line(index + 1))
            return lines[:index], None
    return lines, None


def _headers(lines: list[str]) -> tuple[tuple[str, str], ...]:
    headers = []
    for line in lines:
        name, sep, value = line.partition(":")
        if sep:
            headers.append((name.strip(), value.strip()))
    return tuple(headers)


def is_http_response(block: Block) -> bool:
    return block.text.lstrip().upper().startswith("HTTP/")


def parse_http_request(block: Block) -> ExampleRequest | None:
    """A raw ``METHOD target HTTP/1.1`` block, or None if the first line is not a request line."""
    head, body = _head_and_body(block)
    if not head:
        return None
    words = head[0].split()
    if len(words) < 2 or not words[0].isalpha() or not words[0].isupper():
        return None
    method, target = words[0], words[1]
    headers = _headers(head[1:])
    host = next((v for k, v in headers if k.lower() == "host"), "")
    return ExampleRequest(
        block=block,
        line=block.content_line(0),
        method=method,
        url=target,
        headers=headers,
        body=body,
        host=host,
    )


def parse_http_response(block: Block) -> ExampleResponse:
    """An ``HTTP/1.1 200 OK`` block: status, headers and body."""
    head, body = _head_and_body(block)
    words = head[0].split() if head else []
    status = int(words[1]) if len(words) > 1 and words[1].isdigit() else None
    return ExampleResponse(
        block=block,
        line=block.content_line(0),
        status=status,
        body=body,
        headers=_headers(head[1:]),
    )
