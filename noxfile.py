"""Sessions of the Plinto contract suite. `nox` runs tests and lint; the rest run on demand."""

from __future__ import annotations

import hashlib
from pathlib import Path

import nox
from nox.command import CommandFailed

nox.needs_version = ">=2026.10.20"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True  # reinstalled only when the pins change
nox.options.error_on_external_run = True

ROOT = Path(__file__).parent
PYTHON = "3.11"
PYTEST_NO_TESTS = 5


def install(session: nox.Session, *targets: str) -> None:
    """Install editable targets under the full pin set (the package reads ./openapi.yaml)."""
    args = [arg for target in targets for arg in ("-e", target)]
    session.install("-c", "constraints.txt", *args)


def install_inputs() -> bytes:
    """What an install depends on: the pins, and the top-level packages an editable install maps."""
    files = [ROOT / "pyproject.toml", ROOT / "constraints.txt", ROOT / "sdk" / "pyproject.toml"]
    packages = sorted(path.parent.name for path in ROOT.glob("*/__init__.py"))
    return b"\n".join(
        [*(path.read_bytes() for path in files if path.exists()), *map(str.encode, packages)]
    )


def install_suite(session: nox.Session) -> None:
    """Install the suite (and the SDK once it exists), unless a reused venv already has it."""
    digest = hashlib.sha256(install_inputs()).hexdigest()
    stamp = Path(session.virtualenv.location) / ".plinto-install-digest"
    if stamp.exists() and stamp.read_text() == digest:
        session.log("dependencies unchanged since the last install; not reinstalling")
        return
    install(session, ".[dev]")
    if (ROOT / "sdk" / "pyproject.toml").exists():
        install(session, "./sdk")
    stamp.write_text(digest)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite with pytest (options after `--` go to pytest)."""
    install_suite(session)
    try:
        session.run("pytest", *session.posargs, env={"TERM": "dumb"})
    except CommandFailed as exc:
        if exc.return_code == PYTEST_NO_TESTS:
            session.error("pytest collected no tests (exit code 5): nothing was checked")
        raise


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Run ruff (lint and format check) and mypy --strict on our packages and this file."""
    install_suite(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # The packages come from pyproject.toml; ones a later issue has not created yet are skipped.
    packages = nox.project.load_toml("pyproject.toml")["tool"]["mypy"]["packages"]
    present = [name for name in packages if (ROOT / name).is_dir()]
    # The SDK is an editable install whose import hook mypy cannot follow: point it at sdk/.
    session.run("mypy", "--strict", *present, "noxfile.py", env={"MYPYPATH": str(ROOT / "sdk")})
    session.run("lint-imports")  # the layers contract in pyproject.toml


@nox.session(python=PYTHON, default=False)
def check(session: nox.Session) -> None:
    """Run the main job: `plinto-contract check` (options after `--` go to it)."""
    install_suite(session)
    session.run("plinto-contract", "check", *session.posargs)


@nox.session(python=PYTHON, default=False)
def sdk(session: nox.Session) -> None:
    """Regenerate sdk/ from openapi.yaml, then lint and type-check it (`-- --check`: drift only)."""
    install_suite(session)
    session.run("python", "sdk/codegen/generate.py", *session.posargs)
    # sdk/pyproject.toml (generated) holds the SDK's own ruff and mypy settings.
    session.run("ruff", "check", "sdk")
    session.run("ruff", "format", "--check", "sdk")
    session.run("mypy", "--config-file", "sdk/pyproject.toml", "sdk/plinto_client")
    # Code that uses the SDK; the suite's own packages are checked by `lint`.
    mypy_path = {"MYPYPATH": str(ROOT / "sdk")}
    session.run("mypy", "--strict", "--follow-imports=silent", "tests/sdk", env=mypy_path)


# Redocly CLI, pinned in docs/package-lock.json, renders the reference: it reads OpenAPI 3.1 and
# writes one self-contained HTML file (--inlineBundle: no CDN), which the mock serves at /docs.
REDOCLY_ENV = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}


@nox.session(python=PYTHON, default=False)
def docs(session: nox.Session) -> None:
    """Check every docs/ example (plinto-contract docs), then build docs/_build/api.html."""
    install_suite(session)
    session.run("plinto-contract", "docs", "docs", *session.posargs)
    session.run("npm", "ci", "--prefix", "docs", "--no-audit", "--no-fund", external=True)
    session.run(
        "docs/node_modules/.bin/redocly",
        "build-docs",
        "openapi.yaml",
        "--inlineBundle",
        "--output",
        "docs/_build/api.html",
        external=True,
        env=REDOCLY_ENV,
    )


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Print the mock's requests/s and p50/p99 latency, and Prism's (same spec) where npm can."""
    install_suite(session)
    session.run("python", "-m", "mock_server.bench", "--compare-prism", *session.posargs)
