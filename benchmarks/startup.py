"""How long does `jobx extract one.txt --format json` take to start, against bare Python?

Runs each command once per round, in turn (paired, so a noisy machine slows them alike), for --runs
rounds, and prints the median wall time and the median CPU seconds (user + system, from
getrusage(RUSAGE_CHILDREN)) of each, and each as a ratio of `python -c pass` in the same round.

Run by hand, never pass/fail:
    python benchmarks/startup.py [--runs 10] [--python OTHER_VENV/bin/python]... [--checkout DIR]...
        [--env NAME=VALUE]... [--no-bare]

Each extra --python runs the same jobx command under that interpreter (another venv, say one with a
different Typer), and each --checkout runs this interpreter with another checkout's jobx first on
PYTHONPATH (a `git worktree add` of an older commit, say), so variants are compared side by side in one
run. Each jobx command also reports its median peak RSS (from os.wait4, per run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POSTING = REPO / "seeds" / "000_adbe64c82056d583.txt"


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in KiB) of one run of command."""
    started = time.perf_counter()
    # close_fds=False lets subprocess use posix_spawn (vfork): a forked copy of this process would
    # otherwise count its own memory in the child's peak RSS
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env, close_fds=False)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def commands(pythons: list[str], checkouts: list[str], posting: Path, bare: bool = True) -> dict[str, list[str]]:
    """The commands to compare, by label: bare Python, Python importing regex, and jobx under each
    interpreter and checkout, with the rules bundle and without it (JOBX_NO_CACHE=1: the rules built at
    start-up)."""
    here = [sys.executable]
    chosen = {
        "python -c pass": [*here, "-c", "pass"],
        'python -c "import regex"': [*here, "-c", "import regex"],
    }
    jobx = ["-m", "jobx", "extract", str(posting), "--format", "json"]
    # this checkout's jobx (first on PYTHONPATH), under each interpreter, then other checkouts' jobx
    variants = [
        (f" ({python})" if python != sys.executable else "", ["env", f"PYTHONPATH={REPO}", python])
        for python in [sys.executable, *pythons]
    ]
    variants += [(f" ({checkout})", ["env", f"PYTHONPATH={checkout}", sys.executable]) for checkout in checkouts]
    for suffix, python in variants:
        label = "jobx extract one.txt --format json" + suffix
        if bare:
            chosen[f"{label}, JOBX_NO_CACHE=1 (no rules bundle)"] = ["env", "JOBX_NO_CACHE=1", *python, *jobx]
        chosen[label] = [*python, *jobx]
    return chosen


Times = dict[str, tuple[list[float], list[float], list[int]]]


def measure(chosen: dict[str, list[str]], runs: int, env: dict[str, str]) -> Times:
    """Wall and CPU seconds and peak RSS of each command, `runs` rounds, each round running every command once."""
    times: Times = {label: ([], [], []) for label in chosen}
    for command in chosen.values():  # warm the file cache (and any rules cache) first
        run_once(command, env)
    for _ in range(runs):
        for label, command in chosen.items():
            wall, cpu, rss = run_once(command, env)
            times[label][0].append(wall)
            times[label][1].append(cpu)
            times[label][2].append(rss)
    return times


def table(times: Times) -> list[tuple[str, str, str, str]]:
    """Rows: label, median wall ms (ratio to python -c pass), median CPU ms (ratio), median peak RSS."""
    base_wall, base_cpu, _ = times["python -c pass"]
    rows = []
    for label, (walls, cpus, rss) in times.items():
        wall_ratio = statistics.median(w / b for w, b in zip(walls, base_wall, strict=True))  # paired: same round
        cpu_ratio = (
            statistics.median(c / b for c, b in zip(cpus, base_cpu, strict=True) if b > 0) if any(base_cpu) else 0.0
        )
        rows.append(
            (
                f"start-up: {label}",
                f"{statistics.median(walls) * 1000:,.0f} ms wall ({wall_ratio:,.1f}x)",
                f"{statistics.median(cpus) * 1000:,.0f} ms CPU ({cpu_ratio:,.1f}x)",
                f"{statistics.median(rss) / 1024:,.1f} MiB",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="rounds (default 10)")
    parser.add_argument("--python", action="append", default=[], help="another interpreter to run jobx with")
    parser.add_argument("--checkout", action="append", default=[], help="another checkout to run jobx from")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE set for every run")
    parser.add_argument("--no-bare", action="store_true", help="skip the runs without the rules bundle")
    parser.add_argument("--posting", type=Path, default=POSTING)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jobx-startup-") as cache:
        # a rules bundle of its own, which no other jobx (another checkout, a test run) rewrites meanwhile
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        env.update(item.split("=", 1) for item in options.env)
        chosen = commands(options.python, options.checkout, options.posting, not options.no_bare)
        rows = table(measure(chosen, options.runs, env))
    print(f"{options.runs} paired rounds; ratios are medians of per-round ratios to python -c pass")
    print("| measure | wall | CPU | peak RSS |\n| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
