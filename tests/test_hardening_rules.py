"""Hostile rules files: each is refused safely (nothing executed, nothing expanded) with one line naming
the file and the problem, and exit code 2 from the CLI. Complements test_rules.py."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx.cli import app
from jobx.errors import RulesError
from jobx.rules import MAX_RULES_BYTES, load_rules

from .conftest import REPO

SEED = REPO / "seeds" / "003_3ea39d052d5af040.txt"
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})

BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)
HOSTILE = {
    "billion-laughs": (BILLION_LAUGHS, "aliases (*name) are not allowed"),
    "alias-as-skills": ("x: &x [Python]\nskills: *x\n", "aliases (*name) are not allowed"),
    "python-object-new": ("skills: !!python/object/new:os.system [echo pwned]\n", "invalid YAML"),
    "python-name": ("skills: [!!python/name:os.system ]\n", "invalid YAML"),
    "python-module": ("skills: !!python/module:os\n", "invalid YAML"),
    "custom-tag": ("skills: !include /etc/passwd\n", "invalid YAML"),
    "tabs-and-junk": ("sections:\n\t- [\n", "invalid YAML"),
    "nested-wrong-type": ("sections:\n  responsibilities: Your quest\n", "must be a list of non-empty strings"),
    "number-instead-of-string": ("skills: [42]\n", "bad entry 42"),
    "null-entry": ("chrome: [null]\n", "must be a list of non-empty strings"),
    "empty-string": ("chrome: ['  ']\n", "must be a list of non-empty strings"),
    "skill-unknown-field": ("skills:\n  - {name: Go, run: rm}\n", "bad entry"),
    "mapping-as-list": ("field_patterns: [a]\n", "must be a mapping"),
    "tier-not-a-list": ("field_patterns:\n  salary: 'x'\n", "must be a list of tiers"),
    "pattern-without-value-group": ("field_patterns:\n  salary: [['\\d+']]\n", "has no (?P<value>...) group"),
    "team-pattern-without-value-group": ("team_patterns: ['\\w+部で']\n", "has no (?P<value>...) group"),
    "unknown-top-level-key": ("execute: [ls]\n", "execute: unknown key"),
    "a-list-document": ("- a\n", "must be a mapping"),
    "a-scalar-document": ("just text\n", "must be a mapping"),
    "two-documents": ("skills: [a]\n---\nskills: [b]\n", "invalid YAML"),
}


def write(tmp_path: Path, content: str | bytes) -> str:
    path = tmp_path / "rules.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


@pytest.mark.parametrize(("text", "message"), HOSTILE.values(), ids=list(HOSTILE))
def test_hostile_rules_are_refused_quickly_naming_file_and_problem(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    started = time.perf_counter()
    with pytest.raises(RulesError) as caught:
        load_rules((path,))
    assert time.perf_counter() - started < 10  # nothing was expanded
    assert str(caught.value).startswith(f"{path}: ") and message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"skills: [caf\xe9]\n", "rules files must be UTF-8"),
        (b"# " + b"x" * MAX_RULES_BYTES, "larger than"),
        (b"skills: [a\x00b]\n", "invalid YAML"),
    ],
    ids=["not-utf-8", "too-large", "nul-byte"],
)
def test_unreadable_rules_bytes(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        load_rules((write(tmp_path, content),))


def test_rules_path_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read rules file"):
        load_rules((str(tmp_path),))


@pytest.mark.parametrize("name", ["billion-laughs", "python-object-new", "unknown-top-level-key"])
def test_cli_exits_2_with_one_line(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, HOSTILE[name][0])
    result = runner.invoke(app, ["extract", str(SEED), "--rules", path, "-f", "json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"jobx: error: {path}: ") and result.stderr.count("\n") == 1


def test_nothing_was_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(tmp_path, f"skills: !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(RulesError):
        load_rules((path,))
    assert not marker.exists()


# ---- keys two levels deep, and the round trip through `jobx rules` (issue 10, item 5) -------------------

HEADING_KEYWORDS = "heading_keywords:\n  strong:\n    benefits: [perks galore]\n  weak:\n    team: [crew]\n"
PERKS_POSTING = "Platform Engineer\nPerks galore\n- Free lunch on Fridays\n- A 2,000 EUR learning budget\n"


def test_heading_keywords_in_a_user_file_are_merged_two_levels_deep(tmp_path: Path) -> None:
    rules = load_rules((write(tmp_path, HEADING_KEYWORDS),))
    assert "perks galore" in rules.raw["heading_keywords"]["strong"]["benefits"]
    assert "crew" in rules.raw["heading_keywords"]["weak"]["team"]
    builtin = load_rules().raw["heading_keywords"]
    assert set(builtin["strong"]["benefits"]) < set(rules.raw["heading_keywords"]["strong"]["benefits"])


@pytest.mark.parametrize("command", ["extract", "batch", "rules"])
def test_heading_keywords_work_in_every_command(tmp_path: Path, command: str) -> None:
    rules_path = write(tmp_path, HEADING_KEYWORDS)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.txt").write_text(PERKS_POSTING, encoding="utf-8")
    arguments = {
        "extract": ["extract", str(tmp_path / "in" / "p.txt"), "-f", "json"],
        "batch": ["batch", str(tmp_path / "in"), "-q", "-j", "1"],
        "rules": ["rules"],
    }[command]
    result = runner.invoke(app, [*arguments, "--rules", rules_path])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    if command == "rules":
        assert "perks galore" in result.stdout
    else:
        assert json.loads(result.stdout)["benefits"] == ["Free lunch on Fridays", "A 2,000 EUR learning budget"]


def test_the_effective_rules_can_be_read_back(tmp_path: Path) -> None:
    """`jobx rules > all.yaml; jobx extract x --rules all.yaml` works and changes nothing."""
    printed = runner.invoke(app, ["rules"])
    assert printed.exit_code == 0
    all_rules = tmp_path / "all.yaml"
    all_rules.write_text(printed.stdout, encoding="utf-8")
    plain = runner.invoke(app, ["extract", str(SEED), "-f", "json"])
    again = runner.invoke(app, ["extract", str(SEED), "-f", "json", "--rules", str(all_rules)])
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout) == json.loads(plain.stdout)
