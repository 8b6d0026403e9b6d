"""The engine on the tiny world: every intent's success and failure paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.world.tiny import TINY
from tta_server.world import (
    MESSAGES,
    Action,
    DeltaKind,
    Outcome,
    World,
    WorldState,
    apply,
    context,
    load_world,
    new_state,
    scope,
)


def act(world: World, state: WorldState, *action: str | None) -> Outcome:
    """Apply an action and check the engine's promises: input untouched; failures change nothing
    but the parser's memory of what was named ("take biscuit" refused, then "eat it")."""
    before = state.model_dump()
    padded = (*action, None, None, None)[:4]
    out = apply(world, state, (str(padded[0]), padded[1], padded[2], padded[3]))
    assert state.model_dump() == before
    assert out.message_key in MESSAGES
    assert out.message()
    if not out.ok:
        assert out.state.model_dump(exclude={"mentioned"}) == {
            k: v for k, v in before.items() if k != "mentioned"
        }
        assert not out.changed and not out.delta
    else:
        assert out.state.turn == state.turn + 1
    return out


def run(world: World, state: WorldState, *actions: tuple[str | None, ...]) -> WorldState:
    """Apply actions that must all succeed; the final state."""
    for action in actions:
        out = act(world, state, *action)
        assert out.ok, (action, out.message_key, out.facts)
        state = out.state
    return state


def kinds(out: Outcome) -> list[tuple[str, str]]:
    return [(d.kind.value, d.subject) for d in out.delta]


@pytest.fixture
def start(tiny: World) -> WorldState:
    return new_state(tiny)


@pytest.fixture
def in_hut(tiny: World, start: WorldState) -> WorldState:
    return run(tiny, start, ("go", "e"))


@pytest.fixture
def with_key(tiny: World, start: WorldState) -> WorldState:
    return run(
        tiny,
        start,
        ("take", "stone"),
        ("go", "e"),
        ("give", "stone", "keeper"),
        ("talk", "keeper", None, "could I borrow the key?"),
        ("take", "matches"),
        ("go", "w"),
    )


# -- state ----------------------------------------------------------------------------------------
def test_new_state_is_json_and_round_trips(tiny: World, start: WorldState) -> None:
    assert start.location == "yard"
    assert start.attitudes == {"keeper": 0}
    assert start.visits == {"yard": 1}
    text = json.dumps(start.model_dump(mode="json"))
    assert WorldState.model_validate(json.loads(text)) == start


def test_action_accepts_named_tuples_and_is_case_blind(tiny: World, start: WorldState) -> None:
    assert apply(tiny, start, Action("GO", "e")).ok
    assert apply(tiny, start, Action(" Go ", "east")).state.location == "hut"


# -- go -------------------------------------------------------------------------------------------
def test_go_moves_and_reports_first_visits(tiny: World, start: WorldState) -> None:
    out = act(tiny, start, "go", "e")
    assert out.ok and out.changed
    assert out.state.location == "hut"
    assert out.facts["first_visit"] is True
    assert kinds(out) == [("moved", "player")]
    back = act(tiny, out.state, "go", "west")
    assert back.facts["first_visit"] is False
    assert back.state.visits == {"yard": 2, "hut": 1}


def test_go_by_destination_id(tiny: World, start: WorldState) -> None:
    assert act(tiny, start, "go", "hut").state.location == "hut"


def test_go_failures(tiny: World, start: WorldState) -> None:
    assert act(tiny, start, "go").message_key == "go.where"
    assert act(tiny, start, "go", "s").message_key == "go.no_exit"
    locked = act(tiny, start, "go", "n")
    assert locked.message_key == "go.blocked"
    assert locked.facts["text"] == "The gate is locked. Perhaps the keeper has a key."
    foggy = act(tiny, start, "go", "w")
    assert foggy.facts["text"] == "The fog is too thick."


# -- look, examine --------------------------------------------------------------------------------
def test_look(tiny: World, start: WorldState) -> None:
    out = act(tiny, start, "look")
    assert out.ok and not out.changed
    assert out.facts == {"location": "yard", "location_name": "The Yard"}


def test_examine_items_characters_and_places(tiny: World, in_hut: WorldState) -> None:
    out = act(tiny, in_hut, "examine", "matches")
    assert out.facts["description"] == "Dry matches."
    keeper = act(tiny, in_hut, "examine", "keeper")
    assert keeper.facts["mood"] == "neutral"
    assert keeper.state.mentioned == ["keeper"]
    assert act(tiny, in_hut, "examine", "brass-key").ok  # held by someone here: visible
    assert act(tiny, in_hut, "examine").message_key == "look.ok"
    assert act(tiny, in_hut, "examine", "lamp").message_key == "examine.not_here"
    assert act(tiny, in_hut, "examine", "unicorn").message_key == "examine.not_here"


