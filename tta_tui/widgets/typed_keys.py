"""Keys act on the field they were typed in, however fast they come.

Textual hands a key to the widget with the focus, but a key the widget does not take itself
(an arrow, Backspace, Delete, Space on a checkbox) then travels up to the app, one message queue
at a time, and only there is it matched to a binding: of the widget that has the focus *then*.
Typed in one burst, a priority key read meanwhile (Tab, Enter in a text box) has moved the focus
on, so the key acted on the wrong field or on none. Newcomer 19 typed Tab, Left (for he/him),
Tab and their appearance in one go: the Left reached the app after the second Tab, and the
pronouns stayed they/them. :class:`KeysWhereTyped` matches such a key at once, in the widget
that received it, against its own bindings and then its ancestors' up to the screen (what
Textual would have matched had the focus stayed); a key none of them binds goes on up as before.

:func:`bindings_of` is the one place the client reads Textual's binding maps, which Textual
(8.2) keeps private: tests/tui/test_typed_keys.py holds it to Textual's public
``Screen.active_bindings``, so a Textual that changes them fails there.
"""

from __future__ import annotations

from textual import events
from textual.binding import BindingsMap
from textual.dom import DOMNode
from textual.widget import Widget


def bindings_of(node: DOMNode) -> BindingsMap:
    """The bindings of ``node`` itself (its class's and those bound since), with the app's
    keymap (the player's keymap.toml) applied: what Textual matches a key against at ``node``
    when it is on the focus chain."""
    bindings = node._bindings.copy()
    keymap = node.app._keymap
    if keymap:
        bindings.apply_keymap(keymap)
    return bindings


async def bind_where_typed(widget: Widget, event: events.Key) -> bool:
    """Run the first binding for ``event`` of ``widget`` or an ancestor up to its screen (a key a
    widget below takes as typing is never an ancestor's); True when one ran."""
    below: list[Widget] = []
    for node in widget.ancestors_with_self:
        if not isinstance(node, Widget):
            break  # the app: its own bindings do not depend on the focus
        if not any(n.check_consume_key(event.key, event.character) for n in below):
            for binding in bindings_of(node).key_to_bindings.get(event.key, ()):
                if not binding.priority and await widget.app.run_action(binding.action, node):
                    return True
        if node is widget.screen:
            break
        below.append(node)
    return False


class KeysWhereTyped(Widget):
    """Mix in after a widget class (``class Field(Input, KeysWhereTyped)``, so the widget
    keeps its CSS type): keys it does not take are bound where they were typed (see the
    module)."""

    async def handle_key(self, event: events.Key) -> bool:
        if await super().handle_key(event):
            return True
        if await bind_where_typed(self, event):
            event.stop()
            event.prevent_default()
            return True
        return False
