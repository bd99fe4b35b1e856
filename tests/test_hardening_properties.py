"""Property tests: whatever text comes in, extract() returns a valid posting whose items point at the input.

Inputs are arbitrary text, and real postings (seeds, examples, golden) mutated the way scrapers break
them: sections shuffled, headings removed or glued to the next line, bullets changed, random unicode and
control characters inserted, lines made very long, line endings mixed. The runs are deterministic and
bounded by the `ci` hypothesis profile in conftest.py; `HYPOTHESIS_PROFILE=fuzz` explores further.
"""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import jobx
from jobx.model import Posting, json_schema
from jobx.normalise import SAME_LENGTH
from jobx.reader import decode
from jobx.rules import default_rules

from .conftest import GOLDEN, REPO

POSTING_FILES = (
    sorted(REPO.glob("seeds/*.txt"))
    + sorted(REPO.glob("examples/*"))
    + sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".md"))
)
POSTINGS = [decode(path.read_bytes(), path.name).text for path in POSTING_FILES]
VALIDATOR = jsonschema.Draft202012Validator(json_schema())
LIST_NAMES = ("responsibilities", "minimum_qualifications", "preferred_qualifications", "benefits")
BULLETS = ("- ", "• ", "* ", "1. ", "(a) ", "", "  -", "▪", " – ", "·")
LINE_ENDINGS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\v", "\f")
CONTROL = "".join(map(chr, range(0x00, 0x20))) + "\x7f\x9b\u200b\u200e\u202e\ufeff\ufffd"


def all_items(posting: Posting) -> list[jobx.model.Item]:
    listed = [item for name in LIST_NAMES for item in getattr(posting, name)]
    return listed + [item for section in posting.sections for item in section.items]


def check_posting(text: str) -> Posting:
    """The invariants every extraction keeps, on any input."""
    posting = jobx.extract(text)
    for item in all_items(posting):
        assert item.text.strip(), f"empty item {item!r}"
        assert 0 <= item.start < item.end <= len(text), item
        # The input's characters at the item's offsets, with white space and invisible characters
        # made plain (as normalise does, one character for one), are the item's text; normalising may
        # only have added spaces where words were glued ("executionCommunicate").
        source = text[item.start : item.end].translate(SAME_LENGTH)
        assert not source[0].isspace() and not source[-1].isspace(), (item, source)
        assert item.text == " ".join(item.text.split()), item
        assert item.text.replace(" ", "") == "".join(source.split()), (item, source)
    for section in posting.sections:
        assert 0 <= section.body_span.start <= section.body_span.end <= len(text), section
        if section.heading_span is not None:
            assert 0 <= section.heading_span.start <= section.heading_span.end <= len(text), section
    for spans in (False, True):
        errors = sorted(VALIDATOR.iter_errors(posting.to_dict(spans=spans)), key=str)
        assert not errors, errors[0].message
    return posting


@pytest.mark.parametrize("text", POSTINGS, ids=[p.name for p in POSTING_FILES])
def test_real_postings_keep_the_invariants(text: str) -> None:
    posting = check_posting(text)
    assert posting.responsibilities or posting.minimum_qualifications


@given(st.text())
def test_arbitrary_text(text: str) -> None:
    check_posting(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_arbitrary_unicode_including_surrogate_free_astral(text: str) -> None:
    check_posting(text)


# Text made of the pieces postings are made of, in any order: headings, bullets, labels, punctuation.
PIECES = st.sampled_from(
    [
        "Responsibilities",
        "Minimum Qualifications:",
        "Preferred qualifications",
        "Benefits",
        "About Acme",
        "About ",
        "Location: Sydney",
        "Salary: $100,000 - $120,000 per year",
        "Full-time",
        "remote",
        "hybrid",
        "What you'll do",
        "Requirements",
        "- ",
        "• ",
        "* ",
        "1. ",
        "(a) ",
        " - ",
        ".",
        ". ",
        ":",
        "!",
        "?",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "  ",
        "\u2028",
        "\x00",
        "\x1b[31m",
        "Build",
        "things",
        "Develop",
        "Python",
        "C++",
        "equal opportunity employer",
        "We are an equal opportunity employer.",
        "'",
        "’",
        "executionCommunicate",
        "mandatory.By",
        "Live:TikTok",
        "(Sydney) - 2026",
        "Team",
        "The Data team",
        "graduating in 2026",
        "start in January 2026",
        "6 months",
        "Apply by 1 May",
    ]
)


@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=80).map("".join))
def test_posting_shaped_text(text: str) -> None:
    check_posting(text)


def split_sections(text: str) -> list[str]:
    """Cut a posting before each line that is a known heading (a crude segmenter, for shuffling)."""
    rules = default_rules()
    parts: list[list[str]] = [[]]
    for line in text.split("\n"):
        if rules.heading_kind(line) is not None and parts[-1]:
            parts.append([])
        parts[-1].append(line)
    return ["\n".join(part) for part in parts]


