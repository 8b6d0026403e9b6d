"""The triggers of one rule (:class:`Triggers`) and of a whole rule table (:class:`TriggerIndex`),
which answers, from the set of tokens of a text, which rules can possibly match it (one set
intersection for the words, one per stem length for the stems)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain


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
        """Positions, in table order, of the rules whose triggers occur among ``tokens``. Each
        distinct token's rules are looked up once and kept (``_rules_of``, as ``locate_tokens``
        does): a turn screens the same words many times."""
        chosen: set[int] = set()
        rules_of = self._rules_of
        for token in set(tokens):
            rules = rules_of.get(token)
            if rules is None:
                rules = self._rules_of_token(token)
            chosen.update(rules)
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
