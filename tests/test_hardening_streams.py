"""Where data goes (issue 10): JSON lines stay on stdout even with a progress bar on a terminal; an
`--output` that is not a regular file (/dev/stdout, a FIFO, a device) is written into, never replaced;
failed writes to stdout are one line and exit 3 for every command; outputs honour the umask and keep the
mode of a file they replace; `extract -f json` over several inputs is always an array.

Complements test_hardening_files.py (reading and writing files) and test_cli.py.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx.cli import app

from .conftest import REPO

SEED = REPO / "seeds" / "003_3ea39d052d5af040.txt"
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
ENV = {**os.environ, "NO_COLOR": "1"}
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
HAS_DEV_FULL = Path("/dev/full").exists() and stat.S_ISCHR(os.stat("/dev/full").st_mode)


def invoke(*args: str):
    return runner.invoke(app, list(args))


def jobx(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jobx", *args], text=True, env=ENV, timeout=timeout, **kwargs)


def make_tree(root: Path, count: int) -> None:
    """Postings with different content, so nothing short-circuits on repeats."""
    root.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        text = f"Engineer {index}\nResponsibilities\n- Build thing {index}\nRequirements\n- Go {index}\n"
        (root / f"p{index:03d}.txt").write_text(text, encoding="utf-8")


# ---- 1: stdout carries the data even when stderr is a terminal ------------------------------------------


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
@pytest.mark.parametrize("from_list", [False, True], ids=["folder", "from-list-stdin"])
def test_batch_to_a_file_with_a_progress_bar_on_the_terminal(tmp_path: Path, from_list: bool) -> None:
    """`jobx batch tree > all.jsonl` typed at a terminal: the bar goes to the terminal, the lines to the file."""
    make_tree(tmp_path / "tree", 5)
    primary, secondary = os.openpty()
    seen: list[bytes] = []

    def drain() -> None:  # the terminal's side: keep reading so the bar never blocks
        try:
            while chunk := os.read(primary, 4096):
                seen.append(chunk)
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    arguments = ["batch", "--from-list", "-"] if from_list else ["batch", "tree"]
    names = "".join(f"tree/p{index:03d}.txt\n" for index in range(5))
    with open(tmp_path / "all.jsonl", "w") as out:
        result = jobx(*arguments, "-j", "1", cwd=tmp_path, stdout=out, stderr=secondary, input=names)
    os.close(secondary)
    reader.join(timeout=5)
    os.close(primary)
    assert result.returncode == 0, b"".join(seen)
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    prefix = "tree/" if from_list else ""  # sources are relative to the folder, or to the current one
    assert [json.loads(line)["source"] for line in lines] == [f"{prefix}p{index:03d}.txt" for index in range(5)]
    assert b'"schema_version"' not in b"".join(seen)


# ---- 2: --output into something that is not a regular file -----------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_into_a_fifo_writes_into_it_and_keeps_it(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = jobx("extract", str(SEED), "-f", "json", "-o", str(fifo), capture_output=True)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not a regular file renamed over it
    assert json.loads(received[0])["source"] == str(SEED)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]  # no temporary file left beside it


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_errors_log_into_a_fifo_writes_into_it_and_keeps_it(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree", 2)
    (tmp_path / "tree" / "bad.txt").write_bytes(b"\x00\x01")
    fifo = tmp_path / "errors.fifo"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    result = jobx("batch", "tree", "-q", "-j", "1", "--errors", str(fifo), cwd=tmp_path, capture_output=True)
    reader.join(timeout=30)
    assert result.returncode == 1, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [json.loads(line)["path"] for line in received[0].splitlines()] == ["tree/bad.txt"]


def test_output_to_dev_stdout_goes_to_stdout() -> None:
    result = jobx("extract", str(SEED), "-f", "json", "-o", "/dev/stdout", capture_output=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"] == str(SEED)


@pytest.mark.skipif(not HAS_DEV_FULL, reason="no /dev/full here")
def test_output_to_a_full_device_is_exit_3_and_the_device_stays(tmp_path: Path) -> None:
    """As root, a device node of our own (a regression must never replace the system's /dev/full)."""
    device = Path("/dev/full")
    if IS_ROOT:
        device = tmp_path / "full"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.stat("/dev/full").st_rdev)
    result = jobx("extract", str(SEED), "-f", "json", "-o", str(device), capture_output=True)
    assert result.returncode == 3
    assert result.stderr == f"jobx: error: {device}: cannot write: No space left on device\n"
    assert stat.S_ISCHR(os.stat(device).st_mode)


