"""Steps for the pre-commit hook: a real git repository and the real pre-commit framework.

Needs the network: `pre-commit try-repo` builds the hook's own virtualenv and pip-installs
crosscheck and its dependencies (spaCy, its English model, pint...) from the package index. These
scenarios are marked `network` and are skipped, with the reason, when that index cannot be reached
(probed once, with a short timeout); when it can, they run.
"""

import os
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

ROOT = Path(__file__).resolve().parent.parent

PROBE_SECONDS = 5
PYPI = "https://pypi.org/simple/"

pytestmark = [
    pytest.mark.network,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

scenarios("hook.feature")


def package_index() -> str | None:
    """The index that `pip install` in the hook's virtualenv uses: PIP_INDEX_URL, else pip's
    configuration, else PyPI; None when pip is told to use no index (local wheels only)."""
    if os.environ.get("PIP_NO_INDEX", "").lower() in {"1", "true", "yes", "on"}:
        return None
    if os.environ.get("PIP_INDEX_URL", "").strip():
        return os.environ["PIP_INDEX_URL"].split()[0]
    try:
        listed = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        listed = ""
    settings = {}
    for line in listed.splitlines():
        name, _, value = line.partition("=")
        settings[name.rpartition(".")[2]] = value.strip().strip("'\"")
    if settings.get("no-index", "").lower() in {"1", "true", "yes", "on"}:
        return None
    return settings.get("index-url", "").split()[0] if settings.get("index-url", "").strip() else PYPI


def _probe(url: str) -> str | None:
    """None when the index answers, else why not."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "file":
        path = Path(urllib.request.url2pathname(parts.path))
        return None if path.is_dir() else f"{path} does not exist"
    try:
        urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=PROBE_SECONDS).close()
    except urllib.error.HTTPError as error:
        # The server answered; only a proxy's refusal or a gateway error means the index is out of reach.
        return f"it answered HTTP {error.code}" if error.code == 407 or error.code >= 500 else None
    except (OSError, ValueError) as error:  # URLError, timeouts, refused connections, bad URLs
        return f"it cannot be reached ({getattr(error, 'reason', None) or error})"
    return None


def index_unreachable(url: str) -> str | None:
    """_probe, bounded in time even when name resolution (which ignores the socket timeout) hangs."""
    answer: list = []
    thread = threading.Thread(target=lambda: answer.append(_probe(url)), daemon=True)
    thread.start()
    thread.join(2 * PROBE_SECONDS)
    return answer[0] if answer else f"it did not answer within {2 * PROBE_SECONDS} s"


@pytest.fixture(scope="session")
def package_index_reachable() -> None:
    """Skips (once per session, reason given) when the package index pip would install from is out of reach."""
    url = package_index()
    if url is None:
        return
    problem = index_unreachable(url)
    if problem:
        pytest.skip(f"needs the network: pre-commit pip-installs crosscheck and its dependencies from {url}, and {problem}")


@pytest.fixture(autouse=True)
def _needs_package_index(package_index_reachable) -> None:
    """Every hook scenario installs the hook first."""


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


def hook_status(hook) -> str:
    """What pre-commit printed for the crosscheck hook: "Passed", "Failed", "Skipped"..."""
    lines = [line for line in hook.stdout.splitlines() if line.startswith("crosscheck") and "..." in line]
    assert len(lines) == 1, hook.stdout + hook.stderr
    return lines[0].rstrip().rpartition(".")[2]


@then("the hook fails")
def then_fails(hook):
    assert hook.returncode == 1, hook.stdout + hook.stderr
    assert hook_status(hook) == "Failed", hook.stdout
    # crosscheck review exits 1 for findings; a usage error (2) or a crash (1 too) fails for the wrong reason
    assert "- exit code: 1" in hook.stdout and "Traceback" not in hook.stdout, hook.stdout


@then("the hook passes")
def then_passes(hook):
    assert hook.returncode == 0, hook.stdout + hook.stderr
    # "(no files to check)Skipped" also exits 0: the hook must have run on the draft
    assert hook_status(hook) == "Passed", hook.stdout


@then(parsers.parse('the hook output says "{text}"'))
def then_says(hook, text):
    assert text in hook.stdout, hook.stdout
