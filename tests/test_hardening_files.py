"""Files that cannot be read or written, for `extract` and `batch`: each gives one error line and a
documented exit code, never a hang, a traceback or a partial output; a batch stopped by SIGTERM keeps its
finished outputs and `--skip-existing` resumes exactly where it stopped.

Complements test_cli.py (missing file, directory, empty, binary, --output basics) and test_batch.py.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx.cli import app

from .conftest import REPO

SEED = REPO / "seeds" / "003_3ea39d052d5af040.txt"
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
ENV = {**os.environ, "NO_COLOR": "1"}
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def invoke(*args: str, input: bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def jobx(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess[str]:
    """A real process, for what CliRunner cannot show (FIFOs, signals, pipes); a hang fails, not blocks."""
    return subprocess.run(
        [sys.executable, "-m", "jobx", *args], capture_output=True, text=True, env=ENV, timeout=timeout, **kwargs
    )


def one_error_line(stderr: str, source: str, fragment: str) -> None:
    assert stderr.startswith(f"jobx: error: {source}: "), stderr
    assert fragment in stderr and stderr.count("\n") == 1 and "Traceback" not in stderr, stderr


# ---- inputs that cannot be read -----------------------------------------------------------------------


def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "broken.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    result = invoke("extract", str(link), "-f", "json")
    assert (result.exit_code, result.stdout) == (1, "")
    one_error_line(result.stderr, str(link), "no such file")


def test_symlink_loop(tmp_path: Path) -> None:
    link = tmp_path / "loop.txt"
    link.symlink_to(link)
    result = invoke("extract", str(link), "-f", "json")
    assert result.exit_code == 1
    one_error_line(result.stderr, str(link), "Too many levels of symbolic links")


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions do not bind root, so the refusal is simulated at the system call."""
    path = tmp_path / "secret.txt"
    path.write_bytes(SEED.read_bytes())
    real_open = os.open

    def denied(file, flags, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    result = invoke("extract", str(path), str(SEED), "-f", "jsonl")
    assert result.exit_code == 1
    one_error_line(result.stderr, str(path), "permission denied")
    assert json.loads(result.stdout)["source"] == str(SEED)  # the other input was still extracted


@pytest.mark.skipif(IS_ROOT or os.name != "posix", reason="root reads any file")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(SEED.read_bytes())
    path.chmod(0)
    result = invoke("extract", str(path), "-f", "json")
    assert result.exit_code == 1
    one_error_line(result.stderr, str(path), "permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = jobx("extract", str(fifo), "-f", "json", timeout=30)
    assert result.returncode == 1
    one_error_line(result.stderr, str(fifo), "not a regular file, and nothing to read")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    """`jobx extract <(curl ...)` hands jobx a pipe: it is read to its end."""
    result = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m jobx extract <(cat {SEED}) -f json"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["company"] == "TikTok"


def test_too_large_is_refused_and_the_next_input_still_extracted(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    limit = SEED.stat().st_size
    big.write_bytes(b"Responsibilities\n" + b"- Build things\n" * limit)
    result = invoke("extract", str(big), str(SEED), "-f", "jsonl", "--max-bytes", str(limit))
    assert result.exit_code == 1
    one_error_line(result.stderr, str(big), f"larger than the limit of {limit:,} bytes (--max-bytes)")
    assert json.loads(result.stdout)["source"] == str(SEED)


@pytest.mark.parametrize("value", ["-1", "lots"])
def test_bad_max_bytes_is_a_usage_error(value: str) -> None:
    result = invoke("extract", str(SEED), "--max-bytes", value)
    assert result.exit_code == 2 if value == "lots" else result.exit_code in (1, 2)


# ---- outputs that cannot be written ---------------------------------------------------------------------


def test_output_folder_not_writable_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    target = tmp_path / "out.json"
    result = invoke("extract", str(SEED), "-f", "json", "-o", str(target))
    assert result.exit_code == 3
    one_error_line(result.stderr, str(target), "cannot write: Permission denied")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(IS_ROOT or os.name != "posix", reason="root writes anywhere")
def test_output_folder_not_writable_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    result = invoke("extract", str(SEED), "-f", "json", "-o", str(folder / "out.json"))
    assert result.exit_code == 3
    assert list(folder.iterdir()) == []


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails half way (ENOSPC at fsync): exit 3, the old file intact, no temporary left."""
    target = tmp_path / "out.json"
    target.write_text("previous result", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = invoke("extract", str(SEED), "-f", "json", "-o", str(target))
    assert result.exit_code == 3
    one_error_line(result.stderr, str(target), "cannot write: No space left on device")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert target.read_text(encoding="utf-8") == "previous result"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_full_disk_on_stdout() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "jobx", "extract", str(SEED), "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
            timeout=60,
        )
    assert result.returncode == 3
    one_error_line(result.stderr, "<stdout>", "cannot write: No space left on device")


def test_closed_pipe_is_quiet() -> None:
    """`jobx extract ... | head -c 1`: the reader leaves early; no error, no traceback."""
    command = f"{sys.executable} -m jobx extract {' '.join([str(SEED)] * 200)} -f jsonl | head -c 1"
    result = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"], capture_output=True, text=True, env=ENV, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


# ---- batch --------------------------------------------------------------------------------------------


def make_tree(root: Path, count: int) -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    names = []
    for index in range(count):
        path = root / f"d{index % 7}" / f"posting-{index:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("TikTok", f"Company{index}"), encoding="utf-8")
        names.append(path.relative_to(root).with_suffix(".json").as_posix())
    return sorted(names)


def outputs(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def test_batch_tree_with_hostile_entries_goes_on(tmp_path: Path) -> None:
    tree, out = tmp_path / "tree", tmp_path / "out"
    make_tree(tree, 3)
    (tree / "loop.txt").symlink_to(tree / "loop.txt")
    (tree / "broken.txt").symlink_to(tree / "nowhere.txt")
    limit = SEED.stat().st_size + 100
    (tree / "big.txt").write_bytes(b"x " * limit)
    (tree / "binary.txt").write_bytes(b"\x00\x01")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tree / "fifo.txt")
    result = jobx("batch", str(tree), "--out", str(out), "--max-bytes", str(limit), "-j", "2", timeout=120)
    assert result.returncode == 1, result.stderr
    errors = {
        Path(line.split(": ")[2]).name: line for line in result.stderr.splitlines() if line.startswith("jobx: error:")
    }
    assert "symbolic link loop" in errors["loop.txt"]
    assert "no such file" in errors["broken.txt"]
    assert "larger than the limit" in errors["big.txt"]
    assert "binary file" in errors["binary.txt"]
    assert not hasattr(os, "mkfifo") or "nothing to read" in errors["fifo.txt"]
    assert "Traceback" not in result.stderr
    assert len(outputs(out)) == 3


def test_batch_output_folder_not_writable_exits_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    tree, out = tmp_path / "tree", tmp_path / "out"
    make_tree(tree, 2)

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    result = invoke("batch", str(tree), "--out", str(out), "-j", "1", "-q")
    assert result.exit_code == 3
    lines = result.stderr.splitlines()  # one error, then the run stops (issue 10, item 13)
    assert len(lines) == 2 and "cannot write: Permission denied" in lines[0]
    assert lines[1].startswith("jobx: stopped at the first output that could not be written")
    assert outputs(out) == []


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_sigterm_mid_batch_keeps_finished_outputs_and_resume_finishes_exactly(tmp_path: Path) -> None:
    tree, out = tmp_path / "tree", tmp_path / "out"
    expected = make_tree(tree, 400)
    command = [sys.executable, "-m", "jobx", "batch", str(tree), "--out", str(out), "-j", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(outputs(out) if out.exists() else []) < 20:
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    done = outputs(out)
    if len(done) == len(expected):
        pytest.skip("the batch finished before the signal arrived")
    assert process.returncode == 130, stderr
    assert "interrupted after" in stderr and "--skip-existing" in stderr
    assert 20 <= len(done) < len(expected)
    assert all(not name.rsplit("/", 1)[-1].startswith(".") for name in done), "a temporary file was left"
    for name in done:  # every output that exists is whole
        assert json.loads((out / name).read_text(encoding="utf-8"))["schema_version"] == 2
    stamps = {name: (out / name).stat().st_mtime_ns for name in done}

    resumed = jobx("batch", str(tree), "--out", str(out), "-j", "2", "--skip-existing", timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    summary = resumed.stderr.strip().splitlines()[-1]
    assert f"converted {len(expected) - len(done)}, skipped {len(done)}, failed 0" in summary
    assert outputs(out) == expected
    assert all((out / name).stat().st_mtime_ns == stamp for name, stamp in stamps.items())