# ---- 6: failed writes to stdout, for every command --------------------------------------------------------


@pytest.mark.skipif(not HAS_DEV_FULL, reason="no /dev/full here")
@pytest.mark.parametrize("command", [["batch", "tree", "-j", "1", "-q"], ["rules"], ["schema"]], ids=lambda c: c[0])
def test_full_disk_on_stdout_is_one_line_and_exit_3(tmp_path: Path, command: list[str]) -> None:
    make_tree(tmp_path / "tree", 3)
    with open("/dev/full", "w") as full:
        result = jobx(*command, cwd=tmp_path, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 3, result.stderr
    assert result.stderr == "jobx: error: <stdout>: cannot write: No space left on device\n"


def test_batch_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    """`jobx batch big | head -1`: exit 0 and nothing on stderr, as `extract` does."""
    make_tree(tmp_path / "tree", 300)
    command = f"{sys.executable} -m jobx batch tree -q -j 1 | head -1"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["source"] == "p000.txt"


# ---- 7: modes of output files --------------------------------------------------------------------------


def with_umask(mask: int):
    class Umask:
        def __enter__(self) -> None:
            self.previous = os.umask(mask)

        def __exit__(self, *exc: object) -> None:
            os.umask(self.previous)

    return Umask()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_output_honours_the_umask(tmp_path: Path) -> None:
    with with_umask(0o022):
        assert invoke("extract", str(SEED), "-f", "json", "-o", str(tmp_path / "a.json")).exit_code == 0
    with with_umask(0o027):
        assert invoke("extract", str(SEED), "-f", "json", "-o", str(tmp_path / "b.json")).exit_code == 0
    assert (mode(tmp_path / "a.json"), mode(tmp_path / "b.json")) == (0o644, 0o640)


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o604)
    with with_umask(0o077):
        assert invoke("extract", str(SEED), "-f", "json", "-o", str(target)).exit_code == 0
    assert mode(target) == 0o604
    assert json.loads(target.read_text(encoding="utf-8"))["source"] == str(SEED)


def test_batch_outputs_and_errors_log_honour_the_umask(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree", 2)
    (tmp_path / "tree" / "empty.txt").write_text("  \n", encoding="utf-8")
    with with_umask(0o022):
        result = invoke(
            "batch",
            str(tmp_path / "tree"),
            "--out",
            str(tmp_path / "out"),
            "-j",
            "1",
            "-q",
            "--errors",
            str(tmp_path / "errors.jsonl"),
        )
    assert result.exit_code == 1, result.stderr
    made = sorted((tmp_path / "out").glob("*.json"))
    assert len(made) == 2
    assert {mode(p) for p in [*made, tmp_path / "errors.jsonl"]} == {0o644}


# ---- 8: extract -f json over several inputs is an array --------------------------------------------------


@pytest.mark.parametrize("output_format", ["json", "yaml"])
def test_several_inputs_give_an_array_of_those_that_worked(tmp_path: Path, output_format: str) -> None:
    import yaml

    result = invoke("extract", str(SEED), str(tmp_path / "missing.txt"), "-f", output_format)
    assert result.exit_code == 1
    records = yaml.safe_load(result.stdout)
    assert isinstance(records, list) and [r["source"] for r in records] == [str(SEED)]


def test_several_inputs_that_all_fail_give_an_empty_array(tmp_path: Path) -> None:
    result = invoke("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    assert result.stderr.count("no such file") == 2


def test_one_input_that_fails_gives_no_output(tmp_path: Path) -> None:
    result = invoke("extract", str(tmp_path / "a.txt"), "-f", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
