"""Regenerate the plinto-client SDK from openapi.yaml, or check that the committed SDK is current.

    python sdk/codegen/generate.py           # rewrite sdk/plinto_client (not lib/) + pyproject
    python sdk/codegen/generate.py --check   # generate in a temp dir; print a diff, exit 1 on drift
    python sdk/codegen/generate.py --check --spec /tmp/scratch.yaml

The generator (openapi-python-client) and its ruff post-hooks run from the same environment as this
script, and both versions must equal the pins in the repository's pyproject.toml: the output depends
on them, so a different version would look like drift. Generation runs with `--meta uv` only
because `--meta none` renders neither pyproject.toml nor py.typed; our pyproject template replaces
the uv one, and the generated README.md and .gitignore are dropped (sdk/README.md is hand-written).

One normalisation happens before generation: the generator reads only operation-level `security`
(openapi-python-client issue #645), so each operation without its own gets a copy of the document's
top-level requirement, which is what OpenAPI says it inherits. That is what makes a secured
operation take `client: AuthenticatedClient` and carry `REQUIRES_AUTH = True`.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

CODEGEN_DIR = Path(__file__).resolve().parent
SDK_DIR = CODEGEN_DIR.parent
REPO_DIR = SDK_DIR.parent
DEFAULT_SPEC = REPO_DIR / "openapi.yaml"
PACKAGE = "plinto_client"
# Hand-written code inside the package that regeneration must never touch.
HAND_WRITTEN = ("lib",)
# Files at the project root that we keep (README.md and .gitignore are dropped).
KEPT_PROJECT_FILES = ("pyproject.toml",)
# Tool litter that is never part of the generated output.
IGNORED_NAMES = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})

EXIT_DRIFT = 1
EXIT_FAILED = 2


class GenerationError(Exception):
    """The generator or a post-hook failed, or the toolchain is not the pinned one."""


def pinned_versions(pyproject: Path = REPO_DIR / "pyproject.toml") -> dict[str, str]:
    """The `name==version` pins of the suite's pyproject (runtime and dev), by distribution name."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    requirements = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        requirements.extend(group)
    pins: dict[str, str] = {}
    for requirement in requirements:
        match = re.fullmatch(
            r"\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;]+).*", requirement
        )
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def check_toolchain(bin_dir: Path) -> None:
    """Refuse to run a generator or ruff other than the pinned ones: the output depends on them."""
    pins = pinned_versions()
    found = {
        "openapi-python-client": importlib.metadata.version("openapi-python-client"),
        "ruff": _ruff_version(bin_dir),
    }
    for name, version in found.items():
        wanted = pins.get(name)
        if wanted is not None and wanted != version:
            raise GenerationError(f"{name} {version} found, but pyproject.toml pins {wanted}")


def _ruff_version(bin_dir: Path) -> str:
    ruff = bin_dir / "ruff"
    if not ruff.exists():
        raise GenerationError(f"ruff not found next to {sys.executable} (install the dev extras)")
    out = subprocess.run(
        [str(ruff), "--version"], capture_output=True, text=True, check=True
    ).stdout
    return out.split()[-1]


HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def inherit_global_security(document: dict[str, Any]) -> dict[str, Any]:
    """Copy the top-level `security` into every operation that does not declare its own."""
    default = document.get("security")
    if not default:
        return document
    for path_item in (document.get("paths") or {}).values():
        for method, operation in path_item.items():
            if (
                method in HTTP_METHODS
                and isinstance(operation, dict)
                and "security" not in operation
            ):
                operation["security"] = copy.deepcopy(default)
    return document


def prepare_spec(spec: Path, workdir: Path) -> Path:
    """The document the generator reads: `spec` with the inherited security made explicit.

    It is loaded and written with the generator's own YAML library and settings (ruamel, safe),
    so nothing else changes on the way through."""
    yaml = YAML(typ="safe")
    document = yaml.load(spec.read_bytes())
    prepared = workdir / "openapi.yaml"
    with prepared.open("w", encoding="utf-8") as out:
        yaml.dump(inherit_global_security(document), out)
    return prepared


