"""Bounded time: adversarial inputs take time linear in their size (no catastrophic backtracking, no
quadratic scans).

Each case is timed at full size and at a tenth of it, in the same test, on the same machine; the full
run must stay within a generous multiple of ten times the small one (a quadratic stage takes a hundred
times). Nothing here asserts an absolute number of seconds, so a slow or busy machine does not fail it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import jobx
from jobx.rules import default_rules

FACTOR = 10  # full size / small size
SLACK = 3.0  # allowed multiple of linear growth: noise, caches, allocation
OVERHEAD_SECONDS = 0.5  # a fixed allowance, so tiny timings do not decide the test


def seconds(text: str) -> float:
    started = time.perf_counter()
    jobx.extract(text)
    return time.perf_counter() - started


def linear(make: Callable[[int], str], size: int) -> None:
    """extract(make(size)) costs at most about FACTOR times extract(make(size // FACTOR))."""
    default_rules()  # loading rules is start-up, not work done on the input
    small_text, big_text = make(size // FACTOR), make(size)
    small = min(seconds(small_text) for _ in range(2))
    allowed = FACTOR * small * SLACK + OVERHEAD_SECONDS
    big = seconds(big_text)
    if big > allowed:  # a busy machine: measure both again before failing
        small = max(small, min(seconds(small_text) for _ in range(2)))
        allowed = FACTOR * small * SLACK + OVERHEAD_SECONDS
        big = min(big, seconds(big_text))
    assert big <= allowed, (
        f"{len(big_text):,} characters took {big:.2f} s; {len(small_text):,} took {small:.3f} s "
        f"(allowed {allowed:.2f} s): super-linear"
    )


# name -> (text of about n units, n at full size)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "1MB-line-no-spaces": (lambda n: "x" * n, 1_000_000),
    "1MB-capitals-no-spaces": (lambda n: "A" * n, 1_000_000),
    "1MB-camel-case-glue": (lambda n: "aB" * (n // 2), 1_000_000),
    "1MB-lower-word-glued-to-capital": (lambda n: "a" * n + "Bc", 1_000_000),
    "1MB-apostrophes": (lambda n: "a'" * (n // 2) + "Bc", 1_000_000),
    "1MB-digits-after-currency": (lambda n: "$" + "1" * n, 1_000_000),
    "1MB-dots": (lambda n: "." * n, 1_000_000),
    "1MB-dash-space": (lambda n: "- " * (n // 2), 1_000_000),
    "1MB-punctuation-mix": (lambda n: "!?.:;,-–*•" * (n // 10), 1_000_000),
    "1MB-colons-after-capitals": (lambda n: "A:" * (n // 2), 1_000_000),
    "capital-then-spaces-then-letter": (lambda n: "A" + " " * n + "x", 200_000),
    "title-tabs-then-colon": (lambda n: "Title" + "\t " * (n // 2) + ":x", 200_000),
    "heading-after-long-word": (lambda n: "x" * n + " Responsibilities: Do X", 1_000_000),
    "heading-after-long-word-line-start": (lambda n: "Benefits\n" + "x" * n + " Requirements: Y", 1_000_000),
    "100k-bullets": (lambda n: "Responsibilities\n" + "- Build reliable things\n" * n, 100_000),
    "100k-bullets-one-line": (lambda n: "Responsibilities " + " • Build things" * n, 100_000),
    "50k-headings-on-lines": (lambda n: "Responsibilities\nDo the work.\n" * n, 50_000),
    "50k-headings-inline": (lambda n: "Responsibilities: Do the work. " * n, 50_000),
    "50k-unknown-headings": (lambda n: "Things We Like\nDo the work.\n" * n, 50_000),
    "50k-about-headings": (lambda n: "About " * n, 50_000),
    "50k-about-company-lines": (lambda n: "About Acme Corp\nWe make things.\n" * n, 50_000),
    "50k-section-enders": (lambda n: "equal opportunity employer " * n, 50_000),
    "50k-labels": (lambda n: "Location: Sydney " * n, 50_000),
    "50k-label-words-no-values": (lambda n: "Location Salary Start Duration " * n, 50_000),
    "200k-lower-words": (lambda n: "word " * n, 200_000),
    "200k-capital-words": (lambda n: "Word " * n, 200_000),
    "200k-skills": (lambda n: "Python, Java and C++ " * (n // 4), 200_000),
    "200k-remote-hybrid": (lambda n: "remote hybrid " * (n // 2), 200_000),
    "200k-newlines": (lambda n: "\n" * n + "x", 200_000),
    "200k-crlf-and-u2028": (lambda n: "a\r\n\u2028\r" * (n // 4), 200_000),
    "100k-sentences-no-breaks": (lambda n: "We do it. " * n, 100_000),
    "100k-duty-verbs-run-on": (lambda n: "Responsibilities\n" + "Develop things Build stuff " * (n // 4), 100_000),
    "100k-salary-ranges": (lambda n: "$1,000 - $2,000 per year " * (n // 5), 100_000),
    "100k-parentheses": (lambda n: "(" * n + "Sydney)", 100_000),
    "100k-team-words": (lambda n: "The Big Data team " * (n // 4), 100_000),
    "deep-repeated-punctuation-lines": (lambda n: "!!!!!!!!!!??????....::::----\n" * (n // 30), 1_000_000),
    # The same shapes with distinct content: repeats can short-circuit (a duplicate check, a cache),
    # so every size attack also comes varied ('- Go 1', '- Go 2', ...).
    "200k-distinct-bullets": (lambda n: "Requirements\n" + "".join(f"- Go {i}\n" for i in range(n)), 200_000),
    "100k-distinct-duty-bullets": (
        lambda n: "Responsibilities\n" + "".join(f"- Build service number {i} with team {i % 97}\n" for i in range(n)),
        100_000,
    ),
    "200k-distinct-bullets-one-line": (lambda n: "Benefits " + "".join(f" • Perk {i}" for i in range(n)), 200_000),
    # symbols between words, the same one repeated (items to part) and a different one each time (each looked
    # ahead for within an item's length only)
    "100k-repeated-symbol-separators": (lambda n: "Perks " + "".join(f"perk {i} ✦ " for i in range(n)), 100_000),
    "100k-varied-symbols-between-words": (
        lambda n: "Perks " + "".join(f"word {i} {chr(0x2600 + i % 180)} " for i in range(n)),
        100_000,
    ),
    "50k-distinct-headings-on-lines": (
        lambda n: "".join(
            f"{('Responsibilities', 'Requirements', 'Benefits')[i % 3]}\nDo task {i}.\n" for i in range(n)
        ),
        50_000,
    ),
    "50k-distinct-headings-inline": (lambda n: "".join(f"Responsibilities: Do task {i}. " for i in range(n)), 50_000),
    "50k-distinct-unknown-headings": (
        lambda n: "".join(f"Things We Like {i}\nDo work {i}.\n" for i in range(n)),
        50_000,
    ),
    "50k-distinct-about-company-lines": (
        lambda n: "".join(f"About Acme{i} Corp\nWe make thing {i}.\n" for i in range(n)),
        50_000,
    ),
    "50k-distinct-labels": (lambda n: "".join(f"Location: City {i} " for i in range(n)), 50_000),
    "100k-distinct-sentences": (lambda n: "".join(f"We do task {i}. " for i in range(n)), 100_000),
    "100k-distinct-run-on-duties": (
        lambda n: "Responsibilities\n" + "".join(f"Develop thing{i} Build stuff{i} " for i in range(n // 4)),
        100_000,
    ),
    "100k-distinct-salary-ranges": (
        lambda n: "".join(f"${i},000 - ${i + 1},000 per year " for i in range(n // 5)),
        100_000,
    ),
    "100k-distinct-team-words": (lambda n: "".join(f"The Data{i} team " for i in range(n // 4)), 100_000),
    # one-word names, each written again in lower case and before a region: each is weighed once, not by a
    # search of the whole text per name
    "200k-distinct-one-word-names": (
        lambda n: "".join(f"Acme{i} acme{i} Town{i}, Ontario " for i in range(n // 4)),
        200_000,
    ),
    "200k-distinct-skill-lines": (
        lambda n: "Requirements\n" + "".join(f"- Python {i}, Java and C++ {i}\n" for i in range(n // 8)),
        200_000,
    ),
    # a one-line Japanese list of short pairs: no dot parts an item, and the piece since the last cut grows
    "100k-japanese-dots-one-line": (lambda n: "応募資格：・" + "医療・介護・" * (n // 6), 100_000),
    "100k-distinct-japanese-dots-one-line": (
        lambda n: "応募資格：・" + "".join(f"医{i % 10}・（介・護）・" for i in range(n // 9)),
        100_000,
    ),
    # counts of a post's comments that end no post (in a sentence, on a long line): each read near where it
    # stands, not to its line's ends; and glued numbers and digits in a run that reads as no count
    "200k-distinct-counts-in-one-line": (
        lambda n: "Intro. " + "".join(f"we saw {i} comments and {i % 7} likes " for i in range(n // 6)),
        200_000,
    ),
    "200k-distinct-count-lines": (
        lambda n: "Intro\n" + "".join(f"Row {i} had {i} replies and more words than a count\n" for i in range(n // 9)),
        200_000,
    ),
    # one sentence of perks parted by commas, the modifiers waiting for a shared noun ('medical, dental and ...')
    "100k-distinct-comma-perks": (
        lambda n: "Benefits\nWe offer "
        + "".join("perk" + "".join(chr(97 + int(d)) for d in str(i)) + ", " for i in range(n // 10))
        + "dental and vision cover.",
        100_000,
    ),
    "1MB-digits-then-a-count": (lambda n: "Intro " * 100 + "1" * n + " comments", 1_000_000),
    "200k-distinct-bullets-many-sections": (
        lambda n: "".join(
            f"{('Requirements', 'Nice to have', 'Responsibilities', 'Benefits')[i % 4]}\n- Go {i}\n- Rust {i}\n"
            for i in range(n // 2)
        ),
        200_000,
    ),
}


@pytest.mark.parametrize(("make", "size"), list(CASES.values()), ids=list(CASES))
def test_time_is_linear_at_a_tenth_of_full_size(make: Callable[[int], str], size: int) -> None:
    """Every run: the same shapes at a tenth of the size (a quadratic stage still shows as 100 times)."""
    linear(make, size // FACTOR)


@pytest.mark.slow
@pytest.mark.parametrize(("make", "size"), list(CASES.values()), ids=list(CASES))
def test_time_is_linear_at_full_size(make: Callable[[int], str], size: int) -> None:
    linear(make, size)


def test_every_built_in_pattern_is_compiled_once_at_load() -> None:
    """Patterns from the rules are compiled when the rules load, never per posting."""
    rules = default_rules()
    compiled = [rules.heading_regex, rules.skill_regex, rules.employment_regex, *rules.chrome_regexes]
    compiled += [p for tiers in rules.field_regexes.values() for tier in tiers for p in tier]
    assert all(hasattr(p, "finditer") for p in compiled)
