"""`--format csv` and `tsv` (issue 12): one long, tidy table read back by the standard library's csv module
and loaded into SQLite; one header per stream; quoting; batch streams and per-file tables."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jobx.cli import app
from jobx.formats.table import COLUMNS, to_table

from .conftest import REPO

SEED = REPO / "seeds" / "003_3ea39d052d5af040.txt"
POSTINGS = sorted(str(p) for p in (REPO / "seeds").glob("*.txt")) + sorted(
    str(p) for p in (REPO / "examples").iterdir()
)
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
DELIMITERS = {"csv": ",", "tsv": "\t"}


def invoke(*args: str | Path, input: str | bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def read_table(text: str, fmt: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=DELIMITERS[fmt])
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def rebuild(rows: list[dict[str, str]], source: str) -> dict[str, Any]:
    """The JSON record (with spans) that the rows of one source stand for: the table loses nothing."""
    record: dict[str, Any] = {"title": None, "company": None, "team": None, "logistics": {}, "values": {}}
    for row in (r for r in rows if r["source"] == source):
        section, position, text = row["section"], row["position"], row["text"]
        if section in ("title", "company", "team"):
            assert position == ""
            record[section] = text
        elif section == "logistics":
            record["logistics"][position] = text
        elif section == "values":  # 'salary.min' is a part of the salary; numbers as numbers
            key, _, part = position.partition(".")
            value = text if not text.replace(".", "", 1).isdigit() else json.loads(text)
            if part:
                record["values"].setdefault(key, {"min": None, "max": None, "currency": None, "period": None})
                record["values"][key][part] = value
            else:
                record["values"][key] = value
        else:
            values = record.setdefault(section, [])
            assert int(position) == len(values) + 1  # numbered from 1, in order
            values.append({"text": text, "start": int(row["start"]), "end": int(row["end"])} if row["start"] else text)
    return record


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """A JSON record as a table gives it back: absent values dropped, lists only when they hold something."""
    kept = {key: record[key] for key in ("title", "company", "team")}
    kept["logistics"] = {k: v for k, v in record["logistics"].items() if v}
    kept["values"] = {k: v for k, v in record["values"].items() if v is not None}
    for key in ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits", "skills",
                "warnings"):
        if record[key]:
            kept[key] = record[key]
    return kept


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_the_table_holds_what_the_json_holds(fmt: str) -> None:
    """Every posting of the seeds and examples: the rows give back the JSON record (with offsets)."""
    table = invoke("extract", *POSTINGS, "--format", fmt)
    as_json = invoke("extract", *POSTINGS, "--format", "json", "--spans")
    assert table.exit_code == 0, table.stderr
    assert table.stderr == ""
    rows = read_table(table.stdout, fmt)
    records = json.loads(as_json.stdout)
    assert [r["source"] for r in records] == POSTINGS
    for record in records:
        assert rebuild(rows, record["source"]) == comparable(record)
    assert table.stdout.count("source,section,position" if fmt == "csv" else "source\tsection\tposition") == 1


def test_csv_is_rfc_4180_and_tsv_uses_tabs(tmp_path: Path) -> None:
    posting = tmp_path / "p.txt"
    posting.write_text('Responsibilities\n- Build "fast", safe APIs in café code\n- Ship\n', encoding="utf-8")
    as_csv = invoke("extract", posting, "-f", "csv")
    assert as_csv.exit_code == 0 and as_csv.stderr == ""
    raw = as_csv.stdout_bytes.decode("utf-8")  # (the runner's .stdout turns CRLF into LF)
    assert raw.startswith("source,section,position,text,start,end\r\n")
    assert f'{posting},responsibilities,1,"Build ""fast"", safe APIs in café code",19,' in raw
    as_tsv = invoke("extract", posting, "-f", "tsv")
    assert as_tsv.stdout.startswith("source\tsection\tposition\ttext\tstart\tend\n")
    assert f"{posting}\tresponsibilities\t2\tShip\t" in as_tsv.stdout
    assert read_table(as_tsv.stdout, "tsv")[0]["text"] == 'Build "fast", safe APIs in café code'


def test_output_file_is_utf8(tmp_path: Path) -> None:
    posting = tmp_path / "p.txt"
    posting.write_bytes("Responsibilities\n- Build caf\u00e9 software \u2013 fast\n".encode("cp1252"))
    target = tmp_path / "items.csv"
    result = invoke("extract", posting, "-f", "csv", "-o", target)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "read as Windows-1252" in result.stderr
    rows = read_table(target.read_bytes().decode("utf-8"), "csv")
    assert [r["text"] for r in rows if r["section"] == "responsibilities"] == ["Build caf\u00e9 software \u2013 fast"]


def test_loads_into_sqlite() -> None:
    """What the README's one-liner does, with Python's sqlite3: the header row names the columns."""
    result = invoke("extract", *POSTINGS, "-f", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    database = sqlite3.connect(":memory:")
    database.execute(f"CREATE TABLE items ({', '.join(rows[0])})")
    database.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?)", rows[1:])
    sources = [s for (s,) in database.execute("SELECT DISTINCT source FROM items ORDER BY rowid")]
    assert sources == POSTINGS
    ((skills,),) = database.execute("SELECT count(*) FROM items WHERE section = 'skills'")
    expected = sum(len(r["skills"]) for r in json.loads(invoke("extract", *POSTINGS, "-f", "json").stdout))
    assert skills == expected > 0


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 command is not installed")
def test_the_readme_sqlite_one_liner() -> None:
    table = invoke("extract", str(SEED), "-f", "csv").stdout
    result = subprocess.run(
        ["sqlite3", ":memory:", ".import --csv /dev/stdin items", "SELECT count(*) FROM items WHERE section = 'title'"],
        input=table, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1\n"


def test_several_inputs_none_readable_give_the_header_alone(tmp_path: Path) -> None:
    result = invoke("extract", tmp_path / "a.txt", tmp_path / "b.txt", "-f", "csv")
    assert result.exit_code == 1
    assert result.stdout_bytes == b"source,section,position,text,start,end\r\n"
    assert result.stderr.count("no such file") == 2


def test_renderer_reads_records_without_offsets() -> None:
    record = {"source": "x", "title": "Engineer", "company": None, "team": None, "responsibilities": ["Build"],
              "minimum_qualifications": [], "preferred_qualifications": [], "benefits": [],
              "logistics": {"location": "Oslo", "salary": None}, "skills": [], "warnings": []}
    assert to_table([record], "csv", header=False) == "x,title,,Engineer,,\r\nx,responsibilities,1,Build,,\r\nx,logistics,location,Oslo,,\r\n"



def test_values_have_a_row_per_part() -> None:
    record = {"source": "x", "title": None, "company": None, "team": None, "responsibilities": [],
              "minimum_qualifications": [], "preferred_qualifications": [], "benefits": [],
              "logistics": {"salary": "€45K–55K", "work_arrangement": "Hybrid, 2 days in the office"},
              "values": {"salary": {"min": 45000, "max": 55000, "currency": "EUR", "period": None}, "start": None,
                         "deadline": "2026-12-12", "work_arrangement": "hybrid", "onsite_days_per_week": 2},
              "skills": [], "warnings": []}
    rows = list(csv.reader(io.StringIO(to_table([record], "csv", header=False), newline="")))
    assert [row[1:4] for row in rows if row[1] == "values"] == [
        ["values", "salary.min", "45000"], ["values", "salary.max", "55000"], ["values", "salary.currency", "EUR"],
        ["values", "deadline", "2026-12-12"], ["values", "work_arrangement", "hybrid"],
        ["values", "onsite_days_per_week", "2"],
    ]

# ---- batch -----------------------------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    (root / "a").mkdir(parents=True)
    for index, posting in enumerate(POSTINGS[:4]):
        shutil.copyfile(posting, root / ("a" if index % 2 else ".") / f"p{index}.txt")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_batch_to_standard_output_is_one_table(tmp_path: Path, fmt: str) -> None:
    make_tree(tmp_path / "tree")
    one = runner.invoke(app, ["batch", str(tmp_path / "tree"), "-f", fmt, "-j", "1", "-q"])
    two = runner.invoke(app, ["batch", str(tmp_path / "tree"), "-f", fmt, "-j", "2", "-q"])
    assert one.exit_code == two.exit_code == 0, one.stderr
    assert one.stderr == two.stderr == ""
    assert one.stdout == two.stdout  # the same table whatever the workers
    rows = read_table(one.stdout, fmt)
    assert list(dict.fromkeys(r["source"] for r in rows)) == ["p0.txt", "p2.txt", "a/p1.txt", "a/p3.txt"]
    assert one.stdout.count("source") == 1 + sum(r["text"].count("source") for r in rows)  # one header


def test_batch_out_writes_a_table_per_file(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree")
    result = runner.invoke(app, ["batch", str(tmp_path / "tree"), "--out", str(tmp_path / "out"), "-f", "csv", "-q"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    made = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.csv"))
    assert made == ["a/p1.csv", "a/p3.csv", "p0.csv", "p2.csv"]
    rows = read_table((tmp_path / "out" / "p0.csv").read_text(encoding="utf-8"), "csv")
    assert {r["source"] for r in rows} == {"p0.txt"}
    assert any(r["start"] for r in rows)  # items keep their offsets


def test_batch_without_out_refuses_json(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree")
    result = runner.invoke(app, ["batch", str(tmp_path / "tree"), "-f", "json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "without --out, postings go to standard output as --format jsonl, csv or tsv" in result.stderr
