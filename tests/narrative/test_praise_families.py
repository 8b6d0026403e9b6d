"""Praise and trust lines vary as families (issue 14's newcomers: "Juno trusts you, and doesn't
mind that it shows" = Pip's line; "getting the hang of this" four times): when every wording of
a family was said lately, the one said last time is never said again next."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.narrative.scenes import MARA, world
from tta_server.narrative import phrases as P
from tta_server.narrative.base import Scene
from tta_server.narrative.told import prints_of
from tta_server.narrative.writer import Writer
from tta_server.pipeline.play import play
from tta_server.world import new_state


@pytest.mark.parametrize(
    "table",
    [P.ATTITUDE["trusting"], P.GOAL_LINES[""]["gentle"], P.TAKEN_BACK_TO, P.GUIDE_PRAISE],
)
def test_a_family_told_lately_is_never_said_twice_in_a_row(table: tuple[str, ...]) -> None:
    w = world()
    played = play(w, new_state(w), "look")
    scene = Scene(world=w, persona=MARA, context=played.context, steps=played.steps, text="look")
    keys = {"first": "Rue"}
    every = [Writer(scene, 0).say((x,), **keys) for x in table]
    told = [" ".join(prints_of(every))]  # each wording said lately
    for last in every:
        for attempt in range(len(table) * 3):
            again = replace(scene, told=told, previous=f"Something first. {last}")
            assert Writer(again, attempt).say(table, **keys) != last


def test_more_than_two_wordings_in_each_praise_family() -> None:
    assert len(P.GUIDE_PRAISE) >= 6 and len(P.STEP_ASIDE) >= 6
    assert all(len(v) >= 3 for v in P.GOAL_LINES[""].values())
