"""extract() CPU time per posting against a tokeniser pass, and against another checkout's extract().

For each set of postings (../shared/corpus/postings when present, the repo's seeds and examples, and a
generated set built as bench.py builds its corpus) it measures, in paired rounds in one process:

- extract(): CPU seconds (time.process_time) of jobx.extract() over the set's block text, per posting;
- the floor: CPU seconds to read the file, decode it and run one `regex` \\w+ scan over it, per posting;

and prints the medians over the rounds with their ratio. With `--against OTHER_CHECKOUT` it also runs
the same measurement with that checkout's jobx (a subprocess per round, alternating with this one, so a
busy machine slows both alike) and prints before/after with the ratio: how a speed change is measured.

Run by hand, never pass/fail:
  python benchmarks/extract_cpu.py [--rounds 7] [--generated 300] [--against /tmp/jobx-before]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpus" / "postings"
SUFFIXES = (".txt", ".md", ".html")


def posting_sets(generated: int, folder: Path, corpus: Path = CORPUS) -> dict[str, list[Path]]:
    """Name -> the files of each set; the generated set is written under `folder`."""
    sys.path.insert(0, str(HERE))
    import bench  # benchmarks/bench.py: the varied generated corpus

    sets = {}
    if corpus.is_dir():
        sets["corpus (../shared)"] = sorted(p for p in corpus.iterdir() if p.suffix in SUFFIXES)
    sets["seeds + examples"] = list(bench.SOURCES)
    if generated:
        sets[f"generated ({generated})"] = bench.build_corpus(folder, generated)
    return sets


def measure(repo: Path, sets: dict[str, list[Path]]) -> dict[str, tuple[float, float]]:
    """One round with the jobx of `repo`: set name -> (extract CPU s, floor CPU s) per posting."""
    sys.path.insert(0, str(repo))
    import regex

    import jobx
    from jobx.reader import decode, to_block_text
    from jobx.rules import default_rules

    rules = default_rules()
    words = regex.compile(r"\w+")
    result = {}
    for name, paths in sets.items():
        texts = []
        for path in paths:
            raw = path.read_bytes()
            texts.append(to_block_text(decode(raw, str(path)), str(path), "auto").text)
        for text in texts[:5]:  # warm the caches outside the timing
            jobx.extract(text, rules=rules)
        started = time.process_time()
        for text in texts:
            jobx.extract(text, rules=rules)
        extract_seconds = (time.process_time() - started) / len(texts)
        started = time.process_time()
        for path in paths:
            words.findall(path.read_bytes().decode("utf-8", "replace"))
        floor_seconds = (time.process_time() - started) / len(paths)
        result[name] = (extract_seconds, floor_seconds)
    return result


def run_round(repo: Path, listing: Path) -> dict[str, tuple[float, float]]:
    """One round in a fresh process whose jobx is the one in `repo`."""
    output = subprocess.run(
        [sys.executable, __file__, "--measure", str(repo), "--listing", str(listing)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(repo)},
    ).stdout
    return {name: tuple(values) for name, values in json.loads(output).items()}  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7, help="paired rounds (default 7)")
    parser.add_argument("--generated", type=int, default=300, help="generated postings (default 300; 0: none)")
    parser.add_argument("--against", type=Path, help="another checkout of jobx: the 'before' of a change")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="corpus folder (default ../shared/corpus/postings)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--listing", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure is not None:  # a worker round: the sets come from the listing file
        sets = {name: [Path(p) for p in paths] for name, paths in json.loads(options.listing.read_text()).items()}
        print(json.dumps(measure(options.measure, sets)))
        return
    with tempfile.TemporaryDirectory(prefix="jobx-extract-cpu-") as temporary:
        sets = posting_sets(options.generated, Path(temporary) / "generated", options.corpus)
        listing = Path(temporary) / "listing.json"
        listing.write_text(json.dumps({name: [str(p) for p in paths] for name, paths in sets.items()}))
        checkouts = [("this checkout", REPO)] + ([("--against", options.against.resolve())] if options.against else [])
        rounds: dict[str, list[dict[str, tuple[float, float]]]] = {label: [] for label, _ in checkouts}
        for _ in range(options.rounds):
            for label, repo in checkouts:
                rounds[label].append(run_round(repo, listing))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; {options.rounds} paired rounds, medians, CPU time")
    print("| set | postings | checkout | extract() ms | floor ms | extract() / floor |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, paths in sets.items():
        medians = {}
        for label, _ in checkouts:
            extract_ms = statistics.median(r[name][0] for r in rounds[label]) * 1e3
            floor_ms = statistics.median(r[name][1] for r in rounds[label]) * 1e3
            medians[label] = extract_ms
            ratio = extract_ms / floor_ms
            print(f"| {name} | {len(paths)} | {label} | {extract_ms:.2f} | {floor_ms:.3f} | {ratio:.1f}x |")
        if options.against:
            pairs = zip(rounds["this checkout"], rounds["--against"], strict=True)
            ratios = [after[name][0] / before[name][0] for after, before in pairs]
            print(f"| {name} | | this / --against | median of per-round ratios {statistics.median(ratios):.3f} | | |")


if __name__ == "__main__":
    main()
