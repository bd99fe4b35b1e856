"""Line shapes shared by the stages: the non-empty lines of a span, a bullet marker, a word. The first
piece of the one-pass line features the STYLE guide plans; stages import these instead of writing
their own copies."""

from __future__ import annotations

from collections.abc import Iterator

import regex

# A bullet that opens a line: marks, '1.' / '(2)' numbers, 'a)' letters; the match ends where its words start.
LINE_BULLET = regex.compile(r"[ \t]*(?:[-*•·▪◦‣●○–—➢►✓✔]+|\(?\d{1,2}[.)](?=[ \t])|\(?[a-z]\)(?=[ \t]))[ \t]*(?=\S)")
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’+#.&/-]*")


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text[start:end] that holds more than white space."""
    position = start
    for line in text[start:end].split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if line.strip():
            yield line_start, line_end
