"""Crisis and concern screen for player input: local rules with a learned second signal.

Every message a player types is screened here before anything else sees it. The screen runs in
process, with no network (its model ships with the package), and never raises. A message under
300 characters takes about 0.1-0.4 ms; a 2,000-character message (the longest the game accepts)
a few milliseconds (docs/performance.md). ``benchmark`` measures it on any list of messages.

How it works
------------
1. **Normalise** (``normalise``): NFKC, case-fold, fold look-alike letters (Cyrillic, Greek,
   Cherokee ... to ASCII: ``fold_letters``), rejoin letters split by symbols ("k.i.l.l":
   ``join_split_letters``), strip accents, straighten curly quotes, drop
   control and zero-width characters, read laughing emoji as "lol", map leetspeak digits inside
   words (``k1ll`` -> ``kill``), expand contractions and chat spellings (``im``, ``wanna``,
   ``kms``, ``unalive``, ``fr``, ``irl`` ...), split punctuation into clause (``,``) and sentence
   (``.``) tokens. Letters repeated three or more times ("dieeee", "sooo") give two variants, one
   collapsed to a double letter and one to a single letter; both are screened. A rewrite is
   skipped when the text lacks a character or word that all its matches need (no ``'``: no
   contraction to expand).
2. **Match** the ordered rule table (``lang.RULES``: ``lexicon.RULES`` and one module per
   language in ``lang/``): compiled regexes over the normalised
   text, each with an id, a level, a category and flags. Patterns match predicates ("kill
   myself", "want to die", "he hits me"). A prefilter runs only the rules that can match: each
   rule's trigger words are read off its own regex (``triggers.derive_triggers``; every match
   of ``\\b(?:kill|killing) myself\\b`` holds the word "myself"), and a message runs the rules
   with a trigger among its tokens. The derivation ships in ``derived.json``
   (``scripts/build_safety_derived.py``), keyed by a hash of the rule table; when the key is
   stale it runs at import, and a rule whose regex shows no such word stops the import
   (``triggers.NoTriggers``), so a rule can never be skipped silently. In a message longer than
   ``SPAN_CHARS`` a rule scans only the sentences around its trigger words, and a rule is tried
   only at the tokens its matches can start with (``triggers.derive_starts``).
3. **Analyse** each match with a small, explainable look-around:

   * *subject walk* - step back from the predicate over auxiliaries and adverbs ("i really just
     want to ...") to the subject. First-person rules need "I" (or no subject at all: "want to
     die"); "my character wants to die", "you want to die?" and "the keeper does not want to
     live" do not fire them.
   * *negation* - a negator met on that walk ("i would never kill myself", "no voy a matarme",
     "ich will nicht sterben") sets the rule to its ``on_negation`` level. Statements whose
     negation *is* the risk ("i don't want to be alive", "nobody would miss me") are written into
     the patterns and cannot be negated away.
   * *fiction* - game and story words in the same sentence (orc, dragon, quest, my character,
     potion ...) lower a rule one step, unless the sentence also has a real-world marker ("for
     real", "in real life", "tonight", "my dad", a weapon, pills). So fiction can take an
     explicit self-harm statement down to ``concern`` but never to ``none``; game targets never
     match the harm-to-others rules in the first place (those need a real person: "my brother",
     "the kids at school").
   * *real-world markers* - some rules (threats against family, "jump off the bridge") are only
     ``crisis`` with such a marker and ``concern`` without. The marker must lie outside the
     rule's own words: in "i'm going to kill my brother" the brother is the target, not proof.
   * *past* - a distant past with recovery ("i used to ... but i'm better now", "when i was 14")
     lowers crisis to concern, unless the message also says "again", "still", "tonight" ...
   * *accident* - "i cut myself shaving", "nearly killed myself laughing": none; and
     *embarrassment* - "omg i want to die, so embarrassing": none.

4. **Decide**: the most urgent level that any rule reached; the category is the most serious
   among the rules at that level (suicide > self-harm > medical emergency > harm to others >
   abuse or danger > distress). ``reasons`` lists every rule that fired, with prefixes for the
   rules that were weakened (``negated:``, ``accident:``, ``idiom:``, ``unconfirmed:``,
   ``past:``, ``fiction:``), so that each verdict can be explained and audited.
5. **Second signal**: when the rules say less than crisis and none of them weakened itself, the
   learned model (``learned``) scores the normalised text; if its level is more urgent, it
   wins, with its category and the reason ``model:LEVEL:SCORE``. ``explain`` shows all of it.

Decisions that are policy, not accident
---------------------------------------
* Burden-with-absence ("everyone would be better off without me", "my family would be happier if
  i was gone") is crisis: perceived burdensomeness with imagined absence is a recognised
  warning sign. "I'm a burden" without absence is concern.
* A negated statement of killing or harming oneself ("i would never kill myself") is concern,
  not none: the player brought the topic up. A negated threat to others is none.
* Past ideation or self-harm with recovery is concern, never none and never crisis.
* "kys" / "kill yourself" aimed at someone else is concern (harm to others), not crisis.
* An overdose already taken ("i took too many pills") is a crisis in the medical category: the
  first need is emergency care, whatever the intent.
* Self-directed acts inside a game sentence ("i stab myself with the cursed dagger", "this boss
  makes me want to kms") are concern, not none and not crisis.
* "I don't want to be alive (but I'd never do anything)" is crisis: passive ideation counts.
* A threat against a real person without a sign of real intent ("i'm going to kill my brother")
  is concern; with one ("... tonight", "for real", a weapon) it is crisis.
* "I'd rather die than ..." is concern (it is usually hyperbole, but not always).

Limits (read before relying on it)
----------------------------------
This is a lexicon-and-rules screen with a small learned second signal (``learned``), not an
understanding of language. Its figures on sets written by people who never saw it are in
docs/safety.md; they are below the product's bars, so read them before relying on it. It covers
English, Spanish, Portuguese, French, Italian and German (``lang/``); other languages reach it
only through the model's letter n-grams. It misses risk said in words no rule or corpus message
had (metaphor, irony, private euphemisms) and, on its own, risk that builds over several
messages: ``conversation`` sees the session's recent messages for that. It errs the other way
too: first-person physical distress inside a game scene can be read as real, and fiction
lowering cuts both ways (a real statement that shares a sentence with game words is lowered to
concern). Its game vocabulary is generic fantasy plus the NPCs of the shipped worlds; other
worlds may need their nouns added to ``lexicon.FICTION_MARKERS``. It is a first screen that
should lead to a human check-in; it cannot judge risk, and its verdict must never be the only
safety measure.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
import time
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from itertools import accumulate, chain
from typing import Any

from tta_server.safety import lang, learned, spacing
from tta_server.safety import lexicon as lx
from tta_server.safety.confusables import CONFUSABLES
from tta_server.safety.model import (
    CATEGORY_PRIORITY,
    LEVEL_RANK,
    Assessment,
    Category,
    Level,
    lower,
)
from tta_server.safety.triggers import (
    TriggerIndex,
    Triggers,
    derive_starts,
    derive_triggers,
    regular,
)

_log = logging.getLogger(__name__)

#: Longer input is screened on its first MAX_CHARS characters (the game caps input far lower).
MAX_CHARS = 10_000

#: The learned second signal (``learned``) is consulted when the rules do not already say
#: crisis. Tests turn it off to see what the rules alone do.
USE_MODEL = True

#: The model alone calls a message crisis only when it has at least this many words (tokens of
#: the normalised text); a shorter one it can raise to concern at most. A word or two ("tonight",
#: "the rope") is too little evidence to hold a story on, and a real crisis said that briefly is
#: caught by the rules or, with the messages before it, by ``conversation``.
MODEL_CRISIS_MIN_WORDS = 4

#: On a message longer than this many words (tokens, as above) the model alone never calls
#: crisis, and flags concern only at ``MODEL_LONG_FLAG_AT`` or above: it was trained on chat
#: messages (almost none over 30 words) and read long in-fiction prose as risk (docs/safety.md,
#: "False alarms on in-fiction prose"). The rules see long messages as before.
MODEL_CRISIS_MAX_WORDS = 30
MODEL_LONG_FLAG_AT = 0.95

#: The model is not consulted on a message with fewer letters than this: one or two letters
#: ("e", "ne", "x", "i": the game's abbreviations) carry no evidence for letter n-grams, and
#: the retrained model called "e" concern at 0.94, checking in on a player at every step east.
MODEL_MIN_LETTERS = 3

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


class _Compiled:
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
    which makes a search several times slower. ``_apply`` checks the word start instead (in
    normalised text every word starts the text or follows a space).
    """
    alternatives = [a.removeprefix("\\b") for a in _top_level_alternatives(pattern)]
    return re.compile("|".join(alternatives))


