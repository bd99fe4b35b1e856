"""How fast is jobx? Builds a corpus of varied postings in a temporary folder and measures, in one run:

1. jobx.extract() in-process (median µs per posting, postings/s on one core);
2. a floor on the same texts: read + one `regex` \\w+ tokenising pass;
3. `jobx batch` end to end with 1 and with all workers (postings/s, CPU ms per posting, peak RSS of the
   largest process and peak PSS of the whole process tree, at two corpus sizes);
4. `jobx extract one.txt --format json` start-up, wall and CPU, against `python -c pass` (with and
   without the rules bundle; benchmarks/startup.py alone measures only this).

Run by hand, never pass/fail:  python benchmarks/bench.py [--postings 10000] [--sample 2000]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex
import startup  # benchmarks/startup.py: this folder is on sys.path when run as a script

REPO = Path(__file__).resolve().parent.parent
SOURCES = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "examples").glob("*.*"))
BULLETS = ("- ", "* ", "• ", "")
PEAK_MEMORY = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=False); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def heading_variants() -> dict[str, list[str]]:
    """Every built-in alias of a section, keyed by that section: headings to swap in."""
    from jobx.rules import builtin_data

    return {
        kind: [a for a in aliases if "'" not in a and "’" not in a]
        for kind, aliases in builtin_data()["sections"].items()
    }


def vary(text: str, chance: random.Random, variants: dict[str, list[str]]) -> str:
    """Shuffle the sections after the first, swap headings for other aliases, restyle bullets and breaks."""
    from jobx.rules import default_rules

    rules = default_rules()
    sections: list[list[str]] = [[]]
    for line in text.splitlines():
        kind = rules.heading_kind(line) if 0 < len(line) < 60 else None
        if kind is not None:
            choices = variants.get(kind.value) or [line]
            sections.append([chance.choice(choices) + chance.choice(("", ":"))])
        else:
            sections[-1].append(line)
    body = sections[1:]
    chance.shuffle(body)
    bullet = chance.choice(BULLETS)
    lines = []
    for section in [sections[0], *body]:
        for line in section:
            stripped = line.lstrip()
            if stripped[:2] in ("- ", "* ", "• "):
                line = bullet + stripped[2:]
            lines.append(line)
        lines.extend([""] * chance.choice((0, 1, 1, 2)))
    return chance.choice(("\n", "\r\n")).join(lines) + "\n"


def build_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    chance = random.Random(seed)
    variants = heading_variants()
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    paths = []
    for index in range(count):
        path = folder / f"d{index // 1000:03d}" / f"posting-{index:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(vary(texts[index % len(texts)], chance, variants).encode("utf-8"))
        paths.append(path)
    return paths


def in_process(paths: list[Path]) -> tuple[list[float], list[float]]:
    """Per-posting seconds for extract() and for the floor (read + \\w+ tokenising)."""
    import jobx

    words = regex.compile(r"\w+")
    jobx.extract(paths[0].read_text(encoding="utf-8"))  # load the rules outside the timing
    extract_times, floor_times = [], []
    for path in paths:
        started = time.perf_counter()
        text = path.read_bytes().decode("utf-8")
        words.findall(text)
        floor_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        jobx.extract(text)
        extract_times.append(time.perf_counter() - started)
    return extract_times, floor_times


def process_tree(root: int) -> list[int]:
    """The process and its descendants, from /proc (Linux)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as children:
                    todo.extend(int(child) for child in children.read().split())
        except OSError:
            continue  # gone already
    return found


def pss_kib(pid: int) -> int:
    """Proportional set size of one process (shared pages split among their users), KiB; 0 if gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_batch(corpus: Path, out: Path, workers: int) -> tuple[float, int, int, float]:
    """Wall seconds, peak RSS (KiB, the largest single process), peak PSS of the whole process tree (KiB,
    sampled every 20 ms; 0 where /proc has no smaps_rollup) and CPU seconds (user + system of the tree) of
    one `jobx batch` run."""
    jobx = [
        sys.executable,
        "-m",
        "jobx",
        "batch",
        str(corpus),
        "--out",
        str(out),
        "-q",
        "--workers",
        str(workers),
    ]
    before = os.times()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", PEAK_MEMORY, *jobx], stdout=subprocess.PIPE, text=True)
    peak_pss = 0
    while process.poll() is None:
        peak_pss = max(peak_pss, sum(pss_kib(pid) for pid in process_tree(process.pid)))
        time.sleep(0.02)
    stdout = process.stdout.read() if process.stdout else ""
    wall = time.perf_counter() - started
    after = os.times()
    if process.returncode:
        raise SystemExit(f"jobx batch failed with exit code {process.returncode}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, int(stdout.split()[-1]), peak_pss, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=10_000, help="corpus size (default 10,000)")
    parser.add_argument("--sample", type=int, default=2_000, help="postings timed in-process (default 2,000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="'all workers' (default: CPUs)")
    options = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="jobx-bench-") as temporary:
        root = Path(temporary)
        paths = build_corpus(root / "corpus", options.postings)
        small_count = max(1, options.postings // 4)
        build_corpus(root / "small", small_count)
        size = statistics.mean(p.stat().st_size for p in paths[:1000])
        sample = paths[: options.sample]
        extract_times, floor_times = in_process(sample)
        median_extract, median_floor = statistics.median(extract_times), statistics.median(floor_times)
        rows.append(
            (
                "extract() in-process, 1 core",
                f"{median_extract * 1e6:,.0f} µs median",
                f"{len(sample) / sum(extract_times):,.0f} postings/s",
            )
        )
        rows.append(
            (
                "floor: read + regex \\w+",
                f"{median_floor * 1e6:,.0f} µs median",
                f"{len(sample) / sum(floor_times):,.0f} postings/s",
            )
        )
        rows.append(("extract() / floor", f"{median_extract / median_floor:,.1f}x", ""))
        for workers in sorted({1, options.workers}):
            seconds, peak, pss, cpu = run_batch(root / "corpus", root / f"out{workers}", workers)
            rows.append(
                (
                    f"jobx batch, {workers} worker(s), {options.postings:,} files",
                    f"{options.postings / seconds:,.0f} postings/s; {cpu / options.postings * 1e3:,.2f} ms CPU each",
                    f"peak RSS {peak / 1024:,.0f} MiB (largest process); peak PSS {pss / 1024:,.0f} MiB (all)",
                )
            )
        seconds, peak, pss, cpu = run_batch(root / "small", root / "out-small", options.workers)
        rows.append(
            (
                f"jobx batch, {options.workers} worker(s), {small_count:,} files",
                f"{small_count / seconds:,.0f} postings/s; {cpu / small_count * 1e3:,.2f} ms CPU each",
                f"peak RSS {peak / 1024:,.0f} MiB (largest process); peak PSS {pss / 1024:,.0f} MiB (all)",
            )
        )
        # paired rounds, wall and CPU, each against python -c pass (see startup.py)
        with tempfile.TemporaryDirectory(prefix="jobx-startup-") as cache:
            env = {**os.environ, "XDG_CACHE_HOME": cache}
            rows.extend(startup.table(startup.measure(startup.commands([], [], paths[0]), 10, env)))
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; corpus {options.postings:,} postings, "
        f"mean {size / 1024:,.1f} KB"
    )
    print("| measure | value | |\n| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
