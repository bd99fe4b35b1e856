"""Posting text is inert on a terminal: escape sequences, control characters and Rich markup from the
input reach the screen as visible marks or literal text, never as codes. Complements test_cli.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import jobx
from jobx.cli import app
from jobx.render import plain_text, print_pretty

runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
HOSTILE = {
    "csi-colour": "\x1b[31mred\x1b[0m",
    "clear-screen": "\x1b[2J\x1b[H",
    "osc-title": "\x1b]0;owned\x07",
    "osc-8-link": "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "c1-csi": "\x9b31m",
    "bidi-override": "\u202egnp.exe",
    "backspace-and-bell": "abc\x08\x08\x08xyz\x07",
    "rich-markup": "[bold red]loud[/bold red] [link=http://evil.example]x[/link]",
    "rich-emoji": ":warning: :skull:",
}
CODES = ("\x1b", "\x9b", "\x07", "\x08", "\u202e")


def posting_with(payload: str) -> str:
    prose = "We build software for people who hire, and we care about doing it well. " * 8
    return (
        f"Engineer {payload}\n{prose}\nResponsibilities\n- Build {payload} things\n- Ship\n"
        f"Requirements\n- Python {payload}\nLocation: Sydney {payload}\n"
    )


@pytest.mark.parametrize("payload", HOSTILE.values(), ids=list(HOSTILE))
def test_rich_view_shows_hostile_text_inert(payload: str, capsys: pytest.CaptureFixture[str]) -> None:
    record = jobx.extract(posting_with(payload)).to_dict()
    record["source"] = f"posting{payload}.txt"  # a file name can carry codes too
    record["title"] = f"Engineer {payload}"  # whatever the extractor made of it, test the raw payload
    record["benefits"] = [f"Perk {payload}"]
    print_pretty([record], color=True, width=100)
    out = capsys.readouterr().out
    # Rich's own styling is ESC [ ... m; take exactly those away, and no code may remain.
    bare = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert not any(code in bare for code in CODES), repr(bare)
    if payload.startswith("["):
        assert "[bold red]loud[/bold red]" in bare  # markup shown as text, not applied
    if payload.startswith(":"):
        assert ":warning:" in bare


@pytest.mark.parametrize("payload", HOSTILE.values(), ids=list(HOSTILE))
def test_plain_view_and_cli_show_hostile_text_inert(tmp_path: Path, payload: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(posting_with(payload), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    assert not any(code in result.stdout for code in CODES), repr(result.stdout)
    record = jobx.extract(posting_with(payload)).to_dict()
    record["title"] = f"Engineer {payload}"
    assert not any(code in plain_text([record]) for code in CODES)


def test_json_keeps_the_text_but_escapes_controls(tmp_path: Path) -> None:
    """Machine formats carry the posting's text; JSON writes control characters as \\u escapes."""
    path = tmp_path / "p.txt"
    path.write_text(posting_with("\u202etxt"), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-f", "json"])
    assert "\x1b" not in result.stdout
    assert json.loads(result.stdout)["responsibilities"][0] == "Build \u202etxt things"
