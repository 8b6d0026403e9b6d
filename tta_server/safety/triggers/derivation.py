"""A rule's trigger words read off its regex (:func:`derive_triggers`); see the package
docstring for the guarantee and how the words are found."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from tta_server.safety.triggers.index import NoTriggers, Triggers
from tta_server.safety.triggers.regex_tree import ATOMIC_GROUP, CAP, POSSESSIVE_REPEAT, sre

# Strings in the summaries are the regex's literal characters plus three markers:
_WILD = "\x02"  # any string at all (possibly empty, possibly with spaces)
_WORD_EDGE = "\x01"  # \b or the match start: a boundary next to a letter or a digit
_EDGE = "\x03"  # start or end of the text: always a boundary
_SEPARATORS = frozenset({" ", _WORD_EDGE, _EDGE})
_SEPARATOR_CHARS = "".join(sorted(_SEPARATORS))
_STOPS = (*_SEPARATOR_CHARS, _WILD)  # what ends a piece
_MARKERS = frozenset({_WILD, _WORD_EDGE, _EDGE})

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
    return frozenset(strings) if len(strings) <= CAP else frozenset({""})


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
    if len(squashed) <= CAP:
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
    if len(lefts) * len(rights) <= CAP * 4:
        found.append({_squash(x + y) for x in lefts for y in rights})
    return found


def _concat(a: _Info, b: _Info) -> _Info:
    if a.exact is not None and b.exact is not None and len(a.exact) * len(b.exact) <= CAP:
        return _exact({x + y for x in a.exact for y in b.exact})
    ai, bi = _inexact(a), _inexact(b)
    # words inside a or inside b are in their needs; here, the words around the junction
    junctions = [_cover(strings) for strings in _joined(ai.suffix, bi.prefix)]
    prefix = a.prefix
    if a.exact is not None:  # the beginnings of x + y, a start of b standing in if need be
        right_edge = _edge(bi.prefix, at_end=False)
        if right_edge is not None:
            prefix = _capped({_head(_squash(x + right_edge)) for x in a.exact})
        elif len(a.exact) * len(bi.prefix) <= CAP * 4:
            prefix = _capped({_head(_squash(x + y)) for x in a.exact for y in bi.prefix})
        else:
            prefix = frozenset({""})
    suffix = b.suffix
    if b.exact is not None:
        left_edge = _edge(ai.suffix, at_end=True)
        if left_edge is not None:
            suffix = _capped({_tail(_squash(left_edge + y)) for y in b.exact})
        elif len(ai.suffix) * len(b.exact) <= CAP * 4:
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
    if high <= 3 and len(body.exact) ** high <= CAP:  # every count written out
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
    if len(body.exact) ** 2 <= CAP:
        strings |= {x + _WILD + y for x in body.exact for y in body.exact}
    else:
        strings |= {_WILD + y for y in body.exact}
    return _exact(strings)


def _char_set(items: list[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 8:
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
        if op is sre.LITERAL:
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
    if op is sre.BRANCH:
        options = _branch([_after(start, list(option.data)) for option in av[1]])
        return _sequence([options, *_nodes(rest)])
    if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _after(start, list(av[3].data) + rest)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _after(start, rest)
    return _sequence([start, *_nodes(nodes)])


def _node(op: Any, av: Any) -> _Info:
    if op is sre.LITERAL:
        char = chr(av)
        return _Info(frozenset({_WILD if char in _MARKERS else char}))
    if op is sre.IN:
        return _char_set(av)
    if op is sre.AT:
        if av is sre.AT_BOUNDARY:
            return _Info(frozenset({_WORD_EDGE}))
        if av in (sre.AT_BEGINNING_STRING, sre.AT_END_STRING):
            return _Info(frozenset({_EDGE}))
        return _NOTHING  # \B; ^ and $ (which can also stand next to a newline)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _NOTHING  # zero width; what a lookaround looks at is not relied on
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & re.IGNORECASE:
            raise NoTriggers("case-insensitive groups are not supported")
        return _summarise(body)
    if op is sre.BRANCH:
        return _branch([_summarise(option) for option in av[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, POSSESSIVE_REPEAT):
        low, high, body = av
        return _repeat(low, high, _summarise(body))
    if op is ATOMIC_GROUP:
        return _summarise(av)
    return _ANYTHING  # ANY, NOT_LITERAL, CATEGORY, group references, anything new


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
        info = _after(start, list(sre.parse(regex.pattern).data))
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
