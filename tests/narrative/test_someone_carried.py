"""Thinking of someone the player carries is heard as such (issue 14, newcomer 27): "i think
about mum. her terrible jokes. shes going to be fine, its only a hip" at the courtyard bench
(a moment inviting remembering) was answered "You turn the thought over, but it finds no hold
here. I don't know the words 'mum', 'terrible', 'jokes' ...". Where a moment invites
remembering it is that moment; anywhere else with no one to say it to, it is acknowledged
warmly, never as words unknown."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tta_server.pipeline.play import play
from tta_server.world import new_state
from tta_server.world.vocab import Skill

_THOUGHTS = [
    "i think about my dad. he'd have loved this place",
    "thinking of my best friend tonight",
    "I remember my grandad, his awful puns",
    "i miss Tomasz",
    "just thinking about nana, she's in hospital",
]


@pytest.mark.parametrize("text", _THOUGHTS)
def test_at_the_bench_thinking_of_someone_is_remembering(text: str) -> None:
    w = world("ember_library")
    played = play(w, new_state(w).model_copy(update={"location": "courtyard"}), text)
    assert Skill.REMEMBERING in played.state.skills, text


@pytest.mark.parametrize("where", ["stacks", "foyer", "boiler-room"])
@pytest.mark.parametrize("text", _THOUGHTS)
def test_elsewhere_thinking_of_someone_is_acknowledged(where: str, text: str) -> None:
    w = world("ember_library")
    told = narrated(w, new_state(w).model_copy(update={"location": where}), text)
    assert "don't know the word" not in told and "no hold" not in told, told
    assert "you carry" in told or "someone you love" in told, told


@pytest.mark.parametrize("text", ["think about the lamp", "i remember the way back", "i miss it"])
def test_things_thought_of_are_not_people(text: str) -> None:
    w = world("ember_library")
    told = narrated(w, new_state(w).model_copy(update={"location": "stacks"}), text)
    assert "you carry" not in told and "someone you love" not in told, told
