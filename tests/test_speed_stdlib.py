"""The skills' literal alternations run by the stdlib (Vocabulary's twins, issue 11) find what `regex` finds:
the same spans and text on the repo's postings and on seeded random strings of the skills' words joined by
characters the two engines read differently (marks, '²', '‿'), and the stdlib is not used where one of those
could change a match. The twins come back from a pickle as they were, without being compiled again."""

from __future__ import annotations

import pickle
import random
import re

import regex

from jobx import literals
from jobx.literals import StdlibPattern, Vocabulary, same_word_class, stdlib_reads_alike
from jobx.rules import default_rules

from .test_prefilters import lines_and_sentences, postings

# word characters to one engine and not to the other: a combining acute, a superscript two, an undertie
DIFFERING = ("\u0301", "²", "\u203f")


def plain(vocabulary: Vocabulary) -> Vocabulary:
    """The same vocabulary without its twins: `regex` alone."""
    return Vocabulary(vocabulary.patterns, vocabulary.phrase_words)


def spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


def test_the_skills_vocabularies_have_twins() -> None:
    rules = default_rules()
    for vocabulary in (rules.exact_skill_regex, rules.lower_skill_regex):
        assert vocabulary.twins is not None
        assert len(vocabulary.twins) == len(vocabulary.patterns)


def test_the_characters_the_engines_read_differently_are_seen() -> None:
    for character in DIFFERING:
        assert not same_word_class(character)
        assert not stdlib_reads_alike(f"Python{character} and SQL")
    for character in "aZ9_ é•’–—😀中ß":
        assert same_word_class(character)
    assert stdlib_reads_alike("Python, SQL • Excel – café ’s 中文")


def test_twins_find_what_regex_finds() -> None:
    rules = default_rules()
    chance = random.Random(11)
    texts = postings()
    pieces = texts + lines_and_sentences(texts)
    words = [w for part in rules.lower_skill_regex.patterns for w in regex.findall(r"[\p{L}.#+]+", part.pattern)]
    words += [w for part in rules.exact_skill_regex.patterns for w in regex.findall(r"[\p{L}.#+]+", part.pattern)]
    joints = [" ", "  ", "\t", "-", "/", "+", "#", "&", "_", ", ", "é", "•", "’", "'", *DIFFERING]
    for _ in range(3000):
        count = chance.randrange(1, 8)
        pieces.append(chance.choice(joints).join(chance.choice(words) for _ in range(count)))
    used = differed = 0
    for name in ("exact_skill_regex", "lower_skill_regex"):
        vocabulary = getattr(rules, name)
        for piece in pieces:
            text = piece.lower() if name == "lower_skill_regex" else piece
            assert spans(vocabulary.finditer(text)) == spans(plain(vocabulary).finditer(text)), (name, text)
            used += stdlib_reads_alike(text)
            twins = [twin.compiled for twin in vocabulary.twins]
            if not stdlib_reads_alike(text) and any(
                spans(twin.finditer(text)) != spans(part.finditer(text))
                for twin, part in zip(twins, vocabulary.patterns, strict=True)
            ):
                differed += 1  # the guard kept the stdlib off a text where it would have matched otherwise
    assert used > 3000
    assert differed > 10


def test_a_pickled_twin_is_read_back_without_compiling() -> None:
    rules = default_rules()
    saved = pickle.dumps(rules.lower_skill_regex)
    compile_ = literals.re.compile

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    literals.re.compile = refuse  # type: ignore[assignment]
    try:
        loaded = pickle.loads(saved)
    finally:
        literals.re.compile = compile_
    text = "experience with microsoft excel, power bi and .net core"
    assert spans(loaded.finditer(text)) == spans(rules.lower_skill_regex.finditer(text))
    assert spans(loaded.finditer(text)) == spans(plain(rules.lower_skill_regex).finditer(text))
    assert [t.compiled.pattern for t in loaded.twins] == [t.compiled.pattern for t in rules.lower_skill_regex.twins]


def test_a_twin_that_cannot_be_read_back_is_compiled_again() -> None:
    twin = StdlibPattern(re.compile(r"\b(?:excel|sql)\b"))
    function, state = twin.__reduce__()
    loaded = function(state[0], state[1], ["not", "code"], *state[3:])
    assert loaded.compiled.pattern == twin.compiled.pattern
    assert loaded.compiled.search("use sql daily").group() == "sql"
