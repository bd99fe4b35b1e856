"""What a line says it is by its own words: a duty, a requirement or a perk. Runs of bullets vote with
these, so a list no heading names (or one under the wrong heading) still finds its kind."""

from __future__ import annotations

from dataclasses import dataclass

from . import regexes
from .features import LINE_BULLET, WORD, line_spans
from .model import SectionKind
from .rules import Rules


def is_duty_verb(word: str, rules: Rules, *, gerund: bool = True) -> bool:
    """'Develop', 'Develops', 'Applies', and (with gerund) 'Designing', 'Planning': a duty's verb."""
    lowered = word.lower()
    verbs = rules.duty_verbs
    if lowered in verbs:
        return True
    if lowered.endswith("ing") and len(lowered) > 5:
        if not gerund:
            return False  # mid-sentence, 'Monitoring' is more often a noun than a new duty
        stem = lowered[:-3]
        return stem in verbs or stem + "e" in verbs or (stem[-1] == stem[-2] and stem[:-1] in verbs)
    return (
        (lowered.endswith("s") and lowered[:-1] in verbs)
        or (lowered.endswith("es") and lowered[:-2] in verbs)
        or (lowered.endswith("ies") and lowered[:-3] + "y" in verbs)
    )


def line_vote(line: str, rules: Rules, *, strong_only: bool = False) -> SectionKind | None:
    """The kind one list line names by its words: a duty verb first (in any case: '- answering phone
    calls'), a requirement opener first, perk words, requirement words anywhere (a weak sign, left out
    with strong_only); None when it says nothing."""
    first = WORD.search(line)
    if first is None:
        return None
    voted = word_vote(first.group(), rules)
    if voted is not None and first.group() in SECOND_PERSON:
        # unless the line says what the reader has or brings ('Du hast den Führerschein D')
        requirement = rules.prose_cue(SectionKind.MINIMUM)
        if requirement is not None and requirement.match(line, first.start()) is not None:
            return SectionKind.MINIMUM
    if voted is not None:
        return voted
    perks = rules.prose_cue(SectionKind.BENEFITS)
    if perks is not None and perks.search(line):
        return SectionKind.BENEFITS
    if strong_only:
        return None
    if rules.requirement_regex.search(line):
        return SectionKind.MINIMUM  # (before a noun of action: 'Engineering degree', 'Nursing registration')
    if is_duty_noun(first.group(), rules):
        return SectionKind.RESPONSIBILITIES
    return None


MIN_DUTY_NOUN = 7  # letters: 'Wartung', 'Prüfung'; shorter words with the ending are seldom nouns of action


def is_duty_noun(word: str, rules: Rules) -> bool:
    """A capitalised noun of action with a language's ending, that names no requirement ('Anfertigung',
    'Bedienung', 'Registrazione'; not 'Berufserfahrung', a compound of a requirement cue): the nominal
    style many languages write duties in, whatever the verb. A weak sign: a perk line's words win over it,
    and it does not vote against a list its heading names."""
    lowered = word.lower()
    return (
        len(word) >= MIN_DUTY_NOUN
        and word[0].isupper()
        and lowered.endswith(rules.duty_noun_endings)
        and not lowered.endswith(rules.requirement_words)
    )


def word_vote(word: str, rules: Rules) -> SectionKind | None:
    """The kind a line's first word names: a duty verb, a requirement opener, or the reader addressed in
    the present, who does the work ('Du fährst Linienbusse', 'Je adviseert ...'; line_vote then asks the
    line whether it says what the reader has instead): line_vote's first signs."""
    if word in rules.qualification_openers:
        return SectionKind.MINIMUM  # (first: 'Working knowledge of SAP', 'Understanding of HACCP' ask, as a rule)
    if is_duty_verb(word, rules):
        return SectionKind.RESPONSIBILITIES
    if word in SECOND_PERSON:
        return SectionKind.RESPONSIBILITIES
    return None


# The reader addressed as the subject of a duty stated in the present tense, in languages that write duties
# so ('Je adviseert ...', 'Du fährst ...', 'Tu accompagnes ...'); English writes 'You will ...' (a cue).
SECOND_PERSON = frozenset("Je Jij Du Tu".split())


REQUIREMENT_KINDS = frozenset({SectionKind.MINIMUM, SectionKind.QUALIFICATIONS, SectionKind.PREFERRED})


def family(kind: SectionKind) -> SectionKind:
    """Kinds that a vote cannot tell apart: every requirement list votes MINIMUM."""
    return SectionKind.MINIMUM if kind in REQUIREMENT_KINDS else kind


