"""`jobx batch`: mirroring, order, resume, failures, atomic writes, determinism, lists and links."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx import batch
from jobx.cli import app

from .conftest import REPO

SEEDS = sorted((REPO / "seeds").glob("*.txt"))
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})


def invoke(*args: str | Path, input: str | None = None):
    return runner.invoke(app, ["batch", *map(str, args)], input=input)


def make_tree(root: Path) -> list[str]:
    """Seeds spread over nested folders; returns the relative paths in the order batch walks them."""
    layout = ["top.txt", "a/one.txt", "a/two.txt", "a/b/three.txt", "c/four.txt"]
    for relative, seed in zip(layout, SEEDS, strict=True):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(seed, root / relative)
    return ["top.txt", "a/one.txt", "a/two.txt", "a/b/three.txt", "c/four.txt"]


def tree_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def postings(tmp_path: Path) -> Path:
    root = tmp_path / "postings"
    make_tree(root)
    return root


def test_mirrors_the_tree_with_one_object_per_file(postings: Path, tmp_path: Path) -> None:
    out = tmp_path / "parsed"
    result = invoke(postings, "--out", out, "--format", "json", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert sorted(tree_files(out)) == [
        "a/b/three.json",
        "a/one.json",
        "a/two.json",
        "c/four.json",
        "top.json",
    ]
    record = json.loads((out / "a" / "b" / "three.json").read_text(encoding="utf-8"))
    assert record["source"] == "a/b/three.txt"
    assert record["title"]
    assert "converted 5, skipped 0, failed 0" in result.stderr


def test_yaml_outputs_and_glob(postings: Path, tmp_path: Path) -> None:
    out = tmp_path / "parsed"
    result = invoke(postings, "--out", out, "--format", "yaml", "--glob", "a/**/*.txt", "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert sorted(tree_files(out)) == ["a/b/three.yaml", "a/one.yaml", "a/two.yaml"]


def test_jsonl_on_stdout_in_walk_order(postings: Path) -> None:
    result = invoke(postings, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == ["top.txt", "a/one.txt", "a/two.txt", "a/b/three.txt", "c/four.txt"]
    assert result.stderr == ""


def test_same_bytes_whatever_the_worker_count(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for index in range(60):  # enough files for several chunks per worker
        shutil.copyfile(SEEDS[index % len(SEEDS)], root / f"{index:03d}.txt")
    trees, streams = [], []
    for workers in ("1", "2", "3"):
        out = tmp_path / f"out{workers}"
        assert invoke(root, "--out", out, "--workers", workers, "-q").exit_code == 0
        trees.append(tree_files(out))
        streams.append(invoke(root, "--workers", workers, "-q").stdout)
    assert len(trees[0]) == 60
    assert trees[0] == trees[1] == trees[2]
    assert streams[0] == streams[1] == streams[2]
    assert len(streams[0].splitlines()) == 60


def test_skip_existing_makes_only_missing_outputs(postings: Path, tmp_path: Path) -> None:
    out = tmp_path / "parsed"
    assert invoke(postings, "--out", out, "-j", "1").exit_code == 0
    (out / "a" / "one.json").unlink()
    (out / "top.json").write_text("kept\n", encoding="utf-8")
    result = invoke(postings, "--out", out, "--skip-existing", "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert "converted 1, skipped 4, failed 0" in result.stderr
    assert json.loads((out / "a" / "one.json").read_text(encoding="utf-8"))["source"] == "a/one.txt"
    assert (out / "top.json").read_text(encoding="utf-8") == "kept\n"


def test_a_failing_file_is_reported_and_the_run_goes_on(postings: Path, tmp_path: Path) -> None:
    (postings / "a" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (postings / "a" / "empty.txt").write_text("  \n", encoding="utf-8")
    (postings / "c" / "huge.txt").write_text("Responsibilities\n" + "x" * 9000, encoding="utf-8")
    out, errors = tmp_path / "parsed", tmp_path / "errors.jsonl"
    result = invoke(postings, "--out", out, "--errors", errors, "--max-bytes", "8000", "-j", "2")
    assert result.exit_code == 1
    assert len(tree_files(out)) == 5
    binary = postings / "a" / "binary.txt"
    assert f"jobx: error: {binary}: binary file (contains NUL bytes)\n" in result.stderr
    assert "converted 5, skipped 0, failed 3" in result.stderr
    logged = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [Path(entry["path"]).name for entry in logged] == ["binary.txt", "empty.txt", "huge.txt"]
    assert "larger than the limit" in logged[2]["reason"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind")
def test_unreadable_file_fails_alone(postings: Path, tmp_path: Path) -> None:
    locked = postings / "a" / "one.txt"
    locked.chmod(0)
    try:
        result = invoke(postings, "--out", tmp_path / "parsed", "-j", "1")
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert f"jobx: error: {locked}: permission denied" in result.stderr
    assert len(tree_files(tmp_path / "parsed")) == 4


def test_interrupt_leaves_no_partial_outputs(postings: Path, tmp_path: Path, monkeypatch) -> None:
    real_render = batch.render
    calls = []

    def interrupted_on_third(*args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_render(*args)

    monkeypatch.setattr(batch, "render", interrupted_on_third)
    out = tmp_path / "parsed"
    result = invoke(postings, "--out", out, "-j", "1")
    assert result.exit_code == 130
    assert "interrupted after 2 files (converted 2, skipped 0, failed 0)" in result.stderr
    assert sorted(tree_files(out)) == ["a/one.json", "top.json"]  # no temporary or half-written files


def test_a_write_that_fails_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    def broken_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch.os, "replace", broken_replace)
    target = tmp_path / "out.json"
    with pytest.raises(batch.OutputError, match="No space left"):
        batch.write_atomically(target, "{}\n", [])
    assert list(tmp_path.iterdir()) == []


def test_output_write_failure_exits_3_and_stops_the_run(postings: Path, tmp_path: Path) -> None:
    """The first output that cannot be written ends the run (the rest would most likely fail too)."""
    out = tmp_path / "parsed"
    (out / "a" / "one.json").mkdir(parents=True)  # a folder where an output file must go
    result = invoke(postings, "--out", out, "-j", "1")
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("jobx: error:")]
    assert len(errors) == 1 and "one.json: cannot write" in errors[0]
    assert "jobx: stopped at the first output that could not be written (converted " in result.stderr
    assert len(tree_files(out)) < 4


def test_never_over_an_input(postings: Path, tmp_path: Path) -> None:
    result = invoke(postings, "--out", postings)
    assert result.exit_code == 2
    result = invoke(postings / "a", "--out", postings)
    assert result.exit_code == 2
    before = tree_files(postings)
    inside = postings / "parsed"
    assert invoke(postings, "--out", inside, "-j", "1").exit_code == 0
    assert invoke(postings, "--out", inside, "-j", "1").exit_code == 0  # the outputs are not walked as inputs
    after = tree_files(postings)
    assert {k: v for k, v in after.items() if not k.startswith("parsed/")} == before
    assert len([k for k in after if k.startswith("parsed/")]) == 5


def test_output_names_never_depend_on_siblings(tmp_path: Path) -> None:
    """`.txt` is dropped, any other suffix kept: adding `job.md` beside a converted `job.txt` leaves its
    `job.json` right, and --skip-existing then makes only `job.md.json`."""
    root = tmp_path / "in"
    root.mkdir()
    shutil.copyfile(SEEDS[0], root / "job.txt")
    assert invoke(root, "--out", tmp_path / "out", "-j", "1").exit_code == 0
    assert sorted(tree_files(tmp_path / "out")) == ["job.json"]
    shutil.copyfile(SEEDS[1], root / "job.md")
    result = invoke(root, "--out", tmp_path / "out", "-j", "1", "--skip-existing")
    assert result.exit_code == 0
    assert "converted 1, skipped 1" in result.stderr
    assert sorted(tree_files(tmp_path / "out")) == ["job.json", "job.md.json"]


def test_a_file_without_a_suffix_beside_its_txt_twin_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    shutil.copyfile(SEEDS[0], root / "job")
    shutil.copyfile(SEEDS[1], root / "job.txt")
    result = invoke(root, "--out", tmp_path / "out", "-j", "1", "--glob", "*")  # the default takes no `job`
    assert result.exit_code == 1
    assert "job.txt: its output" in result.stderr and "is already made from another input" in result.stderr
    assert sorted(tree_files(tmp_path / "out")) == ["job.json"]


def test_links_in_the_input_tree_never_lead_outside(postings: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "private.txt").write_text("Responsibilities\n- secret work\n", encoding="utf-8")
    (postings / "leak.txt").symlink_to(secret / "private.txt")
    (postings / "linked-folder").symlink_to(secret, target_is_directory=True)
    (postings / "inside.txt").symlink_to(postings / "top.txt")
    out = tmp_path / "parsed"
    result = invoke(postings, "--out", out, "-j", "1")
    assert result.exit_code == 1
    assert "leak.txt: symbolic link to a file outside the input folder" in result.stderr
    outputs = tree_files(out)
    assert "leak.json" not in outputs and not any(k.startswith("linked-folder") for k in outputs)
    assert "inside.json" in outputs
    assert b"secret work" not in b"".join(outputs.values())
    assert sorted(p.name for p in secret.iterdir()) == ["private.txt"]


def test_a_link_in_the_output_tree_is_not_followed_outside(postings: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "parsed"
    out.mkdir()
    (out / "a").symlink_to(elsewhere, target_is_directory=True)
    result = invoke(postings, "--out", out, "-j", "1")
    assert result.exit_code == 3
    assert "outside --out" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_from_list_on_stdin(postings: Path, monkeypatch) -> None:
    monkeypatch.chdir(postings)
    names = "./c/four.txt\ntop.txt\n\n"
    result = invoke("--from-list", "-", "--format", "jsonl", "-q", input=names)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["c/four.txt", "top.txt"]


def test_from_list_file_mirrors_relative_to_the_current_folder(
    postings: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(postings)
    outside = tmp_path / "outside.txt"
    shutil.copyfile(SEEDS[0], outside)
    listing = tmp_path / "list.txt"
    listing.write_text(f"a/two.txt\n{outside}\nmissing.txt\n", encoding="utf-8")
    result = invoke("--from-list", listing, "--out", "parsed", "-j", "2")
    assert result.exit_code == 1
    assert sorted(tree_files(postings / "parsed")) == ["a/two.json"]
    assert "cannot be mirrored under --out" in result.stderr
    assert "missing.txt: no such file" in result.stderr


def test_from_find_through_a_real_pipe(postings: Path) -> None:
    finder = subprocess.run(["find", ".", "-name", "*.txt"], cwd=postings, capture_output=True, check=True)
    result = subprocess.run(
        [sys.executable, "-m", "jobx", "batch", "--from-list", "-", "--format", "jsonl", "--workers", "2"],
        cwd=postings,
        input=finder.stdout,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert sorted(json.loads(line)["source"] for line in lines) == sorted(
        ["top.txt", "a/one.txt", "a/two.txt", "a/b/three.txt", "c/four.txt"]
    )
    assert b"converted 5" in result.stderr  # summary on stderr, data only on stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "json"], "standard output"),
        (["--skip-existing"], "--skip-existing needs --out"),
        (["--format", "pretty", "--out", "x"], "--format must be one of"),
        (["--from-list", "-"], "either a FOLDER or --from-list"),
    ],
    ids=["json-needs-out", "resume-needs-out", "no-pretty", "folder-and-list"],
)
def test_usage_errors_exit_2(postings: Path, arguments: list[str], message: str) -> None:
    result = invoke(postings, *arguments)
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("**/*", "top.txt", True),
        ("**/*.txt", "a/b/c.txt", True),
        ("**/*.txt", "c.txt", True),
        ("*.txt", "a/c.txt", False),
        ("a/*.md", "a/x.md", True),
        ("a/?.md", "a/xy.md", False),
        ("[!x]*.txt", "y.txt", True),
    ],
)
def test_glob_patterns(pattern: str, path: str, matches: bool) -> None:
    assert bool(batch.glob_regex(pattern).match(path)) is matches
