"""execute: examples run in page order against a fresh mock; the answers must agree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from plinto_contract.docs_check import check_docs
from plinto_contract.spec import Spec

SIGN_IN = """
```bash
curl -X POST http://127.0.0.1:8000/api/v1/auth/signin \\
  -H 'Content-Type: application/json' \\
  -d '{"email": "ada@example.com", "password": "Analytical-Engine-1843"}'
```
"""


def problems(spec: Spec, path: Path) -> list[str]:
    report = check_docs([path], spec, spec_examples=False)
    return [f"{p.line}: {p.message}" for p in report.sorted_problems()]


def test_a_clean_page_runs_in_order_with_learnt_values(
    spec: Spec, page: Callable[..., Path]
) -> None:
    text = f"""# Orgs
{SIGN_IN}
```bash
curl -X POST http://127.0.0.1:8000/api/v1/organizations -H "Authorization: Bearer $TOKEN" \\
  -H 'Content-Type: application/json' -d '{{"name": "Engines", "slug": "engines"}}'
curl http://127.0.0.1:8000/api/v1/organizations/$ORGANIZATION_ID -H "Authorization: Bearer $TOKEN"
```
"""
    report = check_docs([page(text)], spec, spec_examples=False)
    assert report.ok, [str(p) for p in report.problems]
    assert report.checked["request run"] == 3


def test_a_shown_status_the_mock_does_not_give_is_reported(
    spec: Spec, page: Callable[..., Path]
) -> None:
    text = f"# Sign in\n{SIGN_IN}\n```json status=400\n{{}}\n```\n"
    found = problems(spec, page(text))
    assert any(m.startswith("4: the example shows 400, but the mock answered 200") for m in found)


def test_an_unexpected_refusal_is_reported(spec: Spec, page: Callable[..., Path]) -> None:
    text = """# Me

```bash
curl http://127.0.0.1:8000/api/v1/auth/me -H 'Authorization: Bearer not-a-token'
```
"""
    assert problems(spec, page(text)) == [
        "4: the mock answered 401 INVALID_TOKEN: Invalid or expired token; if the example means "
        "to fail, show its response labelled status=401"
    ]


def test_a_refusal_shown_as_such_passes(spec: Spec, page: Callable[..., Path]) -> None:
    text = """# Weak password

```bash
curl -X POST http://127.0.0.1:8000/api/v1/auth/signup -H 'Content-Type: application/json' \\
  -d '{"email": "grace@example.com", "password": "short"}'
```

```json status=422
{"error": "Unprocessable Content", "message": "Request validation failed", "status_code": 422,
 "timestamp": "2026-11-27T10:00:00Z", "path": "/api/v1/auth/signup", "request_id": "r1",
 "error_code": "VALIDATION_FAILED"}
```
"""
    assert problems(spec, page(text)) == []


def test_unknown_placeholders_are_reported(spec: Spec, page: Callable[..., Path]) -> None:
    curl = 'curl http://127.0.0.1:8000/api/v1/webhooks/$HOOK_ID -H "Authorization: Bearer $TOKEN"'
    text = f"# X\n\n```bash\n{curl}\n```\n"
    assert problems(spec, page(text)) == [
        "4: unknown placeholder $HOOK_ID: nothing earlier on this page provides it"
    ]


def test_python_blocks_share_a_namespace_and_fail_at_their_line(
    spec: Spec, page: Callable[..., Path]
) -> None:
    text = """# Py

```python
import os

base = os.environ["PLINTO_BASE_URL"]
```

<!-- skip: next -->

```python
raise RuntimeError("skipped")
```

```python
assert base.startswith("http://127.0.0.1:")
value = 1
assert value == 2, "not two"
```
"""
    report = check_docs([page(text)], spec, spec_examples=False)
    assert [(p.line, p.message) for p in report.problems] == [
        (18, "python example failed: AssertionError: not two")
    ]
    assert report.checked["python ran"] == 2
    assert report.checked["python skipped"] == 1
