"""The player's own keys: ``keymap.toml`` beside the client's settings (the folder of
:func:`~tta_tui.config.config_path`, ``~/.config/tta/`` by default), binding ids to keys::

    "story.map" = "f6"          # the map on F6 instead of F2
    "app.help" = "f1,ctrl+h"    # two keys for the help

Every binding of the client has an id, ``where.action`` (:func:`binding_ids` lists those of a
set of bindings); the help (F1) shows each id beside the keys in force. :func:`load_keymap`
reads the file: a missing file is an empty keymap; a broken one is never a traceback: an
unreadable or non-TOML file is ignored whole, an entry with an unknown id or a value that is
not a key is left out, and one sentence names the file, what was wrong and how to write it.
An id a binding had before it was renamed (:data:`RENAMED`) still works, for the new id, and
one sentence says so (the client writes it to its log).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path

from textual.binding import Binding, BindingType

from tta_tui.config import MAX_FILE_BYTES, config_path

KEYMAP_NAME = "keymap.toml"
KEY = re.compile(r"(?:(?:ctrl|shift|alt|super|meta)\+)*(?:f\d{1,2}|[a-z0-9_]+|[^\s,+])")
"""One key as Textual names it: "f6", "ctrl+h", "m", "question_mark", "?"."""
EXAMPLE = '"story.map" = "f6"'
RENAMED = {"form.text_next": "field.enter_next"}
"""Old binding id -> its id now (tui30 renamed Enter-to-the-next-field), so a keymap file
written before keeps working."""


def keymap_path() -> Path:
    """``keymap.toml`` beside ``client.json``."""
    return config_path().parent / KEYMAP_NAME


def binding_ids(bindings: Iterable[BindingType]) -> set[str]:
    """The ids of these bindings."""
    return {b.id for b in Binding.make_bindings(bindings) if b.id}


def _bad_keys(value: object) -> bool:
    if not isinstance(value, str) or not value.strip():
        return True
    return not all(KEY.fullmatch(part.strip()) for part in value.split(","))


def load_keymap(
    known: Iterable[str], path: Path | None = None, notes: list[str] | None = None
) -> tuple[dict[str, str], str | None]:
    """The keymap to use (binding id -> keys) and a sentence about what was wrong in the file
    (None when all is well or there is no file). A line naming a renamed id (:data:`RENAMED`)
    binds the new id (unless the file names that too) and adds a sentence to ``notes``."""
    path = path or keymap_path()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return {}, f"Ignored {path}: it is larger than {MAX_FILE_BYTES // 1024} KiB."
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        return {}, f"Ignored {path}: it could not be read ({why})."
    except tomllib.TOMLDecodeError as exc:
        return {}, (
            f"Ignored {path}: it is not TOML ({exc}). Write one line per key, like {EXAMPLE}."
        )
    known_ids = set(known)
    keymap: dict[str, str] = {}
    unknown: list[str] = []
    bad: list[str] = []
    for old_id, value in doc.items():
        binding_id = RENAMED.get(old_id, old_id)
        if binding_id != old_id and binding_id in known_ids:
            if binding_id in doc:
                continue  # the file names the new id too: that line wins
            if notes is not None:
                notes.append(
                    f'{path}: "{old_id}" is now called "{binding_id}"; its keys are used for '
                    f'"{binding_id}" (write that name to stop this note).'
                )
        if binding_id not in known_ids:
            unknown.append(binding_id)
        elif _bad_keys(value):
            bad.append(binding_id)
        else:
            assert isinstance(value, str)
            keymap[binding_id] = ",".join(part.strip() for part in value.split(","))
    return keymap, _problem(path, unknown, bad)


def _problem(path: Path, unknown: Sequence[str], bad: Sequence[str]) -> str | None:
    parts = []
    if unknown:
        parts.append("no key is called " + ", ".join(f'"{u}"' for u in unknown[:5]))
    if bad:
        parts.append(
            "not a key for "
            + ", ".join(f'"{b}"' for b in bad[:5])
            + ' (write keys like "f6", "ctrl+h" or "m", several with commas)'
        )
    if not parts:
        return None
    return (
        f"Some lines of {path} were left out: {'; '.join(parts)}. "
        f"The help (F1) lists every key's id; a line reads {EXAMPLE}."
    )
