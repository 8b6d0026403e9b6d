"""What a character's own line invites, they answer (issue 14, newcomer 21 n=31-32): Maren
said "Ask me about the light. I know about the light.", and asked about the light had nothing
to add (her topic about it opens only once she has been helped; before that "light" found her
hello, told already). In every shipped world, each subject a line of a character's invites
("ask me about the light, or the boats, or Pip") is a keyword of a topic of theirs that
answers whenever asked (no ``when``, or an ``otherwise`` in their words), and no topic of
theirs about it is shut without a word."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import WORLDS, world
from tta_server.world.schema import Character, Topic

#: "Ask me about the light, or the boats, or Pip": the subjects after "ask me about".
_INVITES = re.compile(r"\bask me about ([a-z' ]+(?:(?:,| or|, or) [a-z' ]+)*)", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an|my|our)\s+", re.IGNORECASE)


#: What a character's own line claims to know (issue 14, newcomer 22: Bastian "could talk
#: about bindings all night", then "No idea" asked about bindings): "could talk about X", "know
#: a lot about X", "X is my trade", and an "Or X." after an invitation.
_CLAIMS = re.compile(
    r"\b(?:could talk about|can talk about|could go on about|know (?:a lot|plenty|all|a thing or"
    r" two) about|ask me anything about)\s+([a-z' ]+?)(?=\s+(?:all night|all day|for hours|for"
    r" days)\b|\s*[.,;:!?'\"]|$)"
    r"|\b([a-z']+(?: [a-z']+)?) (?:is|are) my trade\b"
    r"|\bask me about [^.]*\.\s+or ([a-z' ]+?)\s*[.!?]",
    re.IGNORECASE,
)


def invited(line: str) -> list[str]:
    """The subjects a line invites the player to ask about, or claims to know about, lower
    case, without articles."""
    found = []
    for m in _INVITES.finditer(line):
        for part in re.split(r",\s*or\s+|,\s*|\s+or\s+", m.group(1)):
            words = _ARTICLE.sub("", part.strip().lower())
            if words and not words.startswith(("something", "anything", "if ")):
                found.append(words)
    for m in _CLAIMS.finditer(line):
        words = _ARTICLE.sub("", next(g for g in m.groups() if g).strip().lower())
        if words and not words.startswith(("something", "anything", "it", "that")):
            found.append(words)
    return found


def _lines(ch: Character) -> list[str]:
    said = [ch.default, *ch.fallbacks, *ch.asides, *ch.quiet]
    said += [x for t in ch.topics for x in (t.text, t.again, t.otherwise) if x]
    for later in ch.later:
        said += [x for x in (later.default, *(later.fallbacks or [])) if x]
    return said


def _keyed(topic: Topic, subject: str) -> bool:
    return any(k.lower() == subject or k.lower() in subject.split() for k in topic.keywords)


def _invitations() -> list[tuple[str, str, str]]:
    return [
        (path.stem, ch.id, subject)
        for path in sorted(WORLDS.glob("*.toml"))
        for ch in world(path.stem).characters
        for line in _lines(ch)
        for subject in invited(line)
    ]


def test_the_check_finds_invitations() -> None:
    assert invited("'Ask me about the light, or the boats, or Pip. Those I know.'") == [
        "light",
        "boats",
        "pip",
    ]
    assert ("lantern_coast", "rue", "boats") in _invitations()
    said = "'Ask me about the fire, or Ilse. Or bindings. I could talk about bindings all night.'"
    assert invited(said) == ["fire", "ilse", "bindings", "bindings"]
    trade = "Knots are my trade, and I know a lot about tides."
    assert sorted(invited(trade)) == ["knots", "tides"]


@pytest.mark.parametrize(("name", "who", "subject"), _invitations())
def test_a_subject_a_character_invites_is_one_they_answer(
    name: str, who: str, subject: str
) -> None:
    ch = world(name).character(who)
    assert ch is not None
    keyed = [t for t in ch.topics if _keyed(t, subject)]
    assert any(not t.when or t.otherwise for t in keyed), (who, subject, [t.id for t in keyed])
    shut = [t.id for t in keyed if t.when and not t.otherwise]
    assert not shut, f"{who} invites {subject!r}, but {shut} opens later without a word"
