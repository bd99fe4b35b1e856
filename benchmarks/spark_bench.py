"""jobx on Spark against `jobx batch`: postings per second on the same generated corpus, and what Spark
costs per row on top of extract() (Arrow conversion, the Python workers).

Builds the corpus of benchmarks/bench.py (seeds and examples, sections shuffled, headings swapped,
bullets restyled) in a temporary folder and measures, in one run:

1. `jobx batch FOLDER --workers W --format jsonl` end to end;
2. `jobx spark FOLDER --master local[W] --out x.parquet` end to end (Java start-up included);
3. in one local[W] session, the corpus as a table (source, content) already in Parquet:
   a. a pass through mapInArrow that builds the output columns but extracts nothing (the overhead),
   b. extract_postings, written to Spark's `noop` sink (extraction without writing),
   each after a warm-up on a few rows (Python workers started, rules loaded);
4. extract() in-process on a sample, one core: the work itself.

Run by hand, never pass/fail:  python benchmarks/spark_bench.py [--postings 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench  # benchmarks/bench.py: this folder is on sys.path when run as a script

REPO = Path(__file__).resolve().parent.parent


def timed_run(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def nothing_extracted(batches, arrow_type, names):  # type: ignore[no-untyped-def]
    """mapInArrow doing everything extract_postings does but the extraction: the rows' text to Python,
    an output struct and an error column back."""
    import pyarrow as pa

    for batch in batches:
        texts = batch.column(batch.schema.get_field_index("content")).to_pylist()
        extracted = pa.array([None] * len(texts), type=arrow_type)
        errors = pa.array([None] * len(texts), type=pa.string())
        yield pa.RecordBatch.from_arrays([*batch.columns, extracted, errors], names=[*batch.schema.names, *names])


def spark_in_session(table: Path, workers: int, count: int) -> dict[str, float]:
    from pyspark.sql import SparkSession, types

    from jobx.spark import arrow_type_of, extract_postings, spark_schema

    started = time.perf_counter()
    log_config = (REPO / "jobx" / "spark" / "log4j2.properties").as_uri()
    spark = (
        SparkSession.builder.master(f"local[{workers}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile={log_config}")
        .getOrCreate()
    )
    figures = {"session start": time.perf_counter() - started}
    frame = spark.read.parquet(str(table)).repartition(workers * 4).cache()
    frame.count()
    struct = spark_schema()
    schema = types.StructType(
        [*frame.schema.fields, types.StructField("extracted", struct), types.StructField("error", types.StringType())]
    )
    arrow_type = arrow_type_of(struct)

    def overhead_pass(batches):  # type: ignore[no-untyped-def]
        return nothing_extracted(batches, arrow_type, ("extracted", "error"))

    extract_postings(frame.limit(20), "content", source_col="source").write.format("noop").mode("overwrite").save()
    frame.mapInArrow(overhead_pass, schema).limit(20).write.format("noop").mode("overwrite").save()
    started = time.perf_counter()
    frame.mapInArrow(overhead_pass, schema).write.format("noop").mode("overwrite").save()
    figures["mapInArrow, nothing extracted"] = time.perf_counter() - started
    started = time.perf_counter()
    extract_postings(frame, "content", source_col="source").write.format("noop").mode("overwrite").save()
    figures["extract_postings"] = time.perf_counter() - started
    spark.stop()
    return figures


def in_process(paths: list[Path]) -> float:
    """Mean seconds per posting of reading and extracting, as a Spark row is (decode, markup, extract)."""
    from jobx.pipeline import extract_decoded
    from jobx.reader import decode, to_block_text

    times = []
    for path in paths:
        data = path.read_bytes()
        started = time.perf_counter()
        extract_decoded(to_block_text(decode(data, path.name), path.name), source=path.name)
        times.append(time.perf_counter() - started)
    return statistics.fmean(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000, help="corpus size (default 10,000)")
    parser.add_argument("--workers", type=int, default=2, help="batch workers and local[N] cores (default 2)")
    parser.add_argument("--sample", type=int, default=500, help="postings timed in-process (default 500)")
    options = parser.parse_args()
    count, workers = options.postings, options.workers
    with tempfile.TemporaryDirectory(prefix="jobx-spark-bench-") as folder:
        corpus = Path(folder) / "corpus"
        paths = bench.build_corpus(corpus, count)
        mean_kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        table = Path(folder) / "corpus.parquet"
        import pyarrow as pa
        import pyarrow.parquet as parquet

        sources = [str(p.relative_to(corpus)) for p in paths]
        parquet.write_table(pa.table({"source": sources, "content": [p.read_bytes() for p in paths]}), table)
        jobx = [sys.executable, "-m", "jobx"]
        batch = timed_run([*jobx, "batch", str(corpus), "-q", "--workers", str(workers), "--format", "jsonl"])
        out = Path(folder) / "parsed.parquet"
        spark_cli = timed_run([*jobx, "spark", str(corpus), "-q", "--master", f"local[{workers}]", "--out", str(out)])
        session = spark_in_session(table, workers, count)
        per_posting = in_process(paths[: options.sample])
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, ", end="")
    import pyspark

    print(f"Spark {pyspark.__version__}; corpus {count:,} postings, mean {mean_kb:.1f} KB; {workers} workers/cores")
    rows = [
        ("jobx batch --workers N, end to end", batch),
        ("jobx spark --master local[N] --out x.parquet, end to end", spark_cli),
        ("local[N] session start (once per run)", session["session start"]),
        ("mapInArrow pass, nothing extracted", session["mapInArrow, nothing extracted"]),
        ("extract_postings -> noop sink", session["extract_postings"]),
    ]
    print("| measure | seconds | postings/s | per posting, per core |")
    print("| --- | --- | --- | --- |")
    for label, seconds in rows:
        if "session start" in label:
            print(f"| {label} | {seconds:.1f} | | |")
            continue
        print(f"| {label} | {seconds:.1f} | {count / seconds:,.0f} | {seconds * workers / count * 1e6:,.0f} µs |")
    print(f"| extract() in-process (decode, markup, extract), 1 core, mean of {options.sample} | | "
          f"{1 / per_posting:,.0f} | {per_posting * 1e6:,.0f} µs |")  # fmt: skip
    overhead = session["mapInArrow, nothing extracted"] * workers / count
    print(f"\nSpark's own cost per row (Arrow both ways, Python workers): {overhead * 1e6:,.0f} µs per core")


if __name__ == "__main__":
    main()
