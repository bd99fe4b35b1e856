"""`jobx spark`: read a table (Parquet, JSON lines) or a folder of posting files with Spark, extract every
posting, and write Parquet or JSON lines (a folder of part files, Spark's way) or JSON lines on stdout.

The command's own problems are JobxErrors (one stderr line, cli.py's exit codes); a posting that fails is
a row with an `error`, reported at the end, never a failed job.
"""

from __future__ import annotations

import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import JobxError, OutputError
from ..reader import DEFAULT_MAX_BYTES
from ..rules import DEFAULT_PATTERN_SECONDS
from .rows import DEFAULT_TIMEOUT_SECONDS

READ_KINDS = ("auto", "parquet", "jsonl", "files")
OUTPUT_FORMATS = ("jsonl", "parquet")
POSTING_SUFFIXES = ("txt", "md", "markdown", "html", "htm")  # as `jobx batch` takes from a folder
TABLE_SUFFIXES = {".parquet": "parquet", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl"}
ERRORS_SHOWN = 20  # failed rows named on stderr; the rest are counted (all are in the error column)
LOG_CONFIG = Path(__file__).resolve().parent / "log4j2.properties"


class UsageError(JobxError):
    exit_code = 2


class SparkFailed(JobxError):
    """Spark could not read the input or run the job (not a posting's failure: those are rows)."""

    exit_code = 1


@dataclass(frozen=True)
class SparkSettings:
    input: str
    text_col: str = "text"
    source_col: str | None = None
    out: str | None = None
    output_format: str | None = None  # default: parquet for an --out ending in .parquet, else jsonl
    read: str = "auto"
    globs: tuple[str, ...] = ()
    ignore_case: bool = False
    spans: bool = False
    rules_files: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    rules_timeout: float = DEFAULT_PATTERN_SECONDS
    input_format: str = "auto"
    master: str | None = None
    partitions: int = 0
    overwrite: bool = False
    quiet: bool = False
    spark_conf: tuple[tuple[str, str], ...] = field(default=())


def is_uri(path: str) -> bool:
    return "://" in path or path.startswith("file:")


def read_kind(settings: SparkSettings) -> str:
    """parquet, jsonl or files: as given, else by the input's extension or (a local folder) its files."""
    if settings.read != "auto":
        return settings.read
    path = settings.input.rstrip("/")
    suffix = os.path.splitext(path)[1].lower()
    if suffix in TABLE_SUFFIXES:
        return TABLE_SUFFIXES[suffix]
    if is_uri(path) or not os.path.isdir(path):
        return "files" if suffix.lstrip(".") in POSTING_SUFFIXES else "unknown"
    for _, _, names in os.walk(path):
        found = {TABLE_SUFFIXES.get(os.path.splitext(name)[1].lower()) for name in names if name[:1] not in "._"}
        for kind in ("parquet", "jsonl"):
            if kind in found:
                return kind
    return "files"


def check(settings: SparkSettings) -> tuple[str, str]:
    """(read kind, output format), or a UsageError/OutputError before Spark starts."""
    local_input = not is_uri(settings.input)
    if local_input and not os.path.exists(settings.input):
        raise UsageError("no such file or folder", settings.input)
    kind = read_kind(settings)
    if kind == "unknown":
        raise UsageError("cannot tell what this is: give --read parquet, jsonl or files", settings.input)
    output_format = settings.output_format or (
        "parquet" if (settings.out or "").rstrip("/").lower().endswith(".parquet") else "jsonl"
    )
    if settings.out is None and output_format != "jsonl":
        raise UsageError("without --out, postings go to standard output as JSON lines (--format jsonl)")
    if settings.out is not None and not is_uri(settings.out) and local_input:
        out, source = Path(settings.out).resolve(), Path(settings.input).resolve()
        if source == out or source.is_relative_to(out):
            raise UsageError("--out must not be the input or hold it (Spark replaces the whole --out folder)")
        if out.exists() and not settings.overwrite:
            raise OutputError("already exists (--overwrite replaces it)", settings.out)
    if any("/" in glob for glob in settings.globs):
        raise UsageError("--glob takes file-name patterns ('*.txt'), not paths, with jobx spark")
    return kind, output_format


def name_glob(settings: SparkSettings) -> str:
    """Spark's pathGlobFilter (Hadoop glob syntax) for the files to take; in any case, letter by letter."""
    patterns = list(settings.globs) or [f"*.{suffix}" for suffix in POSTING_SUFFIXES]
    if not settings.globs or settings.ignore_case:
        patterns = ["".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in p) for p in patterns]
    return patterns[0] if len(patterns) == 1 else "{" + ",".join(patterns) + "}"


