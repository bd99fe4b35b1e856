"""Smaller things a hostile new user found (issue 10, items 11-14): links to folders in a batch tree,
file names that carry escape codes or newlines, an unwritable --out, and option edge cases (--max-bytes 0,
repeated --glob, a glob that matches nothing, --spans with the pretty view, endless --from-list input,
usage errors as one line, output names that depend on siblings)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx.cli import app

from .conftest import REPO

SEED = REPO / "seeds" / "003_3ea39d052d5af040.txt"
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
ENV = {**os.environ, "NO_COLOR": "1"}


def invoke(*args: str | Path, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def make_tree(root: Path, count: int = 3) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        text = f"Engineer {index}\nResponsibilities\n- Build service {index}\nRequirements\n- Go {index}\n"
        (root / f"p{index}.txt").write_text(text, encoding="utf-8")


# ---- 11: links to folders are skipped, and said so once ---------------------------------------------------


def test_links_to_folders_are_skipped_with_one_warning_each(tmp_path: Path) -> None:
    tree, elsewhere = tmp_path / "tree", tmp_path / "elsewhere"
    make_tree(tree, 2)
    make_tree(tree / "sub", 1)
    make_tree(elsewhere, 1)
    (tree / "to-elsewhere").symlink_to(elsewhere, target_is_directory=True)
    (tree / "to-sub").symlink_to("sub", target_is_directory=True)
    result = invoke("batch", tree, "--out", tmp_path / "out", "-j", "2")
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings == [
        f"jobx: warning: {tree / 'to-elsewhere'}: symbolic link to a folder (not followed)",
        f"jobx: warning: {tree / 'to-sub'}: symbolic link to a folder (not followed)",
    ]
    assert "error" not in result.stderr
    assert "converted 3, skipped 0, failed 0" in result.stderr


# ---- 12: names in error lines are escaped ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["evil\x1b]0;TITLE\x07.txt", "two\nlines.txt", "bell\x07\x9b31m.txt"], ids=["osc-title", "newline", "c1"]
)
def test_file_names_in_error_lines_are_inert(tmp_path: Path, name: str) -> None:
    result = invoke("extract", tmp_path / name, "-f", "json")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.endswith(": no such file\n"), repr(result.stderr)
    assert not any(code in result.stderr for code in ("\x1b", "\x07", "\x9b"))


def test_file_names_in_batch_error_lines_are_inert(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    make_tree(tree, 1)
    (tree / "bad\x1b]0;TITLE\x07\nname.txt").write_bytes(b"\x00\x01binary")
    result = invoke("batch", tree, "-q", "-j", "1")
    assert result.exit_code == 1
    assert (
        result.stderr == f"jobx: error: {tree}/bad\\x1b]0;TITLE\\x07\\x0aname.txt: binary file (contains NUL bytes)\n"
    )


# ---- 13: an unwritable --out stops the run at the first error ------------------------------------------------


def test_an_output_folder_that_cannot_be_made_stops_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jobx import batch

    tree = tmp_path / "tree"
    for folder in "abcd":
        make_tree(tree / folder, 2)
    real_makedirs = os.makedirs

    def read_only(path: str, *args: object, **kwargs: object) -> None:
        if Path(path) != tmp_path / "out":
            raise PermissionError(errno.EACCES, "Permission denied")
        real_makedirs(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch.os, "makedirs", read_only)
    batch.prepare_folder.cache_clear()
    result = invoke("batch", tree, "--out", tmp_path / "out", "-j", "1")
    batch.prepare_folder.cache_clear()
    assert result.exit_code == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    assert "cannot create folder: Permission denied" in lines[0]
    assert lines[1] == "jobx: stopped at the first output that could not be written (converted 0, skipped 0, failed 1)"


# ---- 14: options -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "batch"])
@pytest.mark.parametrize("value", ["0", "-1"])
def test_max_bytes_below_one_is_a_usage_error(tmp_path: Path, command: str, value: str) -> None:
    make_tree(tmp_path / "tree", 1)
    target = tmp_path / "tree" if command == "batch" else tmp_path / "tree" / "p0.txt"
    result = invoke(command, target, "--max-bytes", value)
    assert result.exit_code == 2
    assert result.stderr.startswith("jobx: error: ") and result.stderr.count("\n") == 1
    assert "--max-bytes" in result.stderr


def test_repeated_globs_all_count(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    make_tree(tree, 1)
    (tree / "a.md").write_text("# Engineer\n## Responsibilities\n- Build A\n", encoding="utf-8")
    (tree / "b.html").write_text("<h1>Engineer</h1><h2>Responsibilities</h2><ul><li>Build B</li></ul>", "utf-8")
    result = invoke("batch", tree, "--glob", "*.md", "--glob", "*.html", "-q")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["a.md", "b.html"]


def test_a_glob_that_matches_nothing_says_so_and_exits_1(tmp_path: Path) -> None:
    make_tree(tmp_path / "tree", 2)
    result = invoke("batch", tmp_path / "tree", "--glob", "*.md", "-q")
    assert result.exit_code == 1
    assert result.stderr == f"jobx: error: {tmp_path / 'tree'}: nothing to convert (no file matches --glob *.md)\n"


def test_an_empty_list_says_so_and_exits_1(tmp_path: Path) -> None:
    result = invoke("batch", "--from-list", "-", input="\n\n")
    assert result.exit_code == 1
    assert result.stderr == "jobx: error: -: nothing to convert (no file names in the list)\n"


def test_spans_with_the_pretty_view_is_a_usage_error() -> None:
    result = invoke("extract", SEED, "--spans")
    assert result.exit_code == 2
    assert "--spans needs --format json, jsonl or yaml" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_from_list_of_endless_bytes_is_refused(via: str) -> None:
    arguments = ["batch", "--from-list", "/dev/zero" if via == "file" else "-"]
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [sys.executable, "-m", "jobx", *arguments],
            stdin=zero if via == "stdin" else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=ENV,
            timeout=60,
        )
    assert result.returncode == (2 if via == "file" else 1)
    assert "a line longer than 4,096 characters: not a list of file names" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["extract", str(SEED), "--format", "xml"], "Invalid value for --format: must be one of"),
        (["batch", "--from-list"], "Option '--from-list' requires an argument"),
        (["extract", str(SEED), "--frmat", "json"], "No such option: --frmat"),
        (["batch"], "give either a FOLDER or --from-list"),
        (["nonsense"], "No such command 'nonsense'"),
    ],
    ids=["bad-choice", "missing-option-value", "unknown-option", "batch-without-input", "unknown-command"],
)
def test_usage_errors_are_one_line(args: list[str], fragment: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("jobx: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert fragment in result.stderr and "--help" in result.stderr
    assert "╭" not in result.stderr and result.stdout == ""


def test_errors_name_paths_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("extract", SEED, "-f", "json", "-o", "missing/out.json")
    assert result.exit_code == 3
    assert result.stderr.startswith("jobx: error: missing/out.json: cannot write"), result.stderr
    make_tree(tmp_path / "tree", 1)
    (tmp_path / "tree" / "empty.txt").write_text(" ", encoding="utf-8")
    result = invoke("batch", "tree", "--out", "out", "-q", "--errors", "missing/errors.jsonl")
    assert result.exit_code == 3
    assert result.stderr.startswith("jobx: error: missing/errors.jsonl: cannot write"), result.stderr
