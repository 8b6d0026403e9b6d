"""What the tokens where a rule's matches start look like, read off its regex
(:func:`derive_starts`), so that a long text is searched at those tokens only."""

from __future__ import annotations

import re
from typing import Any

from tta_server.safety.triggers.regex_tree import ATOMIC_GROUP, CAP, POSSESSIVE_REPEAT, sre


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
        runs = _first_runs(list(sre.parse(regex.pattern).data))
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
        if op is sre.LITERAL:
            run = [lead]
            for later, value in nodes[i:]:
                if later is not sre.LITERAL:
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
            return runs if len(runs) <= CAP else {head}
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        rest = nodes[i + 1 :]
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _NoStart("flags in a group")
            return _first_runs(list(av[3].data) + rest, lead)
        if op is ATOMIC_GROUP:
            return _first_runs(list(av.data) + rest, lead)
        if op is sre.BRANCH:
            return {r for option in av[1] for r in _first_runs(list(option.data) + rest, lead)}
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, POSSESSIVE_REPEAT):
            low, high, body = av
            if high == 0:
                continue
            runs = _first_runs(list(body.data) + rest, lead)
            return runs | _first_runs(rest, lead) if low == 0 else runs
        if op is sre.IN:
            chars: list[str] = []
            for item, value in av:
                if item is sre.LITERAL:
                    chars.append(chr(value))
                elif item is sre.RANGE and value[1] - value[0] < 8:
                    chars.extend(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    raise _NoStart("a wide class")
            return {lead + c for c in chars}
        raise _NoStart(str(op))
    if lead:
        return {lead}  # the match may end here
    raise _NoStart("can match nothing")