def start_session(settings: SparkSettings) -> tuple[Any, bool]:
    """The active SparkSession (in a notebook, a test, spark-submit), else a new one: --master, or
    spark-submit's, or local[*]. (session, whether jobx started it and so stops it)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    builder = SparkSession.builder.appName("jobx")
    if settings.master or "PYSPARK_GATEWAY_PORT" not in os.environ:  # spark-submit sets the master itself
        builder = builder.master(settings.master or "local[*]")
        builder = builder.config("spark.ui.showConsoleProgress", "false")
        builder = builder.config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile={LOG_CONFIG.as_uri()}")
    for key, value in settings.spark_conf:
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate(), True
    except Exception as error:  # no Java, a bad --master: pyspark's own message, on one line
        message = spark_message(error)
        raise UsageError(f"could not start Spark (it needs Java 17 or newer, JAVA_HOME): {message}") from None


def read_input(spark: Any, settings: SparkSettings, kind: str) -> tuple[Any, str, str | None]:
    """(DataFrame, text column, source column)."""
    from pyspark.sql import functions

    if kind == "parquet":
        return spark.read.parquet(settings.input), settings.text_col, settings.source_col
    if kind == "jsonl":
        return spark.read.json(settings.input), settings.text_col, settings.source_col
    reader = spark.read.format("binaryFile").option("pathGlobFilter", name_glob(settings))
    frame = reader.option("recursiveFileLookup", "true").load(settings.input)
    if is_uri(settings.input):
        prefix = settings.input.rstrip("/") + "/"
    elif os.path.isdir(settings.input):
        prefix = "file:" + str(Path(settings.input).resolve()) + "/"
    else:
        prefix = None  # one file: named as given, as `jobx extract FILE` names it
    path = functions.col("path")
    if prefix is None:
        source = functions.lit(settings.input)
    else:
        relative = functions.substring(path, len(prefix) + 1, 1 << 30)
        source = functions.when(path.startswith(prefix), relative).otherwise(path)
    # read no more than a posting may be: a larger file is refused as `jobx batch` refuses it
    content = functions.substring(functions.col("content"), 1, settings.max_bytes + 1)
    frame = frame.select(source.alias("source"), "path", "modificationTime", "length", content.alias("content"))
    return frame, "content", "source"


def run(settings: SparkSettings) -> int:
    """Exit code: 0 every posting extracted; 1 some failed (each is a row with an error), or none found."""
    kind, output_format = check(settings)
    started = time.perf_counter()
    spark, created = start_session(settings)
    try:
        converted, failures, failed = extract_all(spark, settings, kind, output_format)
    except (JobxError, BrokenPipeError):
        raise
    except Exception as error:  # Spark's own failure (an unreadable input, say): its first line
        raise SparkFailed(f"Spark failed: {spark_message(error)}", settings.input) from None
    finally:
        if created:
            spark.stop()
    for source, reason in failures:
        sys.stderr.write(f"jobx: error: {safe(source)}: {safe(reason)}\n")
    if failed > len(failures):
        sys.stderr.write(f"jobx: ... and {failed - len(failures):,} more failed (see the error column)\n")
    if converted + failed == 0:
        raise SparkFailed("nothing to convert (no rows, or no posting files)", settings.input)
    if not settings.quiet:
        seconds = time.perf_counter() - started
        rate = converted / seconds if seconds > 0 else 0.0
        shown = f"{rate:,.0f}" if rate >= 10 else f"{rate:.1f}"
        sys.stderr.write(f"jobx: converted {converted:,}, failed {failed:,} in {seconds:.1f} s ({shown} postings/s)\n")
    return 1 if failed else 0


def extract_all(spark: Any, settings: SparkSettings, kind: str, output_format: str) -> tuple[int, list[Any], int]:
    """(postings converted, the first failures named, postings failed)."""
    from . import extract_postings

    frame, text_col, source_col = read_input(spark, settings, kind)
    if settings.partitions:
        frame = frame.repartition(settings.partitions)
    try:
        result = extract_postings(
            frame,
            text_col,
            rules=settings.rules_files,
            source_col=source_col,
            spans=settings.spans,
            max_bytes=settings.max_bytes,
            timeout=settings.timeout,
            rules_timeout=settings.rules_timeout,
            input_format=settings.input_format,
        )
    except ValueError as error:
        raise UsageError(str(error), settings.input) from None
    if settings.out is None:
        return stream_jsonl(result.orderBy("source") if kind == "files" else result, source_col)
    if kind == "files":
        result = result.drop("content")
    return write_out(spark, result, settings, output_format, source_col)


JAVA_EXCEPTION = re.compile(r"^(?:[a-z_]\w*\.)+[A-Z]\w*(?:Exception|Error): ")


def spark_message(error: BaseException) -> str:
    """The line of a Spark or Py4J error that says what went wrong, without the Java call around it."""
    for line in str(error).splitlines():
        line = line.strip().lstrip(":").strip()
        if line and not line.startswith("An error occurred while calling"):
            return " ".join(JAVA_EXCEPTION.sub("", line).split())[:300]
    return type(error).__name__


def safe(text: str) -> str:
    from ..render import safe as shown

    return str(shown(text))


def stream_jsonl(result: Any, source_col: str | None) -> tuple[int, list[tuple[str, str]], int]:
    """Each posting as one JSON line on stdout, as `jobx batch --format jsonl` writes it."""
    from ..files import write_stdout
    from ..render import to_jsonl

    converted, failed, failures = 0, 0, []
    columns = ["extracted", "error", *([source_col] if source_col else [])]
    for row in result.select(*columns).toLocalIterator():
        if row["error"] is not None:
            failed += 1
            if len(failures) < ERRORS_SHOWN:
                failures.append((str(row[source_col]) if source_col else "<row>", row["error"]))
            continue
        converted += 1
        write_stdout(to_jsonl([plain(row["extracted"])]), flush=False)
    write_stdout("")
    return converted, failures, failed


def plain(value: Any) -> Any:
    """A Row as the JSON contract's dict: nested Rows as dicts, and a whole number held as a double
    written as jobx writes it (60000, not 60000.0)."""
    if hasattr(value, "asDict"):
        return {key: plain(item) for key, item in value.asDict(recursive=False).items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_out(
    spark: Any, result: Any, settings: SparkSettings, output_format: str, source_col: str | None
) -> tuple[int, list[tuple[str, str]], int]:
    """Write the result under --out, then read back how many rows failed (and which, the first few)."""
    from pyspark.sql import functions

    writer = result.write.mode("overwrite" if settings.overwrite else "errorifexists")
    try:
        if output_format == "parquet":
            writer.parquet(settings.out)
            written = spark.read.parquet(settings.out)
        else:
            writer.option("ignoreNullFields", "false").json(settings.out)
            schema = "error string" + (f", `{source_col}` string" if source_col else "")
            written = spark.read.schema(schema).json(settings.out)
    except Exception as error:  # a folder that cannot be written, a full disk: Spark's message, on one line
        raise OutputError(f"not written: {spark_message(error)}", settings.out or "") from None
    total = written.count()
    errors = written.where(functions.col("error").isNotNull())
    failed = errors.count()
    columns = ["error", *([source_col] if source_col else [])]
    failures = [
        (str(row[source_col]) if source_col else "<row>", row["error"])
        for row in errors.select(*columns).take(ERRORS_SHOWN)
    ]
    return total - failed, failures, failed
