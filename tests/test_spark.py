"""jobx on Apache Spark (issue 13): the `extracted` struct is derived from the JSON contract, every posting
comes out as `jobx extract` gives it, a failing row is a null struct and an error (never a failed job),
and `jobx spark` reads tables and folders and writes JSON lines or Parquet.

Spark runs in local mode (local[2]) with one SparkSession for the whole module; the tests skip only where
pyspark or Java is missing, saying which.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jobx.cli import app
from jobx.errors import RulesError

from .conftest import GOLDEN, REPO, SHARED

runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
ENV = {**os.environ, "NO_COLOR": "1", "JOBX_NO_CACHE": os.environ.get("JOBX_NO_CACHE", "")}
REPO_POSTINGS = [
    *sorted(REPO.glob("seeds/*.txt")),
    *sorted(REPO.glob("examples/*")),
    *sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".md", ".html")),
    *sorted((GOLDEN / "lang").glob("*.*")),
]
CORPUS = SHARED / "corpus" / "postings"

GOOD = """Data Engineer at Example Labs

Requirements
- 3+ years of Python
- Frobnicator pipelines

Salary: 60,000 EUR
"""


def hostile(letters: int) -> str:
    """Lines of one letter ending in another: '(a+)+$' backtracks on them for minutes."""
    bullets = "\n".join(f"- {'a' * (letters + 7 * n)}{'bcdxyz'[n % 6]}" for n in range(6))
    return f"we are hiring {'a' * letters}!\n\nRequirements\n{bullets}\n"


def java_missing() -> bool:
    home = os.environ.get("JAVA_HOME")
    return shutil.which("java") is None and not (home and Path(home, "bin", "java").is_file())


@pytest.fixture(scope="module")
def pyspark() -> Any:
    return pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[dev,spark]')")


@pytest.fixture(scope="module")
def spark(pyspark: Any) -> Any:
    """One local[2] session for the module: small shuffles, no UI, Spark's own log quiet."""
    if java_missing():
        pytest.skip("Spark needs Java (17 or newer): no `java` on PATH and no JAVA_HOME")
    from pyspark.sql import SparkSession

    log_config = (REPO / "jobx" / "spark" / "log4j2.properties").as_uri()
    session = (
        SparkSession.builder.master("local[2]")
        .appName("jobx-tests")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile={log_config}")
        .getOrCreate()
    )
    yield session
    session.stop()


def plain(value: Any) -> Any:
    from jobx.spark.run import plain as as_contract

    return as_contract(value)


