"""rules: the package's YAML data has the right shape, and user rules layer on top or fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

import jobx
from jobx.errors import RulesError
from jobx.model import SectionKind
from jobx.rules import builtin_data, default_rules, heading_key, is_chrome, load_rules


def test_builtin_rules_load_and_every_alias_has_one_kind() -> None:
    rules = default_rules()
    assert rules.heading_kind("Minimum Qualifications:") is SectionKind.MINIMUM
    assert rules.heading_kind("What you’ll do") is SectionKind.RESPONSIBILITIES
    aliases = [heading_key(a) for entries in builtin_data()["sections"].values() for a in entries]
    assert len(aliases) == len(set(aliases)), "an alias is listed twice"


def test_every_field_pattern_has_a_value_group() -> None:
    for field, tiers in default_rules().field_regexes.items():
        for tier in tiers:
            for pattern in tier:
                assert "value" in pattern.groupindex, f"{field}: {pattern.pattern}"


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_user_rules_add_heading_aliases_and_skills(tmp_path: Path) -> None:
    path = write(tmp_path, "sections:\n  responsibilities: [Your quest]\nskills: [Frobnicator]\n")
    text = "Your quest\n- The Frobnicator, daily\nRequirements\n- Frobnicator experience"
    assert jobx.extract(text).to_dict()["responsibilities"] == []
    result = jobx.extract(text, rules=load_rules((path,))).to_dict()
    assert result["responsibilities"] == ["The Frobnicator, daily"]
    assert result["skills"] == ["Frobnicator"]



def test_user_rules_add_grade_words_before_a_letter(tmp_path: Path) -> None:
    """A licence class is no programming language: 'Führerschein Klasse C' by the German pack's words, and
    'nivel C' once a user's rules name 'nivel' (grade_words, like every language's words, is data)."""
    posting = "Warehouse Operative\nRequirements\n- A forklift permit, {} C\n- Two years of warehouse work\n"
    assert jobx.extract(posting.format("Führerschein Klasse")).to_dict()["skills"] == []
    assert jobx.extract(posting.format("nivel")).to_dict()["skills"] == ["C"]
    rules = load_rules((write(tmp_path, "grade_words: [nivel]\n"),))
    assert jobx.extract(posting.format("nivel"), rules=rules).to_dict()["skills"] == []
    assert rules.soft_ask_regex.search("Profil souhaité") and not rules.soft_ask_regex.search("Les plus")
    assert {"and", "oder", "lub"} <= rules.list_joiners

BAD = [
    ("syntax", "sections: [unclosed\n", "line 2: invalid YAML"),
    ("unknown-key", "headings:\n  - x\n", "line 1: headings: unknown key"),
    ("wrong-type", "skills: Python\n", "line 1: skills: must be a list"),
    ("unknown-section", "sections:\n  hobbies: [Fun]\n", "unknown entry 'hobbies'"),
    ("not-a-mapping", "- a\n- b\n", "must be a mapping"),
    ("python-tag", "skills: !!python/object/apply:os.system ['true']\n", "invalid YAML"),
    ("alias-bomb", "a: &a [x, x]\nb: &b [*a, *a]\n", "aliases (*name) are not allowed"),
    ("bad-pattern", "field_patterns:\n  salary: [['(?P<value>[']]\n", "does not compile"),
    ("boolean-word", "joining_words: [on, off]\n", "must be a list of non-empty strings"),
]


@pytest.mark.parametrize(("text", "message"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_rules_files_name_file_line_and_problem(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(RulesError) as caught:
        load_rules((path,))
    assert message in str(caught.value)
    assert str(caught.value).startswith(path)


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read rules file"):
        load_rules((str(tmp_path / "absent.yaml"),))


def test_every_rules_file_reads_the_same_without_libyaml() -> None:
    """jobx uses libyaml when PyYAML has it; a machine without it must read the same rules ('?' inside a
    flow list is a key marker to the pure-Python parser: '¿Qué harás?' must be quoted)."""
    from importlib import resources

    import yaml

    folder = resources.files("jobx").joinpath("rules")
    files = [f for f in folder.iterdir() if f.name.endswith(".yaml")]
    files += [f for f in folder.joinpath("lang").iterdir() if f.name.endswith(".yaml")]
    for file in files:
        text = file.read_text(encoding="utf-8")
        pure = yaml.load(text, Loader=yaml.SafeLoader)
        if hasattr(yaml, "CSafeLoader"):
            assert pure == yaml.load(text, Loader=yaml.CSafeLoader), file.name


@pytest.mark.parametrize(
    ("line", "chrome"),
    [("Save", True), ("Share", True), ("Reply", True), ("Terms", True), ("give award", True),
     ("Save the Children fundraising", False), ("Help customers choose products", False), ("Email marketing", False)],
)
def test_a_pages_one_word_buttons_alone_on_a_line_are_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line, default_rules()) is chrome
