"""Every fenced code block of a Markdown page, with its file and line.

The info string is read as ``LANGUAGE [word | key=value ...]``; the labels the checker understands
(``response=``, ``request=``, ``status=``, ``schema=``, ``norun``, ``nocheck``) are documented in
``plinto_contract.docs_check`` and in ``docs/writing-docs.md``. Parsing is CommonMark
(markdown-it-py), so fences inside lists and block quotes are found, and a fence inside another
fence is not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from markdown_it import MarkdownIt

__all__ = ["Block", "extract_blocks", "extract_text", "markdown_files"]

_PARSER = MarkdownIt("commonmark")


@dataclass(frozen=True)
class Block:
    """One fenced code block; ``line`` is the 1-based line of its opening fence."""

    path: Path
    line: int
    language: str
    text: str
    attrs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    flags: frozenset[str] = frozenset()
    # Index of the heading section the block sits in: a response only pairs with a request of
    # the same section.
    section: int = 0

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def content_line(self, index: int) -> int:
        """The file line of the block's ``index``-th content line (0-based)."""
        return self.line + 1 + index

    def line_containing(self, needle: str, start: int = 0) -> int:
        """The file line of the first content line at or after ``start`` holding ``needle``."""
        lines = self.text.splitlines()
        for index in range(start, len(lines)):
            if needle in lines[index]:
                return self.content_line(index)
        return self.line


def _split_info(info: str) -> tuple[str, dict[str, str], frozenset[str]]:
    words = info.split()
    if not words:
        return "", {}, frozenset()
    attrs: dict[str, str] = {}
    flags: set[str] = set()
    for word in words[1:]:
        key, sep, value = word.partition("=")
        if sep:
            attrs[key.lower()] = value.strip("\"'")
        else:
            flags.add(word.lower())
    return words[0].lower(), attrs, frozenset(flags)


def extract_text(text: str, path: Path) -> list[Block]:
    """The fenced blocks of Markdown ``text`` (attributed to ``path``), in page order."""
    blocks: list[Block] = []
    section = 0
    for token in _PARSER.parse(text):
        if token.type == "heading_open":
            section += 1
        elif token.type == "fence" and token.map is not None:
            language, attrs, flags = _split_info(token.info)
            blocks.append(
                Block(
                    path=path,
                    line=token.map[0] + 1,
                    language=language,
                    text=token.content,
                    attrs=MappingProxyType(attrs),
                    flags=flags,
                    section=section,
                )
            )
    return blocks


def extract_blocks(path: Path) -> list[Block]:
    """The fenced blocks of one Markdown file; OSError/UnicodeDecodeError propagate."""
    return extract_text(path.read_text(encoding="utf-8"), path)


def _skipped_folder(name: str) -> bool:
    # Build output (_build), hidden folders, and installed tools (the reference builder's npm
    # packages carry READMEs of their own).
    return name.startswith(("_", ".")) or name == "node_modules"


def markdown_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path itself if it is a file, else the ``*.md`` files under it, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*.md")
                if not any(_skipped_folder(part) for part in p.relative_to(path).parent.parts)
            )
        else:
            yield path
