"""extract: every fenced block with its line, language, labels and section."""

from __future__ import annotations

from pathlib import Path

from plinto_contract.docs_check.extract import extract_text, markdown_files

PAGE = """# Title

```bash
curl http://127.0.0.1:8000/health
```

## Section

- a list item with a fence:

  ```json response=signin status=200 nocheck
  {"a": 1}
  ```

````markdown
```python
not a block of its own
```
````
"""


def test_blocks_have_the_line_of_their_opening_fence() -> None:
    blocks = extract_text(PAGE, Path("page.md"))
    assert [(b.line, b.language) for b in blocks] == [(3, "bash"), (11, "json"), (15, "markdown")]
    assert blocks[0].text == "curl http://127.0.0.1:8000/health\n"


def test_info_string_words_become_labels_and_flags() -> None:
    labelled = extract_text(PAGE, Path("page.md"))[1]
    assert dict(labelled.attrs) == {"response": "signin", "status": "200"}
    assert labelled.flags == {"nocheck"}
    assert labelled.content_line(0) == 12


def test_headings_separate_sections() -> None:
    first, second, _ = extract_text(PAGE, Path("page.md"))
    assert first.section < second.section


def test_line_containing_finds_a_content_line() -> None:
    block = extract_text('```json\n{\n  "name": 1\n}\n```\n', Path("p.md"))[0]
    assert block.line_containing('"name"') == 3
    assert block.line_containing("absent") == block.line


def test_folders_are_searched_for_markdown_but_not_build_output_or_packages(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# a\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# b\n")
    (tmp_path / "_build").mkdir()
    (tmp_path / "_build" / "c.md").write_text("# c\n")
    (tmp_path / "node_modules" / "pkg").mkdir(parents=True)
    (tmp_path / "node_modules" / "pkg" / "README.md").write_text("# d\n")
    (tmp_path / "notes.txt").write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in markdown_files([tmp_path])]
    assert found == ["a.md", "sub/b.md"]
