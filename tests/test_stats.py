"""`jobx stats`: the summary of many records, its JSON/CSV/Rich forms, the HTML page (also in a real
headless Chromium when /usr/bin/chromium is installed), and the CLI's inputs, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jobx.cli import app
from jobx.formats.stats_html import to_html
from jobx.formats.stats_text import bar, to_csv
from jobx.stats import Summary, read_json_lines, summarise

runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
CHROMIUM = Path("/usr/bin/chromium")


def record(**changes: Any) -> dict[str, Any]:
    """A schema_version 1 record, as `jobx extract --format jsonl` writes it."""
    base: dict[str, Any] = {
        "schema_version": 1,
        "source": "a.txt",
        "title": "Data Engineer",
        "company": "Acme",
        "team": None,
        "responsibilities": ["Build pipelines"],
        "minimum_qualifications": ["3 years of SQL"],
        "preferred_qualifications": [],
        "benefits": [],
        "logistics": {
            "location": "Berlin",
            "work_arrangement": "Hybrid (2 days remote)",
            "employment_type": "full-time",
            "start": None,
            "duration": None,
            "salary": "€50,000 - €60,000",
            "deadline": None,
            "graduation": None,
        },
        "skills": ["SQL", "Python"],
        "warnings": ["no preferred qualifications found", "no benefits found"],
    }
    for key, value in changes.items():
        if key in base["logistics"]:
            base["logistics"][key] = value
        else:
            base[key] = value
    return base


RECORDS = [
    record(),
    record(
        source="b.txt",
        skills=["Python"],
        benefits=["Gym"],
        work_arrangement="Remote",
        salary=None,
        warnings=["heading 'Our stack' not recognised; its text was not itemised"],
    ),
    record(
        source="c.txt",
        title=None,
        responsibilities=[],
        employment_type=None,
        work_arrangement=None,
        warnings=["heading 'Extras' not recognised; its text was not itemised", "no responsibilities found"],
    ),
]


def by_name(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {entry["name"]: entry for entry in entries}


def jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


# ---- the summary ----------------------------------------------------------------------------------


def test_counts_sections_fields_skills_and_types() -> None:
    data = summarise(RECORDS).to_dict()
    assert data["postings"] == 3
    sections = by_name(data["sections"])
    assert (sections["responsibilities"]["found"], sections["responsibilities"]["missing"]) == (2, 1)
    assert (sections["benefits"]["found"], sections["benefits"]["missing"]) == (1, 2)
    assert sections["preferred_qualifications"]["share_missing"] == 1.0
    fields = by_name(data["fields"])
    assert fields["title"]["missing"] == 1 and fields["salary"]["found"] == 2 and fields["graduation"]["found"] == 0
    assert data["skills"][0] == {"name": "Python", "postings": 3, "share": 1.0}
    assert by_name(data["employment_types"]) == {
        "full-time": {"name": "full-time", "postings": 2, "share": 0.6667},
        "(not stated)": {"name": "(not stated)", "postings": 1, "share": 0.3333},
    }
    assert [e["name"] for e in data["work_arrangements"]] == ["hybrid", "remote", "(not stated)"]  # ties: stated first


def test_warnings_of_one_kind_count_together() -> None:
    warnings = by_name(summarise(RECORDS).to_dict()["warnings"])
    assert warnings["heading … not recognised; its text was not itemised"]["postings"] == 2
    assert warnings["no benefits found"]["postings"] == 1


def test_top_limits_the_ranked_tables_only() -> None:
    data = summarise(RECORDS).to_dict(top=1)
    assert len(data["skills"]) == 1 and len(data["warnings"]) == 1
    assert len(data["sections"]) == 5 and len(data["employment_types"]) == 2


def test_salaries_as_written_without_normalised_values() -> None:
    data = summarise(RECORDS).to_dict()
    assert data["salary_ranges"] == []
    assert data["salaries_as_written"] == [{"name": "€50,000 - €60,000", "postings": 2, "share": 0.6667}]


def test_normalised_salaries_give_quartiles_by_currency_and_period() -> None:
    """The hook for schema_version 2: a {min, max, currency, period} object naming salary is used."""

    def paid(low: float | None, high: float | None, currency: str = "EUR", period: str = "year") -> dict[str, Any]:
        value = record(schema_version=2)
        value["values"] = {"salary": {"min": low, "max": high, "currency": currency, "period": period}}
        return value

    records = [paid(40_000, 50_000), paid(50_000, 70_000), paid(80_000, None), paid(30, 40, "USD", "hour")]
    ranges = summarise(records).to_dict()["salary_ranges"]
    assert ranges[0] == {
        "currency": "EUR",
        "period": "year",
        "postings": 3,
        "lowest": 40_000.0,
        "q1": 52_500.0,
        "median": 60_000.0,
        "q3": 70_000.0,
        "highest": 80_000.0,
    }
    assert ranges[1]["currency"] == "USD" and ranges[1]["median"] == 35.0 and ranges[1]["postings"] == 1


def test_an_empty_summary_has_no_division_by_zero() -> None:
    data = Summary().to_dict()
    assert data["postings"] == 0 and data["sections"][0]["share_missing"] == 0.0


def test_bars_scale_to_eighths() -> None:
    assert bar(0, 10) == "" and bar(10, 10, width=4) == "████"
    assert bar(5, 10, width=3) == "█▌"
    assert bar(1, 1000, width=10) == "▏"  # anything above nothing shows


# ---- reading JSON Lines ---------------------------------------------------------------------------


def test_bad_lines_are_errors_naming_the_line_and_reading_goes_on() -> None:
    lines = [json.dumps(RECORDS[0]), "not json", "", json.dumps({"a": 1}), json.dumps(RECORDS[1])]
    values = list(read_json_lines(lines, "x.jsonl"))
    assert [v["source"] for v in values if isinstance(v, dict)] == ["a.txt", "b.txt"]
    errors = [str(v) for v in values if not isinstance(v, dict)]
    assert errors[0].startswith("x.jsonl: line 2: not JSON")
    assert errors[1] == "x.jsonl: line 4: not a jobx posting record (no 'logistics' object)"


def test_one_indented_object_is_read_too() -> None:
    values = list(read_json_lines(io.StringIO(json.dumps(RECORDS[0], indent=2)), "one.json"))
    assert [v["source"] for v in values] == ["a.txt"]


def test_a_json_array_is_read_too() -> None:
    text = json.dumps(RECORDS, indent=2)
    values = list(read_json_lines(io.StringIO(text), "all.json"))
    assert [v["source"] for v in values] == ["a.txt", "b.txt", "c.txt"]


# ---- output forms ---------------------------------------------------------------------------------


def test_csv_is_long_and_tidy() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(summarise(RECORDS).to_dict()))))
    assert list(rows[0]) == ["table", "name", "measure", "value"]
    assert {"table": "postings", "name": "", "measure": "postings", "value": "3"} in rows
    assert {"table": "sections", "name": "benefits", "measure": "missing", "value": "2"} in rows
    assert {"table": "skills", "name": "Python", "measure": "postings", "value": "3"} in rows


def test_html_is_self_contained_with_svg_charts() -> None:
    page = to_html(summarise(RECORDS).to_dict(), "jobx stats: <test>")
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") >= 5
    assert "<title>jobx stats: &lt;test&gt;</title>" in page
    lowered = page.lower()
    assert "<script" not in lowered and "src=" not in lowered and "href=" not in lowered and "url(" not in lowered
    assert "http" not in lowered  # no network: no link, font, image or namespace fetched


def test_html_escapes_posting_text() -> None:
    page = to_html(summarise([record(skills=["<img src=x onerror=alert(1)>"])]).to_dict())
    assert "<img" not in page and "&lt;img src=x" in page


# ---- the command ----------------------------------------------------------------------------------


def test_cli_pretty_reads_json_lines(tmp_path: Path) -> None:
    source = tmp_path / "all.jsonl"
    source.write_text(jsonl(RECORDS), encoding="utf-8")
    result = runner.invoke(app, ["stats", str(source)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("3 postings\n")
    for title in (
        "Sections found",
        "Fields found",
        "Top skills",
        "Employment types",
        "Work arrangements",
        "Salaries as written",
        "Most common warnings",
    ):
        assert title in out
    assert "█" in out and "\x1b[" not in out


def test_cli_json_from_stdin() -> None:
    result = runner.invoke(app, ["stats", "-", "--format", "JSON"], input=jsonl(RECORDS))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["postings"] == 3


def test_cli_csv(tmp_path: Path) -> None:
    source = tmp_path / "all.jsonl"
    source.write_text(jsonl(RECORDS), encoding="utf-8")
    result = runner.invoke(app, ["stats", str(source), "-f", "csv", "--top", "1"])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["table", "name", "measure", "value"]
    assert sum(1 for row in rows if row[0] == "skills") == 1


def test_cli_bad_line_is_one_error_and_exit_1_but_the_rest_is_summarised(tmp_path: Path) -> None:
    source = tmp_path / "all.jsonl"
    source.write_text(jsonl(RECORDS[:2]) + "{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(source), "-f", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["postings"] == 2
    assert (
        result.stderr == f"jobx: error: {source}: line 3: not JSON (give a folder of postings, or jobx's JSON Lines)\n"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file or folder"),
        ("", "no postings to summarise"),
        ("a posting\nnot JSON lines\n", "line 1: not JSON (give a folder of postings, or jobx's JSON Lines)"),
        (b"\xff\xfe\x00binary", "not UTF-8 text (give a folder of postings, or jobx's JSON Lines)"),
    ],
    ids=["missing", "empty", "a-posting-not-json-lines", "binary"],
)
def test_cli_unusable_input_is_exit_1_with_one_line(tmp_path: Path, content: str | bytes | None, message: str) -> None:
    source = tmp_path / "in.jsonl"
    if isinstance(content, bytes):
        source.write_bytes(content)
    elif content is not None:
        source.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["stats", str(source)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"jobx: error: {source}: {message}\n"  # one line, however long the file
    assert "Traceback" not in result.stderr


def test_cli_usage_errors_are_exit_2() -> None:
    result = runner.invoke(app, ["stats", "-", "--format", "yaml"], input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("jobx: error: ") and len(result.stderr.splitlines()) == 1


def test_cli_html_unwritable_is_exit_3(tmp_path: Path) -> None:
    source = tmp_path / "all.jsonl"
    source.write_text(jsonl(RECORDS), encoding="utf-8")
    result = runner.invoke(app, ["stats", str(source), "--html", str(tmp_path / "no" / "such" / "r.html")])
    assert result.exit_code == 3
    assert result.stderr.startswith("jobx: error: ") and "cannot write" in result.stderr


def write_postings(folder: Path) -> None:
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Data Engineer\n\nResponsibilities:\n- Build data pipelines in Python\n- Review code\n\n"
        "Requirements:\n- 3+ years of SQL\n- Experience with AWS\n\nBenefits:\n- Gym membership\n- Remote work\n",
        encoding="utf-8",
    )
    (folder / "two.md").write_text(
        "# Support Analyst\n\n## What you'll do\n- Answer customer questions\n- Write help articles\n\n"
        "## What you need\n- Good written English\n- Experience with SQL\n",
        encoding="utf-8",
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a posting")


def test_cli_folder_is_extracted_with_batchs_file_discovery(tmp_path: Path) -> None:
    folder = tmp_path / "postings"
    write_postings(folder)
    result = runner.invoke(app, ["stats", str(folder), "-f", "json", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["postings"] == 2  # the PDF is not a posting (batch's default globs)
    assert by_name(data["skills"])["SQL"]["postings"] == 2
    assert by_name(data["sections"])["minimum_qualifications"]["found"] == 2


def test_cli_folder_without_postings_is_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["stats", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"jobx: error: {tmp_path / 'empty'}: no .txt, .md, .markdown, .html or .htm file in this folder\n"
    )


# ---- the page in a real browser -------------------------------------------------------------------


def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
    ]
    return subprocess.run([str(CHROMIUM), *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (apt-get install chromium)")
def test_html_page_loads_in_headless_chromium_with_its_charts(tmp_path: Path) -> None:
    source = tmp_path / "all.jsonl"
    source.write_text(jsonl(RECORDS), encoding="utf-8")
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["stats", str(source), "--html", str(page), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    dom = chromium(f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert "<h1>jobx stats: all.jsonl</h1>" in html
    assert html.count("<svg") >= 5 and 'class="bar"' in html
    shot = tmp_path / "report.png"
    chromium(
        f"--user-data-dir={tmp_path / 'profile2'}", f"--screenshot={shot}", "--window-size=900,1400", page.as_uri()
    )
    assert shot.stat().st_size > 10_000  # a drawn page, not an empty one
    assert shutil.which(str(CHROMIUM))