@st.composite
def mutated_postings(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(POSTINGS))
    rules = default_rules()
    for mutation in draw(st.lists(st.integers(0, 10), min_size=1, max_size=4)):
        lines = text.split("\n")
        if mutation == 0:  # sections shuffled
            sections = split_sections(text)
            text = "\n".join(draw(st.permutations(sections)))
        elif mutation == 1:  # headings removed
            text = "\n".join(line for line in lines if rules.heading_kind(line) is None)
        elif mutation == 2:  # headings glued to the next line
            text = "".join(line + ("" if rules.heading_kind(line) else "\n") for line in lines)
        elif mutation == 3:  # bullets changed
            bullet = draw(st.sampled_from(BULLETS))
            text = "\n".join(bullet + line.lstrip(" -•*·▪") if line.strip() else line for line in lines)
        elif mutation == 4:  # random unicode inserted
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(min_size=1, max_size=20)) + text[at:]
        elif mutation == 5:  # control characters inserted
            for _ in range(draw(st.integers(1, 10))):
                at = draw(st.integers(0, len(text)))
                text = text[:at] + draw(st.sampled_from(CONTROL)) + text[at:]
        elif mutation == 6:  # a very long line
            at = draw(st.integers(0, len(lines) - 1))
            line = lines[at] or "word"
            repeats = min(draw(st.integers(50, 400)), max(2, 200_000 // len(line)))  # at most ~200 kB
            lines[at] = " ".join([line] * repeats)
            text = "\n".join(lines)
        elif mutation == 7:  # mixed line endings
            text = "".join(line + draw(st.sampled_from(LINE_ENDINGS)) for line in lines)
        elif mutation == 8:  # everything on one line, as some scrapers give it
            text = " ".join(lines)
        elif mutation == 9:  # a line made a long list of distinct items ('- Go 1', '- Go 2', ...)
            at = draw(st.integers(0, len(lines) - 1))
            line = lines[at] or "- Go"
            count = min(draw(st.integers(50, 2_000)), max(2, 200_000 // (len(line) + 8)))
            lines[at] = "\n".join(f"{line} {index}" for index in range(count))
            text = "\n".join(lines)
        else:  # a very long line of distinct repeats (repeats alone can short-circuit)
            at = draw(st.integers(0, len(lines) - 1))
            line = lines[at] or "word"
            count = min(draw(st.integers(50, 400)), max(2, 200_000 // (len(line) + 8)))
            lines[at] = " ".join(f"{line} {index}" for index in range(count))
            text = "\n".join(lines)
    return text


@given(mutated_postings())
def test_mutated_postings(text: str) -> None:
    check_posting(text)


@pytest.mark.parametrize("text", POSTINGS, ids=[p.name for p in POSTING_FILES])
@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: t.replace("\n", "\r"),
        lambda t: t.replace("\n", "\u2028"),
        lambda t: " ".join(t.split("\n")),
        lambda t: t.replace(" ", "\u00a0"),
        lambda t: t.replace("\n", "\n\x1b[0m"),
        lambda t: t.upper(),
        lambda t: t.lower(),
    ],
    ids=["crlf", "cr", "u2028", "one-line", "nbsp", "escapes", "upper", "lower"],
)
def test_whole_posting_manglings(text: str, mangle) -> None:
    check_posting(mangle(text))


# ---- HTML: what real pages and templates hold ------------------------------------------------------------

HTML_PIECES = st.sampled_from(
    [
        "<?php echo $intro; ?>",
        "<?xml version='1.0'?>",
        "<?x?>",
        "<!DOCTYPE html>",
        "<!doctype>",
        "<!-- a comment -->",
        "<!-- unclosed",
        "<![CDATA[ raw <b> text ]]>",
        "<![CDATA[",
        "<foo>",
        "</foo>",
        "<x:job>",
        "</x:job>",
        "<svg:rect/>",
        "<job-card data-id=7>",
        "</job-card>",
        "<math>",
        "<mi>",
        "</math>",
        "<svg>",
        "</svg>",
        "<p>",
        "</p>",
        "<li>",
        "<ul>",
        "</ul>",
        "<ol>",
        "</ol>",
        "<h2>",
        "</h2>",
        "<br>",
        "<br/>",
        "<div>",
        "</div>",
        "<span>",
        "</span>",
        "<b>",
        "</b>",
        "<strong>",
        "</strong>",
        "<script>var a = '<div>';</script>",
        "<style>p { color: red }</style>",
        "<template><p>t</p></template>",
        "<table>",
        "<tr>",
        "<td>",
        "</table>",
        "<a href='https://example.com'>",
        "</a>",
        "<frameset>",
        "<noscript>",
        "<select><option>",
        "<title>Job</title>",
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "T"}</script>',
        "Responsibilities",
        "Requirements",
        "Benefits",
        "Build things",
        "Python and Go",
        "Sydney",
        "&amp;",
        "&lt;p&gt;",
        "&#x1F600;",
        "<",
        ">",
        "</",
        "<?",
        "<!",
        " ",
        "\n",
        "\x00",
        "\x1b[31m",
    ]
)


@given(st.lists(st.one_of(HTML_PIECES, st.text(max_size=6)), max_size=60).map("".join))
def test_generated_html_pages(markup: str) -> None:
    """Processing instructions, comments, doctypes, CDATA, unknown and namespaced tags, bare text between
    elements: HTML is read or refused with an InputError, never a crash, and the posting keeps its invariants."""
    from jobx.errors import InputError
    from jobx.reader import Decoded, to_block_text

    try:
        decoded = to_block_text(Decoded(markup), "page.html")
    except InputError as error:
        assert "no text in the html input" in error.message or "nested too deeply" in error.message
        return
    check_posting(decoded.text)