# A pictograph that bullets a line ('✅ Practical experience ...', '🌱 Running our nursery ...'): a bullet's mark
ICON_BULLET = regexes.compile(r"[ \t]*+(?![©®™°])\p{So}[\ufe0f\u200d\p{So}]*+[ \t]++(?=\p{L})")
INLINE_MARKS = ("•", "▪")
INLINE_BULLET = regexes.compile(r"[ \t][•▪][ \t]++")
MIN_INLINE_BULLETS = 3


def bullet_runs(text: str, start: int, end: int, *, plain: bool = False) -> list[list[tuple[int, int, int]]]:
    """Runs of consecutive bullet lines, each as (line start, words start, line end); a plain line ends
    a run, a wrapped line (lower case) continues its bullet. With `plain`, the plain lines after a run of
    bullets, each short, are a run of their own: a list whose marks were lost ('6. Liaise with ...' over
    'Good knowledge of the Customs Tariff ...', 'Computer skills in MS Excel ...')."""
    runs: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    lines: list[tuple[int, int, int]] = []  # the short plain lines after a run of bullets

    def close(plain_lines: list[tuple[int, int, int]]) -> None:
        if len(plain_lines) >= MIN_PLAIN_RUN:
            runs.append(plain_lines)

    inline_marks = [mark for mark in INLINE_MARKS if text.find(mark, start, end) != -1]  # (most blocks: none)
    for line_start, line_end in line_spans(text, start, end):
        marker = LINE_BULLET.match(text, line_start, line_end) or ICON_BULLET.match(text, line_start, line_end)
        marked = inline_marks and marker is None and any(text.find(m, line_start, line_end) != -1 for m in inline_marks)
        found = list(INLINE_BULLET.finditer(text, line_start, line_end)) if marked else []
        if len(found) >= MIN_INLINE_BULLETS:
            # a dump's line of inline bullets ('... tenancies. • Respond to ... • Conduct ...'): each a bullet
            if current:
                runs.append(current)
            ends = [m.start() for m in found[1:]] + [line_end]
            runs.append([(m.start() + 1, m.end(), piece_end) for m, piece_end in zip(found, ends, strict=True)])
            current = []
        elif marker is not None:
            close(lines)
            lines = []
            current.append((line_start, marker.end(), line_end))
        elif current and wrapped_line(text, line_start, line_end):
            current[-1] = (current[-1][0], current[-1][1], line_end)
        else:
            short = plain and len(text[line_start:line_end].split()) <= PLAIN_RUN_LINE_WORDS
            if current:
                runs.append(current)
                lines = [(line_start, line_start, line_end)] if short else []
            elif lines and short:
                lines.append((line_start, line_start, line_end))
            elif lines:
                close(lines)
                lines = []
            current = []
    if current:
        runs.append(current)
    close(lines)
    return runs


def wrapped_line(text: str, line_start: int, line_end: int) -> bool:
    """A plain line that opens in lower case: under a bullet, the bullet's words wrapped onto it."""
    return text[line_start:line_end].lstrip()[:1].islower()


MIN_PLAIN_RUN = 3
PLAIN_RUN_LINE_WORDS = 25


@dataclass(frozen=True)
class Group:
    """Consecutive bullets of a run that vote alike: the kind most of them name, and the counts."""

    kind: SectionKind | None
    start: int
    end: int
    size: int
    counts: dict[SectionKind, int]


def voted_groups(
    text: str, run: list[tuple[int, int, int]], rules: Rules, *, strong_only: bool = False
) -> list[Group]:
    """A run of bullets cut where its votes change kind. A silent line goes with the one before it;
    a group of one line joins its neighbour (one odd bullet does not make a list)."""
    votes = [line_vote(text[words:end], rules, strong_only=strong_only) for _, words, end in run]
    filled: list[SectionKind | None] = []
    previous = next((family(v) for v in votes if v is not None), None)
    for vote in votes:
        previous = family(vote) if vote is not None else previous
        filled.append(previous)
    groups: list[list[int]] = []
    for index, kind in enumerate(filled):
        if groups and filled[groups[-1][0]] == kind:
            groups[-1].append(index)
        else:
            groups.append([index])
    merged: list[list[int]] = []
    for group in groups:
        if merged and (len(group) == 1 or len(merged[-1]) == 1):
            merged[-1].extend(group)
        else:
            merged.append(group)
    result = []
    for group in merged:
        counts: dict[SectionKind, int] = {}
        for index in group:
            vote = votes[index]
            if vote is not None:
                counts[family(vote)] = counts.get(family(vote), 0) + 1
        kind = max(counts, key=counts.__getitem__) if counts else None
        result.append(Group(kind, run[group[0]][0], run[group[-1]][2], len(group), counts))
    return result


LIST_LINE_WORDS = 30  # a longer line is prose: it does not vote on what a list is