# -- take, drop -----------------------------------------------------------------------------------
def test_take_and_drop(tiny: World, start: WorldState) -> None:
    took = act(tiny, start, "take", "stone")
    assert took.ok and took.changed
    assert took.state.inventory == ["stone"]
    assert kinds(took) == [("item", "stone")]
    assert act(tiny, took.state, "take", "stone").message_key == "take.already_held"
    moved = run(tiny, took.state, ("go", "e"))
    dropped = act(tiny, moved, "drop", "stone")
    assert dropped.state.inventory == []
    assert dropped.state.places == {"stone": "hut"}
    assert act(tiny, dropped.state, "drop", "stone").message_key == "drop.not_held"
    back = act(tiny, run(tiny, dropped.state, ("take", "stone"), ("go", "w")), "drop", "stone")
    assert back.state.places == {}  # back where the world file put it


def test_take_failures(tiny: World, start: WorldState, in_hut: WorldState) -> None:
    assert act(tiny, start, "take").message_key == "take.what"
    assert act(tiny, start, "take", "matches").message_key == "take.not_here"
    assert act(tiny, start, "take", "nothing-such").message_key == "take.not_here"
    theirs = act(tiny, in_hut, "take", "brass-key")
    assert theirs.message_key == "take.theirs"
    assert theirs.facts["holder_name"] == "the keeper"
    fixed = act(tiny, in_hut, "take", "box")
    assert fixed.message_key == "take.fixed"
    assert "text" not in fixed.facts  # no authored line: the narrator says it


# -- open, use ------------------------------------------------------------------------------------
def test_open_an_item_runs_its_use_once(tiny: World, in_hut: WorldState) -> None:
    first = act(tiny, in_hut, "open", "box")
    assert first.facts["text"] == "Inside the box is a shell."
    assert first.state.places["shell"] == "hut"
    again = act(tiny, first.state, "open", "box")
    assert again.ok and not again.changed
    assert again.facts["text"] == "The box is empty now."
    assert again.facts["repeat"] is True


def test_open_a_locked_gate_needs_its_key(tiny: World, start: WorldState) -> None:
    shut = act(tiny, start, "open", "gate")
    assert shut.message_key == "open.locked"
    assert shut.facts["text"] == "The gate is locked. Perhaps the keeper has a key."
    assert act(tiny, start, "open", "e").message_key == "open.already_open"
    assert act(tiny, start, "open", "w").message_key == "open.blocked"
    assert act(tiny, start, "open", "chimney").message_key == "open.nothing"
    # an item with no "open" use (or scenery) is looked at instead
    assert act(tiny, start, "open", "stone").message_key == "examine.ok"


def test_open_with_the_key_unlocks(tiny: World, with_key: WorldState) -> None:
    out = act(tiny, with_key, "open")  # the one locked exit here
    assert out.ok and out.facts["text"] == "The key turns."
    assert out.state.unlocked == ["yard:n"]
    assert kinds(out) == [("unlocked", "yard:n")]
    assert act(tiny, out.state, "go", "n").state.location == "tower"


def test_use_key_on_exit_or_alone(tiny: World, with_key: WorldState) -> None:
    assert act(tiny, with_key, "use", "brass-key", "gate").state.unlocked == ["yard:n"]
    assert act(tiny, with_key, "use", "brass-key").state.unlocked == ["yard:n"]


def test_use_with_a_second_object(tiny: World, with_key: WorldState) -> None:
    tower = run(tiny, with_key, ("open", "gate"), ("go", "n"))
    out = act(tiny, tower, "use", "matches", "lamp")
    assert "lamp-lit" in out.state.flags
    assert ("skill", "slow_breathing") in kinds(out)
    reverse = act(tiny, tower, "use", "lamp", "matches")  # written the other way round
    assert "lamp-lit" in reverse.state.flags


def test_use_failures(tiny: World, start: WorldState, in_hut: WorldState) -> None:
    assert act(tiny, start, "use", "matches").message_key == "use.not_here"
    assert act(tiny, start, "use", "stone").message_key == "use.nothing"
    assert act(tiny, start, "use", "stone", "unicorn").message_key == "use.not_here"
    assert act(tiny, in_hut, "use", "matches").message_key == "use.nothing"  # needs the lamp
    keyless = run(tiny, start, ("take", "stone"))
    assert act(tiny, keyless, "use", "stone", "gate").message_key == "open.locked"


