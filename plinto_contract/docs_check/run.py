"""One docs check: read every page, check it statically, then run it against a fresh mock."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from plinto_contract.docs_check.check import check_page
from plinto_contract.docs_check.execute import PageRunner
from plinto_contract.docs_check.extract import extract_blocks, markdown_files
from plinto_contract.docs_check.live import LiveMock
from plinto_contract.docs_check.problems import Problem, Report
from plinto_contract.docs_check.spec_examples import check_spec_examples
from plinto_contract.spec import Spec

__all__ = ["check_docs"]


def check_docs(
    paths: Iterable[Path],
    spec: Spec,
    *,
    execute: bool = True,
    spec_examples: bool = True,
) -> Report:
    """Check Markdown files (directories are searched for ``*.md``) against ``spec``.

    ``execute`` runs curl/HTTP/Python examples against a mock; ``spec_examples`` also sends every
    request example of the spec to it. Unreadable files are problems, not exceptions.
    """
    report = Report()
    pages = []
    for path in markdown_files(paths):
        report.files += 1
        try:
            blocks = extract_blocks(path)
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            report.problems.append(Problem(str(path), 1, "read", f"cannot read the file: {reason}"))
            continue
        page = check_page(spec, path, blocks)
        report.problems.extend(page.problems)
        report.checked.update(page.checked)
        pages.append(page)
    needs_mock = spec_examples or (execute and any(page.steps for page in pages))
    if not needs_mock:
        return report
    with LiveMock(spec) as mock:
        if execute:
            runner = PageRunner(spec, mock)
            for page in pages:
                problems, ran = runner.run(page)
                report.problems.extend(problems)
                report.checked.update(ran)
        if spec_examples:
            problems, count = check_spec_examples(spec, mock)
            report.problems.extend(problems)
            report.checked["spec request example"] += count
    return report
