"""Markup that broke jobx (issue 10): a processing instruction in a page, HTML nested deep enough to make
the parser quadratic, and a markdown entry that keeps the whole posting in its front matter.

Complements test_markup.py (conversion) and test_hardening_encodings.py (bytes)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx.cli import app
from jobx.errors import InputError
from jobx.markup import MAX_HTML_DEPTH, html_to_text
from jobx.reader import Decoded, to_block_text

runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})
BODY = "<h2>Responsibilities</h2><ul><li>Build the payments API</li><li>Review code</li></ul>"


# ---- 15: processing instructions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        f"<?php header('X-Frame-Options: DENY'); ?>\n<html><body><p><?php echo $intro; ?></p>{BODY}</body></html>",
        f"<html><body><p>Intro <?php echo 1; ?> text</p>{BODY}</body></html>",
        f"<math><?pi x ?><mi>x</mi></math>{BODY}",
    ],
    ids=["php-template", "inside-a-paragraph", "in-mathml"],
)
def test_a_processing_instruction_is_skipped_not_a_crash(tmp_path: Path, page: str) -> None:
    path = tmp_path / "job.html"
    path.write_text(page, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["responsibilities"] == ["Build the payments API", "Review code"]


def test_a_processing_instruction_in_a_frameset_page(tmp_path: Path) -> None:
    path = tmp_path / "frames.html"
    path.write_text("<frameset><?x?><frame src='a.html'></frameset>", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.stderr == f"jobx: error: {path}: no text in the html input\n"


# ---- 4: deep nesting is refused by a scan, before the parser's quadratic work --------------------------


def varied_nesting(depth: int) -> str:
    """Distinct, mixed elements (not one repeated tag), left open as a hostile page would."""
    tags = ("div", "section", "span", "b", "article", "em")
    return "".join(f'<{tags[i % len(tags)]} class="c{i}">' for i in range(depth)) + "Responsibilities x"


def seconds(make: Callable[[int], str], size: int) -> float:
    text = make(size)
    started = time.perf_counter()
    with pytest.raises(InputError, match="nested too deeply"):
        to_block_text(Decoded(text), "deep.html")
    return time.perf_counter() - started


@pytest.mark.parametrize(
    "make",
    [
        varied_nesting,
        lambda n: "<div>" * n + "x" + "</div>" * n,
        lambda n: "<b>" * n + "x",
        lambda n: "".join(f"<span id=s{i} />" for i in range(n)),  # in HTML, `/>` does not close a span
    ],
    ids=["varied-open", "repeated-closed", "formatting-tags", "slash-is-not-closing"],
)
def test_deep_html_is_refused_in_linear_time(make: Callable[[int], str]) -> None:
    """50,000 nested elements took 7.3 s before the refusal; generous bounds: linear, not quadratic."""
    small = min(seconds(make, 5_000) for _ in range(2))
    big = seconds(make, 50_000)
    assert big <= 10 * small * 3 + 0.5, f"50,000 deep took {big:.2f} s, 5,000 took {small:.3f} s"


def test_deep_but_real_nesting_is_still_read() -> None:
    depth = MAX_HTML_DEPTH - 20
    page = "<div>" * depth + BODY + "</div>" * depth
    assert "- Build the payments API" in html_to_text(page)[0]


@pytest.mark.parametrize(
    "page",
    [
        "<div>x</div>" * 20_000 + BODY,  # siblings, not nesting
        "<p>a paragraph" * 5_000 + BODY,  # paragraphs the parser closes
        "<ul>" + "<li>item" * 5_000 + "</ul>" + BODY,
        "<br><img src=x><hr>" * 5_000 + BODY,
        "<svg>" + "".join(f"<path d='M{i} 0'/>" for i in range(5_000)) + "</svg>" + BODY,  # an icon's paths
        "<!-- <div> -->" * 5_000 + "<script>" + "<div>" * 5_000 + "</script>" + BODY,
    ],
    ids=["siblings", "unclosed-paragraphs", "unclosed-list-items", "void-elements", "svg-paths", "tags-in-text"],
)
def test_long_flat_pages_are_not_refused(page: str) -> None:
    assert "- Build the payments API" in html_to_text(page)[0]


# ---- 16: a markdown entry whose posting is its front matter ------------------------------------------------


FRONT_MATTER_ONLY = """---
title: "Backend Engineer"
layout: job
tags: [go, rust]
description: >
  Acme builds payment software for small shops across Europe, and we are hiring a backend engineer
  to join the platform team.
body: |
  ## Responsibilities
  - Build and run our payment APIs in Go
  - Review code and mentor two junior engineers

  ## Requirements
  - 3+ years of **Go** or Rust in production
  - Experience with PostgreSQL
---
"""


def test_front_matter_only_markdown_is_read_as_the_posting(tmp_path: Path) -> None:
    path = tmp_path / "job.md"
    path.write_text(FRONT_MATTER_ONLY, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Backend Engineer"
    assert record["responsibilities"] == [
        "Build and run our payment APIs in Go",
        "Review code and mentor two junior engineers",
    ]
    assert record["minimum_qualifications"] == ["3+ years of Go or Rust in production", "Experience with PostgreSQL"]


@pytest.mark.parametrize(
    "front",
    [
        "title: Engineer\nlayout: job\n",  # short settings only
        "a: &x [Go, Go, Go, Go, Go, Go, Go, Go, Go, Go, Go, Go, Go]\nb: [*x, *x, *x, *x]\n",  # aliases
        "body: [unclosed\n",  # not YAML
    ],
    ids=["short-values", "aliases-refused", "broken-yaml"],
)
def test_front_matter_without_long_text_is_still_no_text(tmp_path: Path, front: str) -> None:
    with pytest.raises(InputError, match="no text in the markdown input"):
        to_block_text(Decoded(f"---\n{front}---\n"), "job.md")