#: The sentence markers a long text is searched for at tokens only (``_Marker``).
_MARKER_PATTERNS = {"fiction": lang.FICTION_MARKERS, "present": lx.PRESENT_MARKERS}

#: What the rules' and the phrase rewrites' triggers and starts are derived by: bump it when
#: ``compile_rule`` changes what a rule's regex is (a change in ``triggers`` changes the key).
_DERIVATION = "compile_rule 1"
DERIVED_FILE = "derived.json"


def derivation_key() -> str:
    """A hash of everything the derived tables come from: the rule table, the phrase rewrites,
    ``triggers``' own source and ``_DERIVATION``."""
    source = resources.files("tta_server.safety").joinpath("triggers.py").read_bytes()
    table = {
        "rules": [[r.id, r.pattern] for r in lang.RULES],
        "phrases": [src for src, _ in lx.PHRASE_MAP],
        "markers": _MARKER_PATTERNS,
        "derivation": _DERIVATION,
    }
    digest = hashlib.sha256(json.dumps(table, ensure_ascii=False).encode())
    digest.update(source)
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


def _triggers(item: dict[str, Any]) -> Triggers:
    return Triggers(frozenset(item["words"]), frozenset(item["stems"]))


_DERIVED = _derived_tables()
_RULES: tuple[_Compiled, ...] = tuple(
    _Compiled(rule, None if item["starts"] is None else frozenset(item["starts"]))
    for rule, item in zip(lang.RULES, _DERIVED["rules"], strict=True)
)
_RULE_ORDER: dict[str, int] = {c.rule.id: i for i, c in enumerate(_RULES)}