# -- world verbs ----------------------------------------------------------------------------------
def test_a_world_verb_practises_a_skill_and_advances_the_arc(
    tiny: World, start: WorldState
) -> None:
    out = act(tiny, start, "count")
    assert out.ok and out.facts["interaction"] == "verb:count"
    assert kinds(out) == [("flag_set", "fog-gone"), ("skill", "grounding"), ("step", "clear-fog")]
    assert out.state.steps_done == ["clear-fog"]
    again = act(tiny, out.state, "notice")  # an alias: the same moment, so effects and skill once
    assert again.ok and kinds(again) == []
    assert again.state.skills == {"grounding": 1}
    assert act(tiny, out.state, "go", "w").state.location == "shore"


def test_item_verbs(tiny: World, with_key: WorldState) -> None:
    tower = run(tiny, with_key, ("open", "gate"), ("go", "n"))
    assert act(tiny, tower, "light", "lamp").facts["text"].startswith("You breathe in")
    assert act(tiny, tower, "light").ok  # one lamp in reach
    bare = run(tiny, tower, ("drop", "matches"))  # on the floor, not in hand
    blocked = act(tiny, bare, "light", "lamp")
    assert blocked.message_key == "verb.blocked"
    assert blocked.facts["text"] == "You need something to light it with."


def test_verb_failures(tiny: World, start: WorldState, in_hut: WorldState) -> None:
    assert act(tiny, start, "dance").message_key == "verb.unknown"
    assert act(tiny, in_hut, "count").message_key == "verb.unknown"  # only in the yard
    assert act(tiny, start, "light", "lamp").message_key == "use.not_here"
    lit = act(tiny, start, "light", "stone")  # "light" is an everyday verb: a default reply
    assert (lit.ok, lit.message_key) == (False, "act.refused")
    assert lit.message() == "The smooth stone isn't something you can light."
    assert act(tiny, in_hut, "count", "keeper").message_key == "verb.unknown"


# -- talk, give -----------------------------------------------------------------------------------
def test_talk_picks_topics_in_order_then_the_default(tiny: World, in_hut: WorldState) -> None:
    first = act(tiny, in_hut, "talk")  # the only person here
    assert first.facts["topic"] == "fog"  # "key" is not ready yet
    second = act(tiny, first.state, "talk", "keeper")
    assert second.message_key == "talk.default"
    assert second.facts["text"] == "The keeper smiles and pours more tea."


def test_talk_by_keyword_or_topic_id(tiny: World, in_hut: WorldState) -> None:
    blocked = act(tiny, in_hut, "talk", "keeper", None, "what about the gate?")
    assert blocked.message_key == "talk.blocked"
    assert blocked.facts["text"] == "The keeper looks at you for a long moment. Not yet."
    assert act(tiny, in_hut, "talk", "keeper", "fog").facts["topic"] == "fog"
    chat = act(tiny, in_hut, "talk", "keeper", None, "nice weather")
    assert chat.facts["topic"] == "fog"  # words that match nothing: the keeper brings up
    assert chat.facts["offtopic"] is True  # what is new, saying it is not an answer
    new = act(tiny, in_hut, "talk", "keeper", None, "talk to")  # no words of one's own:
    assert new.facts["topic"] == "fog" and "offtopic" not in new.facts  # what is new
    partial = act(tiny, new.state, "talk", "keeper", None, "a foggy day, a keyhole")
    assert partial.message_key == "talk.default"  # keywords match whole words only, and
    assert partial.facts["lines"][0] == partial.facts["text"]  # "key" is a practice moment
    assert act(tiny, in_hut, "talk", "keeper", None, "FOG?").facts["topic"] == "fog"


def test_messages_never_show_template_holes(tiny: World, start: WorldState) -> None:
    out = Outcome(state=start, ok=True, changed=False, message_key="take.ok")
    assert out.message() == "You take that."


def test_talk_failures(tiny: World, start: WorldState) -> None:
    assert act(tiny, start, "talk").message_key == "talk.nobody"
    absent = act(tiny, start, "talk", "keeper")  # the keeper is in the hut, not the yard
    assert absent.message_key == "talk.absent" and absent.message() == "the keeper isn't here."


