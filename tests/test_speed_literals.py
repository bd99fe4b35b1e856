"""rules.literal_regex writes the phrases of a (?i) alternation with their ASCII capitals in lower case (so
that alternation() can factor a level where 'Weiterbildung' and 'wellbeing' stand together, issue 11): the
pattern finds what the phrases as written find under (?i), on the repo's postings and on seeded strings of
the phrases in other cases and with the characters (?i) matches to ASCII letters ('ſ', the Kelvin sign, 'İ')."""

from __future__ import annotations

import random

import regex

from jobx import rules as rules_module
from jobx.rules import default_rules

from .test_prefilters import lines_and_sentences, postings

FOLDED = {"s": "ſ", "k": "\u212a", "i": "İ", "I": "ı", "ss": "ß", "a": "à", "e": "É"}


def phrase_lists() -> list[list[str]]:
    """Every list of phrases in the built-in rules (cues, aliases, keywords, skills, ...)."""
    found: list[list[str]] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            found.append([item for item in value if item.strip()])
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(default_rules().raw)
    return [phrases for phrases in found if len(phrases) >= 3]


def variants(phrase: str, chance: random.Random) -> str:
    changed = chance.choice([phrase, phrase.upper(), phrase.lower(), phrase.title(), phrase.swapcase()])
    for plain, folded in FOLDED.items():
        if plain in changed and chance.random() < 0.3:
            changed = changed.replace(plain, folded, 1)
    return changed


def test_a_case_blind_alternation_written_in_lower_case_finds_what_the_phrases_find() -> None:
    chance = random.Random(44)
    lists = phrase_lists()
    assert len(lists) > 20
    base = postings()[:12]
    base += lines_and_sentences(postings()[:3])
    mixed = 0
    for phrases in lists:
        mixed += any(p != p.lower() for p in phrases)
        sample = chance.sample(phrases, min(len(phrases), 40))
        texts = base + [
            chance.choice([" ", ", ", "\n", "-", "x", "é"]).join(variants(p, chance) for p in sample[i : i + 4])
            for i in range(0, len(sample), 4)
        ]
        for whole_words in (True, False):
            written = rules_module.literal_regex(phrases, whole_words=whole_words)
            fast = regex.compile(rules_module.literal_regex(phrases, whole_words=whole_words, ignore_case=True))
            slow = regex.compile("(?i:" + written + ")")
            for text in texts:
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], phrases
    assert mixed > 5


def test_an_ascii_capital_written_in_lower_case_matches_the_same_characters() -> None:
    """What rules.ASCII_LOWER relies on, over the characters (?i) may match to an ASCII letter."""
    others = [chr(code) for code in range(0x250)] + ["\u212a", "\u212b", "\u1e9e", "\u017f", "\u0131", "\u0130"]
    for capital, lower in rules_module.ASCII_LOWER.items():
        written, lowered = regex.compile("(?i:" + chr(capital) + ")"), regex.compile("(?i:" + chr(lower) + ")")
        assert [c for c in others if written.fullmatch(c)] == [c for c in others if lowered.fullmatch(c)], chr(capital)
    assert ord("I") not in rules_module.ASCII_LOWER