#: The prefilter: which rules can match a message, from the words each rule's own regex spells
#: out (see ``triggers``). A rule whose regex has no such word makes this import fail.
_TRIGGERS = TriggerIndex([_triggers(item) for item in _DERIVED["rules"]])

#: Every stem that begins a rule's matches (``_Compiled.starts``): a message's tokens are
#: grouped by the stems they begin with (``_Doc.stem_positions``).
_STEMS: frozenset[str] = frozenset(s for c in _RULES for s in c.stems) | frozenset(
    s for starts in _DERIVED["markers"].values() for s in starts or () if " " not in s
)
_STEM_LENGTHS: tuple[int, ...] = tuple(sorted({len(s) for s in _STEMS}))
#: token -> the stems in ``_STEMS`` it begins with (players reuse words; emptied when full)
_TOKEN_STEMS: dict[str, tuple[str, ...]] = {}


class _Lazy:
    """A regex compiled on its first search (the marker tables take 0.1 s to compile)."""

    __slots__ = ("_regex", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._regex: re.Pattern[str] | None = None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex.search(text, pos, endpos)


class _Marker(_Lazy):
    """A marker regex whose every match starts with ``\\b`` and one of the tokens ``starts``
    describes (``triggers.derive_starts``; ``derive_tables`` checks both), so that in a
    regular text it is tried only at those tokens (``_Doc.has``)."""

    __slots__ = ("pairs", "stems")

    def __init__(self, pattern: str, starts: list[str] | None) -> None:
        super().__init__(pattern)
        self.stems: tuple[str, ...] | None = None
        self.pairs: tuple[tuple[str, tuple[str, ...]], ...] = ()
        if starts is not None:
            self.stems, self.pairs = _split_starts(starts)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex.match(text, pos, endpos)


_REAL = _Lazy(lang.REAL_MARKERS)
_FICTION = _Marker(lang.FICTION_MARKERS, _DERIVED["markers"]["fiction"])
_PAST = _Lazy(lx.PAST_MARKERS)
_PRESENT = _Marker(lx.PRESENT_MARKERS, _DERIVED["markers"]["present"])
_ACCIDENT = _Lazy(lx.ACCIDENT_MARKERS)
_HYPERBOLE = _Lazy(lx.HYPERBOLE_MARKERS)

_NEWLINES = re.compile(r"[\r\n\u2028\u2029\x85]+")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_LAUGH_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f480\U0001f606\U0001f639\u2620]")
_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'",
        "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    }
)  # fmt: skip
_NUMBER_WORDS = re.compile(r"\b(every|some|no|any)1\b")
_LEET_WORD = re.compile(r"\b[a-z][a-z0-9@$]*[0-9@$][a-z0-9@$]*")
#: A word that starts with a leet digit and has three letters or more ("5u1c1d3", "3nd1ng").
_LEET_LEADING = re.compile(r"\b[0-9@$](?=(?:[0-9@$]*[a-z]){3})[a-z0-9@$]*")
#: Letters split by symbols ("k.i.l.l", "s-u-i-c-i-d-e", "d*i*e", "k. i. l. l"): three or more
#: single letters or digits, each pair separated by the same kind of symbol.
_SPLIT_LETTERS = re.compile(
    r"\b[a-z0-9](?:(?:[.\-_*+~\u00b7\u2022] ?)[a-z0-9]){2,}\b[.\-_*+~\u00b7\u2022]?"
)
_SPLIT_SEPARATORS = re.compile(r"[.\-_*+~\u00b7\u2022 ]")
_LEET_BANG = re.compile(r"(?<=[a-z])[!|](?=[a-z])")
_SLASH_SH = re.compile(r"\bs\s*/\s*h\b")
_OD_FORMS = re.compile(r"\bo\.d\.?(?=\s|$)|\bod'd\b|\bod'ing\b")
_OD_MAP = {"od'd": " overdosed ", "od'ing": " overdosing "}
_WILL = re.compile(r"\b(i|you|he|she|we|they|it|that|there)'ll\b")
_WOULD = re.compile(r"\b(i|you|he|she|we|they)'d\b")
_NEG_CONTRACTIONS = re.compile(r"\b(?:can't|won't|ain't|shan't)\b|n't\b")
_NEG_MAP = {"can't": "can not", "won't": "will not", "ain't": "am not", "shan't": "shall not"}
_AUX_CONTRACTIONS = re.compile(r"'(m|re|ve)\b")
_AUX_MAP = {"m": " am", "re": " are", "ve": " have"}
_REPEATS = re.compile(r"([a-z])\1{2,}")
_ELLIPSIS = re.compile(r"\.{2,}|\u2026")
_SENTENCE_END = re.compile(r"[.!?\u00a1\u00bf]+")
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]{}\"/\\|]+")
_OTHER_SYMBOLS = re.compile(r"[^\w\s.,]|_")
_PHRASES = tuple((re.compile(src), dst) for src, dst in lx.PHRASE_MAP)
#: A phrase rewrite runs only when its words are there (matches may start anywhere, not only at
#: a word: hence ``at_word_start=False``).
_PHRASE_TRIGGERS = tuple(_triggers(item) for item in _DERIVED["phrases"])
_LEET_CHAR = re.compile(r"[0-9@$]")
_SPLIT_HINT = re.compile(r"\w[.\-_*+~\u00b7\u2022] ?\w[.\-_*+~\u00b7\u2022]")
_BOUNDARIES = frozenset({",", "."})
_GLUED = re.compile(lx.GLUED)
_GLUED_PARTS = re.compile(
    r"im|i|wanted|wanna|want|gonna|going|need|to|die|kill|myself|end|my|"
    r"life|hurt|cut|be|dead|kms|disappear|forever|stop|existing"
)


