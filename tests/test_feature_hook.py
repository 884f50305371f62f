"""Steps for the pre-commit hook: a real git repository and the real pre-commit framework."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

scenarios("hook.feature")


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory) -> Path:
    """One hook environment for the session: pre-commit installs crosscheck into it once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@given(parsers.parse('a git repository with the reference article "{relative}":'), target_fixture="repo")
def given_repository(tmp_path, relative, docstring):
    repo = tmp_path / "newsroom"
    (repo / relative).parent.mkdir(parents=True)
    (repo / relative).write_text(docstring + "\n", encoding="utf-8")
    (repo / "crosscheck.toml").write_text(f'references = ["{Path(relative).parent}"]\n', encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "user.name", "Copy Desk")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "references")
    return repo


@given(parsers.parse('the staged draft "{relative}":'))
def given_draft(repo, relative, docstring):
    (repo / relative).parent.mkdir(parents=True, exist_ok=True)
    (repo / relative).write_text(docstring + "\n", encoding="utf-8")
    git(repo, "add", relative)


@when(parsers.parse('I run the crosscheck hook with pre-commit try-repo on "{relative}"'), target_fixture="hook")
def when_hook(repo, relative, pre_commit_home):
    environment = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "crosscheck", "--verbose", "--files", relative]
    return subprocess.run(command, cwd=repo, env=environment, capture_output=True, text=True, timeout=1200)


@then("the hook fails")
def then_fails(hook):
    assert hook.returncode == 1, hook.stdout + hook.stderr


@then("the hook passes")
def then_passes(hook):
    assert hook.returncode == 0, hook.stdout + hook.stderr


@then(parsers.parse('the hook output says "{text}"'))
def then_says(hook, text):
    assert text in hook.stdout, hook.stdout
