"""The screen's rule table, compiled: what ``classifier`` matches, and what is derived from it.

``lang.RULES`` (``lexicon.RULES`` and one module per language in ``lang/``) is compiled here
into :class:`Compiled` rules (each regex compiled on first use). What is derived from the
table by reading each rule's own regex (trigger words, start tokens, stems:
``triggers.derive_triggers``, ``triggers.derive_starts``) ships in ``derived.json``
(``scripts/build_safety_derived.py``), keyed by :func:`derivation_key`, a hash of the table;
when the key is stale it is derived again at import. The sentence markers the analysis reads
(real-world, fiction, past, present, accident, hyperbole) are here too, compiled lazily.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
from collections.abc import Iterable
from importlib import resources
from typing import Any

from tta_server.safety import lang
from tta_server.safety import lexicon as lx
from tta_server.safety.triggers import (
    TriggerIndex,
    Triggers,
    derive_starts,
    derive_triggers,
)

_log = logging.getLogger(__name__)
# --------------------------------------------------------------------------------------------
# Rule tables (each regex compiled on first use; what is derived from them, cached)
# --------------------------------------------------------------------------------------------


def _split_starts(
    starts: Iterable[str],
) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """``triggers.derive_starts``'s items as (stems, (word, stems of the next token) ...)."""
    following: dict[str, list[str]] = {}
    stems: list[str] = []
    for item in sorted(starts):
        if " " in item:
            word, stem = item.split(" ")
            following.setdefault(word, []).append(stem)
        else:
            stems.append(item)
    return tuple(stems), tuple((word, tuple(after)) for word, after in following.items())


