"""``copy_state``: a deep copy as ``model_copy(deep=True)`` gives, for every field there is."""

from __future__ import annotations

import types
import typing

import pytest

from tta_server.world.state import Pending, WorldState, copy_state

#: The field shapes ``copy_state`` copies correctly (a one-level copy of each container).
SHAPES = {
    "str",
    "int",
    "bool",
    "str | None",
    "list[str]",
    "dict[str, str]",
    "dict[str, int]",
    "Pending | None",
}


def shape(annotation: object) -> str:
    """An annotation written as in the source: ``list[str]``, ``Pending | None``."""
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return " | ".join(shape(a) for a in args)
    if origin is not None:
        return f"{origin.__name__}[{', '.join(shape(a) for a in args)}]"
    return "None" if annotation is type(None) else getattr(annotation, "__name__", str(annotation))


@pytest.mark.parametrize("model", [WorldState, Pending])
def test_every_field_has_a_shape_the_copy_handles(model: type) -> None:
    hints = typing.get_type_hints(model)
    odd = {n: shape(hints[n]) for n in model.model_fields if shape(hints[n]) not in SHAPES}
    assert not odd, f"copy_state does not know how to copy {odd}: teach it, then add the shape"


def full_state() -> WorldState:
    return WorldState(
        world_id="w",
        location="hall",
        inventory=["key"],
        places={"key": "player"},
        whereabouts={"cat": "hall"},
        flags=["lit"],
        unlocked=["hall:north"],
        attitudes={"fenn": 2},
        steps_done=["arrive"],
        skills={"breathing": 1},
        visits={"hall": 1},
        done=["fenn:greet"],
        ended=False,
        turn=3,
        mentioned=["key"],
        asking={"fenn": "q1"},
        told=["abc"],
        pending=Pending(intent="take", target="book", choices=["a", "b"]),
    )


def test_the_copy_is_equal_and_shares_nothing_that_can_change() -> None:
    state = full_state()
    copy = copy_state(state)
    assert copy == state == state.model_copy(deep=True)
    assert copy.model_fields_set == state.model_fields_set
    for name, value in state.__dict__.items():
        if isinstance(value, list | dict | Pending):
            assert copy.__dict__[name] is not value, name
    assert copy.pending is not None and state.pending is not None
    assert copy.pending.choices is not state.pending.choices
    copy.inventory.append("lamp")
    copy.places["lamp"] = "player"
    copy.pending.choices.append("c")
    assert state == full_state()
