"""Run a page's examples, in page order, against a fresh mock.

Before each page the mock is reset and the spec's own ``signup`` request example is signed up,
so ``$TOKEN`` works from the first block (unless the page signs that user up itself, as a
quickstart does: then it starts from nothing, as a reader would). Every response teaches the
page new variables (see ``placeholders``). A request must get a status its operation
documents, and the one its shown response expects (a 2xx when it shows none). Python blocks
are run by Sybil in the page's one namespace, with ``PLINTO_BASE_URL`` pointing at the mock;
their output is swallowed.
"""

from __future__ import annotations

import contextlib
import io
import os
import unittest
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
from sybil import Document, Example
from sybil.evaluators.skip import Skipper
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

from plinto_contract.docs_check.check import PageCheck, PythonStep, RequestStep
from plinto_contract.docs_check.live import LiveMock
from plinto_contract.docs_check.parse import load_json
from plinto_contract.docs_check.placeholders import Variables, substitute
from plinto_contract.docs_check.problems import Problem
from plinto_contract.docs_check.validate import schema_name
from plinto_contract.spec import Operation, Spec

__all__ = ["BASE_URL_ENV", "PageRunner", "describe_answer", "learn"]

BASE_URL_ENV = "PLINTO_BASE_URL"
# The operation whose request example is the page's signed-in reader.
SIGNUP_OPERATION = "signup"
_NOT_SENT = frozenset({"host", "content-length"})


def describe_answer(response: httpx.Response) -> str:
    """``401 AUTH_REQUIRED: Authentication required`` from an error envelope, else the status."""
    try:
        body = response.json()
    except ValueError:
        return str(response.status_code)
    if isinstance(body, Mapping) and "error_code" in body:
        return f"{response.status_code} {body['error_code']}: {body.get('message', '')}"
    return str(response.status_code)


def _pointer(body: Any, expression: str) -> Any:
    """Evaluate ``$response.body#/a/b`` against a body; None when it does not resolve."""
    prefix = "$response.body#"
    if not expression.startswith(prefix):
        return None
    node = body
    for part in [p for p in expression[len(prefix) :].split("/") if p]:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def learn(spec: Spec, variables: Variables, op: Operation, status: int, body: Any) -> None:
    """Remember what a response tells later examples: its fields and its spec links."""
    raw = spec.document.get("paths", {}).get(op.path, {}).get(op.method.lower(), {})
    response_node = spec.resolve(raw.get("responses", {}).get(str(status), {}))
    schema_node = next(
        (m.get("schema") for t, m in response_node.get("content", {}).items() if "json" in t), None
    )
    variables.learn(body, schema_name(spec, schema_node))
    response = op.responses.get(str(status))
    for link in response.links.values() if response else ():
        for name, expression in dict(link.get("parameters", {})).items():
            value = _pointer(body, str(expression))
            if value is not None:
                variables.set(str(name).split(".", 1)[-1], value)
        request_body = link.get("requestBody")
        if isinstance(request_body, Mapping):
            for name, expression in request_body.items():
                value = _pointer(body, str(expression))
                if value is not None:
                    variables.set(str(name), value)


def _skip_pending(example: Example) -> bool:
    """True if a ``<!-- skip: ... -->`` directive will skip this (non-directive) example."""
    if isinstance(example.region.evaluator, Skipper):
        return False
    for evaluator in example.document.evaluators:
        if isinstance(evaluator, Skipper):
            state = evaluator.document_state.get(example.document)
            return state is not None and state.active
    return False