def test_gifts_change_attitude_and_open_topics(tiny: World, start: WorldState) -> None:
    held = run(tiny, start, ("take", "stone"), ("go", "e"))
    gave = act(tiny, held, "give", "stone", "keeper")
    assert gave.state.places["stone"] == "keeper"
    assert gave.state.attitudes == {"keeper": 1}
    assert kinds(gave) == [("item", "stone"), ("attitude", "keeper")]
    asked = act(tiny, gave.state, "talk", "keeper", None, "the key, please")
    assert asked.state.inventory == ["brass-key"]
    assert asked.state.skills == {"asking_for_help": 1}


def test_give_failures(tiny: World, start: WorldState) -> None:
    assert act(tiny, start, "give", "stone", "keeper").message_key == "give.not_held"
    held = run(tiny, start, ("take", "stone"))
    assert act(tiny, held, "give", "stone").message_key == "give.nobody"
    in_hut = run(tiny, start, ("go", "e"), ("take", "matches"))
    declined = act(tiny, in_hut, "give", "matches", "keeper")
    assert declined.message_key == "give.declined"
    assert declined.facts["text"] == "The keeper shakes her head: keep it."


def test_reaction_verbs(tiny: World, in_hut: WorldState) -> None:
    out = act(tiny, in_hut, "thank", "keeper")
    assert out.facts["text"] == "The keeper nods."
    assert act(tiny, in_hut, "thank", "stone").message_key == "use.not_here"


# -- inventory, help, wait ------------------------------------------------------------------------
def test_inventory(tiny: World, start: WorldState) -> None:
    assert act(tiny, start, "inventory").message_key == "inventory.empty"
    held = run(tiny, start, ("take", "stone"))
    out = act(tiny, held, "inventory")
    assert out.facts == {"items": ["stone"], "names": "a smooth stone"}
    assert out.message() == "You are carrying: a smooth stone."


def test_help_gives_the_current_hint_and_the_guide(tiny: World, start: WorldState) -> None:
    out = act(tiny, start, "help")
    assert out.facts["hint"] == "Try counting what you notice."
    assert out.facts["guide_name"] == "the keeper"
    later = act(tiny, run(tiny, start, ("count",)), "help")
    assert later.facts["hint"] == "The lamp is in the tower."


def test_wait(tiny: World, start: WorldState) -> None:
    out = act(tiny, start, "wait")
    assert out.ok and not out.changed


# -- the arc and its ending -----------------------------------------------------------------------
def test_the_arc_ends(tiny: World, with_key: WorldState) -> None:
    state = run(tiny, with_key, ("count",), ("open", "gate"), ("go", "n"))
    out = act(tiny, state, "light", "lamp")
    assert kinds(out)[-2:] == [("step", "light-lamp"), ("ending", "ending")]
    assert out.delta[-1].text == "The light sweeps the sea."
    assert out.state.ended
    assert context(tiny, out.state).arc.ended


def test_steps_complete_in_whatever_order_they_are_done(tiny: World, with_key: WorldState) -> None:
    lit = run(tiny, with_key, ("open", "gate"), ("go", "n"), ("light", "lamp"))
    assert lit.steps_done == ["light-lamp"] and not lit.ended  # counted, the fog step still to do
    done = run(tiny, lit, ("go", "s"), ("count",))
    assert done.steps_done == ["light-lamp", "clear-fog"] and done.ended


# -- scope and context ----------------------------------------------------------------------------
def test_scope_lists_what_can_be_named(tiny: World, start: WorldState) -> None:
    sc = scope(tiny, start)
    assert [i.id for i in sc.items_here] == ["stone"]
    assert sc.items_here[0].aliases == ["stone", "pebble"]
    assert [(e.dir, e.open) for e in sc.exits] == [("n", False), ("e", True), ("w", False)]
    assert sc.exits[0].door == "iron gate"
    assert [(v.verb, v.aliases) for v in sc.verbs] == [("count", ["notice"])]
    hut = scope(tiny, run(tiny, start, ("go", "e")))
    assert [c.id for c in hut.characters] == ["keeper"]
    assert [i.id for i in hut.items_with_characters] == ["brass-key"]
    assert [(t.character, t.id) for t in hut.topics] == [("keeper", "fog")]
    assert {v.verb: v.targets for v in hut.verbs} == {"thank": ["keeper"]}
    assert "go" in hut.intents


