"""The `jobx` entry point (jobx/entry.py): `jobx extract` in its plain forms runs without Typer, and must
do exactly what the Typer app does with the same command line: output, errors, exit code, written files.
Every other command line goes to Typer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jobx import entry

from .conftest import GOLDEN, REPO

SEED = str(REPO / "seeds" / "000_adbe64c82056d583.txt")
MARKDOWN = str(REPO / "examples" / "software-engineer-test-automation.md")
HTML = str(sorted(GOLDEN.glob("*.html"))[0])
TYPER = "import sys; from jobx.cli import main; sys.argv[0] = 'jobx'; main()"
# Modules a plain `jobx extract one.txt --format json` does not import: each cost start-up time (issue 11)
NOT_AT_START_UP = (
    "typer", "typing", "tempfile", "importlib.resources", "_hashlib", "html", "datetime", "yaml", "rich",
    "selectolax", "jobx.cli", "jobx.batch",
)
REPORT_LOADED = (
    "import atexit, sys; atexit.register(lambda: sys.stderr.write("
    f"'loaded: %r' % [m for m in {NOT_AT_START_UP!r} if m in sys.modules]))"
)


def run(arguments: list[str], typer: bool, stdin: bytes = b"", cwd: Path | None = None) -> tuple[int, str, str]:
    command = [sys.executable, "-c", TYPER] if typer else [sys.executable, "-m", "jobx"]
    env = {**os.environ, "NO_COLOR": "", "FORCE_COLOR": "", "COLUMNS": "100"}
    result = subprocess.run(command + arguments, input=stdin, capture_output=True, env=env, cwd=cwd, timeout=120)
    return result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")


QUICK = [
    ["extract", SEED, "--format", "json"],
    ["extract", SEED, "-f", "yaml"],
    ["extract", SEED, "--format=jsonl", "--spans"],
    ["extract", SEED, MARKDOWN, "--format", "csv"],
    ["extract", "--format", "tsv", SEED],
    ["extract", SEED, "--format", "jsonld"],
    ["extract", SEED],
    ["extract", SEED, "--color", "always"],
    ["extract", SEED, "--color=never", "--format", "JSON", "--input-format", "Text"],
    ["extract", HTML, MARKDOWN, "--format", "json", "--input-format=auto"],
    ["extract", "missing.txt", "--format", "json"],
    ["extract", SEED, "missing.txt", "--format", "json"],
    ["extract", "missing.txt", "--format", "csv"],
    ["extract", str(REPO / "seeds"), "--format", "json"],
    ["extract", "/dev/null", "--format", "json"],
    ["extract", "-", "--format", "json"],
    ["extract", "--format", "json"],
]
TO_TYPER = [
    ["extract", SEED, "--format", "nope"],
    ["extract", SEED, "--spans"],
    ["extract", "-", "-", "--format", "json"],
    ["extract", SEED, "--format", "json", "--format", "yaml"],
    ["extract", SEED, "--format"],
    ["extract", SEED, "-fjson"],
    ["extract", SEED, "--format", "--spans"],
    ["extract", SEED, "--debug", "--format", "json"],
    ["extract", SEED, "--max-bytes", "10", "--format", "json"],
    ["extract", SEED, "--rules-timeout", "0", "--format", "json"],
    ["extract", SEED, "--spans", "--spans", "--format", "json"],
    ["extract", SEED, "--spans=yes", "--format", "json"],
    ["extract", SEED, "--input-format", "pdf"],
    ["extract", SEED, "--color", "sometimes"],
    ["extract", SEED, "--output", "-", "--format", "json"],
    ["extract", SEED, "--nope"],
    ["extract", "--help"],
    ["extract", SEED, "-h"],
    ["extract", SEED, "--", "--format"],
    ["--version"],
    ["schema"],
    [],
]


@pytest.mark.parametrize("arguments", QUICK + TO_TYPER, ids=lambda a: " ".join(Path(x).name for x in a) or "none")
def test_the_entry_point_does_what_the_typer_app_does(arguments: list[str], tmp_path: Path) -> None:
    stdin = Path(SEED).read_bytes()
    quick, typer = tmp_path / "quick", tmp_path / "typer"  # where `--output -` writes a file named '-'
    quick.mkdir()
    typer.mkdir()
    assert run(arguments, False, stdin, quick) == run(arguments, True, stdin, typer)
    assert sorted(p.name for p in quick.iterdir()) == sorted(p.name for p in typer.iterdir())


def test_written_outputs_are_the_same(tmp_path: Path) -> None:
    for typer in (False, True):
        out = tmp_path / f"out-{typer}.json"
        assert run(["extract", SEED, MARKDOWN, "-o", str(out), "--format", "json", "--spans"], typer) == (0, "", "")
    assert (tmp_path / "out-False.json").read_bytes() == (tmp_path / "out-True.json").read_bytes()


@pytest.mark.parametrize("arguments", QUICK)
def test_plain_extract_command_lines_run_without_typer(arguments: list[str]) -> None:
    assert entry.quick_options(arguments) is not None or arguments == ["extract", "--format", "json"]


@pytest.mark.parametrize("arguments", TO_TYPER)
def test_other_command_lines_go_to_typer(arguments: list[str]) -> None:
    assert entry.quick_options(arguments) is None


def test_the_quick_path_imports_neither_typer_nor_what_it_does_not_use() -> None:
    command = [sys.executable, "-c", REPORT_LOADED + "; import runpy; runpy.run_module('jobx', run_name='__main__')"]
    quick = subprocess.run([*command, "extract", SEED, "--format", "json"], capture_output=True, text=True, timeout=120)
    assert (quick.returncode, quick.stderr) == (0, "loaded: []")
    other = subprocess.run([*command, "schema"], capture_output=True, text=True, timeout=120)
    assert other.returncode == 0 and "'typer'" in other.stderr


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_ctrl_c_while_reading_is_reported_alike() -> None:
    """Ctrl-C while waiting for standard input: `jobx: interrupted`, exit 130, both ways."""
    import signal
    import time

    outcomes = []
    for typer in (False, True):
        command = [sys.executable, "-c", TYPER] if typer else [sys.executable, "-m", "jobx"]
        process = subprocess.Popen(
            [*command, "extract", "-", "--format", "json"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(3)  # started, and blocked reading the pipe
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
        outcomes.append((process.returncode, stdout, stderr))
    assert outcomes[0] == outcomes[1] == (130, b"", b"jobx: interrupted\n")
