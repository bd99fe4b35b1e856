"""The compiled rules bundle (jobx/bundle.py): the same output as rules built from the YAML, loaded only
from a private cache jobx wrote for this very key, rebuilt when stale, and never a reason for a run to
fail. Also what start-ups no longer do: validate the built-in files (done here instead)."""

from __future__ import annotations

import ast
import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest
import regex

from jobx import bundle, regexes, rules
from jobx.errors import RulesError
from jobx.pipeline import extract_decoded
from jobx.reader import decode, to_block_text

from .conftest import GOLDEN, REPO

POSTINGS = sorted(
    [*(REPO / "seeds").glob("*.txt"), *(REPO / "examples").glob("*.*")]
    + [p for p in GOLDEN.rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm")]
)
SEED = REPO / "seeds" / "000_adbe64c82056d583.txt"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty cache home; the bundle goes to <it>/jobx/rules.pickle."""
    home = tmp_path / "cache"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv(bundle.NO_CACHE_VARIABLE, raising=False)
    return home


def fresh_rules() -> rules.Rules:
    """The built-in rules built from the YAML, as every start-up did before the bundle."""
    return rules.build(rules.builtin_data(), "built-in rules")


def bundle_path(cache: Path) -> Path:
    return cache / "jobx" / bundle.bundle_name()


def current_key() -> bytes:
    return bundle.bundle_key(rules.builtin_files())


def plant(cache: Path, key: bytes, planted: rules.Rules) -> Path:
    """A bundle as jobx writes it, holding `planted` under `key`."""
    path = bundle_path(cache)
    path.parent.mkdir(mode=0o700, exist_ok=True)
    bundle.write_bundle(path, key, planted)
    assert path.exists()
    return path


def marked_rules() -> rules.Rules:
    """Rules that cannot be mistaken for the built-in ones: a bundle we planted was used if these come back."""
    data = rules.builtin_data()
    data["skills"] = ["Planted Skill Name"]
    return rules.build(data, "planted")


def output(posting: Path, chosen: rules.Rules) -> str:
    decoded = to_block_text(decode(posting.read_bytes(), posting.name), posting.name)
    record = extract_decoded(decoded, rules=chosen, source=posting.name).to_dict(spans=True)
    return json.dumps(record, ensure_ascii=False, indent=2)


def test_bundle_gives_the_same_output_as_rules_built_from_the_yaml(cache: Path) -> None:
    bundle.builtin_rules()  # writes the bundle
    loaded = bundle.read_bundle(bundle_path(cache), current_key())  # and this reads it back from disk
    assert loaded is not None
    fresh = fresh_rules()
    assert loaded.raw == fresh.raw
    differing = [p.name for p in POSTINGS if output(p, loaded) != output(p, fresh)]
    assert not differing
    assert len(POSTINGS) > 30  # seeds, examples, golden postings and the language ones


def test_pickled_patterns_keep_their_compiled_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading a bundle must not compile: with the pattern parser broken, unpickling still works."""
    data = pickle.dumps(fresh_rules(), protocol=pickle.HIGHEST_PROTOCOL)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern was parsed while loading the bundle")

    monkeypatch.setattr(regex._regex_core, "_parse_pattern", no_parsing)
    monkeypatch.setattr(regex._main, "_parse_pattern", no_parsing)
    loaded = pickle.loads(data)
    assert loaded.heading_regex.search("Minimum Qualifications:") is not None
    with pytest.raises(AssertionError):
        regex.compile(r"a fresh pattern \d+ that is parsed")


def test_a_good_bundle_is_used(cache: Path) -> None:
    plant(cache, current_key(), marked_rules())
    assert bundle.builtin_rules().raw["skills"] == ["Planted Skill Name"]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda path: path.chmod(0o666),  # the file writable by others
        lambda path: path.chmod(0o620),  # ... or by the group
        lambda path: path.parent.chmod(0o777),  # the folder writable by others
        lambda path: path.parent.chmod(0o770),  # ... or by the group
    ],
    ids=["file-world-writable", "file-group-writable", "folder-world-writable", "folder-group-writable"],
)
def test_a_bundle_others_could_have_written_is_ignored(cache: Path, spoil) -> None:
    path = plant(cache, current_key(), marked_rules())
    spoil(path)
    assert bundle.read_bundle(path, current_key()) is None
    assert bundle.builtin_rules().raw == fresh_rules().raw