class Compiled:
    """One rule, its regex compiled on first use (compiling the whole table took most of a
    second at import), and what ``triggers.derive_starts`` says its matches start with."""

    __slots__ = ("_regex", "_requires", "pairs", "rule", "starts", "stems")

    def __init__(self, rule: lx.Rule, starts: frozenset[str] | None) -> None:
        self.rule = rule
        #: What the token where any match starts looks like: stems it begins with, or a word
        #: it is and a stem the next token begins with (``triggers.derive_starts``). None if
        #: the regex does not show it. In a regular text the rule is tried only at such tokens.
        self.starts = starts
        #: ``starts`` split: the stems, and (word, stems of the next token) for the pairs
        self.stems, self.pairs = _split_starts(starts or ())
        self._regex: re.Pattern[str] | None = None
        self._requires: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = compile_rule(self.rule.pattern)
        return self._regex

    @property
    def requires(self) -> re.Pattern[str] | None:
        if self._requires is None and self.rule.requires is not None:
            self._requires = re.compile(self.rule.requires)
        return self._requires


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex on its top-level ``|`` (not inside groups, classes or escapes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    escaped = False
    start = 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile without the leading ``\\b`` of each alternative.

    A leading word boundary stops the regex engine from jumping to candidate first letters,
    which makes a search several times slower. ``apply_rule`` checks the word start instead (in
    normalised text every word starts the text or follows a space).
    """
    alternatives = [a.removeprefix("\\b") for a in _top_level_alternatives(pattern)]
    return re.compile("|".join(alternatives))


#: The sentence markers a long text is searched for at tokens only (``Marker``).
_MARKER_PATTERNS = {"fiction": lang.FICTION_MARKERS, "present": lx.PRESENT_MARKERS}

#: What the rules' and the phrase rewrites' triggers and starts are derived by: bump it when
#: ``compile_rule`` changes what a rule's regex is (a change in ``triggers`` changes the key).
_DERIVATION = "compile_rule 1"
DERIVED_FILE = "derived.json"


def derivation_key() -> str:
    """A hash of everything the derived tables come from: the rule table, the phrase rewrites,
    the source of every module of the ``triggers`` package and ``_DERIVATION``."""
    package = resources.files("tta_server.safety.triggers")
    modules = sorted((f for f in package.iterdir() if f.name.endswith(".py")), key=lambda f: f.name)
    table = {
        "rules": [[r.id, r.pattern] for r in lang.RULES],
        "phrases": [src for src, _ in lx.PHRASE_MAP],
        "markers": _MARKER_PATTERNS,
        "derivation": _DERIVATION,
    }
    digest = hashlib.sha256(json.dumps(table, ensure_ascii=False).encode())
    for module in modules:
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()


def derive_tables() -> dict[str, Any]:
    """Derive, from scratch, each rule's triggers and starts and each phrase rewrite's
    triggers: what ``DERIVED_FILE`` holds (``scripts/build_safety_derived.py`` writes it).
    Raises ``triggers.NoTriggers`` for a rule whose regex shows no trigger word."""
    rules = []
    for rule in lang.RULES:
        regex = compile_rule(rule.pattern)
        found = derive_triggers(regex, rule.id)
        starts = derive_starts(regex)
        rules.append(
            {
                "id": rule.id,
                "words": sorted(found.words),
                "stems": sorted(found.stems),
                "starts": None if starts is None else sorted(starts),
            }
        )
    phrases = []
    for src, _ in lx.PHRASE_MAP:
        found = derive_triggers(re.compile(src), f"PHRASE_MAP {src!r}", at_word_start=False)
        phrases.append({"words": sorted(found.words), "stems": sorted(found.stems)})
    markers = {}
    for name, pattern in _MARKER_PATTERNS.items():
        # looked for only at tokens when every way through it starts at a word boundary
        bounded = all(a.startswith("\\b") for a in _top_level_alternatives(pattern))
        starts = derive_starts(re.compile(pattern)) if bounded else None
        markers[name] = None if starts is None else sorted(starts)
    return {"key": derivation_key(), "rules": rules, "phrases": phrases, "markers": markers}


def _derived_tables() -> dict[str, Any]:
    """``DERIVED_FILE`` when it was made from the present tables, else derived now (slower:
    a second or two; ``tests/safety/test_prefilter.py`` fails while the file is stale)."""
    try:
        raw = resources.files("tta_server.safety").joinpath(DERIVED_FILE).read_bytes()
        cached: dict[str, Any] = json.loads(raw)
    except (OSError, ValueError):
        cached = {}
    if cached.get("key") == derivation_key():
        return cached
    _log.warning(
        "safety: %s is missing or stale; deriving the rules' triggers at import "
        "(run scripts/build_safety_derived.py)",
        DERIVED_FILE,
    )
    return derive_tables()


def rule_triggers(item: dict[str, Any]) -> Triggers:
    return Triggers(frozenset(item["words"]), frozenset(item["stems"]))


DERIVED = _derived_tables()
RULES: tuple[Compiled, ...] = tuple(
    Compiled(rule, None if item["starts"] is None else frozenset(item["starts"]))
    for rule, item in zip(lang.RULES, DERIVED["rules"], strict=True)
)
RULE_ORDER: dict[str, int] = {c.rule.id: i for i, c in enumerate(RULES)}

#: The prefilter: which rules can match a message, from the words each rule's own regex spells
#: out (see ``triggers``). A rule whose regex has no such word makes this import fail.
TRIGGERS = TriggerIndex([rule_triggers(item) for item in DERIVED["rules"]])

#: Every stem that begins a rule's matches (``Compiled.starts``): a message's tokens are
#: grouped by the stems they begin with (``Doc.stem_positions``).
STEMS: frozenset[str] = frozenset(s for c in RULES for s in c.stems) | frozenset(
    s for starts in DERIVED["markers"].values() for s in starts or () if " " not in s
)
STEM_LENGTHS: tuple[int, ...] = tuple(sorted({len(s) for s in STEMS}))
#: token -> the stems in ``STEMS`` it begins with (players reuse words; emptied when full)
TOKEN_STEMS: dict[str, tuple[str, ...]] = {}


class Lazy:
    """A regex compiled on its first search (the marker tables take 0.1 s to compile)."""

    __slots__ = ("_regex", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos)


class Marker(Lazy):
    """A marker regex whose every match starts with ``\\b`` and one of the tokens ``starts``
    describes (``triggers.derive_starts``; ``derive_tables`` checks both), so that in a
    regular text it is tried only at those tokens (``Doc.has``)."""

    __slots__ = ("pairs", "stems")

    def __init__(self, pattern: str, starts: list[str] | None) -> None:
        super().__init__(pattern)
        self.stems: tuple[str, ...] | None = None
        self.pairs: tuple[tuple[str, tuple[str, ...]], ...] = ()
        if starts is not None:
            self.stems, self.pairs = _split_starts(starts)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)


REAL = Lazy(lang.REAL_MARKERS)
FICTION = Marker(lang.FICTION_MARKERS, DERIVED["markers"]["fiction"])
PAST = Lazy(lx.PAST_MARKERS)
PRESENT = Marker(lx.PRESENT_MARKERS, DERIVED["markers"]["present"])
ACCIDENT = Lazy(lx.ACCIDENT_MARKERS)
HYPERBOLE = Lazy(lx.HYPERBOLE_MARKERS)


def compile_all() -> int:
    """Compile now every regex of this module that is otherwise compiled on its first use (each
    rule's, its ``requires``, the markers); returns how many. For the start-up warm-up
    (:mod:`tta_server.warm_up`): about a second of CPU that the first players' turns would
    otherwise pay, a few rules at a time (the same patterns, so the same verdicts)."""
    for compiled in RULES:
        compiled.regex  # noqa: B018 - compiled on first use
        compiled.requires  # noqa: B018
    markers = (REAL, FICTION, PAST, PRESENT, ACCIDENT, HYPERBOLE)
    for marker in markers:
        marker.regex  # noqa: B018
    return len(RULES) + sum(c.rule.requires is not None for c in RULES) + len(markers)
