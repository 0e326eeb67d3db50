"""Docs that cannot lie: check Markdown examples against openapi.yaml and a live mock.

    from plinto_contract.docs_check import check_docs
    report = check_docs([Path("docs")], load_spec())
    for problem in report.sorted_problems():
        print(problem)            # docs/quickstart.md:42: signup request body (SignupRequest): ...

The pipeline (data flows one way): ``extract`` (fenced blocks with file:line) > ``parse`` (curl,
raw HTTP, JSON) > ``match`` (block -> operation, or the nearest one) > ``validate`` (parameters,
headers and bodies against the operation) > ``check`` (one page; plans its execution) >
``execute`` (requests and Sybil-run Python against ``live``, a fresh mock per page) and
``spec_examples`` (every request example of the spec) > ``run`` (a whole check, one Report).

Labelling convention (the info string of a fence):

- ```` ```json ```` right after a curl/HTTP request (same section) is that request's response;
- ```` ```json response=<operationId> status=<code> ```` names the operation and status;
  ``status=`` alone after a request sets the status the request must get;
- ```` ```json request=<operationId> ```` is a request body; ```` ```json schema=<Name> ```` is
  checked against ``components/schemas/<Name>``;
- ```` ```http ```` holds ``METHOD /path HTTP/1.1`` + headers + body, or ``HTTP/1.1 201 Created``
  + headers + body (a response, its status from the status line);
- the words ``norun`` (check, but do not send) and ``nocheck`` (ignore the block) may follow
  the language; ``<!-- skip: next -->`` before a Python block skips it (Sybil's own directive).
"""

from __future__ import annotations

from plinto_contract.docs_check.problems import KINDS, Problem, Report
from plinto_contract.docs_check.run import check_docs

__all__ = ["KINDS", "Problem", "Report", "check_docs"]
