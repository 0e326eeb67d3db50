"""The static pass over one page: classify each block, match requests, validate bodies.

It also plans the page's execution: the requests that passed every static check and the Python
blocks, in page order, each request with the status its shown response expects.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from plinto_contract.docs_check.extract import Block
from plinto_contract.docs_check.match import Match, match_operation, nearest_operation_id
from plinto_contract.docs_check.parse import (
    SHELL_LANGUAGES,
    BodyText,
    ExampleRequest,
    ExampleResponse,
    JsonProblem,
    is_http_response,
    load_json,
    parse_curl_block,
    parse_http_request,
    parse_http_response,
)
from plinto_contract.docs_check.problems import Problem
from plinto_contract.docs_check.validate import (
    check_request,
    check_response,
    check_value,
    component_schema,
)
from plinto_contract.spec import Operation, Spec

__all__ = ["PageCheck", "PythonStep", "RequestStep", "check_page"]


@dataclass
class RequestStep:
    """A request to run against the mock; ``expected_status`` comes from its shown response."""

    request: ExampleRequest
    operation: Operation
    expected_status: int | None = None
    runnable: bool = True
    # Disagreements with the operation; waived when the example shows a 4xx answer, because
    # then it demonstrates a refused request (a weak password, a missing token) on purpose.
    problems: list[Problem] = field(default_factory=list)

    @property
    def shows_refusal(self) -> bool:
        return self.expected_status is not None and 400 <= self.expected_status < 500


@dataclass(frozen=True)
class PythonStep:
    block: Block


@dataclass
class PageCheck:
    path: Path
    problems: list[Problem] = field(default_factory=list)
    checked: Counter[str] = field(default_factory=Counter)
    steps: list[RequestStep | PythonStep] = field(default_factory=list)


def _status_label(block: Block, page: PageCheck) -> int | None:
    raw = block.attrs.get("status")
    if raw is None:
        return None
    if raw.isdigit():
        return int(raw)
    message = f"status={raw} is not an HTTP status code"
    page.problems.append(Problem(str(block.path), block.line, "read", message))
    return None


def _labelled_operation(spec: Spec, block: Block, key: str, page: PageCheck) -> Operation | None:
    name = block.attrs.get(key)
    if name is None:
        return None
    operation = spec.operations.get(name)
    if operation is None:
        close = nearest_operation_id(spec, name)
        hint = f"; did you mean {close}?" if close else ""
        message = f"{key}={name} is not a documented operationId{hint}"
        page.problems.append(Problem(str(block.path), block.line, "match", message))
    return operation


class _Page:
    """Walks one page's blocks, remembering the last request for the response after it."""

    def __init__(self, spec: Spec, path: Path) -> None:
        self.spec = spec
        self.result = PageCheck(path)
        self.last: RequestStep | None = None
        self.last_section = -1
        self.last_answered = False

    def request(self, request: ExampleRequest, kind: str) -> None:
        page = self.result
        page.checked[kind] += 1
        where = str(request.block.path)
        problems = [Problem(where, request.line, "read", message) for message in request.problems]
        found = match_operation(self.spec, request.method, request.path)
        if not isinstance(found, Match):
            problems.append(Problem(where, request.line, "match", found.message))
            page.problems.extend(problems)
            self.last = None
            return
        page.problems.extend(problems)
        step = RequestStep(
            request,
            found.operation,
            runnable=not problems and "norun" not in request.block.flags,
            problems=check_request(self.spec, request, found),
        )
        page.steps.append(step)
        self.last, self.last_section, self.last_answered = step, request.block.section, False

    def _request_for(self, block: Block, explicit: bool) -> RequestStep | None:
        """The request a response block answers: the last one in the same section."""
        if self.last is None or self.last_section != block.section:
            return None
        if self.last_answered and not explicit:
            return None
        return self.last

    def response(self, response: ExampleResponse, kind: str) -> None:
        block, page = response.block, self.result
        labelled = _labelled_operation(self.spec, block, "response", page)
        status = _status_label(block, page) or response.status
        step = self._request_for(block, explicit=labelled is not None or status is not None)
        operation = labelled or (step.operation if step else None)
        if operation is None:
            if "response" not in block.attrs:
                page.checked[f"{kind} (not a response, unchecked)"] += 1
                self._check_json_syntax(response.body)
            return
        page.checked[f"{kind} response"] += 1
        if step is not None and (labelled is None or labelled is step.operation):
            step.expected_status = status
            self.last_answered = True
        page.problems.extend(
            check_response(
                self.spec, block, response.line, operation, status, response.body, response.headers
            )
        )

    def _check_json_syntax(self, body: BodyText | None) -> None:
        if body is None:
            return
        value = load_json(body)
        if isinstance(value, JsonProblem):
            path = str(self.result.path)
            self.result.problems.append(Problem(path, value.line, "read", value.message))

    def json_block(self, block: Block) -> None:
        body = BodyText(block.text, block.content_line(0))
        page = self.result
        request_op = _labelled_operation(self.spec, block, "request", page)
        if request_op is not None:
            page.checked["json request"] += 1
            if request_op.request_schema is None:
                message = f"{request_op.operation_id} takes no request body"
                page.problems.append(Problem(str(block.path), block.line, "request", message))
                return
            what = f"{request_op.operation_id} request body"
            page.problems.extend(
                check_value(
                    self.spec, block, body, request_op.request_schema, what, request_op, "request"
                )
            )
            return
        name = block.attrs.get("schema")
        if name is not None:
            page.checked["json schema"] += 1
            schema = component_schema(self.spec, name)
            if schema is None:
                message = f"schema={name} is not a schema in components/schemas"
                page.problems.append(Problem(str(block.path), block.line, "match", message))
                return
            page.problems.extend(
                check_value(self.spec, block, body, schema, f"{name}", None, "response")
            )
            return
        self.response(ExampleResponse(block, block.line, None, body), "json")

    def block(self, block: Block) -> None:
        if "nocheck" in block.flags:
            self.result.checked["skipped (nocheck)"] += 1
            return
        if block.language in SHELL_LANGUAGES:
            for request in parse_curl_block(block):
                self.request(request, "curl")
        elif block.language == "http":
            if is_http_response(block):
                self.response(parse_http_response(block), "http")
            else:
                raw_request = parse_http_request(block)
                if raw_request is None:
                    message = (
                        "http block is neither a request (METHOD /path HTTP/1.1) "
                        "nor a response (HTTP/1.1 NNN)"
                    )
                    self.result.problems.append(
                        Problem(str(block.path), block.line, "read", message)
                    )
                else:
                    self.request(raw_request, "http")
        elif block.language == "json":
            self.json_block(block)
        elif block.language == "python":
            self.result.checked["python"] += 1
            self.result.steps.append(PythonStep(block))


def check_page(spec: Spec, path: Path, blocks: list[Block]) -> PageCheck:
    """Static checks of one page's blocks, and the plan to run them."""
    page = _Page(spec, path)
    for block in blocks:
        page.block(block)
    result = page.result
    for step in result.steps:
        if isinstance(step, RequestStep) and step.problems and not step.shows_refusal:
            result.problems.extend(step.problems)
            step.runnable = False
    return result
