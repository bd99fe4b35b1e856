"""Literal prefilters (jobx/literals.py): a pattern is skipped only when it cannot match, so a prefilter
may be loose but never wrong. Checked on hand-made cases and on every built-in field pattern against
the seeds, examples and golden postings."""

from __future__ import annotations

import pytest
import regex

from jobx.literals import (
    boundary_first,
    first_characters,
    line_literals,
    may_match,
    prefilter_text,
    required_literals,
)
from jobx.rules import WORD_TOKEN, Rules, default_rules, literal_regex

from .conftest import REPO

CASES = [
    (r"\b(?i:start(?:s|ing)?(?: date)?|commenc(?:e|es|ing))", (("commenc", "start"),)),
    (r"(?i)(?P<value>\b(?:remote|hybrid|on-?site)\b)", (("hybrid", "remote", "site"),)),
    (r"\p{Lu}\w+ based in (?P<value>\p{Lu}\w+)", ((" based in ",),)),
    (r"(?:at least )?\d+ months?", ((" month",),)),
    (r"[A-Z][a-z]+, [A-Z]\w+[ ]*[·•|][ ]*(?i:full[- ]time|remote)", (("full", "remote"), ("|", "·", "•"))),
    (r"(?:€|EUR\b)\d+", (("eur", "€"),)),
    (r"(a+)+$", None),  # nothing three characters long is required
    (r"(?:foo|\d+)bar?", None),  # 'ba' is too short, and one alternative needs no letters
    (r"(?:remote){e<=1}", None),  # regex's fuzzy matching: 'remxte' matches, so no prefilter
    (r"\\p{L}remote", None),  # an escaped backslash: not read here
    (r"(?|(remote)|(hybrid))", None),  # syntax only the regex module knows
    (r"(?<!not )remote", (("remote",),)),  # a negative look-behind requires nothing
    (r"\p{Lu}\w+(?=[ ]+(?:[$£€]\d|(?i:full[- ]time)))", (("$", "full", "£", "€"),)),  # a look-ahead's do
    (r"(?<=salary: )\d+", (("salary: ",),)),  # and a look-behind's
    (r"\d+(?!(?: of)? experience)", None),  # not a negative look-ahead's
]


@pytest.mark.parametrize(("pattern", "expected"), CASES, ids=[c[0] for c in CASES])
def test_required_literals(pattern: str, expected: tuple[tuple[str, ...], ...] | None) -> None:
    assert required_literals(pattern) == expected


def test_case_folding_to_ascii_turns_the_prefilter_off() -> None:
    """(?i)k matches the Kelvin sign, (?i)s the long s, (?i)i the dotted capital I; lower() maps none of
    them to ASCII, so a text holding one is searched without the prefilter."""
    for text, pattern in (("\u212aotlin", "kotlin"), ("remote po\u017fition", "position"), ("\u0130ntern", "intern")):
        assert regex.search(f"(?i){pattern}", text)
        assert prefilter_text(text) is None
        assert may_match(required_literals(f"(?i){pattern}"), prefilter_text(text))
    assert prefilter_text("Remote") == "remote"


def postings() -> list[str]:
    paths = [*REPO.glob("seeds/*.txt"), *REPO.glob("examples/*.*"), *REPO.glob("tests/golden/*.txt")]
    paths += REPO.glob("tests/golden/*.md")
    return [path.read_text(encoding="utf-8") for path in sorted(paths)]


def test_every_match_of_a_built_in_field_pattern_holds_its_required_strings() -> None:
    """Stronger than 'not skipped where it matches': the matched text alone passes the prefilter."""
    rules = default_rules()
    texts = postings()
    assert len(texts) > 20
    checked = 0
    for field, tiers in rules.field_regexes.items():
        for tier, literals in zip(tiers, rules.field_literals[field], strict=True):
            for pattern, groups in zip(tier, literals, strict=True):
                for text in texts:
                    for match in pattern.finditer(text):
                        checked += 1
                        assert may_match(groups, prefilter_text(match.group())), (field, pattern.pattern, match)
    assert checked > 50