def jobx_extract_jsonl(paths: list[Path], *options: str) -> dict[str, dict[str, Any]]:
    """`jobx extract PATHS --format jsonl` run for real, by source (paths relative to the repo where
    they can be, as a user in the checkout would type them)."""
    names = [os.path.relpath(p, REPO) if p.is_relative_to(REPO) else str(p) for p in paths]
    result = subprocess.run(
        [sys.executable, "-m", "jobx", "extract", *names, "--format", "jsonl", *options],
        capture_output=True, text=True, cwd=REPO, env=ENV, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return {record["source"]: record for record in records}


def postings_frame(spark: Any, paths: list[Path]) -> Any:
    rows = [(os.path.relpath(p, REPO) if p.is_relative_to(REPO) else str(p), p.read_bytes()) for p in paths]
    return spark.createDataFrame(rows, "source string, content binary")


# ---- no Spark needed ----------------------------------------------------------------------------------


def test_import_jobx_and_jobx_spark_do_not_import_pyspark() -> None:
    code = "import sys, jobx, jobx.spark, jobx.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'pyarrow', 'pandas', 'py4j')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_jobx_spark_without_pyspark_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now fails, as where it is not installed
    result = runner.invoke(app, ["spark", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (
        2,
        "jobx: error: jobx spark needs pyspark: pip install 'jobx[spark]'\n",
    )


def expected_type(node: dict[str, Any], spans: bool) -> tuple[str, bool]:
    """What a JSON Schema node of `jobx schema` must be in Spark, as (simpleString, nullable): written out
    independently of jobx.spark.schema, so the test checks the derivation rather than repeating it."""
    if "const" in node:
        return "bigint", False
    if "enum" in node:
        return "string", None in node["enum"]
    if "oneOf" in node:
        if {"type": "null"} in node["oneOf"]:
            (other,) = [branch for branch in node["oneOf"] if branch != {"type": "null"}]
            return expected_type(other, spans)[0], True
        (chosen,) = [branch for branch in node["oneOf"] if branch["type"] == ("object" if spans else "string")]
        return expected_type(chosen, spans)
    kinds = [node["type"]] if isinstance(node["type"], str) else node["type"]
    (kind,) = [k for k in kinds if k != "null"]
    nullable = "null" in kinds
    if kind == "array":
        return f"array<{expected_type(node['items'], spans)[0]}>", nullable
    if kind == "object":
        fields = ",".join(f"{name}:{expected_type(child, spans)[0]}" for name, child in node["properties"].items())
        return f"struct<{fields}>", nullable
    return {"string": "string", "integer": "bigint", "number": "double", "boolean": "boolean"}[kind], nullable


@pytest.mark.parametrize("spans", [False, True], ids=["plain", "spans"])
def test_the_struct_is_the_json_contract_field_by_field(pyspark: Any, spans: bool) -> None:
    from jobx.spark import spark_schema

    printed = runner.invoke(app, ["schema"])
    assert printed.exit_code == 0
    contract = json.loads(printed.stdout)
    struct = spark_schema(spans)
    assert struct.fieldNames() == list(contract["properties"])
    for name, node in contract["properties"].items():
        field = struct[name]
        assert (field.dataType.simpleString(), field.nullable) == expected_type(node, spans), name
        if node.get("type") == "object":  # logistics, values: their own fields, one by one
            for child_name, child in node["properties"].items():
                child_field = field.dataType[child_name]
                assert (child_field.dataType.simpleString(), child_field.nullable) == expected_type(child, spans)
    items = struct["responsibilities"].dataType.elementType.simpleString()
    assert items == ("struct<text:string,start:bigint,end:bigint>" if spans else "string")
    assert struct["logistics"].dataType.fieldNames()[:3] == ["location", "work_arrangement", "employment_type"]


# ---- extract_postings ----------------------------------------------------------------------------------


def test_every_repo_posting_comes_out_as_jobx_extract_gives_it(spark: Any) -> None:
    from jobx.spark import extract_postings

    frame = postings_frame(spark, REPO_POSTINGS).repartition(2)
    for options in ((), ("--spans",)):
        expected = jobx_extract_jsonl(REPO_POSTINGS, *options)
        rows = extract_postings(frame, "content", source_col="source", spans=bool(options)).collect()
        assert [row["error"] for row in rows] == [None] * len(REPO_POSTINGS)
        got = {row["source"]: plain(row["extracted"]) for row in rows}
        assert got.keys() == expected.keys()
        for source, record in expected.items():
            assert got[source] == record, source


def test_the_corpus_comes_out_as_jobx_extract_gives_it(spark: Any) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/postings is not present in this checkout")
    from jobx.spark import extract_postings

    paths = sorted(p for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith("."))
    expected = jobx_extract_jsonl(paths)
    rows = extract_postings(postings_frame(spark, paths), "content", source_col="source").collect()
    got = {row["source"]: plain(row["extracted"]) for row in rows if row["error"] is None}
    assert len(got) == len(expected) == len(paths)
    mismatched = [source for source, record in expected.items() if got.get(source) != record]
    assert not mismatched


def test_a_failing_row_is_a_null_struct_and_an_error_and_the_job_goes_on(spark: Any) -> None:
    from jobx.spark import extract_postings

    rows = [
        (1, GOOD),
        (2, None),
        (3, "binary\x00text"),
        (4, "   \n  "),
        (5, GOOD + "- Kubernetes\n" * 40),  # over --max-bytes
        (6, "\x01\x02\x03\x04 mostly control bytes"),
    ]
    frame = spark.createDataFrame(rows, "id int, description string").selectExpr("*", "DATE'2026-11-30' AS day")
    out = extract_postings(frame, text_col="description", max_bytes=400).orderBy("id").collect()
    assert [row["id"] for row in out] == [1, 2, 3, 4, 5, 6]
    assert [row["error"] for row in out] == [
        None,
        "no text (null)",
        "binary file (contains NUL bytes)",
        "empty input (nothing but white space)",
        "larger than the limit of 400 bytes (--max-bytes); not read",
        "binary file (too many control bytes)",
    ]
    assert [row["extracted"] is None for row in out] == [False, True, True, True, True, True]
    assert out[0]["extracted"]["title"] == "Data Engineer"
    assert out[0]["extracted"]["source"] is None
    assert out[0]["description"] == GOOD and str(out[0]["day"]) == "2026-11-30"  # other columns as they were


def test_rules_files_and_both_time_outs_apply_per_row(spark: Any, tmp_path: Path) -> None:
    from jobx.spark import extract_postings

    rules = tmp_path / "my-rules.yaml"
    rules.write_text("skills: [Frobnicator]\nchrome_patterns: ['(a+)+$']\n", encoding="utf-8")
    frame = spark.createDataFrame([("good", GOOD), ("slow", hostile(3000))], "name string, text string")
    out = {row["name"]: row for row in extract_postings(frame, rules=str(rules), rules_timeout=0.2).collect()}
    assert "Frobnicator" in out["good"]["extracted"]["skills"] and out["good"]["error"] is None
    assert out["slow"]["extracted"] is None
    assert out["slow"]["error"].startswith(f"rules file {rules}: chrome_patterns: pattern '(a+)+$' ran out of time")
    # --timeout cuts a row short whatever it is doing, the user's pattern with a generous budget here
    out = {row["name"]: row for row in extract_postings(frame, rules=[rules], rules_timeout=600, timeout=1).collect()}
    assert out["slow"]["error"] == "took longer than 1 s (--timeout); not converted"
    assert out["good"]["error"] is None


def test_bad_arguments_are_refused_on_the_driver(spark: Any, tmp_path: Path) -> None:
    from jobx.spark import extract_postings

    frame = spark.createDataFrame([(1, "x")], "id int, text string")
    with pytest.raises(ValueError, match="no column 'description'"):
        extract_postings(frame, text_col="description")
    with pytest.raises(ValueError, match="is int, not string or binary"):
        extract_postings(frame, text_col="id")
    with pytest.raises(ValueError, match="already has a column 'error'"):
        extract_postings(frame.withColumnRenamed("id", "error"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("no_such_key: [1]\n", encoding="utf-8")
    with pytest.raises(RulesError, match="no_such_key"):
        extract_postings(frame, rules=bad)


# ---- jobx spark ----------------------------------------------------------------------------------------


def posting_folder(root: Path) -> Path:
    folder = root / "postings"
    (folder / "team").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    shutil.copy(REPO / "examples" / "software-engineer-test-automation.md", folder / "team" / "b.md")
    shutil.copy(GOLDEN / "frontend-engineer-json-ld.html", folder / "team" / "c.HTML")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a posting")
    return folder


def test_jobx_spark_on_a_folder_writes_what_jobx_batch_writes(spark: Any, tmp_path: Path) -> None:
    folder = posting_folder(tmp_path)
    batch = runner.invoke(app, ["batch", str(folder), "--format", "jsonl", "-q", "-j", "1"])
    result = runner.invoke(app, ["spark", str(folder), "-q"])
    assert (result.exit_code, batch.exit_code) == (1, 1)
    assert result.stdout == batch.stdout and len(result.stdout.splitlines()) == 3
    assert result.stderr == "jobx: error: broken.txt: binary file (contains NUL bytes)\n"


def test_jobx_spark_jsonl_to_parquet_and_json_lines(spark: Any, tmp_path: Path) -> None:
    source = tmp_path / "postings.jsonl"
    lines = [{"id": 1, "description": GOOD}, {"id": 2, "description": ""}, {"id": 3, "description": GOOD}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "parsed.parquet"
    command = ["spark", str(source), "--text-col", "description", "--source-col", "id", "--out", str(out)]
    result = runner.invoke(app, command)
    assert result.exit_code == 1, result.stderr
    assert result.stderr.splitlines()[0] == "jobx: error: 2: empty input (nothing but white space)"
    assert result.stderr.splitlines()[1].startswith("jobx: converted 2, failed 1 in ")
    table = spark.read.parquet(str(out)).orderBy("id").collect()
    assert [(row["id"], row["extracted"] is None) for row in table] == [(1, False), (2, True), (3, False)]
    assert table[0]["extracted"]["source"] == "1" and table[0]["extracted"]["title"] == "Data Engineer"
    again = runner.invoke(app, command)
    assert (again.exit_code, again.stderr) == (3, f"jobx: error: {out}: already exists (--overwrite replaces it)\n")
    assert runner.invoke(app, [*command, "--overwrite", "-q"]).exit_code == 1
    folder = tmp_path / "parsed-json"
    result = runner.invoke(app, ["spark", str(source), "--text-col", "description", "--out", str(folder), "-q"])
    assert result.exit_code == 1
    written = [json.loads(line) for part in sorted(folder.glob("part-*")) for line in part.read_text().splitlines()]
    assert sorted(record["id"] for record in written) == [1, 2, 3]
    extracted = next(record["extracted"] for record in written if record["id"] == 1)
    assert list(extracted) == list(json.loads(runner.invoke(app, ["schema"]).stdout)["properties"])  # every key


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["{tmp}/missing.parquet"], "jobx: error: {tmp}/missing.parquet: no such file or folder\n"),
        (
            ["{tmp}/in.jsonl", "--text-col", "body", "-q"],
            "jobx: error: {tmp}/in.jsonl: text_col: no column 'body' (the columns: description, id)\n",
        ),
        (
            ["{tmp}/in.jsonl", "--format", "parquet"],
            "jobx: error: without --out, postings go to standard output as JSON lines (--format jsonl)\n",
        ),
        (
            ["{tmp}/in.jsonl", "--out", "{tmp}", "--overwrite"],
            "jobx: error: --out must not be the input or hold it (Spark replaces the whole --out folder)\n",
        ),
    ],
    ids=["missing input", "no such column", "parquet on stdout", "out holds the input"],
)
def test_jobx_spark_usage_errors_are_one_line_exit_2(
    spark: Any, tmp_path: Path, arguments: list[str], message: str
) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": 1, "description": GOOD}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["spark", *(a.format(tmp=tmp_path) for a in arguments)])
    assert (result.exit_code, result.stderr) == (2, message.format(tmp=tmp_path))
    assert result.stdout == ""


def test_jobx_spark_with_nothing_to_convert_or_a_broken_input_is_one_line_exit_1(spark: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["spark", str(empty), "-q"])
    assert (result.exit_code, result.stderr) == (
        1,
        f"jobx: error: {empty}: nothing to convert (no rows, or no posting files)\n",
    )
    broken = tmp_path / "broken.parquet"
    broken.write_text("not parquet", encoding="utf-8")
    result = runner.invoke(app, ["spark", str(broken), "-q"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"jobx: error: {broken}: Spark failed: [FAILED_READ_FILE")
    assert result.stderr.count("\n") == 1


def test_spark_submit_runs_job_py(spark: Any, tmp_path: Path) -> None:
    """The issue's own line: spark-submit .../jobx/spark/job.py with the arguments of `jobx spark`."""
    import jobx.spark

    submit = Path(sys.modules["pyspark"].__file__).parent / "bin" / "spark-submit"
    job = Path(jobx.spark.__file__).parent / "job.py"
    out = tmp_path / "parsed.parquet"
    env = {**ENV, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    result = subprocess.run(
        [str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false", str(job), str(REPO / "seeds"), "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "jobx: converted 5, failed 0 in " in result.stdout + result.stderr  # spark-submit merges the two
    assert sorted(row["source"] for row in spark.read.parquet(str(out)).collect()) == sorted(
        p.name for p in REPO.glob("seeds/*.txt")
    )
