"""Make text regular for the later stages while keeping a map back to the input's offsets.

Most changes keep the length (line endings, exotic spaces, control characters); the only insertions are
breaks where a scraper glued two pieces together ("executionCommunicate", "mandatory.By", "Live:TikTok").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

# One character in, one character out: line and paragraph separators become "\n", every other kind of
# space or invisible character becomes " ", and the remaining control characters too.
SAME_LENGTH = {code: " " for code in range(0x00, 0x20) if code != 0x0A}
SAME_LENGTH.update({code: " " for code in range(0x7F, 0xA0)})
SAME_LENGTH.update({code: " " for code in range(0x2000, 0x200B)})
SAME_LENGTH.update({ord(c): " " for c in "\t\u00a0\u1680\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"})
SAME_LENGTH.update({ord(c): "\n" for c in "\r\v\f\x85\u2028\u2029"})

GLUE = regex.compile(
    r"""(?x)
    (?<![\p{L}'’-]) \p{Ll} [\p{Ll}'’-]{2,} \K (?=\p{Lu}\p{Ll})   # lower-case word glued to a Capitalised one
    | (?<=\p{Ll}{2}[.!?]) (?=\p{Lu}\p{Ll})                          # sentence glued to the next: "mandatory.By"
    | (?<=\p{L}:) (?=\p{Lu})                                        # label glued to its value: "Live:TikTok"
    """
)


@dataclass(frozen=True)
class NormalText:
    """Normalised text and the positions (in it) of the characters that normalising inserted."""

    text: str
    inserted: tuple[int, ...] = ()

    def original(self, index: int) -> int:
        """The input offset of position `index` of the normalised text (for starts and ends alike)."""
        return index - bisect.bisect_left(self.inserted, index)


def normalise(text: str) -> NormalText:
    """Map exotic white space to plain, CRLF to LF (as ' \\n'), and break glued words apart."""
    text = text.replace("\r\n", " \n").translate(SAME_LENGTH)
    pieces: list[str] = []
    inserted: list[int] = []
    last = 0
    for match in GLUE.finditer(text):
        position = match.start() if match.group() == "" else match.end()
        pieces.append(text[last:position])
        before = text[position - 1] if position else ""
        # A glued lower-case word starts a new line; punctuation glue needs only a space.
        separator = " " if before in ".!?:" else "\n"
        inserted.append(position + len(inserted))
        pieces.append(separator)
        last = position
    if not inserted:
        return NormalText(text)
    pieces.append(text[last:])
    return NormalText("".join(pieces), tuple(inserted))