def test_a_bundle_owned_by_someone_else_is_ignored(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = plant(cache, current_key(), marked_rules())
    if os.getuid() == 0:  # root can hand the file to another user for real
        os.chown(path, 12345, -1)
        assert bundle.read_bundle(path, current_key()) is None
        os.chown(path, 0, -1)
    monkeypatch.setattr(bundle.os, "getuid", lambda: os.geteuid() + 1)  # file and folder now someone else's
    assert bundle.read_bundle(path, current_key()) is None
    assert bundle.builtin_rules().raw == fresh_rules().raw


def test_a_link_to_a_bundle_is_ignored(cache: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "private"
    elsewhere.mkdir(mode=0o700)
    real = plant(elsewhere, current_key(), marked_rules())
    path = bundle_path(cache)
    path.parent.mkdir(mode=0o700)
    path.symlink_to(real)
    assert bundle.read_bundle(path, current_key()) is None


def test_a_stale_bundle_is_rebuilt(cache: Path) -> None:
    path = plant(cache, bundle.bundle_key([("headings.yaml", "sections: {}\n")]), marked_rules())
    assert bundle.builtin_rules().raw == fresh_rules().raw
    assert path.read_bytes().startswith(bundle.MAGIC + current_key() + b"\n")  # rewritten for this key
    assert bundle.read_bundle(path, current_key()) is not None


def test_the_key_follows_every_rule_file_and_the_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    files = rules.builtin_files()
    key = bundle.bundle_key(files)
    assert {name for name, _ in files} >= {"skills.yaml", "lang/de.yaml"}
    for index in (0, len(files) - 1):
        edited = list(files)
        edited[index] = (files[index][0], files[index][1] + "\n# edited\n")
        assert bundle.bundle_key(edited) != key
    monkeypatch.setattr(regex, "__version__", "0.0.0")
    assert bundle.bundle_key(files) != key


def test_the_key_covers_every_module_the_rules_are_built_with() -> None:
    """rules.py builds what a bundle holds: whatever jobx module it imports must be in the key."""
    tree = ast.parse((REPO / "jobx" / "rules.py").read_text(encoding="utf-8"))
    imported = {
        f"{node.module}.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
    }
    assert imported <= set(bundle.BUILD_MODULES), imported - set(bundle.BUILD_MODULES)
    assert "rules.py" in bundle.BUILD_MODULES


def test_a_damaged_bundle_is_rebuilt(cache: Path) -> None:
    path = plant(cache, current_key(), marked_rules())
    path.write_bytes(path.read_bytes()[:5000])
    assert bundle.read_bundle(path, current_key()) is None
    assert bundle.builtin_rules().raw == fresh_rules().raw
    assert bundle.read_bundle(path, current_key()) is not None


def test_bundles_of_installations_long_unused_are_removed(cache: Path) -> None:
    folder = cache / "jobx"
    folder.mkdir(mode=0o700)
    old, recent = folder / "rules-0000000000000000.pickle", folder / "rules-1111111111111111.pickle"
    stranded = folder / ".rules-killed.tmp"  # a run killed while writing
    for other in (old, recent, stranded):
        other.write_bytes(b"another installation's bundle")
    os.utime(old, (1, time.time() - bundle.STALE_SECONDS - 60))
    os.utime(stranded, (1, time.time() - 7200))
    bundle.builtin_rules()
    assert sorted(p.name for p in folder.iterdir()) == sorted([recent.name, bundle.bundle_name()])


def test_no_cache_variable_neither_reads_nor_writes(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(bundle.NO_CACHE_VARIABLE, "1")
    assert bundle.builtin_rules().raw == fresh_rules().raw
    assert not (cache / "jobx").exists()


def test_a_cache_that_cannot_be_written_is_done_without(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))  # mkdir fails, as in a read-only home
    assert bundle.builtin_rules().raw == fresh_rules().raw


def test_no_cache_where_ownership_cannot_be_checked(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(bundle.os, "getuid")
    assert bundle.builtin_rules().raw == fresh_rules().raw
    assert not (cache / "jobx").exists()


def test_a_failed_write_leaves_nothing_behind(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle.os, "replace", full_disk)
    assert bundle.builtin_rules().raw == fresh_rules().raw
    assert list((cache / "jobx").iterdir()) == []


def test_the_command_runs_with_an_unwritable_cache(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    command = [sys.executable, "-m", "jobx", "extract", str(SEED), "--format", "json"]
    unwritable = {**os.environ, "XDG_CACHE_HOME": str(not_a_folder), "HOME": str(not_a_folder)}
    unwritable.pop(bundle.NO_CACHE_VARIABLE, None)
    result = subprocess.run(command, capture_output=True, text=True, env=unwritable, timeout=60)
    without = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, bundle.NO_CACHE_VARIABLE: "1"}, timeout=60
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == without.stdout


def test_user_rules_are_compiled_on_top_of_the_bundle(cache: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("skills: [Zebra Framework]\nsections:\n  benefits: [What we give]\n", encoding="utf-8")
    rules.load_rules.cache_clear()
    try:
        layered = rules.load_rules((str(extra),))
    finally:
        rules.load_rules.cache_clear()
    expected = rules.build(rules.merge(rules.builtin_data(), rules.read_rules_file(extra)), str(extra))
    assert layered.raw == expected.raw
    assert layered.skill_names["zebra framework"] == "Zebra Framework"
    assert layered.heading_kind("What we give:") is rules.SectionKind.BENEFITS


def test_every_built_in_rules_file_validates() -> None:
    """Start-ups load the compiled bundle and validate nothing: the built-in files are checked here."""
    for name, text in rules.builtin_files():
        rules.validate(rules.load_yaml(text, name), text, name)


def test_a_rules_file_that_never_ends_is_refused_as_too_large() -> None:
    with pytest.raises(RulesError, match="larger than"):
        rules.read_rules_file("/dev/zero")


# The module-level patterns (jobx/regexes.py): the same cache rules as the bundle, looked up by text.


@pytest.fixture
def pattern_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """regexes.py as in a fresh process whose cache home is `cache`; the path of its patterns file."""
    monkeypatch.setattr(regexes, "stored", None)
    monkeypatch.setattr(regexes, "where", None)
    monkeypatch.setattr(regexes, "added", {})
    monkeypatch.setattr(regexes, "used", set())
    return cache / "jobx" / regexes.file_name()


def plant_patterns(path: Path, planted: dict[tuple[str, int], object], header: bytes | None = None) -> Path:
    path.parent.mkdir(mode=0o700, exist_ok=True)
    assert bundle.write_private(path, regexes.header() if header is None else header, planted)
    return path


PLANTED = ("jobx (?:planted)", regex.IGNORECASE)


def planted_patterns() -> dict[tuple[str, int], object]:
    """A file whose entry for PLANTED holds another pattern: if that comes back, the file was used."""
    return {PLANTED: regex.compile("something else")}


def test_module_patterns_come_from_the_cache_file(pattern_cache: Path) -> None:
    plant_patterns(pattern_cache, planted_patterns())
    assert regexes.compile(*PLANTED).pattern == "something else"
    assert regexes.compile(r"\d+ not in the file").pattern == r"\d+ not in the file"


@pytest.mark.parametrize(
    "spoil",
    [
        lambda path: path.chmod(0o666),
        lambda path: path.chmod(0o620),
        lambda path: path.parent.chmod(0o777),
        lambda path: path.parent.chmod(0o770),
        lambda path: path.write_bytes(path.read_bytes()[:-40]),  # damaged
    ],
    ids=["file-world-writable", "file-group-writable", "folder-world-writable", "folder-group-writable", "damaged"],
)
def test_a_patterns_file_others_could_have_written_is_ignored(pattern_cache: Path, spoil) -> None:
    spoil(plant_patterns(pattern_cache, planted_patterns()))
    assert regexes.compile(*PLANTED).pattern == PLANTED[0]


def test_a_patterns_file_owned_by_someone_else_or_linked_is_ignored(
    pattern_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "private" / "patterns.pickle"
    elsewhere.parent.mkdir(mode=0o700)
    plant_patterns(elsewhere, planted_patterns())
    pattern_cache.parent.mkdir(mode=0o700)
    pattern_cache.symlink_to(elsewhere)
    assert regexes.compile(*PLANTED).pattern == PLANTED[0]
    pattern_cache.unlink()
    plant_patterns(pattern_cache, planted_patterns())
    monkeypatch.setattr(regexes, "stored", None)
    monkeypatch.setattr(bundle.os, "getuid", lambda: os.geteuid() + 1)
    assert regexes.compile(*PLANTED).pattern == PLANTED[0]


def test_a_patterns_file_of_another_regex_or_python_is_ignored(
    pattern_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant_patterns(pattern_cache, planted_patterns())
    monkeypatch.setattr(regex, "__version__", "0.0.0")
    assert regexes.compile(*PLANTED).pattern == PLANTED[0]
    monkeypatch.undo()
    assert b"0.0.0" not in regexes.header()


def test_a_changed_default_version_compiles_afresh(pattern_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plant_patterns(pattern_cache, planted_patterns())
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1 if regex.DEFAULT_VERSION != regex.VERSION1 else 0)
    assert regexes.compile(*PLANTED).pattern == PLANTED[0]


def test_patterns_compiled_in_a_process_are_saved_and_load_unparsed(
    pattern_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = regexes.compile(r"(?r)(?<=\p{Lu})[\w'’-]+$", regex.MULTILINE)
    regexes.save()
    assert not regexes.added
    monkeypatch.setattr(regexes, "stored", None)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern was parsed while loading the patterns file")

    monkeypatch.setattr(regex._main, "_parse_pattern", no_parsing)
    loaded = regexes.compile(r"(?r)(?<=\p{Lu})[\w'’-]+$", regex.MULTILINE)
    assert loaded is not fresh and (loaded.pattern, loaded.flags) == (fresh.pattern, fresh.flags)
    text = "Senior ENGINEER x\nLead Dev-ops"
    assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in fresh.finditer(text)]


@pytest.mark.parametrize("others", [3, regexes.MAX_UNUSED + 5])
def test_a_save_drops_what_this_process_did_not_use_once_it_piles_up(pattern_cache: Path, others: int) -> None:
    plant_patterns(pattern_cache, {(f"unused {n}", 0): regex.compile(f"unused {n}") for n in range(others)})
    regexes.compile("unused 0")  # found in the file: used
    regexes.compile("compiled here")
    regexes.save()
    saved = bundle.read_private(pattern_cache, regexes.header())
    assert isinstance(saved, dict) and ("compiled here", 0) in saved and ("unused 0", 0) in saved
    assert len(saved) == (others + 1 if others <= regexes.MAX_UNUSED else 2)


def test_no_cache_variable_neither_reads_nor_writes_patterns(
    pattern_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant_patterns(pattern_cache, planted_patterns())
    monkeypatch.setenv(bundle.NO_CACHE_VARIABLE, "1")
    assert regexes.compile(*PLANTED).pattern == PLANTED[0]
    assert regexes.compile("nothing saved").pattern == "nothing saved"
    assert not regexes.added


def test_no_module_compiles_its_patterns_at_import_without_the_cache() -> None:
    """A module-level `regex.compile` parses its pattern at every start-up (~0.2 ms each, ~30 ms in all):
    module-level patterns go through regexes.compile."""
    found = []
    for path in sorted((REPO / "jobx").rglob("*.py")):
        for statement in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            inner = {
                id(node)
                for scope in ast.walk(statement)
                if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                for node in ast.walk(scope)
            }
            for node in ast.walk(statement):
                if id(node) not in inner and (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "compile"
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "regex"
                ):
                    found.append(f"{path.name}:{node.lineno}")
    assert not found


def test_the_command_gives_the_same_output_with_the_patterns_file(tmp_path: Path) -> None:
    """A first run writes the patterns file, a second loads it: both print what a run without caches does."""
    home = tmp_path / "cache"
    home.mkdir(mode=0o700)
    command = [sys.executable, "-m", "jobx", "extract", *map(str, POSTINGS), "--format", "json", "--spans"]
    env = {**os.environ, "XDG_CACHE_HOME": str(home)}
    env.pop(bundle.NO_CACHE_VARIABLE, None)
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    [written] = (home / "jobx").glob("patterns-*.pickle")
    content = written.read_bytes()
    second = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert written.read_bytes() == content  # nothing compiled afresh, so nothing saved
    without = subprocess.run(
        command, capture_output=True, text=True, env={**env, bundle.NO_CACHE_VARIABLE: "1"}, timeout=300
    )
    assert first.returncode == second.returncode == without.returncode
    assert first.stdout == second.stdout == without.stdout
    assert first.stderr == second.stderr == without.stderr
