"""`jobx show`: the posting's own text marked with what jobx decided, and --explain's reasons. The golden
posting (tests/golden/show/) was written for this test; its expected view was read line by line."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx.cli import app

from .conftest import GOLDEN

runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
SHOW = GOLDEN / "show"
POSTING = SHOW / "data-engineer.txt"
EXPECTED = SHOW / "data-engineer.explain.txt"


def show(*args: str, input: str | None = None, color: bool = False):
    env = {"NO_COLOR": "", "FORCE_COLOR": "", "COLUMNS": "100"} if color else None
    return runner.invoke(app, ["show", *args], input=input, env=env)


def test_golden_plain_view_with_explain(monkeypatch: pytest.MonkeyPatch, update_golden: bool) -> None:
    monkeypatch.chdir(SHOW)
    result = show(POSTING.name, "--explain")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if update_golden:
        EXPECTED.write_text(result.stdout, encoding="utf-8")
    expected = EXPECTED.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), result.stdout.splitlines(True), "expected", "got"))
    assert result.stdout == expected, f"jobx show differs from {EXPECTED.name} (--update-golden rewrites it):\n{diff}"


def test_without_explain_the_view_is_the_same_less_the_reasons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SHOW)
    result = show(POSTING.name)
    assert result.exit_code == 0
    expected = [line for line in EXPECTED.read_text(encoding="utf-8").splitlines() if "│   ↳ " not in line]
    assert result.stdout.splitlines() == expected


def test_every_item_of_extract_is_marked_in_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.chdir(SHOW)
    record = json.loads(runner.invoke(app, ["extract", POSTING.name, "-f", "json"]).stdout)
    view = show(POSTING.name).stdout
    for key in ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits"):
        for item in record[key]:
            assert f"⟦{item}⟧" in view


def test_colour_on_a_terminal_underlines_items_and_gives_a_legend() -> None:
    result = show(str(POSTING), "--color", "always", color=True)
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b[" in out and "⟦" not in out  # colour instead of markers
    assert "\x1b[4m" in out or ";4m" in out or ";4;" in out  # underline (items)
    first_lines = out.split("\n", 3)[:3]
    assert any("legend:" in line for line in first_lines)
    assert "heading" in first_lines[1] or "heading" in first_lines[2]


def test_language_pack_alias_is_named(tmp_path: Path) -> None:
    posting = tmp_path / "de.txt"
    posting.write_text(
        "Werkstudent Data Engineering (m/w/d)\n\nDeine Aufgaben\n- Du entwickelst Datenpipelines in Python\n"
        "- Du pflegst unsere Dashboards\n\nDein Profil\n- Studium der Informatik\n- Erste Erfahrung mit SQL\n",
        encoding="utf-8",
    )
    out = show(str(posting), "--explain").stdout
    assert "heading 'Deine Aufgaben': an alias of responsibilities in lang/de.yaml (language pack)" in out
    assert "heading 'Dein Profil': an alias of minimum qualifications in lang/de.yaml (language pack)" in out


def test_html_shows_the_block_text_that_offsets_count_in(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><h1>QA Engineer</h1><h2>Requirements</h2><ul><li>Two years of testing</li>"
        "<li>Experience with <b>Selenium</b></li></ul></body></html>",
        encoding="utf-8",
    )
    out = show(str(page)).stdout
    assert "<li>" not in out and "<b>" not in out
    assert "⟦Two years of testing⟧" in out and "⟦Experience with Selenium⟧" in out
    assert "⟪Requirements⟫" in out


def test_standard_input() -> None:
    result = show("-", input="Responsibilities:\n- Write tests\n- Fix bugs\n")
    assert result.exit_code == 0
    assert "<stdin>" in result.stdout and "⟦Write tests⟧" in result.stdout


def test_posting_text_is_inert_on_a_terminal(tmp_path: Path) -> None:
    posting = tmp_path / "esc.txt"
    posting.write_text("Responsibilities:\n- Clear \x1b[2J the screen\n", encoding="utf-8")
    result = show(str(posting), "--color", "always", color=True)
    assert "\x1b[2J" not in result.stdout and "\\x1b[2J" in result.stdout


def test_missing_file_is_one_line_exit_1(tmp_path: Path) -> None:
    result = show(str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"jobx: error: {tmp_path / 'nope.txt'}: no such file\n"


def test_bad_choice_is_usage_exit_2() -> None:
    result = show(str(POSTING), "--color", "sometimes")
    assert result.exit_code == 2
    assert result.stderr.startswith("jobx: error: ") and len(result.stderr.splitlines()) == 1
