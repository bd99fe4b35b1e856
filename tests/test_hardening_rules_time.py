"""A user's --rules patterns run under a time budget per posting (issue 10): a pattern that backtracks
catastrophically fails that posting with one line naming the rules file, key and pattern, exit 1, and
the other postings (and a batch) go on. The built-in patterns are trusted and never timed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx import extract
from jobx.cli import app
from jobx.errors import RulesTimeout
from jobx.rules import UserPattern, default_rules, load_rules

runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
BUDGET = "0.2"  # seconds; each catastrophic pattern below would run for minutes on its posting

GOOD = """Data Engineer at Example Labs

Requirements
- 3+ years of Python
- SQL and dbt

Salary: 60,000 EUR
"""


def hostile(letters: int) -> str:
    """A posting whose lines are long runs of one letter that end in another: varied lengths and
    endings, so no repeated line can short-cut the work."""
    bullets = "\n".join(f"- {'a' * (letters + 7 * n)}{'bcdxyz'[n % 6]}" for n in range(6))
    return f"we are hiring {'a' * letters}!\n\nRequirements\n{bullets}\n\nTerm {'a' * (letters + 3)}!\n"


RULES = {
    "chrome_patterns": "chrome_patterns: ['(a+)+$']\n",
    "field_patterns.duration": "field_patterns:\n  duration: [['Term (?P<value>(a|aa)+)$']]\n",
    "title_patterns": "title_patterns: ['hiring (?P<value>(a|aa)+)$']\n",
}


def rules_file(tmp_path: Path, key: str) -> Path:
    path = tmp_path / f"{key}.yaml"
    path.write_text(RULES[key], encoding="utf-8")
    return path


@pytest.mark.parametrize("key", list(RULES))
def test_a_catastrophic_user_pattern_fails_the_posting_naming_file_key_and_pattern(tmp_path: Path, key: str) -> None:
    path = rules_file(tmp_path, key)
    rules = load_rules((str(path),), float(BUDGET))
    with pytest.raises(RulesTimeout) as caught:
        extract(hostile(3000), rules=rules)
    message = str(caught.value)
    assert f"rules file {path}: {key}: pattern " in message and "ran out of time" in message
    assert "\n" not in message
    # the budget is per posting: the next posting gets a whole one, and the same rules work on it
    assert extract(GOOD, rules=rules).to_dict() == extract(GOOD).to_dict()


def test_user_patterns_are_timed_and_built_in_ones_are_not(tmp_path: Path) -> None:
    builtin = default_rules()
    assert not builtin.user_patterns
    assert not any(isinstance(p, UserPattern) for p in builtin.chrome_regexes + builtin.title_regexes)
    rules = load_rules((str(rules_file(tmp_path, "chrome_patterns")),), float(BUDGET))
    timed = [p for p in rules.chrome_regexes if isinstance(p, UserPattern)]
    assert [p.pattern for p in timed] == ["(a+)+$"]
    assert len(rules.chrome_regexes) == len(builtin.chrome_regexes) + 1


def test_built_in_patterns_repeated_in_a_user_file_stay_untimed(tmp_path: Path) -> None:
    """`jobx rules > all.yaml; jobx extract --rules all.yaml`: the built-in patterns are still trusted."""
    printed = runner.invoke(app, ["rules"])
    everything = tmp_path / "all.yaml"
    everything.write_text(printed.stdout, encoding="utf-8")
    rules = load_rules((str(everything),))
    assert not rules.user_patterns


def test_extract_reports_one_line_exit_1_and_goes_on(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(hostile(3000), encoding="utf-8")
    rules = rules_file(tmp_path, "chrome_patterns")
    arguments = ["extract", str(bad), str(good), "-f", "json", "--rules", str(rules), "--rules-timeout", BUDGET]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 1
    assert result.stderr == (
        f"jobx: error: {bad}: rules file {rules}: chrome_patterns: pattern '(a+)+$' ran out of time "
        f"(over {BUDGET} s on this posting, --rules-timeout); not extracted\n"
    )
    assert [posting["source"] for posting in json.loads(result.stdout)] == [str(good)]


def test_the_default_budget_ends_a_catastrophic_pattern_too(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(hostile(5000), encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(bad), "-f", "json", "--rules", str(rules_file(tmp_path, "chrome_patterns"))]
    )
    assert result.exit_code == 1 and "ran out of time (over 1 s on this posting" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_records_the_file_and_goes_on(tmp_path: Path, workers: str) -> None:
    folder, out, errors = tmp_path / "in", tmp_path / "out", tmp_path / "errors.jsonl"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-bad.txt").write_text(hostile(3000), encoding="utf-8")
    (folder / "c-good.txt").write_text(GOOD.replace("Python", "Go"), encoding="utf-8")
    rules = rules_file(tmp_path, "field_patterns.duration")
    result = runner.invoke(
        app,
        [
            "batch",
            str(folder),
            "--out",
            str(out),
            "--errors",
            str(errors),
            "-q",
            "-j",
            workers,
            "--rules",
            str(rules),
            "--rules-timeout",
            BUDGET,
        ],
    )
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines == [
        f"jobx: error: {folder / 'b-bad.txt'}: rules file {rules}: field_patterns.duration: pattern "
        f"'Term (?P<value>(a|aa)+)$' ran out of time (over {BUDGET} s on this posting, --rules-timeout); "
        "not extracted"
    ]
    assert sorted(p.name for p in out.iterdir()) == ["a-good.json", "c-good.json"]
    logged = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(logged) == 1 and "ran out of time" in json.dumps(logged[0])


def test_rules_timeout_must_be_positive(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "-", "--rules-timeout", "0"], input=GOOD)
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
