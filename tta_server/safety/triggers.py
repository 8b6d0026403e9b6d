"""Trigger words derived from a rule's own regex, so that a screen can skip rules cheaply.

A rule regex that runs on normalised text (words separated by single spaces) can only match
where certain words are. :func:`derive_triggers` reads those words off the regex itself, with
Python's own regex parser: for ``\\b(?:kill|killing) myself\\b`` the trigger is the whole word
``myself``; where only the start of a word is fixed (``suicid\\w*``) it is a *stem*, a word that
some token must begin with. The guarantee is one way and exact: **every match that starts at a
word contains one of the rule's trigger words as a whole token, or a token beginning with one
of its stems.** A regex for which no such set can be derived (``\\w+ing``, ``.*``) is refused
with :class:`NoTriggers`, so that a rule can never be skipped silently: it has to be written
so that its vocabulary can be seen.

:class:`TriggerIndex` holds the triggers of a whole rule table and answers, from the set of
tokens of a text, which rules can possibly match it (one set intersection for the words, one
per stem length for the stems).

How the words are found. The regex is parsed (``re._parser``, the parser ``re.compile`` uses)
and each node is summarised by the set of strings it can match when that set is small
(``exact``), or otherwise by the possible beginnings and ends of its matches and a requirement
found inside it. Unknown parts (``\\w+``, ``[^.]``, long repeats) become a wildcard, which makes
every summary a superset of what the regex really matches: the analysis can lose words, never
invent them. Lookarounds are treated as matching nothing (their words are not relied on). A
word counts as whole only between two boundaries the regex itself forces: a literal space, the
start or end of the text, or a ``\\b`` next to a letter or digit; the match start counts as a
boundary because the screens accept only matches that start a word. Among the possible
requirements of a rule the least likely one is kept (long, uncommon words over short common
ones); that choice affects speed only.

What it assumes about the text (true of ``classifier.normalise`` and of the narration screen's
``normalise_narration``): tokens are separated by single spaces, and punctuation that survives
normalisation (``.`` and ``,``) stands alone as a token, so that a letter's neighbour is a
letter, a digit, a space or the edge of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sre_parse as _sre
else:  # the same parser without the deprecation warning of the old module name
    from re import _parser as _sre

__all__ = [
    "NoTriggers",
    "TriggerIndex",
    "Triggers",
    "derive_starts",
    "derive_triggers",
    "regular",
]


class NoTriggers(ValueError):
    """A regex from which no trigger word can be derived (it could match without any)."""


@dataclass(frozen=True)
class Triggers:
    """One of ``words`` is a token of every text the rule matches, or a token starts with one
    of ``stems``."""

    words: frozenset[str]
    stems: frozenset[str] = frozenset()

    def found_in(self, tokens: AbstractSet[str]) -> bool:
        """Whether one of these triggers is among ``tokens``."""
        if not self.words.isdisjoint(tokens):
            return True
        return any(token.startswith(stem) for token in tokens for stem in self.stems)


class TriggerIndex:
    """The triggers of a table of rules, looked up all at once.

    ``select(tokens)`` gives the positions (in table order) of the rules with a trigger among
    ``tokens``: the only rules that can match a text with those tokens.
    """

    def __init__(self, triggers: Sequence[Triggers]) -> None:
        by_word: dict[str, set[int]] = {}
        by_stem: dict[str, set[int]] = {}
        for position, rule_triggers in enumerate(triggers):
            if not rule_triggers.words and not rule_triggers.stems:
                raise NoTriggers(f"rule {position} has no trigger word")
            for word in rule_triggers.words:
                by_word.setdefault(word, set()).add(position)
            for stem in rule_triggers.stems:
                by_stem.setdefault(stem, set()).add(position)
        self.size = len(triggers)
        self._by_word = {w: tuple(sorted(p)) for w, p in by_word.items()}
        self._words = frozenset(self._by_word)  # set & set walks the smaller side
        # A token is looked up once, by the longest stem it starts with; that stem stands for
        # every shorter stem it starts with too.
        self._by_stem = {
            stem: tuple(
                sorted(
                    {
                        p
                        for n in range(1, len(stem) + 1)
                        if stem[:n] in by_stem
                        for p in by_stem[stem[:n]]
                    }
                )
            )
            for stem in by_stem
        }
        self._stem_lengths = sorted({len(stem) for stem in by_stem}, reverse=True)
        self._rules_of: dict[str, tuple[int, ...]] = {}

    def _longest_stem(self, token: str) -> str | None:
        """The longest stem that ``token`` begins with."""
        for length in self._stem_lengths:
            if length <= len(token) and token[:length] in self._by_stem:
                return token[:length]
        return None

    def select(self, tokens: Iterable[str]) -> list[int]:
        """Positions, in table order, of the rules whose triggers occur among ``tokens``."""
        present = set(tokens)
        chosen: set[int] = set()
        for word in present & self._words:
            chosen.update(self._by_word[word])
        for token in present:
            stem = self._longest_stem(token)
            if stem is not None:
                chosen.update(self._by_stem[stem])
        return sorted(chosen)

    def locate_tokens(self, positions: Mapping[str, list[int]]) -> dict[int, list[int]]:
        """``locate`` from each distinct token's positions (in order): the same answer, with
        the work done once per distinct token instead of once per token."""
        found: dict[int, list[list[int]]] = {}
        for token, where in positions.items():
            rules = self._rules_of.get(token)
            if rules is None:
                rules = self._rules_of_token(token)
            for rule in rules:
                have = found.get(rule)
                if have is None:
                    found[rule] = [where]
                else:
                    have.append(where)
        return {
            rule: lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))
            for rule, lists in found.items()
        }

    def _rules_of_token(self, token: str) -> tuple[int, ...]:
        """The rules with a trigger that ``token`` is or begins with (kept in ``_rules_of``)."""
        rules = self._by_word.get(token, ())
        stem = self._longest_stem(token)
        if stem is not None:
            rules = (*rules, *self._by_stem[stem])
        if len(self._rules_of) >= 50_000:
            self._rules_of.clear()
        self._rules_of[token] = rules
        return rules

    def locate(self, tokens: Sequence[str]) -> dict[int, list[int]]:
        """For each rule with a trigger among ``tokens``: the token positions of its triggers."""
        found: dict[int, list[int]] = {}
        stems: dict[str, tuple[int, ...]] = {}
        for position, token in enumerate(tokens):
            rules = self._by_word.get(token, ())
            if token not in stems:
                stem = self._longest_stem(token)
                stems[token] = () if stem is None else self._by_stem[stem]
            rules = (*rules, *stems[token])
            for rule in rules:
                found.setdefault(rule, []).append(position)
        return found


# --------------------------------------------------------------------------------------------
# Derivation
# --------------------------------------------------------------------------------------------

# Strings in the summaries are the regex's literal characters plus three markers:
_WILD = "\x02"  # any string at all (possibly empty, possibly with spaces)
_WORD_EDGE = "\x01"  # \b or the match start: a boundary next to a letter or a digit
_EDGE = "\x03"  # start or end of the text: always a boundary
_SEPARATORS = frozenset({" ", _WORD_EDGE, _EDGE})
_SEPARATOR_CHARS = "".join(sorted(_SEPARATORS))
_STOPS = (*_SEPARATOR_CHARS, _WILD)  # what ends a piece
_MARKERS = frozenset({_WILD, _WORD_EDGE, _EDGE})

#: Summaries with more strings than this give up exactness (for beginnings and ends: all info).
_CAP = 32

#: Words so common that a requirement made of them hardly ever skips a rule.
_COMMON_WORDS = (
    "i me my you your he him his she her it its we us our they them their a an the "
    "to of in on at for with from by about as into onto off out up down over and or but if "
    "so then than that this these those there here what who how when where why which "
    "is am are was were be been being do does did done have has had will would can could "
    "shall should may might must not no never just all any some every one want going get got "
    "go like know think feel make take time now really very too"
)
_COMMON = frozenset(_COMMON_WORDS.split())

# An item is a requirement that one token of the text is a word ("w", text) or starts with a
# stem ("s", text); a requirement (``_Need``) is a set of items one of which must hold.
_Item = tuple[str, str]
_Need = frozenset[_Item]


@dataclass(frozen=True)
class _Info:
    """What a regex node can match: its strings when few, else beginnings, ends and a need."""

    exact: frozenset[str] | None
    prefix: frozenset[str] = frozenset({""})
    suffix: frozenset[str] = frozenset({""})
    need: _Need | None = None


_ANYTHING = _Info(frozenset({_WILD}))
_NOTHING = _Info(frozenset({""}))


@cache
def _item_cost(item: _Item) -> float:
    """A rough chance that the item is present in a message (only speed depends on it)."""
    kind, text = item
    if text in _COMMON:
        return 5.0  # in a long message, nearly certain: worse than many rarer words
    if kind == "s" and len(text) <= 2:
        return 1.0
    cost = 0.3 if len(text) <= 2 else 0.1 if len(text) == 3 else 0.3 / len(text) ** 2
    return min(1.0, cost * 3) if kind == "s" else cost


def _need_cost(need: _Need) -> tuple[float, int, list[_Item]]:
    items = sorted(need)  # summed in one order: the same float, so the same choice, every run
    return (sum(_item_cost(i) for i in items), len(items), items)


def _best(*needs: _Need | None) -> _Need | None:
    known = [n for n in needs if n is not None]
    return min(known, key=_need_cost) if known else None


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_RUNS = re.compile("[ \x01\x03]+|[^ \x01\x03]+")


@cache
def _items(string: str) -> tuple[_Item, ...]:
    """The items one of which any text matching ``string`` holds (edges of ``string`` open)."""
    runs = _RUNS.findall(string)
    found: list[_Item] = []
    last = len(runs) - 1
    for i in range(1, last + 1):  # a piece at the very start may continue a word: no item
        piece = runs[i]
        if piece[0] in _SEPARATORS or not _bounded(runs[i - 1], piece[0]):
            continue
        if _WILD in piece:
            head = piece[: piece.index(_WILD)]
            if head:
                found.append(("s", head))
        elif i < last and _bounded(runs[i + 1], piece[-1]):
            found.append(("w", piece))
        else:
            found.append(("s", piece))
    return tuple(found)


def _bounded(separators: str, edge_char: str) -> bool:
    """Whether the separators next to a piece force a token boundary there."""
    if separators == " ":
        return True
    if " " in separators or _EDGE in separators:
        return True
    return _WORD_EDGE in separators and _is_word_char(edge_char)


def _cover(strings: Iterable[str]) -> _Need | None:
    """A need met by every string (one item of each), or None if some string has no item."""
    per_string: list[tuple[_Item, ...]] = []
    for string in sorted(strings):  # sorted: the same choice in every process
        items = _items(string)
        if not items:
            return None
        per_string.append(items)
    if not per_string:
        return None
    chosen: set[_Item] = set()
    for items in per_string:
        if chosen.isdisjoint(items):
            chosen.add(min(items, key=_item_key))
    return frozenset(chosen)


def _item_key(item: _Item) -> tuple[float, _Item]:
    return (_item_cost(item), item)


def _squash(string: str) -> str:
    """One wildcard for a run of them."""
    while _WILD + _WILD in string:
        string = string.replace(_WILD + _WILD, _WILD)
    return string


def _head(string: str) -> str:
    """The start of ``string``: separators, its first piece and what ends it (cut at a wildcard).

    A beginning is kept only as far as a word that may straddle it can reach.
    """
    body = string.lstrip(_SEPARATOR_CHARS)
    ends = [i for i in map(body.find, _STOPS) if i >= 0]
    return string[: len(string) - len(body) + min(ends) + 1] if ends else string


def _tail(string: str) -> str:
    """The end of ``string``, as :func:`_head` keeps the start."""
    return string[max(0, max(map(string.rstrip(_SEPARATOR_CHARS).rfind, _STOPS))) :]


def _capped(strings: set[str]) -> frozenset[str]:
    return frozenset(strings) if len(strings) <= _CAP else frozenset({""})


def _inexact(info: _Info) -> _Info:
    """The same node summarised by beginnings, ends and need (for combining with others)."""
    if info.exact is None:
        return info
    return _Info(
        None,
        _capped({_head(s) for s in info.exact}),
        _capped({_tail(s) for s in info.exact}),
        _cover(info.exact),
    )


def _exact(strings: set[str]) -> _Info:
    squashed = {_squash(s) if _WILD in s else s for s in strings}
    if len(squashed) <= _CAP:
        return _Info(frozenset(squashed))
    return _inexact(_Info(frozenset(squashed)))


def _edge(strings: Iterable[str], at_end: bool) -> str | None:
    """One separator that every string ends (or starts) with, if they all do.

    ``" "`` if each has a space or a text edge there, ``\\x01`` if each has at least a ``\\b``;
    standing in for the whole set, it keeps the words a neighbour's strings get bounded by.
    """
    hard = True
    for string in strings:
        edge = string[-1:] if at_end else string[:1]
        if edge not in _SEPARATORS:
            return None
        run = (
            string[len(string.rstrip(_SEPARATOR_CHARS)) :]
            if at_end
            else string[: len(string) - len(string.lstrip(_SEPARATOR_CHARS))]
        )
        hard = hard and (" " in run or _EDGE in run)
    return " " if hard else _WORD_EDGE


def _joined(lefts: frozenset[str], rights: frozenset[str]) -> list[set[str]]:
    """Stand-ins for the strings ``x + y`` at a junction, for reading the words around it.

    Each set holds, for every pair, a string whose words are words of ``x + y``: the pairs
    themselves when few, else each right string behind one separator that every left string
    ends with (or each left string before one that every right string starts with).
    """
    found: list[set[str]] = []
    left_edge, right_edge = _edge(lefts, at_end=True), _edge(rights, at_end=False)
    if left_edge is not None:
        found.append({_squash(left_edge + y) for y in rights})
    if right_edge is not None:
        found.append({_squash(x + right_edge) for x in lefts})
    if len(lefts) * len(rights) <= _CAP * 4:
        found.append({_squash(x + y) for x in lefts for y in rights})
    return found


def _concat(a: _Info, b: _Info) -> _Info:
    if a.exact is not None and b.exact is not None and len(a.exact) * len(b.exact) <= _CAP:
        return _exact({x + y for x in a.exact for y in b.exact})
    ai, bi = _inexact(a), _inexact(b)
    # words inside a or inside b are in their needs; here, the words around the junction
    junctions = [_cover(strings) for strings in _joined(ai.suffix, bi.prefix)]
    prefix = a.prefix
    if a.exact is not None:  # the beginnings of x + y, a start of b standing in if need be
        right_edge = _edge(bi.prefix, at_end=False)
        if right_edge is not None:
            prefix = _capped({_head(_squash(x + right_edge)) for x in a.exact})
        elif len(a.exact) * len(bi.prefix) <= _CAP * 4:
            prefix = _capped({_head(_squash(x + y)) for x in a.exact for y in bi.prefix})
        else:
            prefix = frozenset({""})
    suffix = b.suffix
    if b.exact is not None:
        left_edge = _edge(ai.suffix, at_end=True)
        if left_edge is not None:
            suffix = _capped({_tail(_squash(left_edge + y)) for y in b.exact})
        elif len(ai.suffix) * len(b.exact) <= _CAP * 4:
            suffix = _capped({_tail(_squash(x + y)) for x in ai.suffix for y in b.exact})
        else:
            suffix = frozenset({""})
    return _Info(None, prefix, suffix, _best(ai.need, bi.need, *junctions))


def _sequence(infos: Iterable[_Info]) -> _Info:
    result = _NOTHING
    for info in infos:
        result = _concat(result, info)
    return result


def _branch(options: Sequence[_Info]) -> _Info:
    if all(o.exact is not None for o in options):
        return _exact({s for o in options if o.exact is not None for s in o.exact})
    summaries = [_inexact(o) for o in options]
    need: _Need | None = frozenset()
    for summary in summaries:  # every option must meet the need: the union of theirs
        need = None if need is None or summary.need is None else need | summary.need
    return _Info(
        None,
        _capped({p for s in summaries for p in s.prefix}),
        _capped({p for s in summaries for p in s.suffix}),
        need,
    )


def _repeat(low: int, high: int, body: _Info) -> _Info:
    if body.exact is None:
        if low == 0:  # empty, or ending as the body's matches end
            return _exact({""} | {_WILD + end for end in body.suffix})
        return _Info(None, body.prefix, body.suffix, body.need)
    strings: set[str] = set()
    if high <= 3 and len(body.exact) ** high <= _CAP:  # every count written out
        power = {""}
        for count in range(high + 1):
            if count >= low:
                strings |= power
            power = {x + y for x in power for y in body.exact}
        return _exact(strings)
    # no body string, one, or a first and a last with anything between them
    if low == 0:
        strings.add("")
    if low <= 1:
        strings |= body.exact
    if len(body.exact) ** 2 <= _CAP:
        strings |= {x + _WILD + y for x in body.exact for y in body.exact}
    else:
        strings |= {_WILD + y for y in body.exact}
    return _exact(strings)


def _char_set(items: list[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < 8:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, a category or a wide range
            return _ANYTHING
    return _exact({_WILD if c in _MARKERS else c for c in chars})


def _summarise(pattern: Any) -> _Info:
    return _sequence(_nodes(list(pattern.data)))


def _nodes(nodes: list[tuple[Any, Any]]) -> Iterator[_Info]:
    """The summaries of a sequence of nodes, a run of literal characters as one string."""
    run: list[str] = []
    for op, av in nodes:
        if op is _sre.LITERAL:
            run.append(_WILD if chr(av) in _MARKERS else chr(av))
            continue
        if run:
            yield _Info(frozenset({"".join(run)}))
            run = []
        yield _node(op, av)
    if run:
        yield _Info(frozenset({"".join(run)}))


def _after(start: _Info, nodes: list[tuple[Any, Any]]) -> _Info:
    """``start`` followed by ``nodes``, with ``start`` carried into a leading alternation.

    ``s(a|b)c`` is ``(sa|sb)c``: each option then sees the match start before its first word.
    """
    if not nodes:
        return start
    (op, av), rest = nodes[0], nodes[1:]
    if op is _sre.BRANCH:
        options = _branch([_after(start, list(option.data)) for option in av[1]])
        return _sequence([options, *_nodes(rest)])
    if op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _after(start, list(av[3].data) + rest)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return _after(start, rest)
    return _sequence([start, *_nodes(nodes)])


def _node(op: Any, av: Any) -> _Info:
    if op is _sre.LITERAL:
        char = chr(av)
        return _Info(frozenset({_WILD if char in _MARKERS else char}))
    if op is _sre.IN:
        return _char_set(av)
    if op is _sre.AT:
        if av is _sre.AT_BOUNDARY:
            return _Info(frozenset({_WORD_EDGE}))
        if av in (_sre.AT_BEGINNING_STRING, _sre.AT_END_STRING):
            return _Info(frozenset({_EDGE}))
        return _NOTHING  # \B; ^ and $ (which can also stand next to a newline)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return _NOTHING  # zero width; what a lookaround looks at is not relied on
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & re.IGNORECASE:
            raise NoTriggers("case-insensitive groups are not supported")
        return _summarise(body)
    if op is _sre.BRANCH:
        return _branch([_summarise(option) for option in av[1]])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _POSSESSIVE_REPEAT):
        low, high, body = av
        return _repeat(low, high, _summarise(body))
    if op is _ATOMIC_GROUP:
        return _summarise(av)
    return _ANYTHING  # ANY, NOT_LITERAL, CATEGORY, group references, anything new


_POSSESSIVE_REPEAT = getattr(_sre, "POSSESSIVE_REPEAT", object())
_ATOMIC_GROUP = getattr(_sre, "ATOMIC_GROUP", object())


def derive_triggers(
    regex: re.Pattern[str], rule_id: str = "?", *, at_word_start: bool = True
) -> Triggers:
    """The trigger words of a regex, for matches that start a word (``at_word_start``, as the
    screens accept them) or for every match (``at_word_start=False``, as ``re.sub`` makes).

    Raises :class:`NoTriggers` (naming ``rule_id``) when the regex could match a text that
    holds none of the words or stems it can see: such a rule could not be prefiltered safely.
    """
    if regex.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):  # other letters, another \b
        raise NoTriggers(f"rule {rule_id}: IGNORECASE, ASCII and LOCALE are not supported")
    try:
        start = _Info(frozenset({_WORD_EDGE if at_word_start else ""}))
        info = _after(start, list(_sre.parse(regex.pattern).data))
    except NoTriggers as exc:
        raise NoTriggers(f"rule {rule_id}: {exc}") from None
    starts = info.exact if info.exact is not None else info.prefix
    need = _best(info.need, _cover(starts))
    if not need:
        raise NoTriggers(
            f"rule {rule_id}: no trigger word can be derived from {regex.pattern!r}; every "
            "match must hold a fixed word (or the fixed start of a word) that the regex "
            "spells out, so that the prefilter can never skip the rule wrongly"
        )
    stems = {text for kind, text in need if kind == "s"}
    stems = {s for s in stems if not any(s != t and s.startswith(t) for t in stems)}
    words = {text for kind, text in need if kind == "w"}
    return Triggers(  # without what a shorter stem already finds ("cares" once "care" is in)
        frozenset(w for w in words if not any(w.startswith(t) for t in stems)),
        frozenset(stems),
    )


# --------------------------------------------------------------------------------------------
# First words
# --------------------------------------------------------------------------------------------


class _NoStart(Exception):
    """The first characters of some match cannot be read off the regex."""


_TOKEN_HEAD = re.compile(r"\w+|[^\w ]")
#: A literal beginning still inside its first or second word.
_OPEN_HEAD = re.compile(r"\w+(?: \w*)?")
#: A beginning read as a word and the start of the next one ("i want"), or as a stem.
_PAIR = re.compile(r"(\w+) (\w+)")


def derive_starts(regex: re.Pattern[str]) -> frozenset[str] | None:
    """What the tokens where a match of ``regex`` can start look like, or None.

    Each item is a stem ("kill": the token begins with it) or a word and a stem ("i want": the
    token is "i" and the next one begins with "want"); one of them holds wherever a match
    starts.

    Read off the regex like the triggers: every way through it consumes a run of literal
    characters first (after zero-width assertions), read on through groups as long as it is
    inside its first or second word; cut after the second word's literal start it is an item
    (``(?:i )?(?:want|need) to`` gives "i want", "i need", "want to", "need to"; ``mak\\w+``
    gives "mak"; a character class of a few letters gives each letter). In a normalised text
    (see :func:`regular`) a match that starts a word therefore starts at a token beginning with
    one of the stems, and no match starts at a space. None when some way through the regex
    could start with something else (``\\w+``, ``.``, a wide class, a space) or match nothing.
    """
    if regex.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    try:
        runs = _first_runs(list(_sre.parse(regex.pattern).data))
    except _NoStart:
        return None
    found: set[str] = set()
    for run in runs:
        pair = _PAIR.match(run)
        head = _TOKEN_HEAD.match(run)
        if head is None:  # a space first
            return None
        found.add(pair.group() if pair else head.group())
    stems = {s for s in found if " " not in s}
    pairs = {p for p in found if " " in p}
    return frozenset(
        {s for s in stems if not any(s != t and s.startswith(t) for t in stems)}
        | {
            p
            for p in pairs
            if not any(p.startswith(t) for t in stems)
            and not any(p != q and p.startswith(q) for q in pairs)
        }
    )


def _first_runs(nodes: list[tuple[Any, Any]], lead: str = "") -> set[str]:
    """The runs of literal characters that a match of ``nodes`` can begin with, each after
    ``lead`` (what was read before ``nodes``)."""
    for i, (op, av) in enumerate(nodes):
        if op is _sre.LITERAL:
            run = [lead]
            for later, value in nodes[i:]:
                if later is not _sre.LITERAL:
                    break
                run.append(chr(value))
            head = "".join(run)
            after = nodes[i + len(run) - 1 :]
            if not after or not _OPEN_HEAD.fullmatch(head):
                return {head}
            # still inside the first word ("los(?:ing|t)", as the parser factors "losing|lost")
            # or the second ("i (?:want|need)"): read on, when what follows shows its beginnings
            try:
                runs = _first_runs(after, head)
            except _NoStart:
                return {head}
            return runs if len(runs) <= _CAP else {head}
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width
        rest = nodes[i + 1 :]
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _NoStart("flags in a group")
            return _first_runs(list(av[3].data) + rest, lead)
        if op is _ATOMIC_GROUP:
            return _first_runs(list(av.data) + rest, lead)
        if op is _sre.BRANCH:
            return {r for option in av[1] for r in _first_runs(list(option.data) + rest, lead)}
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _POSSESSIVE_REPEAT):
            low, high, body = av
            if high == 0:
                continue
            runs = _first_runs(list(body.data) + rest, lead)
            return runs | _first_runs(rest, lead) if low == 0 else runs
        if op is _sre.IN:
            chars: list[str] = []
            for item, value in av:
                if item is _sre.LITERAL:
                    chars.append(chr(value))
                elif item is _sre.RANGE and value[1] - value[0] < 8:
                    chars.extend(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    raise _NoStart("a wide class")
            return {lead + c for c in chars}
        raise _NoStart(str(op))
    if lead:
        return {lead}  # the match may end here
    raise _NoStart("can match nothing")


def regular(text: str, tokens: Sequence[str]) -> bool:
    """Whether ``text`` (split into ``tokens`` at spaces) is shaped like normalised text: tokens
    of letters and digits (``str.isalnum``) or a lone ``.`` or ``,``, one space between them.

    In such a text a match that starts a word starts at a token, and a regex that starts
    ``\\b`` plus a letter or digit can match only at a token.
    """
    if "" in tokens:  # a space at an end or two together
        return False
    if tokens.count(".") != text.count(".") or tokens.count(",") != text.count(","):
        return False  # a "." or "," inside a token
    letters = text.replace(" ", "").replace(".", "").replace(",", "")
    return not letters or letters.isalnum()
