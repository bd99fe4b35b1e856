"""Stopping a batch (issue 10, items 9 and 10): Ctrl-C or SIGTERM stops a run with workers at once, even
while a worker is deep in a slow file, and the closing line counts every output the run wrote.

The slow file is a user rules pattern that backtracks exponentially on one line of the file, so without
a way to stop the worker it would run for ages. Complements the SIGTERM test in test_hardening_files.py.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ENV = {**os.environ, "NO_COLOR": "1"}
SLOW_RULES = "chrome_patterns: ['(a|aa)+$']\n"  # exponential on a run of a's that ends in 'b'

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals")


def make_tree(root: Path, count: int) -> None:
    """Distinct postings, and one (sorted early, so a worker holds it) that takes ages."""
    root.mkdir()
    for index in range(count):
        text = f"Engineer {index}\nResponsibilities\n- Build service {index}\nRequirements\n- Go {index}\n"
        (root / f"p{index:03d}.txt").write_text(text, encoding="utf-8")
    (root / "p003-slow.txt").write_text("Engineer\nRequirements\n" + "a" * 80 + "b\n", encoding="utf-8")


def outputs(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


def start(tmp_path: Path, workers: int) -> tuple[subprocess.Popen[str], Path]:
    tree, out = tmp_path / "tree", tmp_path / "out"
    make_tree(tree, 120)
    rules = tmp_path / "slow.yaml"
    rules.write_text(SLOW_RULES, encoding="utf-8")
    command = [sys.executable, "-m", "jobx", "batch", str(tree), "--out", str(out), "-j", str(workers)]
    process = subprocess.Popen(
        [*command, "--rules", str(rules)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        start_new_session=True,  # its own process group, so a failing run can be ended with its workers
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(outputs(out)) < 10:  # the other worker has got going
        time.sleep(0.02)
    time.sleep(0.3)
    return process, out


def stop(process: subprocess.Popen[str], signals: list[signal.Signals]) -> tuple[str, float]:
    """Send the signals; the run must end within a generous bound (a worker stuck for ages fails it)."""
    started = time.monotonic()
    for number in signals:
        process.send_signal(number)
        time.sleep(0.1)
    try:
        _, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the workers too: one is stuck in the slow file
        process.communicate()
        pytest.fail(f"still running 30 s after {[s.name for s in signals]}")
    return stderr, time.monotonic() - started


@pytest.mark.parametrize(
    "signals",
    [[signal.SIGINT], [signal.SIGINT, signal.SIGINT], [signal.SIGTERM]],
    ids=["ctrl-c", "ctrl-c-twice", "sigterm"],
)
def test_a_run_with_workers_stops_at_once_during_a_slow_file(tmp_path: Path, signals: list[signal.Signals]) -> None:
    process, out = start(tmp_path, workers=2)
    stderr, _ = stop(process, signals)
    assert process.returncode == 130, stderr
    done = outputs(out)
    assert "p003-slow.json" not in done
    assert not [name for name in done if name.startswith(".")], "a temporary file was left"
    for name in done:  # every output that exists is whole
        assert json.loads((out / name).read_text(encoding="utf-8"))["schema_version"] == 2


def test_the_interrupt_message_counts_every_output_written(tmp_path: Path) -> None:
    """The outputs of chunks still in flight (here, those before the slow file in its chunk) count too."""
    process, out = start(tmp_path, workers=2)
    stderr, _ = stop(process, [signal.SIGINT])
    found = re.search(r"interrupted after ([\d,]+) files \(converted ([\d,]+), skipped 0, failed 0\)", stderr)
    assert found, stderr
    assert int(found.group(2).replace(",", "")) == len(outputs(out))


# ---- --timeout: a file that takes too long fails alone ---------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_file_over_the_timeout_fails_and_the_run_goes_on(tmp_path: Path, workers: str) -> None:
    tree = tmp_path / "tree"
    make_tree(tree, 20)
    rules = tmp_path / "slow.yaml"
    rules.write_text(SLOW_RULES, encoding="utf-8")
    command = [sys.executable, "-m", "jobx", "batch", str(tree), "-j", workers, "--rules", str(rules)]
    result = subprocess.run([*command, "--timeout", "1", "-q"], capture_output=True, text=True, env=ENV, timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"jobx: error: {tree / 'p003-slow.txt'}: took longer than 1 s (--timeout); not converted\n"
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [f"p{index:03d}.txt" for index in range(20)]


def test_timeout_must_not_be_negative(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "jobx", "batch", str(tmp_path), "--timeout", "-1"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("jobx: error: ") and "--timeout" in result.stderr
