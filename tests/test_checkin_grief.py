"""The check-in panel spares grief told by a player who chose "Coping with grief" (newcomer 36,
play corpus 32: a widower who chose the goal got the panel each time he spoke of his wife, "I
shouldn't get a phone number every time I do it"). Grief alone only, on the real screen's
verdicts; anything else in the words, and every crisis, keeps the panel. And tea drunk as a
command the world carried out is not read as drinking (he got the panel for pouring the tea
Bastian offered)."""

from __future__ import annotations

import pytest

from tta_server.checkin_panel import Turn, grief_only, spared
from tta_server.safety import Level, classify

GRIEF = [
    "I lost my wife Jean in March. I couldnt say her name for weeks either",
    "my husband died last spring and i still set two cups out",
]
#: Grief and something more: sleep lost for weeks, a wish to join her.
GRIEF_AND_MORE = [
    "my wife died in march and i havent slept properly in weeks",
]
GRIEF_CRISIS = ["my wife died in march and i want to be with her, i have the pills ready"]

PLAIN_TURN = Turn(answered=False, commands=False)


@pytest.mark.parametrize("text", GRIEF)
def test_grief_alone_is_spared_for_a_player_who_chose_the_goal(text: str) -> None:
    verdict = classify(text)
    assert grief_only(verdict), verdict
    assert spared(text, verdict, Turn(answered=False, commands=False, grief_chosen=True))


@pytest.mark.parametrize("text", GRIEF)
def test_without_the_goal_grief_keeps_the_panel(text: str) -> None:
    assert not spared(text, classify(text), PLAIN_TURN)


@pytest.mark.parametrize("text", GRIEF_AND_MORE)
def test_grief_with_anything_more_keeps_the_panel(text: str) -> None:
    verdict = classify(text)
    assert verdict.level is Level.CONCERN and not grief_only(verdict), verdict
    assert not spared(text, verdict, Turn(answered=False, commands=False, grief_chosen=True))


@pytest.mark.parametrize("text", GRIEF_CRISIS)
def test_a_crisis_is_never_spared(text: str) -> None:
    verdict = classify(text)
    assert verdict.level is Level.CRISIS
    assert not grief_only(verdict)
    assert not spared(text, verdict, Turn(answered=False, commands=False, grief_chosen=True))


@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        ("Pour myself a cup of tea and drink it", True),  # newcomer 36, offered tea: no panel
        ("i drink every night just to get to sleep", False),  # alcohol: the panel stays
    ],
)
def test_tea_drunk_as_a_command_is_not_read_as_drinking(text: str, quiet: bool) -> None:
    verdict = classify(text)
    assert verdict.level is Level.CONCERN
    assert spared(text, verdict, Turn(answered=False, commands=True)) is quiet
