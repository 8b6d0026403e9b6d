"""Words not understood in the middle of a conversation, said in the story's voice.

Newcomer 13 asked Ilse "so what happened? with the fire" just after she had warmed to them and
was told "I know the word 'fire', but not 'what' or 'happened'": parser talk at the story's most
tender moment. :func:`waiting_line` is what is said instead while someone here is being spoken
with: they wait, and what was understood of the words is offered back as a way to ask ("Ilse
waits. You could ask her about the fire."), never a list of unknown words.
"""

from __future__ import annotations

from tta_server.pipeline.clauses import normalise
from tta_server.world.engine import WorldState
from tta_server.world.schema import Character, World
from tta_server.world.views import addressees, is_animal

_OBJECT = {"she/her": "her", "he/him": "him", "they/them": "them"}


def waiting_line(world: World, state: WorldState, text: str) -> str | None:
    """The line for words not understood while a person here is being spoken with (the last
    one mentioned lately, or one whose question is open); None when no one is."""
    people = addressees(world, state)
    if not people or is_animal(people[0]):
        return None
    ch = people[0]
    if ch.id not in state.asking and ch.id not in state.mentioned:
        return None
    first = ch.name.split()[0]
    topic = _topic_word(ch, normalise(text))
    if topic is None:
        return f"{first} waits, not sure what you mean."
    return f"{first} waits. You could ask {_OBJECT[ch.pronouns]} about {topic}."


def _topic_word(ch: Character, norm: str) -> str | None:
    """A keyword of one of the character's topics the words name ("the fire"), as typed."""
    padded = f" {norm} "
    for topic in ch.topics:
        for key in topic.keywords:
            if " " not in key and len(key) > 3 and f" {key} " in padded:
                return f"the {key}" if f" the {key} " in padded else key
    return None