def test_a_vocabulary_matches_exactly_as_its_single_alternation() -> None:
    """Vocabulary splits an alternation by first character for speed; finditer, search, match and
    fullmatch must give what the one pattern gives, on real postings and on mixed-script snippets."""
    rules = default_rules()
    vocabularies = [
        (list(rules.employment_words), rules.employment_regex),
        *(
            (words, pattern)
            for words, (_, _, pattern) in zip(keyword_lists(rules), rules.heading_keywords, strict=True)
        ),
    ]
    texts = [*postings(), "全职 Full-time正社員・契約社員 (.NET) 派遣 part-time", "Vollzeit / 兼職 / 인턴 / Teilzeit"]
    for words, vocabulary in vocabularies:
        single = regex.compile(literal_regex(words, ignore_case=True), regex.VERSION0)
        for text in texts:
            assert [m.span() for m in vocabulary.finditer(text)] == [m.span() for m in single.finditer(text)]
            for line in text.splitlines()[:80]:
                for method in ("search", "match", "fullmatch"):
                    got, want = getattr(vocabulary, method)(line), getattr(single, method)(line)
                    assert (got and got.span()) == (want and want.span()), (method, line)


def keyword_lists(rules: Rules) -> list[list[str]]:
    raw = rules.raw["heading_keywords"]
    return [raw[strength][kind] for strength in ("strong", "weak") for kind in raw.get(strength, {})]


def test_requirement_cues_and_skills_match_as_their_single_patterns() -> None:
    rules = default_rules()
    raw = rules.raw
    case_sensitive = set(raw.get("case_sensitive", []))
    names = [e if isinstance(e, str) else e["name"] for e in raw["skills"]]
    names += [a for e in raw["skills"] if isinstance(e, dict) for a in e.get("aliases", [])]
    pairs = [
        (
            rules.requirement_regex,
            r"(?i:(?<![\w])" + literal_regex(raw["requirement_cues"], whole_words=False) + ")",
            False,
        ),
        (rules.lower_skill_regex, literal_regex([n.lower() for n in names if n not in case_sensitive]), True),
        (rules.boilerplate_regex, "(?i:" + literal_regex(raw["boilerplate_cues"]) + ")", False),
    ]
    texts = [*postings(), "ASP.NET, .NET Core と Python開発; 必須スキル: Go / 経験3年以上 + years"]
    for vocabulary, pattern, lowered in pairs:
        single = regex.compile(pattern, regex.VERSION0)
        for text in texts:
            text = text.lower() if lowered else text
            assert [m.span() for m in vocabulary.finditer(text)] == [m.span() for m in single.finditer(text)]
            for line in text.splitlines()[:80]:
                got, want = vocabulary.search(line), single.search(line)
                assert (got and got.span()) == (want and want.span()), line


def test_every_match_of_a_title_pattern_holds_its_required_strings() -> None:
    rules = default_rules()
    checked = 0
    for pattern, groups in zip(rules.title_regexes, rules.title_literals, strict=True):
        for text in postings():
            for match in pattern.finditer(text):
                checked += 1
                assert may_match(groups, prefilter_text(match.group())), (pattern.pattern, match)
    assert checked > 5


BOUNDARY_CASES = [
    (
        r"(?<!\b(?:remain|kept)[^.\n]{0,20})\b(?P<value>\d+ months?)",
        r"\b(?<!\b(?:remain|kept)[^.\n]{0,20})(?P<value>\d+ months?)",
    ),
    (r"(?<!kept )(?<!a)\b(?P<value>\d+ months?)", r"\b(?<!kept )(?<!a)(?P<value>\d+ months?)"),  # two in a row
    (r"(?<![)\]])\bfoo", r"\b(?<![)\]])foo"),  # a ')' inside a class does not close the group
    (r"(?<=\(x\))\bfoo", r"\b(?<=\(x\))foo"),  # nor an escaped one
    (r"(?<!a)foo\b", r"(?<!a)foo\b"),  # no \b right after the look-behind: unchanged
    (r"\bfoo(?<!a)", r"\bfoo(?<!a)"),
]