def fold_letters(text: str) -> str:
    """Look-alike letters to ASCII (Cyrillic "і" -> "i", Greek "ο" -> "o"), accents stripped.

    For text already NFKC-normalised and case-folded (NFKC folds full-width and mathematical
    letters itself); the player screen and the narration screen both use it.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(CONFUSABLES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Substitutions whose every match needs a character or a word the text lacks are skipped (an
#: ``in`` test or a token lookup instead of a scan of the whole message). The tests turn this
#: off to check that normalised text and verdicts are the same either way.
_SKIP_IMPOSSIBLE = True


def _sub(regex: re.Pattern[str], repl: Any, text: str, possible: bool) -> str:
    """``regex.sub(repl, text)``, unless ``possible`` says that no match can be in ``text``."""
    if not possible and _SKIP_IMPOSSIBLE:
        return text
    return regex.sub(repl, text)


def _prenormalise(text: str) -> str:
    """Steps shared by all variants: characters, case, leetspeak, contractions."""
    plain = text.isascii() and text.isprintable()  # no emoji, line break or control character
    text = _sub(_LAUGH_EMOJI, " lol ", text, not plain)
    text = _sub(_NEWLINES, " . ", text, not plain)
    text = _sub(_CONTROL, " ", text, not plain)
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    if not text.isascii():
        text = fold_letters(text)
    text = join_split_letters(text)
    text = _sub(_NUMBER_WORDS, r"\1one", text, "1" in text)
    leet = _LEET_CHAR.search(text) is not None
    text = _sub(_LEET_LEADING, _deleet, text, leet)
    text = _sub(_LEET_WORD, _deleet, text, leet)
    text = _sub(_LEET_BANG, "i", text, "!" in text or "|" in text)
    text = _sub(_SLASH_SH, " self harm ", text, "/" in text)
    text = _sub(_OD_FORMS, _od, text, "o.d" in text or "od'" in text)
    if "'" not in text and _SKIP_IMPOSSIBLE:
        return text
    text = spacing.split_elisions(text)
    text = _sub(_WILL, r"\1 will", text, "'ll" in text)
    text = _sub(_WOULD, r"\1 would", text, "'d" in text)
    text = _sub(_NEG_CONTRACTIONS, _not, text, "n't" in text)
    text = _sub(_AUX_CONTRACTIONS, _aux, text, True)
    return text.replace("'", "")


def join_split_letters(text: str) -> str:
    """Rejoin letters split by symbols: "k.i.l.l" -> "kill", "s-u-i-c-i-d-e" -> "suicide"."""
    return _sub(_SPLIT_LETTERS, _join_split, text, _SPLIT_HINT.search(text) is not None)


def _join_split(match: re.Match[str]) -> str:
    return _SPLIT_SEPARATORS.sub("", match.group(0))


def _deleet(match: re.Match[str]) -> str:
    word = match.group(0)
    return word if spacing.keeps_digits(word) else word.translate(lx.LEET)


def _od(match: re.Match[str]) -> str:
    return _OD_MAP.get(match.group(0), " overdose ")


def _not(match: re.Match[str]) -> str:
    return _NEG_MAP.get(match.group(0), " not")


def _aux(match: re.Match[str]) -> str:
    return _AUX_MAP[match.group(1)]


def _tokenise(text: str) -> str:
    """Punctuation to boundary tokens, chat words expanded, one space between tokens."""
    text = _sub(_ELLIPSIS, " ", text, ".." in text or "\u2026" in text)
    text = _SENTENCE_END.sub(" . ", text)
    text = _CLAUSE_PUNCT.sub(" , ", text)
    text = _OTHER_SYMBOLS.sub(" ", text)
    raw = _join_spelled_out(spacing.join_spaced_words(text).split())
    out: list[str] = []
    for i, tok in enumerate(raw):
        if tok in _BOUNDARIES:
            if not out:
                continue
            if out[-1] in _BOUNDARIES:
                if tok == ".":
                    out[-1] = "."
                continue
            out.append(tok)
        elif tok == "ill" and i + 1 < len(raw) and raw[i + 1] in lx.ILL_NEXT:
            out.extend(("i", "will"))
        elif len(tok) >= 7 and _GLUED.fullmatch(tok):
            out.extend(_unglue(tok))
        else:
            mapped = lang.TOKEN_MAP.get(tok)
            if mapped is None:
                out.append(tok)
            else:
                out.extend(mapped.split())
    while out and out[-1] in _BOUNDARIES:
        out.pop()
    return _rephrase(out)


def _rephrase(tokens: list[str]) -> str:
    """The tokens joined, with ``PHRASE_MAP`` applied in order (each only if its words are in)."""
    joined = " ".join(tokens)
    present = set(tokens)
    for (regex, replacement), triggers in zip(_PHRASES, _PHRASE_TRIGGERS, strict=True):
        if triggers.found_in(present) or not _SKIP_IMPOSSIBLE:
            rewritten = regex.sub(replacement, joined)
            if rewritten != joined:  # a rewrite may bring in a later phrase's word
                joined = rewritten
                present = set(joined.split(" "))
    return joined


def _join_spelled_out(tokens: list[str]) -> list[str]:
    """Rejoin words typed letter by letter: "d i e" -> "die", "k i l l" -> "kill"."""
    singles = [i for i, tok in enumerate(tokens) if len(tok) == 1]
    if not any(  # three single letters in a row, or nothing to rejoin
        singles[k + 2] == i + 2
        and tokens[i].isalpha()
        and tokens[i + 1].isalpha()
        and tokens[i + 2].isalpha()
        for k, i in enumerate(singles[:-2])
    ):
        return tokens
    out: list[str] = []
    run: list[str] = []
    for tok in [*tokens, ""]:
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if len(run) >= 3:
            out.extend(spacing.split_trailing_word("".join(run), _RULE_PATTERNS))
        else:
            out.extend(run)
        run = []
        if tok:
            out.append(tok)
    return out


#: The rules' patterns, whose words tell a word typed apart from one glued to "e" or "a".
_RULE_PATTERNS = tuple(r.pattern for r in lang.RULES)


def _unglue(token: str) -> list[str]:
    """Split a glued phrase ("iwanttodie") into its words; ``GLUED`` guarantees the shape."""
    words = [w for w in _GLUED_PARTS.findall(token)]
    expanded: list[str] = []
    for word in words:
        expanded.extend(lang.TOKEN_MAP.get(word, word).split())
    return expanded


def _variants(text: str) -> list[str]:
    base = _prenormalise(text)
    if not _REPEATS.search(base):
        return [_tokenise(base)]
    double = _tokenise(_REPEATS.sub(r"\1\1", base))
    single = _tokenise(_REPEATS.sub(r"\1", base))
    return [double] if single == double else [double, single]


def normalise(text: str) -> str:
    """The normalised form the rules see (the double-letter variant), for tests and debugging."""
    return _variants(_coerce(text))[0]


# --------------------------------------------------------------------------------------------
# Analysis of one match
# --------------------------------------------------------------------------------------------

_IMPLIED, _FIRST, _MINE, _OTHER = "implied", "first", "mine", "other"


@dataclass
class _Doc:
    """One normalised variant of a message, with token offsets and cached sentence markers."""

    text: str
    tokens: list[str]
    starts: list[int]
    _sentences: dict[int, tuple[int, int, bool]] = field(default_factory=dict)
    _next_tokens: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    _marker_begins: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str) -> _Doc:
        tokens = text.split(" ") if text else []
        starts = list(accumulate(map(len, tokens[:-1]), _next_start, initial=0)) if tokens else []
        return cls(text, tokens, starts)

    @cached_property
    def whole_past(self) -> bool:
        """A distant past and no present marker in the message (looked for only when needed)."""
        # the present markers first: their search is some twenty times cheaper on a long text
        return not self.has(_PRESENT, 0, len(self.text)) and bool(_PAST.search(self.text))

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
        """For each stem in ``_STEMS`` that begins a token: where those tokens start (in
        characters, in order)."""
        found: dict[str, list[int]] = {}
        starts = self.starts
        for token, where in self.positions.items():
            stems = _TOKEN_STEMS.get(token)
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

    def has(self, marker: _Marker, start: int, end: int) -> bool:
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
        result = (start, end, self.has(_FICTION, start, end))
        self._sentences[lo] = result
        return result


def _stems_of(token: str) -> tuple[str, ...]:
    """The stems in ``_STEMS`` that ``token`` begins with (kept in ``_TOKEN_STEMS``)."""
    stems = tuple(token[:n] for n in _STEM_LENGTHS if n <= len(token) and token[:n] in _STEMS)
    if len(_TOKEN_STEMS) >= 50_000:
        _TOKEN_STEMS.clear()
    _TOKEN_STEMS[token] = stems
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
        if tok in _BOUNDARIES or tok in lang.CONJUNCTIONS:
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
class _Hit:
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


def _apply(
    compiled: _Compiled,
    doc: _Doc,
    spans: list[tuple[int, int]] | None = None,
    at_tokens: bool = True,
) -> _Hit | None:
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
        real = bool(_REAL.search(outside))
        return _adjust(rule, negated, sentence, real, fiction, doc)
    return None


def _adjust(
    rule: lx.Rule, negated: bool, sentence: str, real: bool, fiction: bool, doc: _Doc
) -> _Hit:
    level = rule.level
    prefixes: list[str] = []
    if negated and rule.negatable:
        level = rule.on_negation
        prefixes.append("negated")
    if level is not Level.NONE and rule.accident and _ACCIDENT.search(sentence):
        level = Level.NONE
        prefixes.append("accident")
    if level is not Level.NONE and rule.hyperbole and _HYPERBOLE.search(sentence):
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
    return _Hit(rule, level, reason)


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _coerce(text: object) -> str:
    if isinstance(text, str):
        return text[:MAX_CHARS]
    if isinstance(text, bytes | bytearray):
        return bytes(text[: MAX_CHARS * 4]).decode("utf-8", "replace")[:MAX_CHARS]
    return "" if text is None else str(text)[:MAX_CHARS]


#: In a normalised message longer than this (characters) a rule scans only the sentences around
#: its trigger words (from the one before to the second one after) instead of the whole
#: message: a 2,000-character message would otherwise run dozens of rules over all of it.
SPAN_CHARS = 320


def _rule_hits(variants: list[str], prefilter: bool) -> list[_Hit]:
    """Every rule that fired on any variant (its most urgent reading), in rule-table order."""
    best: dict[str, _Hit] = {}
    for variant in variants:
        if not variant:
            continue
        doc = _Doc.build(variant)
        chosen: list[tuple[_Compiled, list[tuple[int, int]] | None]]
        if not prefilter:
            chosen = [(c, None) for c in _RULES]
        elif len(variant) <= SPAN_CHARS:
            chosen = [(_RULES[i], None) for i in _TRIGGERS.select(doc.tokens)]
        else:
            located = _TRIGGERS.locate_tokens(doc.positions)
            chosen = [(_RULES[i], doc.sentence_spans(located[i])) for i in sorted(located)]
        for compiled, spans in chosen:
            hit = _apply(compiled, doc, spans, at_tokens=prefilter)
            if hit is None:
                continue
            seen = best.get(hit.rule.id)
            if seen is None or LEVEL_RANK[hit.level] > LEVEL_RANK[seen.level]:
                best[hit.rule.id] = hit
    return sorted(best.values(), key=lambda h: _RULE_ORDER[h.rule.id])


def _rules_verdict(hits: list[_Hit]) -> tuple[Level, Category | None]:
    if not hits:
        return Level.NONE, None
    level = max((h.level for h in hits), key=LEVEL_RANK.__getitem__)
    if level is Level.NONE:
        return level, None
    present = {h.rule.category for h in hits if h.level is level}
    return level, next(c for c in CATEGORY_PRIORITY if c in present)


def _model_reason(level: Level, scores: learned.Scores) -> str:
    value = scores.crisis if level is Level.CRISIS else scores.flag
    return f"model:{level.value}:{value:.2f}"


def _has_letters(text: str, n: int) -> bool:
    """Whether ``text`` has at least ``n`` letters (stops at the n-th: a turn's hot path)."""
    seen = 0
    for c in text:
        if c.isalpha():
            seen += 1
            if seen >= n:
                return True
    return False


def _classify(text: str, *, prefilter: bool = True) -> Assessment:
    """The verdict; ``prefilter=False`` runs every rule over the whole text, searching each
    regex at every character (the reference the tests compare to)."""
    variants = _variants(text)
    hits = _rule_hits(variants, prefilter)
    level, category = _rules_verdict(hits)
    reasons = [h.reason for h in hits]
    # A rule that recognised the message and weakened itself (negated, fiction, idiom, accident,
    # past, unconfirmed) knows more than the model: the model does not overrule it.
    weakened = any(h.reason != h.rule.id for h in hits)
    if (
        USE_MODEL
        and level is not Level.CRISIS
        and not weakened
        and _has_letters(variants[0], MODEL_MIN_LETTERS)
    ):
        model = learned.load()
        scores = model.score(variants[0])
        words = len(variants[0].split(" "))
        long = words > MODEL_CRISIS_MAX_WORDS
        flag_at = max(model.flag_at, MODEL_LONG_FLAG_AT) if long else model.flag_at
        said = scores.level(flag_at, model.crisis_at)
        if said is Level.CRISIS and words < MODEL_CRISIS_MIN_WORDS:
            said = Level.CONCERN  # "tonight" alone: too little to hold a story on
        elif said is Level.CRISIS and long:  # long prose: concern at most, on a high score
            said = Level.CONCERN if max(scores.flag, scores.crisis) >= flag_at else Level.NONE
        if LEVEL_RANK[said] > LEVEL_RANK[level]:
            level, category = said, scores.category
            reasons.append(_model_reason(said, scores))
    return Assessment(level, category, tuple(reasons))


def explain(text: str) -> dict[str, Any]:
    """What decided a verdict: the normalised text, every rule that fired (with its level after
    weakening), the model's scores against its thresholds, and the verdict itself."""
    coerced = _coerce(text)
    variants = _variants(coerced)
    hits = _rule_hits(variants, True)
    model = learned.load()
    scores = model.score(variants[0]) if variants and variants[0] else learned.Scores(0, 0, None)
    return {
        "normalised": variants,
        "rules": [{"rule": h.rule.id, "reason": h.reason, "level": h.level.value} for h in hits],
        "model": {
            "version": model.version,
            "flag": round(scores.flag, 3),
            "flag_at": model.flag_at,
            "crisis": round(scores.crisis, 3),
            "crisis_at": model.crisis_at,
            "category": None if scores.category is None else scores.category.value,
            "consulted": USE_MODEL and not any(h.reason != h.rule.id for h in hits),
        },
        "verdict": classify(coerced).to_dict(),
    }


def classify(text: str) -> Assessment:
    """Screen one player message. Never raises.

    Should the screen itself fail on some input (a bug), the answer is ``concern`` with the
    reason ``error:internal``, so that a person looks rather than the message passing unseen.
    """
    try:
        return _classify(_coerce(text))
    except Exception:  # the screen must never take the game down
        return Assessment(Level.CONCERN, Category.DISTRESS, ("error:internal",))


def benchmark(texts: Iterable[str]) -> dict[str, float]:
    """Time ``classify`` on each text: count and p50 / p95 / max / mean in microseconds."""
    items = list(texts)
    if not items:
        return {"count": 0.0, "p50_us": 0.0, "p95_us": 0.0, "max_us": 0.0, "mean_us": 0.0}
    classify(items[0])  # warm up
    timings: list[float] = []
    for text in items:
        start = time.perf_counter_ns()
        classify(text)
        timings.append((time.perf_counter_ns() - start) / 1000.0)
    timings.sort()

    def pct(p: float) -> float:
        return timings[min(len(timings) - 1, max(0, round(p * len(timings) + 0.5) - 1))]

    return {
        "count": float(len(timings)),
        "p50_us": round(pct(0.50), 1),
        "p95_us": round(pct(0.95), 1),
        "max_us": round(timings[-1], 1),
        "mean_us": round(sum(timings) / len(timings), 1),
    }


def _line_problem(number: int, line: str) -> tuple[str | None, str | None]:
    """(text, None) for a good line, (None, problem) for a malformed one."""
    stripped = line.strip()
    if not stripped:
        return None, f'line {number}: empty line (expected a JSON object with a "text" field)'
    try:
        value = json.loads(stripped)
    except json.JSONDecodeError as exc:
        return None, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:
        return None, f"line {number}: not valid JSON (nested too deeply)"
    if not isinstance(value, dict):
        kind = type(value).__name__.replace("NoneType", "null")
        return None, f'line {number}: expected a JSON object with a "text" field, got {kind}'
    if "text" not in value:
        return None, f'line {number}: the object has no "text" field'
    text = value["text"]
    if not isinstance(text, str):
        kind = type(text).__name__.replace("NoneType", "null")
        return None, f'line {number}: "text" must be a string, got {kind}'
    return text, None


def classify_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """Classify JSON lines ``{"text": ...}``; yield one JSON line per input line.

    A good line gives ``{"level", "category", "reasons"}``; a malformed one gives
    ``{"error": "line N: <problem>"}`` (N counts from 1) and the stream goes on, so that output
    line N always answers input line N.
    """
    for number, line in enumerate(lines, start=1):
        text, problem = _line_problem(number, line)
        if problem is not None or text is None:
            yield json.dumps({"error": problem}, ensure_ascii=False)
            continue
        yield json.dumps(classify(text).to_dict(), ensure_ascii=False)
