"""Plain game commands are never flagged by the screen (docs/safety.md, "Round 10").

Round 9's retrain flagged plain commands ("take everything", "ring it again") as concern: the
n-gram model alone, on a message of two or three words where one word it had seen in risk
messages outweighed the rest. This generates commands from both shipped worlds (every verb the
parser or a world knows, with every item and piece of scenery of that world, and the short
forms "VERB it", "VERB it again", "take everything") and holds the screen to no flag at all on
them. The worlds are read live, so a new item or verb is covered as soon as it is written."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from tta_server.protocol.intents import Intent
from tta_server.safety import Level, classify

WORLDS = sorted(
    (Path(__file__).resolve().parents[2] / "tta_server" / "data" / "worlds").glob("*.toml")
)

#: Intents that take no object (or are talk, screened as talk elsewhere).
NO_OBJECT = {
    "unknown",
    "inventory",
    "help",
    "wait",
    "talk",
    "go",
    "look",
    "thank",
    "apologise",
    "assist",
}

#: Leading words of item and scenery names that a player leaves out ("a tin of storm matches").
LEAD = re.compile(r"^(?:the|an?)(?: (?:pair|piece|can|tin|flask|sprig|paper twist) of)? ")


def commands() -> list[str]:
    out: list[str] = []
    for path in WORLDS:
        world = tomllib.loads(path.read_text(encoding="utf-8"))
        verbs = {i.value for i in Intent if i.value not in NO_OBJECT}
        verbs |= {use["verb"] for item in world["items"] for use in item.get("uses", [])}
        verbs |= {v["verb"] for v in world.get("verbs", [])}
        things = sorted(
            {LEAD.sub("", t["name"].lower()) for t in [*world["items"], *world["scenery"]]}
        )
        for verb in sorted(verbs):
            out += [f"{verb} the {thing}" for thing in things]
            out += [f"{verb} it", f"{verb} it again"]
        out += [f"go back to the {thing} and sleep" for thing in things]
    out += ["take everything", "take all", "drop everything", "search everything"]
    return list(dict.fromkeys(out))


def test_hundreds_of_plain_commands_from_both_worlds_are_never_flagged() -> None:
    texts = commands()
    assert len(WORLDS) >= 2 and len(texts) >= 500
    flagged = [(t, classify(t).reasons) for t in texts if classify(t).level is not Level.NONE]
    assert not flagged, flagged


def test_the_pronoun_gate_keeps_risk_verbs_and_longer_text_for_the_model() -> None:
    """Only the parser's everyday verbs with nothing but a pronoun after them skip the model."""
    from tta_server.safety.classifier import _pronoun_command

    assert _pronoun_command("take everything") and _pronoun_command("ring it again")
    for text in ["cut it again", "end it all", "i will do it again", "take all the pills"]:
        assert not _pronoun_command(text), text
    assert classify("end it all").level is Level.CRISIS


def test_chains_of_moves_are_never_flagged() -> None:
    """Directions typed in a row (newcomer 11's "e, e, e" was concern at 0.93, the model's):
    every chain of two to five moves, abbreviated or in words, with commas or "then"."""
    ways = ["n", "s", "e", "w", "u", "d", "ne", "sw", "north", "east", "up", "down", "in"]
    chains = [", ".join([w] * k) for w in ways for k in (2, 3, 5)]
    chains += [f"{a} then {b}" for a in ways for b in ways] + [
        f"go {a} and {b}" for a in ways[:6] for b in ways[6:]
    ]
    # in IF shorthand, sentences of one move each (newcomer 26's "out. e" was concern at 0.87)
    chains += [". ".join([a, b]) for a in ways for b in ways] + ["out. e", "in; n. n", "u. out."]
    flagged = [(t, classify(t).reasons) for t in chains if classify(t).level is not Level.NONE]
    assert not flagged, flagged


def test_the_ways_gate_lets_anything_else_through_to_the_model() -> None:
    from tta_server.safety.classifier import _ways_only

    assert _ways_only("e , e , e") and _ways_only("go north and east")
    assert _ways_only("out . e") and _ways_only("n . n ; w")
    for text in [
        "e",
        "north then jump",
        "out . jump",
        "down . down . end it",
        "go east and end it",
        "go in and take the pills",
    ]:
        assert not _ways_only(text), text
