"""The `jobx` command: every format, stdin, --output, errors and exit codes (stdout, stderr, code apart)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from jobx.cli import app

from .conftest import REPO

SEED = REPO / "seeds" / "003_3ea39d052d5af040.txt"
SEEDS = sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_json_single_file_is_one_object() -> None:
    result = invoke("extract", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == str(SEED)
    assert record["title"].startswith("Backend Software Engineer Intern")
    assert len(record["benefits"]) == 38
    assert result.stderr == ""


def test_json_many_files_is_an_array_in_argument_order() -> None:
    result = invoke("extract", *SEEDS, "--format", "json")
    assert result.exit_code == 0
    assert [r["source"] for r in json.loads(result.stdout)] == SEEDS


def test_jsonl_is_one_object_per_line() -> None:
    result = invoke("extract", *SEEDS, "-f", "jsonl")
    lines = result.stdout.splitlines()
    assert len(lines) == len(SEEDS)
    assert all(json.loads(line)["schema_version"] == 2 for line in lines)


def test_yaml_from_stdin() -> None:
    result = invoke("extract", "-", "--format", "yaml", input=SEED.read_bytes())
    assert result.exit_code == 0
    record = yaml.safe_load(result.stdout)
    assert record["source"] == "<stdin>"
    assert record["team"] == "Platform Engineering"


def test_pretty_without_a_terminal_is_plain_text() -> None:
    result = invoke("extract", str(SEED))
    assert result.exit_code == 0
    assert "Responsibilities (3)" in result.stdout
    assert "  - Health Insurance" in result.stdout
    assert "\x1b[" not in result.stdout


def test_pretty_rich_view_on_a_terminal(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from jobx.render import print_pretty

    record = {"title": "Engineer [bold]x[/bold]", "responsibilities": ["Build \x1b[31mred\x1b[0m things"],
              "logistics": {"location": "Sydney"}, "warnings": ["no benefits found"]}
    print_pretty([record], color=True, width=80)
    out = capsys.readouterr().out
    assert "[bold]x[/bold]" in out  # posting text is never Rich markup
    assert "\x1b[31m" not in out  # nor raw terminal escapes
    assert "Responsibilities (1)" in out and "Sydney" in out


def test_spans_point_into_the_input() -> None:
    result = invoke("extract", str(SEED), "--format", "json", "--spans")
    text = SEED.read_text(encoding="utf-8")
    record = json.loads(result.stdout)
    for key in ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits"):
        for item in record[key]:
            assert " ".join(text[item["start"] : item["end"]].split()) == item["text"]


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    result = invoke("extract", str(SEED), "--format", "json", "--output", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["source"] == str(SEED)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    posting = tmp_path / "p.txt"
    posting.write_bytes(SEED.read_bytes())
    result = invoke("extract", str(posting), "--format", "json", "--output", str(posting))
    assert result.exit_code == 3
    assert "refusing to overwrite an input file" in result.stderr
    assert posting.read_bytes() == SEED.read_bytes()


def test_output_into_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    result = invoke("extract", str(SEED), "-f", "json", "-o", str(tmp_path / "no" / "such" / "out.json"))
    assert result.exit_code == 3
    assert result.stderr.startswith("jobx: error: ") and result.stderr.count("\n") == 1


def bad_input(tmp_path: Path, name: str) -> str:
    if name == "missing":
        return str(tmp_path / "absent.txt")
    if name == "directory":
        return str(tmp_path)
    path = tmp_path / f"{name}.txt"
    path.write_bytes({"empty": b"", "binary": b"\x7fELF\x00\x01\x02", "blank": b"\n  \n"}[name])
    return str(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [("missing", "no such file"), ("directory", "is a directory"), ("empty", "empty input"),
     ("blank", "empty input"), ("binary", "binary file")],
)
def test_bad_inputs_get_one_line_and_exit_1(tmp_path: Path, name: str, message: str) -> None:
    path = bad_input(tmp_path, name)
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"jobx: error: {path}: {message}" + result.stderr.split(message, 1)[1]
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_bad_input_does_not_stop_the_others(tmp_path: Path) -> None:
    result = invoke("extract", str(tmp_path / "absent.txt"), str(SEED), "--format", "jsonl")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["source"] == str(SEED)


def test_windows_1252_input_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Responsibilities\n- Build caf\u00e9 software \u2013 fast\n".encode("cp1252"))
    result = invoke("extract", str(path), "--format", "json")
    assert result.exit_code == 0
    assert "read as Windows-1252" in result.stderr
    record = json.loads(result.stdout)
    assert record["responsibilities"] == ["Build caf\u00e9 software \u2013 fast"]
    assert "not valid UTF-8; read as Windows-1252" in record["warnings"]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [(["extract", str(SEED), "--format", "xml"], "must be one of"), (["extract", "-f"], "requires an argument"),
     (["extract", "-", "-"], "only once"), (["frobnicate"], "No such command")],
    ids=["bad-format", "no-format-value", "stdin-twice", "bad-command"],
)
def test_usage_errors_exit_2(args: list[str], fragment: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_bad_rules_file_exits_2(tmp_path: Path) -> None:
    rules = tmp_path / "r.yaml"
    rules.write_text("nonsense: [1]\n", encoding="utf-8")
    result = invoke("extract", str(SEED), "--rules", str(rules))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"jobx: error: {rules}: line 1: nonsense: unknown key")


def test_schema_and_version() -> None:
    schema = json.loads(invoke("schema").stdout)
    assert schema["properties"]["schema_version"] == {"const": 2}
    assert invoke("--version").stdout.startswith("jobx ")


def test_help_documents_exit_codes() -> None:
    assert "Exit codes" in invoke("--help").stdout


def test_python_m_and_a_real_pipe() -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    with SEED.open("rb") as stdin:
        result = subprocess.run([sys.executable, "-m", "jobx", "extract", "-", "--format", "jsonl"],
                                stdin=stdin, capture_output=True, env=env, timeout=60, check=True)
    assert json.loads(result.stdout)["company"] == "TikTok"


def test_rules_prints_the_effective_rules_with_user_additions(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("sections:\n  benefits: [Goodies]\nskills: [Frobnicator]\n", encoding="utf-8")
    builtin = yaml.safe_load(invoke("rules").stdout)
    effective = yaml.safe_load(invoke("rules", "--rules", str(extra)).stdout)
    assert "Goodies" not in builtin["sections"]["benefits"]
    assert effective["sections"]["benefits"][-1] == "Goodies"
    assert effective["skills"][-1] == "Frobnicator"
    assert set(effective) == set(builtin)


def test_rules_with_a_bad_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: &x [1]\nb: *x\n", encoding="utf-8")
    result = invoke("rules", "--rules", str(bad))
    assert result.exit_code == 2
    assert "aliases" in result.stderr


def test_html_input_by_extension_and_forced_format(tmp_path: Path) -> None:
    page = "<h2>Responsibilities</h2><ul><li><p>Build <b>APIs</b></p></li><li>Own services</li></ul>"
    path = tmp_path / "job.html"
    path.write_text(page, encoding="utf-8")
    record = json.loads(invoke("extract", str(path), "-f", "json").stdout)
    assert record["responsibilities"] == ["Build APIs", "Own services"]
    as_text = json.loads(invoke("extract", str(path), "-f", "json", "--input-format", "text").stdout)
    assert as_text["responsibilities"] != record["responsibilities"]
    assert invoke("extract", str(path), "--input-format", "pdf").exit_code == 2