def run_generator(spec: Path, workdir: Path) -> Path:
    """Generate the project into `workdir/project` and return that directory."""
    bin_dir = Path(sys.executable).parent
    check_toolchain(bin_dir)
    project = workdir / "project"
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(prepare_spec(spec, workdir)),
        "--config",
        str(CODEGEN_DIR / "config.yaml"),
        "--custom-template-path",
        str(CODEGEN_DIR / "templates"),
        "--meta",
        "uv",
        "--output-path",
        str(project),
        "--fail-on-warning",
    ]
    # The post-hooks call plain `ruff`: put the pinned one first on PATH.
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or not (project / PACKAGE).is_dir():
        raise GenerationError(
            f"openapi-python-client failed (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    return project


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part in IGNORED_NAMES for part in relative.parts) or path.suffix == ".pyc":
            continue
        if path.is_file():
            yield path


def generated_files(project: Path) -> dict[str, bytes]:
    """The kept output of one generator run, keyed by path relative to sdk/."""
    files = {name: (project / name).read_bytes() for name in KEPT_PROJECT_FILES}
    for path in _walk(project / PACKAGE):
        files[path.relative_to(project).as_posix()] = path.read_bytes()
    return files


def committed_files(sdk_dir: Path) -> dict[str, bytes]:
    """The generated part of the committed SDK (everything but the hand-written directories)."""
    files = {
        name: (sdk_dir / name).read_bytes()
        for name in KEPT_PROJECT_FILES
        if (sdk_dir / name).exists()
    }
    package = sdk_dir / PACKAGE
    if package.is_dir():
        for path in _walk(package):
            relative = path.relative_to(package)
            if relative.parts[0] in HAND_WRITTEN:
                continue
            files[path.relative_to(sdk_dir).as_posix()] = path.read_bytes()
    return files


def diff(committed: Mapping[str, bytes], fresh: Mapping[str, bytes]) -> list[str]:
    """A unified diff from the committed SDK to a fresh generation; empty when they match."""
    lines: list[str] = []
    for name in sorted(committed.keys() | fresh.keys()):
        old, new = committed.get(name), fresh.get(name)
        if old == new:
            continue
        old_lines = [] if old is None else old.decode("utf-8", "replace").splitlines(keepends=True)
        new_lines = [] if new is None else new.decode("utf-8", "replace").splitlines(keepends=True)
        lines.extend(
            difflib.unified_diff(
                old_lines,
                new_lines,
                fromfile=f"committed/{name}" if old is not None else "/dev/null",
                tofile=f"generated/{name}" if new is not None else "/dev/null",
            )
        )
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    return lines


def write(sdk_dir: Path, fresh: Mapping[str, bytes]) -> None:
    """Replace the generated part of `sdk_dir` with `fresh`; hand-written directories stay."""
    package = sdk_dir / PACKAGE
    package.mkdir(parents=True, exist_ok=True)
    for child in package.iterdir():
        if child.name in HAND_WRITTEN:
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    for name, content in fresh.items():
        target = sdk_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (default: openapi.yaml)"
    )
    parser.add_argument(
        "--check", action="store_true", help="do not write; print a diff and exit 1 on drift"
    )
    parser.add_argument("--sdk-dir", type=Path, default=SDK_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    spec: Path = args.spec.resolve()
    if not spec.is_file():
        print(f"error: no OpenAPI document at {spec}", file=sys.stderr)
        return EXIT_FAILED
    try:
        with tempfile.TemporaryDirectory(prefix="plinto-sdk-") as tmp:
            fresh = generated_files(run_generator(spec, Path(tmp)))
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED

    changes = diff(committed_files(args.sdk_dir), fresh)
    if args.check:
        if changes:
            sys.stdout.writelines(changes)
            print(
                f"\nsdk/ is out of date with {spec.name}: "
                "run `nox -s sdk` (python sdk/codegen/generate.py)",
                file=sys.stderr,
            )
            return EXIT_DRIFT
        print(f"sdk/ is up to date with {spec.name} ({len(fresh)} generated files)")
        return 0
    write(args.sdk_dir, fresh)
    print(
        f"wrote {len(fresh)} generated files to {args.sdk_dir} "
        f"({'changed' if changes else 'unchanged'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
