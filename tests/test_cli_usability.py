"""The rough edges a new user hit (issue 12): standard input without '-', -V, help without type names,
choices in any case, --color with NO_COLOR and FORCE_COLOR, --from-list -0, the posting extensions a batch
takes by default, shell completion. stdout, stderr and the exit code are checked apart."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx import __version__
from jobx.cli import app

from .conftest import REPO

SEED = REPO / "seeds" / "003_3ea39d052d5af040.txt"
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}


def invoke(*args: str | Path, input: str | bytes | None = None, env: dict[str, str | None] | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input, env=env)


# ---- standard input without '-' -----------------------------------------------------------------------


def test_extract_without_a_file_reads_piped_standard_input() -> None:
    result = invoke("extract", "--format", "json", input=SEED.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>"
    assert record["responsibilities"] and record["schema_version"] == 2


def test_extract_without_a_file_in_a_real_pipe() -> None:
    with SEED.open("rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-m", "jobx", "extract", "-f", "jsonl"], stdin=stdin, capture_output=True, env=ENV,
            timeout=60,
        )
    assert result.returncode == 0
    assert result.stderr == b""
    assert json.loads(result.stdout)["source"] == "<stdin>"


def test_extract_without_a_file_on_a_terminal_is_a_usage_error() -> None:
    """Nothing piped in: say so at once rather than wait for a posting to be typed."""
    primary, secondary = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "jobx", "extract"], stdin=secondary, capture_output=True, text=True, env=ENV,
            timeout=60,
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "jobx: error: Invalid value for FILE: no FILE given, and standard input is a terminal "
        "(give a FILE, pipe a posting in, or '-' to type one) (try 'jobx extract --help')\n"
    )


def test_an_empty_pipe_is_an_empty_input() -> None:
    result = invoke("extract", input=b"")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("jobx: error: <stdin>: empty input")


# ---- version, help, choices ----------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_short_and_long(flag: str) -> None:
    result = invoke(flag)
    assert result.exit_code == 0
    assert result.stdout == f"jobx {__version__}\n"
    assert result.stderr == ""


@pytest.mark.parametrize("command", [[], ["extract"], ["batch"], ["rules"], ["schema"]], ids=" ".join)
def test_help_names_no_internal_types(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert result.stderr == ""
    usage_and_panels = "\n".join(line for line in result.stdout.splitlines() if "│" in line or "Usage:" in line)
    for type_name in ("<bool>", "<list", "<path>", "<str>", "<int", "<float", "{FILE"):
        assert type_name not in usage_and_panels, (type_name, result.stdout)
    if command in (["extract"], ["batch"]):
        assert "FORMAT" in result.stdout and "FILE" in result.stdout


def test_choices_in_any_case() -> None:
    lower = invoke("extract", SEED, "--format", "json", "--input-format", "text", "--color", "never")
    upper = invoke("extract", SEED, "--format", "JSON", "--input-format", "Text", "--color", "NEVER")
    assert upper.exit_code == lower.exit_code == 0
    assert upper.stdout == lower.stdout
    assert upper.stderr == ""
    batch = invoke("batch", "--from-list", "-", "-f", "JSONL", "-q", input=f"{SEED}\n")
    assert batch.exit_code == 0, batch.stderr
    assert json.loads(batch.stdout)["source"].endswith("seeds/003_3ea39d052d5af040.txt")


def test_a_bad_color_choice_is_a_usage_error() -> None:
    result = invoke("extract", SEED, "--color", "sometimes")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "jobx: error: Invalid value for --color: must be one of: auto, always, never "
        "(try 'root extract --help')\n"
    )


# ---- colour --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choice", "env", "coloured"),
    [
        ("always", {"NO_COLOR": "1"}, True),  # an explicit choice beats the environment
        ("never", {"NO_COLOR": None, "FORCE_COLOR": "1"}, False),
        ("auto", {"NO_COLOR": None, "FORCE_COLOR": "1"}, True),  # a pipe, coloured on request
        ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),  # NO_COLOR wins for auto
        ("auto", {"NO_COLOR": None, "FORCE_COLOR": None}, False),  # a pipe
        ("auto", {"NO_COLOR": "", "FORCE_COLOR": "1"}, True),  # an empty NO_COLOR is not set
    ],
    ids=["always-despite-NO_COLOR", "never-despite-FORCE_COLOR", "auto-FORCE_COLOR", "auto-both", "auto-pipe",
         "auto-empty-NO_COLOR"],
)
def test_color_choice_and_environment(choice: str, env: dict[str, str | None], coloured: bool) -> None:
    result = invoke("extract", SEED, "--color", choice, env={"TERM": "xterm-256color", **env})
    assert result.exit_code == 0
    assert result.stderr == ""
    assert ("\x1b[" in result.stdout) is coloured
    assert "Responsibilities (3)" in result.stdout


def test_color_never_reaches_machine_formats() -> None:
    result = invoke("extract", SEED, "-f", "json", "--color", "always")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert json.loads(result.stdout)["source"] == str(SEED)


# ---- batch: --from-list -0, default extensions, --ignore-case -------------------------------------------


def test_from_list_null_separated_names_may_hold_newlines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(SEEDS[0], tmp_path / "odd\nname.txt")
    shutil.copyfile(SEEDS[1], tmp_path / "plain.txt")
    names = b"odd\nname.txt\0plain.txt\0"
    from_stdin = invoke("batch", "--from-list", "-", "-0", "-q", input=names)
    assert from_stdin.exit_code == 0, from_stdin.stderr
    assert from_stdin.stderr == ""
    assert [json.loads(line)["source"] for line in from_stdin.stdout.splitlines()] == ["odd\nname.txt", "plain.txt"]
    (tmp_path / "list").write_bytes(names[:-1])  # the last name need not be ended
    from_file = invoke("batch", "--from-list", "list", "--null", "-q")
    assert from_file.exit_code == 0, from_file.stderr
    assert from_file.stdout == from_stdin.stdout


def test_from_list_null_in_a_real_pipe_from_find(tmp_path: Path) -> None:
    shutil.copyfile(SEEDS[0], tmp_path / "a b.txt")
    shutil.copyfile(SEEDS[1], tmp_path / "c.txt")
    find = subprocess.run(["find", ".", "-name", "*.txt", "-print0"], cwd=tmp_path, capture_output=True, check=True)
    result = subprocess.run(
        [sys.executable, "-m", "jobx", "batch", "--from-list", "-", "-0", "-q", "-j", "1"],
        input=find.stdout, cwd=tmp_path, capture_output=True, env=ENV, timeout=60,
    )
    assert result.returncode == 0
    assert result.stderr == b""
    assert sorted(json.loads(line)["source"] for line in result.stdout.splitlines()) == ["a b.txt", "c.txt"]


def test_null_needs_from_list(tmp_path: Path) -> None:
    result = invoke("batch", tmp_path, "-0")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("jobx: error: Invalid value: --null needs --from-list")


def test_a_null_list_with_an_endless_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "list").write_bytes(b"x" * 5000 + b"\0")
    result = invoke("batch", "--from-list", tmp_path / "list", "-0")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "a name longer than 4,096 bytes: not a list of file names" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("via", ["file", "stdin"])
def test_null_list_of_endless_nul_bytes_is_refused_at_once(via: str) -> None:
    arguments = ["batch", "--from-list", "/dev/zero" if via == "file" else "-", "-0"]
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [sys.executable, "-m", "jobx", *arguments], stdin=zero if via == "stdin" else subprocess.DEVNULL,
            capture_output=True, text=True, env=ENV, timeout=30,
        )
    assert result.returncode == (2 if via == "file" else 1)
    assert result.stdout == ""
    assert "only NUL bytes: not a list of file names" in result.stderr
    assert result.stderr.count("\n") == 1


def make_mixed_tree(root: Path) -> None:
    """Postings beside what is not one: a PDF, an earlier JSON output, a file with no suffix."""
    (root / "sub").mkdir(parents=True)
    shutil.copyfile(SEEDS[0], root / "a.txt")
    shutil.copyfile(SEEDS[1], root / "sub" / "B.TXT")
    (root / "c.md").write_text("# Engineer\n## Responsibilities\n- Build C\n", encoding="utf-8")
    (root / "d.htm").write_text("<h2>Responsibilities</h2><ul><li>Build D</li></ul>", encoding="utf-8")
    (root / "e.markdown").write_text("## Responsibilities\n- Build E\n", encoding="utf-8")
    (root / "f.pdf").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (root / "g.json").write_text('{"title": "an earlier output"}', encoding="utf-8")
    (root / "README").write_text("Responsibilities\n- not a posting\n", encoding="utf-8")


def test_batch_takes_posting_extensions_by_default(tmp_path: Path) -> None:
    make_mixed_tree(tmp_path / "tree")
    result = invoke("batch", tmp_path / "tree", "-j", "1")
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == ["a.txt", "c.md", "d.htm", "e.markdown", "sub/B.TXT"]
    assert result.stderr.startswith("jobx: converted 5, skipped 0, failed 0 in ")


def test_a_glob_replaces_the_default_and_ignore_case_is_a_choice(tmp_path: Path) -> None:
    make_mixed_tree(tmp_path / "tree")
    everything = invoke("batch", tmp_path / "tree", "--glob", "**/*", "-q", "-j", "1")
    assert everything.exit_code == 1  # the PDF is refused as binary; the rest are read
    assert "f.pdf: binary file" in everything.stderr
    assert len(everything.stdout.splitlines()) == 7
    exact = invoke("batch", tmp_path / "tree", "--glob", "**/*.txt", "-q")
    assert [json.loads(line)["source"] for line in exact.stdout.splitlines()] == ["a.txt"]
    any_case = invoke("batch", tmp_path / "tree", "--glob", "**/*.txt", "--ignore-case", "-q")
    assert any_case.exit_code == 0 and any_case.stderr == ""
    assert [json.loads(line)["source"] for line in any_case.stdout.splitlines()] == ["a.txt", "sub/B.TXT"]


def test_a_folder_with_no_posting_file_says_what_the_default_takes(tmp_path: Path) -> None:
    (tmp_path / "tree").mkdir()
    (tmp_path / "tree" / "old.json").write_text("{}", encoding="utf-8")
    result = invoke("batch", tmp_path / "tree", "-q")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"jobx: error: {tmp_path / 'tree'}: nothing to convert "
        "(no .txt, .md, .markdown, .html or .htm file; --glob takes others)\n"
    )


# ---- shell completion ------------------------------------------------------------------------------------


def test_shell_completion_offers_options() -> None:
    env = {**ENV, "_JOBX_COMPLETE": "complete_bash", "COMP_WORDS": "jobx extract --for", "COMP_CWORD": "2"}
    result = subprocess.run(["jobx"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0
    assert result.stdout.split() == ["--format"]
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("jobx extract --format j", ["json", "jsonl", "jsonld"]),
        ("jobx extract --color a", ["auto", "always"]),
        ("jobx extract --input-format h", ["html"]),
        ("jobx batch -f c", ["csv"]),
    ],
)
def test_shell_completion_offers_choices(words: str, offered: list[str]) -> None:
    env = {**ENV, "_JOBX_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": "3"}
    result = subprocess.run(["jobx"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0
    assert result.stdout.split() == offered
    assert result.stderr == ""


# ---- pretty view ---------------------------------------------------------------------------------------


def test_pretty_bullets_hang_and_skills_have_their_own_panel(capsys: pytest.CaptureFixture[str]) -> None:
    from jobx.render import print_pretty

    record = {"title": "Engineer", "responsibilities": ["Own the payments service and its on-call rota end to end"],
              "skills": ["Go", "Rust"], "logistics": {"location": "Oslo"}}
    print_pretty([record], color=False, width=40)
    lines = capsys.readouterr().out.splitlines()
    first = next(index for index, line in enumerate(lines) if "• Own" in line)
    assert lines[first + 1].index(lines[first + 1].split()[1]) == lines[first].index("Own")  # hangs under 'Own'
    assert any(line.startswith("╭─ Skills (2)") for line in lines)
    assert not any("skills" in line for line in lines[lines.index(next(line for line in lines if "Logistics" in line)):])


def test_plain_view_lists_skills_apart_from_logistics() -> None:
    result = invoke("extract", SEED)
    assert result.exit_code == 0
    assert result.stderr == ""
    skills = result.stdout.split("\nSkills (", 1)[1].split("\n\n", 1)[0]
    assert skills.splitlines()[1].startswith("  ") and "," in skills
    assert "  skills:" not in result.stdout.split("\nLogistics\n", 1)[1]
