"""Analysis of one rule match (``classifier`` step 3): subject, negation, fiction, markers.

:class:`Doc` is one normalised variant of a message with its token offsets and cached sentence
markers; :func:`apply_rule` looks around a match (the subject walk, negation, fiction and
real-world markers, past with recovery, accident and embarrassment) and returns a :class:`Hit`:
the rule, the level it reaches in this message and the reason with its prefixes. The rules of
that look-around are described in ``classifier``'s docstring.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, chain

from tta_server.safety import lang, lookalikes
from tta_server.safety import lexicon as lx
from tta_server.safety.model import (
    Level,
    lower,
)
from tta_server.safety.normalisation import BOUNDARIES
from tta_server.safety.rules import (
    ACCIDENT,
    FICTION,
    HYPERBOLE,
    PAST,
    PRESENT,
    REAL,
    STEM_LENGTHS,
    STEMS,
    TOKEN_STEMS,
    Compiled,
    Marker,
)
from tta_server.safety.triggers import (
    regular,
)

#: In a normalised message longer than this (characters) a rule scans only the sentences around
#: its trigger words (from the one before to the second one after) instead of the whole
#: message: a 2,000-character message would otherwise run dozens of rules over all of it.
SPAN_CHARS = 320

# --------------------------------------------------------------------------------------------
# Analysis of one match
# --------------------------------------------------------------------------------------------

_IMPLIED, _FIRST, _MINE, _OTHER = "implied", "first", "mine", "other"


@dataclass
class Doc:
    """One normalised variant of a message, with token offsets and cached sentence markers."""

    text: str
    tokens: list[str]
    starts: list[int]
    _sentences: dict[int, tuple[int, int, bool]] = field(default_factory=dict)
    _next_tokens: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    _marker_begins: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str) -> Doc:
        tokens = text.split(" ") if text else []
        starts = list(accumulate(map(len, tokens[:-1]), _next_start, initial=0)) if tokens else []
        return cls(text, tokens, starts)

    @cached_property
    def whole_past(self) -> bool:
        """A distant past and no present marker in the message (looked for only when needed)."""
        # the present markers first: their search is some twenty times cheaper on a long text
        return not self.has(PRESENT, 0, len(self.text)) and bool(PAST.search(self.text))

    @cached_property
    def regular(self) -> bool:
        """Shaped like normalised text (``triggers.regular``): rules may then be tried only at
        the tokens their matches can start with."""
        return regular(self.text, self.tokens)

    @cached_property
    def at_tokens(self) -> bool:
        """Rules and markers are tried only at the tokens their matches can start with: in a
        regular text over ``SPAN_CHARS`` (a shorter one is searched as fast, and without
        looking up each of a rule's start words)."""
        return len(self.text) > SPAN_CHARS and self.regular

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Each distinct token with its positions, in order."""
        found: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            where = found.get(token)
            if where is None:
                found[token] = [i]
            else:
                where.append(i)
        return found

    @cached_property
    def stem_offsets(self) -> dict[str, list[int]]:
        """For each stem in ``STEMS`` that begins a token: where those tokens start (in
        characters, in order)."""
        found: dict[str, list[int]] = {}
        starts = self.starts
        for token, where in self.positions.items():
            stems = TOKEN_STEMS.get(token)
            if stems is None:
                stems = _stems_of(token)
            if not stems:
                continue
            offsets = list(map(starts.__getitem__, where))
            for stem in stems:
                have = found.get(stem)
                found[stem] = offsets if have is None else sorted(have + offsets)
        return found

    def candidates(
        self, stems: tuple[str, ...], pairs: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ) -> list[int]:
        """Where the tokens that begin with one of ``stems``, or are a word of ``pairs``
        followed by a token that begins with one of its stems, start (characters, in order)."""
        by_stem = self.stem_offsets
        lists = [by_stem[s] for s in stems if s in by_stem]
        positions = self.positions
        for word, following in pairs:
            if word not in positions:
                continue
            after = self._next_tokens.get(word)
            if after is None:
                after = self._next_tokens_of(word)
            for token, offsets in after.items():
                if token.startswith(following):
                    lists.append(offsets)
        if len(lists) <= 1:
            return lists[0] if lists else []
        return sorted(chain.from_iterable(lists))

    def has(self, marker: Marker, start: int, end: int) -> bool:
        """``marker.search(self.text, start, end)`` found something; ``start`` is where a token
        starts. In a regular text its matches start only at tokens its ``stems`` and
        ``pairs`` describe, and at a boundary: it is tried there alone."""
        if marker.stems is None or not self.at_tokens:
            return marker.search(self.text, start, end) is not None
        begins = self._marker_begins.get(marker.pattern)
        if begins is None:
            begins = self._marker_begins[marker.pattern] = self.candidates(
                marker.stems, marker.pairs
            )
        text = self.text
        return any(
            marker.match(text, begin, end) is not None
            for begin in begins[bisect_left(begins, start) : bisect_right(begins, end)]
        )

    def _next_tokens_of(self, word: str) -> dict[str, list[int]]:
        """Each token that follows ``word``, with where those ``word`` tokens start."""
        found: dict[str, list[int]] = {}
        tokens, starts = self.tokens, self.starts
        last = len(tokens) - 1
        for p in self.positions[word]:
            if p < last:
                after = tokens[p + 1]
                have = found.get(after)
                if have is None:
                    found[after] = [starts[p]]
                else:
                    have.append(starts[p])
        self._next_tokens[word] = found
        return found

    @cached_property
    def _sentence_of(self) -> tuple[list[int], list[int], list[int]]:
        """(sentence number of each token, start and end character of each sentence)."""
        dots = self.positions.get(".", [])
        numbers: list[int] = []
        previous = 0
        for n, dot in enumerate(dots):
            numbers += [n] * (dot + 1 - previous)
            previous = dot + 1
        numbers += [len(dots)] * (len(self.tokens) - previous)
        starts = [0, *(self.starts[dot] + 2 for dot in dots)]
        ends = [*(self.starts[dot] - 1 for dot in dots), len(self.text)]
        return numbers, starts, ends

    @cached_property
    def _sentence_tokens(self) -> list[tuple[int, int]]:
        """(first token, the "." after it or the token count) of each sentence."""
        dots = self.positions.get(".", [])
        firsts = [0, *(dot + 1 for dot in dots)]
        return list(zip(firsts, [*dots, len(self.tokens)], strict=True))

    @cached_property
    def _windows(self) -> tuple[list[int], list[int], list[int]]:
        """(sentence number of each token, and for each sentence the first and the last
        character of the span from the sentence before it to the second one after it)."""
        numbers, starts, ends = self._sentence_of
        last = len(ends) - 1
        lows = [starts[max(0, n - 1)] for n in range(last + 1)]
        highs = [ends[min(last, n + 2)] for n in range(last + 1)]
        return numbers, lows, highs

    def sentence_spans(self, positions: list[int]) -> list[tuple[int, int]]:
        """Character spans covering, for each token position, the sentence before its sentence
        through the second sentence after it (a few rules look that far: "ich mach schluss.
        nicht mit ihr. mit mir"); overlapping spans merged, in order."""
        numbers, lows, highs = self._windows
        spans: list[tuple[int, int]] = []
        low = high = -1
        # positions come in order, so sentence numbers never decrease and neither do the
        # windows' ends: a window that overlaps the current span extends it to its own end
        for n in dict.fromkeys(map(numbers.__getitem__, positions)):
            lo = lows[n]
            if low >= 0 and lo <= high:
                high = highs[n]
            else:
                if low >= 0:
                    spans.append((low, high))
                low, high = lo, highs[n]
        if low >= 0:
            spans.append((low, high))
        return spans

    def token_at(self, char_pos: int) -> int:
        return max(0, bisect_right(self.starts, char_pos) - 1)

    def sentence(self, idx: int) -> tuple[int, int, bool]:
        """(start char, end char, has fiction marker) of the sentence holding token ``idx``."""
        if idx < len(self.tokens):
            number = self._sentence_of[0][idx]
            lo, hi = self._sentence_tokens[number]
        else:  # past the last token (an empty text)
            lo = idx
            while lo > 0 and self.tokens[lo - 1] != ".":
                lo -= 1
            hi = idx
        cached = self._sentences.get(lo)
        if cached is not None:
            return cached
        start = self.starts[lo] if lo < len(self.starts) else len(self.text)
        end = self.starts[hi] - 1 if hi < len(self.starts) else len(self.text)
        result = (start, end, self.has(FICTION, start, end))
        self._sentences[lo] = result
        return result


def _stems_of(token: str) -> tuple[str, ...]:
    """The stems in ``STEMS`` that ``token`` begins with (kept in ``TOKEN_STEMS``)."""
    stems = tuple(token[:n] for n in STEM_LENGTHS if n <= len(token) and token[:n] in STEMS)
    if len(TOKEN_STEMS) >= 50_000:
        TOKEN_STEMS.clear()
    TOKEN_STEMS[token] = stems
    return stems


def _next_start(start: int, length: int) -> int:
    return start + length + 1


def _is_negator(tokens: list[str], j: int) -> bool:
    tok = tokens[j]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    if tok == "no":
        return nxt in lx.ES_AFTER_NO
    return tok in lang.NEGATORS and nxt not in lx.NOT_NEGATING_NEXT


def _walk(tokens: list[str], idx: int) -> tuple[str, bool]:
    """Walk left from the predicate at ``idx``: (kind of subject, whether a negator was met)."""
    negated = False
    j = idx - 1
    while j >= 0 and idx - j <= 12:
        tok = tokens[j]
        if tok in BOUNDARIES or tok in lang.CONJUNCTIONS:
            return _IMPLIED, negated
        if tok in lang.NEGATORS or tok == "no":
            negated = negated or _is_negator(tokens, j)
        elif tok in lang.FIRST_PERSON:
            # "no way i would ...", "not that i want to ..."
            if j >= 2 and (tokens[j - 2], tokens[j - 1]) in {("no", "way"), ("not", "that")}:
                negated = True
            return _FIRST, negated
        elif tok not in lang.BRIDGE:
            if tok in lx.FICTIONAL_SELF:
                return _OTHER, negated
            before = tokens[max(0, j - 2) : j]
            if any(t in lang.POSSESSIVE_FIRST for t in before):
                return _MINE, negated
            return _OTHER, negated
        j -= 1
    return _IMPLIED, negated


_ACCEPTS: dict[lx.Subject, frozenset[str]] = {
    lx.Subject.ANY: frozenset({_IMPLIED, _FIRST, _MINE, _OTHER}),
    lx.Subject.SELF: frozenset({_IMPLIED, _FIRST, _MINE, _OTHER}),
    lx.Subject.FIRST: frozenset({_IMPLIED, _FIRST}),
    lx.Subject.MINE: frozenset({_IMPLIED, _FIRST, _MINE}),
}


@dataclass(frozen=True)
class Hit:
    rule: lx.Rule
    level: Level
    reason: str


def _word_start_matches(
    regex: re.Pattern[str], text: str, spans: list[tuple[int, int]] | None
) -> Iterator[re.Match[str]]:
    """Matches that start at a word (the stripped leading ``\\b``), found without letting a
    match inside a word ("he" in "the") swallow a real one that starts in its span; only inside
    ``spans`` (character ranges) when given."""
    for lo, hi in [(0, len(text))] if spans is None else spans:
        pos = lo
        while (match := regex.search(text, pos, hi)) is not None:
            begin = match.start()
            if begin and text[begin - 1] != " " and text[begin].isalnum():
                pos = text.find(" ", begin) + 1  # the next word
                if pos == 0:
                    break
                continue
            yield match
            pos = max(match.end(), begin + 1)


def _matches_at_tokens(
    regex: re.Pattern[str], text: str, spans: list[tuple[int, int]], candidates: list[int]
) -> Iterator[re.Match[str]]:
    """What ``_word_start_matches`` yields, for a regular ``doc`` and a rule whose matches can
    start only at the ``candidates`` (where tokens start, in order): the regex is tried there
    alone instead of being searched for at every character.

    The same matches, because: in a regular text a match ``_word_start_matches`` accepts
    starts at a token or at a space; the rule's matches never start at a space and start only
    at tokens beginning with its stems (``triggers.derive_starts``); ``regex.match`` at a
    position with the span's end as ``endpos`` finds what ``regex.search`` finds when that
    position is the first with a match; and a match inside a word, which the search would skip
    to the next word, is never tried here.
    """
    for lo, hi in spans:
        pos = lo
        for begin in candidates[bisect_left(candidates, lo) : bisect_right(candidates, hi)]:
            if begin < pos:
                continue
            match = regex.match(text, begin, hi)
            if match is not None:
                yield match
                pos = max(match.end(), begin + 1)


def apply_rule(
    compiled: Compiled,
    doc: Doc,
    spans: list[tuple[int, int]] | None = None,
    at_tokens: bool = True,
) -> Hit | None:
    """The first match of one rule that passes its subject check, with its adjusted level.

    ``at_tokens=False`` searches the regex at every character (the reference for the tests).
    """
    rule = compiled.rule
    text = doc.text
    matches: Iterator[re.Match[str]]
    if at_tokens and compiled.starts is not None and doc.at_tokens:
        whole = [(0, len(text))] if spans is None else spans
        begins = doc.candidates(compiled.stems, compiled.pairs)
        matches = _matches_at_tokens(compiled.regex, text, whole, begins)
    else:
        matches = _word_start_matches(compiled.regex, text, spans)
    for match in matches:
        begin = match.start()
        idx = doc.token_at(begin)
        subject, negated = _walk(doc.tokens, idx)
        if subject not in _ACCEPTS[rule.subject]:
            continue
        start, end, fiction = doc.sentence(idx)
        sentence = doc.text[start:end]
        if compiled.requires is not None and not compiled.requires.search(sentence):
            continue
        if rule.inner_negation and not negated:
            last = doc.token_at(max(match.start(), match.end() - 1))
            negated = any(_is_negator(doc.tokens, j) for j in range(idx, last + 1))
        # Evidence of the real world must come from outside the rule's own words: in "kill my
        # brother" the brother is the target, not proof that the threat is meant.
        outside = doc.text[start : match.start()] + " , " + doc.text[match.end() : end]
        real = bool(REAL.search(outside))
        hit = _adjust(rule, negated, sentence, real, fiction, doc)
        return _whose(hit, doc.text[start : match.start()], sentence)
    return None


def _whose(hit: Hit, before: str, sentence: str) -> Hit:
    """``hit`` lowered when the words are not the player's risk (``lookalikes``, round 13): a
    character's words answered back (``quoted:``), drugs handled at work (``work:``), an idiom
    about a song or an exam, or a parent's "will kill me if i'm late" (``idiom:``); a crisis
    in an ordinary frame (``lookalikes.ordinary``: a climbing rope, a cooking cut, ice on the
    road; ``ordinary:``, round 21b) is none, "rather die than sing karaoke" a concern."""
    if hit.level is Level.NONE:
        return hit
    if lookalikes.quoted(before):
        return Hit(hit.rule, Level.NONE, "quoted:" + hit.reason)
    if lookalikes.at_work(hit.rule.id, sentence):
        return Hit(hit.rule, Level.NONE, "work:" + hit.reason)
    if (
        hit.level is Level.CRISIS
        and hit.rule.id not in lookalikes.MUSIC_RULES
        and (level := lookalikes.trivial(sentence)) is not None
    ):
        return Hit(hit.rule, level, "idiom:" + hit.reason)
    if hit.level is Level.CRISIS and lookalikes.family_idiom(before, sentence):
        return Hit(hit.rule, Level.NONE, "idiom:" + hit.reason)
    if hit.level is Level.CRISIS and (kind := lookalikes.ordinary(sentence)) is not None:
        # "rather die than sing karaoke" is the concern English's distress rule gives it
        level = Level.CONCERN if kind == "rather" else Level.NONE
        return Hit(hit.rule, level, "ordinary:" + hit.reason)
    return hit


def _adjust(
    rule: lx.Rule, negated: bool, sentence: str, real: bool, fiction: bool, doc: Doc
) -> Hit:
    level = rule.level
    prefixes: list[str] = []
    if negated and rule.negatable:
        level = rule.on_negation
        prefixes.append("negated")
    if level is not Level.NONE and rule.accident and ACCIDENT.search(sentence):
        level = Level.NONE
        prefixes.append("accident")
    if level is not Level.NONE and rule.hyperbole and HYPERBOLE.search(sentence):
        level = Level.NONE
        prefixes.append("idiom")
    if level is not Level.NONE and rule.needs_real and not real:
        level = lower(level)
        prefixes.append("unconfirmed")
    if level is Level.CRISIS and rule.past and doc.whole_past:
        level = Level.CONCERN
        prefixes.append("past")
    if level is not Level.NONE and rule.fiction and fiction and not real:
        level = lower(level)
        prefixes.append("fiction")
    reason = "".join(p + ":" for p in prefixes) + rule.id
    return Hit(rule, level, reason)