class _PythonPage:
    """The page's Python examples as Sybil parses them; run one block (and what precedes it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        document = Document.parse(str(path), PythonCodeBlockParser(), SkipParser())
        self.pending: list[Example] = list(document)

    def run(self, line: int) -> tuple[str, Problem | None]:
        """Evaluate the examples up to the block at ``line``: ("ran"|"skipped", problem)."""
        outcome: tuple[str, Problem | None] = ("skipped", None)
        while self.pending and self.pending[0].line <= line:
            example = self.pending.pop(0)
            outcome = self._evaluate(example)
            if outcome[1] is not None:
                return outcome
        return outcome

    def _evaluate(self, example: Example) -> tuple[str, Problem | None]:
        sink = io.StringIO()
        skipping = _skip_pending(example)
        try:
            with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                example.evaluate()
        except unittest.SkipTest:
            return "skipped", None
        # The example's own exception, whatever it is, is what we report; never re-raised.
        except (Exception, SystemExit) as exc:
            line = self._failing_line(exc.__traceback__) or example.line
            first = (str(exc).strip().splitlines() or [""])[0]
            message = f"python example failed: {type(exc).__name__}: {first}".rstrip(": ")
            return "ran", Problem(str(self.path), line, "python", message)
        return ("skipped" if skipping else "ran"), None

    def _failing_line(self, tb: TracebackType | None) -> int | None:
        line = None
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == str(self.path):
                line = tb.tb_lineno
            tb = tb.tb_next
        return line


@contextlib.contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


class PageRunner:
    """Runs pages against one live mock, resetting it before each page."""

    def __init__(self, spec: Spec, mock: LiveMock) -> None:
        self.spec = spec
        self.mock = mock

    def run(self, page: PageCheck) -> tuple[list[Problem], Counter[str]]:
        problems: list[Problem] = []
        ran: Counter[str] = Counter()
        if not page.steps:
            return problems, ran
        self.mock.reset()
        variables = Variables(outbox=self.mock.outbox)  # read lazily, when a page asks
        if not self._page_signs_up_reader(page):
            problem = self._sign_up_reader(page.path, variables)
            if problem is not None:
                return [problem], ran
        python = (
            _PythonPage(page.path) if any(isinstance(s, PythonStep) for s in page.steps) else None
        )
        with _environment(BASE_URL_ENV, self.mock.url):
            for step in page.steps:
                if isinstance(step, RequestStep):
                    if not step.runnable:
                        ran["request not run"] += 1
                        continue
                    ran["request run"] += 1
                    problems.extend(self._request(step, variables))
                elif python is not None:
                    outcome, failure = python.run(step.block.line)
                    ran[f"python {outcome}"] += 1
                    if failure is not None:
                        problems.append(failure)
        return problems, ran

    def _reader(self) -> tuple[Operation, Any] | None:
        op = self.spec.operations.get(SIGNUP_OPERATION)
        if op is None or not op.request_examples:
            return None
        return op, op.request_examples[0]

    def _page_signs_up_reader(self, page: PageCheck) -> bool:
        """True if a request of the page signs up the example user itself (a quickstart)."""
        reader = self._reader()
        if reader is None:
            return False
        op, example = reader
        for step in page.steps:
            if (
                isinstance(step, RequestStep)
                and step.operation is op
                and step.runnable
                and step.request.body
                and not step.shows_refusal  # a "this email is taken" example needs the user
            ):
                body = load_json(step.request.body)
                if (
                    isinstance(body, Mapping)
                    and isinstance(example, Mapping)
                    and body.get("email") == example.get("email")
                ):
                    return True
        return False

    def _sign_up_reader(self, path: Path, variables: Variables) -> Problem | None:
        reader = self._reader()
        if reader is None:
            return None
        op, example = reader
        response = self.mock.client.request(op.method, op.path, json=example)
        if response.status_code != op.success_status:
            message = f"could not sign up the spec's example user: {describe_answer(response)}"
            return Problem(str(path), 1, "execute", message, op.operation_id)
        learn(self.spec, variables, op, response.status_code, response.json())
        return None

    def _request(self, step: RequestStep, variables: Variables) -> list[Problem]:
        request, op = step.request, step.operation
        where = str(request.block.path)
        unknown: list[str] = []
        target, missing = substitute(request.path_and_query, variables.get)
        unknown += missing
        headers = []
        for name, value in request.headers:
            if name.lower() not in _NOT_SENT:
                filled, missing = substitute(value, variables.get)
                headers.append((name, filled))
                unknown += missing
        content = None
        if request.body is not None:
            content, missing = substitute(request.body.text, variables.get)
            unknown += missing
        if unknown:
            names = ", ".join(f"${name}" for name in dict.fromkeys(unknown))
            message = f"unknown placeholder {names}: nothing earlier on this page provides it"
            return [Problem(where, request.line, "execute", message, op.operation_id)]
        try:
            response = self.mock.client.request(
                request.method,
                target,
                headers=headers,
                content=content.encode() if content else None,
            )
        except httpx.HTTPError as exc:
            message = f"the mock did not answer {request.method} {request.path}: {exc}"
            return [Problem(where, request.line, "execute", message, op.operation_id)]
        return self._judge(step, response, variables)

    def _judge(
        self, step: RequestStep, response: httpx.Response, variables: Variables
    ) -> list[Problem]:
        request, op = step.request, step.operation
        status, answer = response.status_code, describe_answer(response)
        expected = step.expected_status
        message = None
        if str(status) not in op.responses and "default" not in op.responses:
            message = f"the mock answered {answer}, which {op.operation_id} does not document"
        elif expected is not None and status != expected:
            message = f"the example shows {expected}, but the mock answered {answer}"
        elif expected is None and not 200 <= status < 300:
            message = (
                f"the mock answered {answer}; if the example means to fail, "
                f"show its response labelled status={status}"
            )
        if message is not None:
            return [
                Problem(str(request.block.path), request.line, "execute", message, op.operation_id)
            ]
        if 200 <= status < 300 and response.content:
            with contextlib.suppress(ValueError):  # not JSON: nothing to learn
                learn(self.spec, variables, op, status, response.json())
        return []