def test_context_tells_the_narrator_enough(tiny: World, start: WorldState) -> None:
    ctx = context(tiny, start)
    assert ctx.location.descriptions == ["A small yard.", "A yard of packed earth."]
    assert ctx.location.first_visit == "The fog presses close."
    assert ctx.location.notes == []
    assert [i.beat for i in ctx.invitations] == ["count-fog"]
    assert ctx.arc.done == 0 and ctx.arc.total == 2 and ctx.arc.current_title == "Clear the fog"
    later = context(tiny, run(tiny, start, ("count",), ("go", "e"), ("go", "w")))
    assert later.location.first_visit is None
    assert later.location.notes == ["The fog has gone."]
    assert later.invitations == []
    assert later.skills == {"grounding": 1}
    assert later.exits[2].open
    hut = context(tiny, run(tiny, start, ("go", "e")))
    assert [(c.id, c.mood, c.guide) for c in hut.characters] == [("keeper", "neutral", True)]
    shore = context(tiny, run(tiny, start, ("count",), ("go", "w")))
    assert shore.location.tags == ["deep water"]


def test_deltas_are_json(tiny: World, start: WorldState) -> None:
    out = act(tiny, start, "count")
    data = json.loads(out.model_dump_json())
    assert data["delta"][0] == {
        "kind": "flag_set",
        "subject": "fog-gone",
        "value": None,
        "text": None,
    }
    assert DeltaKind.ENDING.value == "ending"


# -- variations on the tiny world ------------------------------------------------------------------
def variant(tmp_path: Path, old: str, new: str) -> World:
    assert old in TINY
    path = tmp_path / "variant.toml"
    path.write_text(TINY.replace(old, new, 1), encoding="utf-8")
    return load_world(path)


def test_characters_can_move(tmp_path: Path) -> None:
    world = variant(
        tmp_path,
        'text = "The keeper nods."',
        'text = "The keeper nods."\neffects = [{ move_character = "keeper", to = "yard" }]',
    )
    hut = run(world, new_state(world), ("go", "e"))
    out = act(world, hut, "thank", "keeper")
    assert kinds(out) == [("moved", "keeper")]
    assert out.state.whereabouts == {"keeper": "yard"}
    assert scope(world, out.state).characters == []
    yard = run(world, out.state, ("go", "w"))
    assert [c.id for c in scope(world, yard).characters] == ["keeper"]
    assert act(world, yard, "talk").facts["character"] == "keeper"


def test_a_verb_written_for_a_place_wins_over_an_everywhere_verb(tmp_path: Path) -> None:
    world = variant(
        tmp_path,
        "[[verbs]]",
        '[[verbs]]\nid = "count-anywhere"\nverb = "count"\ntext = "Ten fingers, still."\n\n'
        "[[verbs]]",
    )
    state = new_state(world)
    assert act(world, state, "count").facts["interaction"] == "verb:count"
    hut = run(world, state, ("go", "e"))
    assert act(world, hut, "count").facts["text"] == "Ten fingers, still."


def test_reconcile_fits_a_saved_state_to_a_changed_world(tiny: World, start: WorldState) -> None:
    from tta_server.world.state import reconcile

    assert reconcile(tiny, start) == start  # a state that fits comes back equal
    stale = start.model_copy(
        update={
            "location": "gone-room",
            "inventory": ["brass-key", "gone-item"],
            "places": {"gone-item": "player", "brass-key": "player"},
            "attitudes": {"gone-person": 3},
            "visits": {"gone-room": 2, "yard": 1},
            "steps_done": ["gone-step"],
            "mentioned": ["gone-item", "keeper"],
        }
    )
    fitted = reconcile(tiny, stale)
    assert fitted.location == tiny.meta.start
    assert fitted.inventory == ["brass-key"] and "gone-item" not in fitted.places
    assert set(fitted.attitudes) == {c.id for c in tiny.characters}
    assert (
        fitted.visits == {"yard": 1} and fitted.steps_done == [] and fitted.mentioned == ["keeper"]
    )


def test_a_second_object_must_be_in_reach() -> None:
    """Found by the solver: "fill the lamp with the oil can" worked with the can left behind in
    the oil store; the can must be held or lie here."""
    from tests.narrative.scenes import world

    w = world("lantern_coast")
    far = new_state(w).model_copy(update={"location": "lamp-room"})
    out = apply(w, far, Action("fill", "great-lamp", "oil-can"))
    assert not out.ok and out.message_key == "use.not_here"
    assert "lamp-filled" not in out.state.flags
    held = far.model_copy(update={"inventory": ["oil-can"], "places": {"oil-can": "player"}})
    assert apply(w, held, Action("fill", "great-lamp", "oil-can")).ok