def content_kind(
    text: str, start: int, end: int, rules: Rules, *, prose: bool = False, strong_only: bool = False
) -> SectionKind | None:
    """The kind the lines of a body name by their words, when two lines or more and at least half of
    them vote for it (prose lines do not vote): the kind of a list under a heading no rule knows. Where
    the body holds a list, the plain lines before its first bullet do not count: they lead in to it ('You
    start at 18:00 with a briefing. This is what the job involves.')."""
    lines = [(s, e, LINE_BULLET.match(text, s, e)) for s, e in line_spans(text, start, end)]
    marked = [index for index, (_, _, marker) in enumerate(lines) if marker is not None]
    if len(marked) >= 2:
        lines = lines[marked[0] :]
    # a bullet's wrapped line (in lower case, under a bullet or another wrapped line) is the bullet's
    # words, not a line of its own: "* have at least two years' experience as a secretary in a law firm," /
    # "  notary's office or corporate services provider"
    joined = []
    for line_start, line_end, marker in lines:
        if marker is None and joined and joined[-1][2] is not None and wrapped_line(text, line_start, line_end):
            joined[-1] = (joined[-1][0], line_end, joined[-1][2])
        else:
            joined.append((line_start, line_end, marker))
    lines = joined
    if len(marked) >= 2:
        # (and the plain lines after its last bullet are a note or a paragraph under the list, which do not vote:
        # "You'd stand out if you also hold ..." below the requirements)
        while lines and lines[-1][2] is None:
            lines.pop()
    counts: dict[SectionKind, int] = {}
    units = len(lines)
    for line_start, line_end, marker in lines:
        words = text[marker.end() if marker else line_start : line_end]
        parts = [words]
        pieces = [piece for piece in LISTED_SEMICOLON.split(words) if piece.strip()]
        if len(pieces) >= MIN_SEMICOLON_PIECES:
            # a list run on with semicolons: each piece votes as a line would ('Full Officer Development
            # Programme ... (8 weeks, paid); shift allowance of 15% ...; 30 days' annual leave ...')
            parts = pieces
        elif len(words.split()) > LIST_LINE_WORDS or (prose and len(lines) == 1):
            if len(lines) > 1 or not prose:
                continue  # a paragraph: prose, which does not vote on what a list is
            # (where asked to, a paragraph alone under a question: its sentences vote ('Do you hold what this role
            # needs?' over 'Applicants must hold a valid ... licence. You will need at least three years ...')
            parts = [sentence for sentence in PROSE_SENTENCE_END.split(words) if sentence.strip()]
            listed = LISTED_COMMA.split(parts[0]) if len(parts) == 1 else []
            if len(listed) >= MIN_COMMA_PIECES:
                # one sentence that lists: its parts vote ('The Trust provides a monthly stipend of P6,800, shared
                # accommodation and meals at the field camp, medical aid ..., and a training budget ...')
                parts = listed
        units += len(parts) - 1
        for part in parts:
            vote = line_vote(part, rules, strong_only=strong_only)
            if vote is not None:
                counts[family(vote)] = counts.get(family(vote), 0) + 1
    if not counts:
        return None
    kind = max(counts, key=counts.__getitem__)
    return kind if counts[kind] >= 2 and counts[kind] * 2 >= units else None


PROSE_SENTENCE_END = regexes.compile(r"(?<=[.!?])[ \t]++(?=\p{Lu})")
LISTED_SEMICOLON = regexes.compile(r"[;；][ \t]*+")
LISTED_COMMA = regexes.compile(r",[ \t]++")
MIN_COMMA_PIECES = 3
MIN_SEMICOLON_PIECES = 3


# After a condition set the reader ('if you', 'om du', ...; rules.condition_regex): English adverbs that go with it
# ('if you also', 'if you've'), and what makes it no plus ('... if you have any questions', 'if you are not ...').
CONDITION_TAIL = regexes.compile(r"(?i)(?:[ ](?:also|additionally|already))?+(?:'ve|’ve)?+")
NOT_A_PLUS = regexes.compile(r"(?i)[ ](?:have[ ]|has[ ])?(?:any[ ]|questions|not[ ]|you[ ])")


def condition_end(text: str, start: int, end: int, rules: Rules) -> int | None:
    """Where the words after a condition set the reader begin, when one stands in text[start:end] and it states a
    plus ('It helps a lot if you also speak ...' -> before 'speak'); None where none does."""
    for match in rules.condition_regex.finditer(text, start, end):
        after = CONDITION_TAIL.match(text, match.end()).end()
        if (after == len(text) or text[after] in " \t\n") and not NOT_A_PLUS.match(text, after):
            return after
    return None