@pytest.mark.parametrize(("pattern", "expected"), BOUNDARY_CASES, ids=[c[0] for c in BOUNDARY_CASES])
def test_boundary_first(pattern: str, expected: str) -> None:
    assert boundary_first(pattern) == expected
    text = "it kept 6 months; a 12 month term (x)foo afoo ]foo foo"
    assert [m.span() for m in regex.finditer(pattern, text)] == [m.span() for m in regex.finditer(expected, text)]


def test_the_heading_aliases_match_as_their_single_pattern() -> None:
    """The alias Vocabulary (ASCII-led aliases apart from the others) against the one pattern it replaces,
    at every word start of the repo's postings and of mixed-script lines, as segment tries it."""
    rules = default_rules()
    aliases = [alias for entries in rules.raw["sections"].values() for alias in entries]
    single = regex.compile(
        r"(?<![\p{Lu}\d])" + literal_regex(aliases, whole_words=False, ignore_case=True) + r"(?![\p{Ll}\d])",
        regex.VERSION0,
    )
    texts = [
        *postings(),
        "必須スキル\n仕事内容：開発\nÜber uns\n¿Qué ofrecemos?\nRequisitos: Python\nResponsibilitiesTeam",
    ]
    checked = 0
    for text in texts:
        starts = range(len(text)) if len(text) < 200 else [word.start() for word in WORD_TOKEN.finditer(text)]
        for start in starts:
            got, want = rules.heading_regex.match(text, start), single.match(text, start)
            assert (got and got.span()) == (want and want.span()), text[start : start + 40]
            checked += bool(want)
    assert checked > 100


LINE_CASES = [
    (r"(?:at least )?\d+ months?", ((" month",),)),
    (r"foo[^.\n]{0,40}bar", (("foo",), ("bar",))),
    (r"foo\s+bar", None),  # \s takes a line break
    (r"foo[^a]bar", None),  # so does a negated class without it
    (r"(?s:foo.bar)", None),  # and '.' with DOTALL
    (r"foo.bar", (("foo",), ("bar",))),
    (r"\p{Lu}\w+ based in (?P<value>\p{Lu}\w+)", ((" based in ",),)),
    (r"[^\p{Zs}]abc", None),  # a property not known to be without line breaks
    (r"[^\P{L}]abc", (("abc",),)),  # a letter
    (r"remote(?=[ ]now)", (("remote",), (" now",))),  # a look-ahead on the line: its strings on the line too
    (r"remote(?=.{0,9}now)", (("remote",),)),  # one that may read any character: its strings not counted
    (r"remote(?=\nnow)", None),  # a look-ahead that sees past the line: searched to the line's end, it fails
    (r"remote(?![ \t]*now)", (("remote",),)),  # a look-ahead that fails on a line break answers the same
    (r"remote(?!\s*now)", None),  # not one that reads on past it
    (r"(?m)^Salary: (?P<value>\d+)$", (("salary: ",),)),
    (r"Salary: (?P<value>\d+)$", None),  # '$' without MULTILINE holds before the text's last line break only
    (r"Salary: (?P<value>\d+)(?m:$)", (("salary: ",),)),
    (r"Salary: (?P<value>\d+)\Z", None),
]


@pytest.mark.parametrize(("pattern", "expected"), LINE_CASES, ids=[c[0] for c in LINE_CASES])
def test_line_literals(pattern: str, expected: tuple[tuple[str, ...], ...] | None) -> None:
    assert line_literals(pattern) == expected


FIRST_CASES = [
    (r"(?:LLC|L\.L\.C\.|Inc\.?|e\.[ ]?V\.)(?![\p{L}\d])|Trust", frozenset("LIeT")),
    (r"(?P<end>ab)+c", frozenset("a")),
    (r"a?b", None),  # may start with b
    (r"(?:a|)b", None),
    (r"[ab]c", None),  # a class
    (r"(?=a)a", None),  # an assertion
    (r"(?i:a)b", None),  # either case
    (r"(?i)ab", None),
    (r"\p{Lu}a", None),
    (r"\\p{L}", None),  # an escaped backslash
]


@pytest.mark.parametrize(("pattern", "expected"), FIRST_CASES, ids=[c[0] for c in FIRST_CASES])
def test_first_characters(pattern: str, expected: frozenset[str] | None) -> None:
    assert first_characters(pattern) == expected
