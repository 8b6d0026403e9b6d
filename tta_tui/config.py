"""The client's remembered settings, and the character form's unfinished draft.

They are small JSON files in one directory, the user's config folder for ``tta`` as platformdirs
names it (``$XDG_CONFIG_HOME/tta/``, default ``~/.config/tta/``, on Linux): ``client.json``
(:class:`ClientConfig`), ``character-draft.json``, ``devices.json`` and ``users.json`` (and
``keymap.toml``, the player's own keys: tta_tui/keymap.py). ``character-draft.json`` keeps each
account's unfinished character form apart (keyed by user name and server, like the device
tokens), so nobody sees another person's draft. The environment variable
``TTA_CLIENT_CONFIG`` names another ``client.json``; the others then live beside it. No password
and no login token is stored. ``devices.json`` keeps the device token each server gave each user
name that logged in here: presented at the next login, it lets this device past login throttles
that other people's failed guesses set off. It cannot log anyone in (the password is still
needed); the file is readable by its owner only, like every file written here.

The last user name that logged in is remembered per server, not per Unix account
(:class:`RememberedName`): ``users.json`` keyed by server URL, and for ``tta play`` a file in
that server's own data directory (``last-user.json``), so people who share one account but play
in their own data folders never see each other's names. ``remember_username: false`` in
``client.json`` (or ``tta --no-remember``) fills in and keeps no name at all.

A missing file gives the defaults. A broken one (not JSON, wrong fields, a bad URL) is ignored:
:func:`load_config` returns the defaults and a warning sentence to show, never a traceback.
Files are written whole to a temporary file and renamed, so a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from platformdirs import user_config_path

CONFIG_ENV = "TTA_CLIENT_CONFIG"
"""Environment variable naming the config file (tests point it into a temporary directory)."""
CONFIG_NAME = "client.json"
DRAFT_NAME = "character-draft.json"
DEVICES_NAME = "devices.json"
USERS_NAME = "users.json"
"""The last user name per server URL (:class:`RememberedName`)."""
LOCAL_USER_NAME = "last-user.json"
"""The last user name of a ``tta play`` server, in its data directory."""
MAX_USERS = 20
"""At most this many servers' names are remembered (the oldest is forgotten first)."""
MAX_DEVICES = 50
"""At most this many remembered device tokens (the oldest is forgotten first)."""
DEFAULT_SERVER = "ws://127.0.0.1:8765"
MAX_SERVERS = 10
"""At most this many remembered servers."""
MAX_FILE_BYTES = 256 * 1024
"""A config or draft file larger than this is ignored as broken."""
URL_EXAMPLE = "ws:// or wss:// URL expected, like ws://127.0.0.1:8765"


def check_url(url: str) -> str | None:
    """What is wrong with a server URL, as a sentence a person can act on; None when it is fine."""
    if not isinstance(url, str) or not url.strip():
        return f"The server address is empty; {URL_EXAMPLE}."
    if url != url.strip() or any(c.isspace() for c in url):
        return f"{url} contains spaces; {URL_EXAMPLE}."
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return f"{url} has a port that is not a number from 1 to 65535; {URL_EXAMPLE}."
    if parts.scheme not in ("ws", "wss"):
        return f"{url} is not a WebSocket address; {URL_EXAMPLE}."
    if not parts.hostname:
        return f"{url} names no host; {URL_EXAMPLE}."
    if port == 0:
        return f"{url} has port 0 (use the port the server printed); {URL_EXAMPLE}."
    if parts.username or parts.password:
        return f"{url} contains a user name or password (leave them out); {URL_EXAMPLE}."
    if parts.fragment:
        return f"{url} has a #fragment, which a WebSocket address cannot have; {URL_EXAMPLE}."
    return None


THEMES = ("dark", "light", "high-contrast")
"""The looks ``theme`` may name (tta_tui/linked.py's ``THEMES``)."""


@dataclass
class ClientConfig:
    """What the client remembers between runs.

    A dataclass read by :meth:`from_doc`, not a pydantic model: this module loads before the
    first frame, and pydantic's import alone was about a fifth of the client's start-up CPU
    (docs/performance.md); the protocol's models load after the login screen is drawn."""

    servers: list[str] = field(default_factory=lambda: [DEFAULT_SERVER])
    """Servers to try, in order (1 to :data:`MAX_SERVERS`)."""
    remember_username: bool = True
    """Fill in the last user name that logged in to this server (:class:`RememberedName`);
    false on a computer several people share under one account."""
    plain: bool = False
    """Plain mode: no animations, ASCII borders, screen-reader friendly."""
    theme: str = "dark"
    """The colours (chosen from the command palette, Ctrl+P); NO_COLOR and plain mode still
    take the colour away."""
    side_panel: bool | None = None
    """The story's side panel as F3 last left it: true beside the story, false folded into
    the status lines above it; null (never pressed): by the terminal's width."""

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> ClientConfig:
        """The settings in ``doc`` (other members are ignored, missing ones take their
        default); ValueError "member: what is wrong" for the first member that is not right."""
        cfg = cls()
        if "servers" in doc:
            servers = doc["servers"]
            if not isinstance(servers, list) or not 1 <= len(servers) <= MAX_SERVERS:
                raise ValueError(f"servers: a list of 1 to {MAX_SERVERS} server addresses")
            for url in servers:
                problem = check_url(url)
                if problem is not None:
                    raise ValueError(f"servers: {problem}")
            cfg.servers = list(servers)
        for name in ("remember_username", "plain"):
            if name in doc:
                if not isinstance(doc[name], bool):
                    raise ValueError(f"{name}: true or false")
                setattr(cfg, name, doc[name])
        if "side_panel" in doc:
            if doc["side_panel"] is not None and not isinstance(doc["side_panel"], bool):
                raise ValueError("side_panel: true, false or null")
            cfg.side_panel = doc["side_panel"]
        if "theme" in doc:
            if doc["theme"] not in THEMES:
                raise ValueError(f"theme: one of {', '.join(THEMES)}")
            cfg.theme = doc["theme"]
        return cfg

    def to_doc(self) -> dict[str, Any]:
        """The settings as ``client.json`` keeps them."""
        return asdict(self)


def config_path() -> Path:
    """``$TTA_CLIENT_CONFIG``, else ``client.json`` in the user's config folder for ``tta``
    (platformdirs: ``$XDG_CONFIG_HOME/tta/``, else ``~/.config/tta/``, on Linux)."""
    explicit = os.environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    return user_config_path("tta", appauthor=False) / CONFIG_NAME


def load_config(path: Path | None = None) -> tuple[ClientConfig, str | None]:
    """The remembered settings and a warning (None when all is well).

    A missing file gives the defaults without a warning; a broken one gives the defaults and
    a sentence naming the file and what is wrong with it."""
    path = path or config_path()
    doc, problem = _read_json(path)
    if problem is not None:
        return ClientConfig(), f"Ignored the settings in {path}: {problem} Using the defaults."
    if doc is None:
        return ClientConfig(), None
    try:
        return ClientConfig.from_doc(doc), None
    except ValueError as exc:
        why = str(exc).rstrip(".")
        return ClientConfig(), f"Ignored the settings in {path}: {why}. Using the defaults."


def save_config(cfg: ClientConfig, path: Path | None = None) -> Path:
    """Write the settings (creating the directory); returns the file written."""
    path = path or config_path()
    _write_json(path, cfg.to_doc())
    return path


def draft_path() -> Path:
    """The character form's drafts: ``character-draft.json`` beside the config file."""
    return config_path().parent / DRAFT_NAME


def draft_owner(server: str, username: str) -> str:
    """Whose draft: one account on one server (people sharing a Unix account, a clinic's PC or
    a shared SSH login, each see only their own unfinished character)."""
    return _device_key(server, username)


def save_draft(owner: str, doc: dict[str, Any]) -> None:
    """Keep ``owner``'s unfinished character form (any JSON object) until the next run."""
    path = draft_path()
    kept = _drafts(path)
    kept.pop(owner, None)
    kept[owner] = doc
    _write_json(path, dict(list(kept.items())[-MAX_USERS:]))


def load_draft(owner: str) -> dict[str, Any] | None:
    """``owner``'s saved draft, or None when there is none or the file cannot be read."""
    return _drafts(draft_path()).get(owner)


def clear_draft(owner: str) -> None:
    """Forget ``owner``'s draft (once the character is created); the others stay."""
    path = draft_path()
    kept = _drafts(path)
    if kept.pop(owner, None) is None:
        return
    if kept:
        _write_json(path, kept)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _drafts(path: Path) -> dict[str, dict[str, Any]]:
    doc, problem = _read_json(path)
    if problem is not None or not isinstance(doc, dict):
        return {}
    return {k: v for k, v in doc.items() if " at " in k and isinstance(v, dict)}


def _device_key(server: str, username: str) -> str:
    return f"{username.casefold()} at {server}"


def load_device(server: str, username: str) -> str | None:
    """The device token ``server`` gave ``username`` on this device, if one is remembered."""
    doc, problem = _read_json(config_path().parent / DEVICES_NAME)
    token = doc.get(_device_key(server, username)) if doc and problem is None else None
    return token if isinstance(token, str) and 0 < len(token) <= 256 else None


def save_device(server: str, username: str, token: str) -> None:
    """Remember a device token (the newest last; at most :data:`MAX_DEVICES`)."""
    path = config_path().parent / DEVICES_NAME
    doc, problem = _read_json(path)
    kept = {k: v for k, v in (doc or {}).items() if isinstance(v, str)} if not problem else {}
    key = _device_key(server, username)
    kept.pop(key, None)
    kept[key] = token
    _write_json(path, dict(list(kept.items())[-MAX_DEVICES:]))


class RememberedName:
    """The last user name that logged in to one server: ``key`` in the JSON file ``path``.

    :meth:`for_servers` keeps it in ``users.json`` beside the settings, keyed by the first
    server's URL; :meth:`in_data_dir` in a ``tta play`` server's data directory (its port
    changes every run). A file that cannot be read remembers nothing; nothing here raises but
    :class:`OSError` on writing."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self.key = key

    @classmethod
    def for_servers(cls, urls: list[str]) -> RememberedName:
        """The name remembered for the first of ``urls``."""
        return cls(config_path().parent / USERS_NAME, urls[0])

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> RememberedName:
        """The name remembered for the local server keeping its stories in ``data_dir``."""
        return cls(Path(data_dir).expanduser() / LOCAL_USER_NAME, "local")

    def load(self) -> str | None:
        """The remembered name, or None."""
        doc, problem = _read_json(self.path)
        name = doc.get(self.key) if doc and problem is None else None
        return name if isinstance(name, str) and 0 < len(name) <= 64 else None

    def save(self, username: str) -> None:
        """Remember ``username`` (the newest last; at most :data:`MAX_USERS` servers)."""
        kept = self._others()
        kept[self.key] = username
        _write_json(self.path, dict(list(kept.items())[-MAX_USERS:]))

    def forget(self) -> None:
        """Remember no name for this server (the file stays for the others)."""
        if self.load() is not None:
            _write_json(self.path, self._others())

    def _others(self) -> dict[str, str]:
        doc, problem = _read_json(self.path)
        kept = {k: v for k, v in (doc or {}).items() if isinstance(v, str)} if not problem else {}
        kept.pop(self.key, None)
        return kept


def _read_json(path: Path) -> tuple[Any, str | None]:
    """(document, None), (None, None) when the file is missing, or (None, problem)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, f"the file is larger than {MAX_FILE_BYTES // 1024} KiB."
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, None
    except UnicodeDecodeError:
        return None, "the file is not UTF-8 text."
    except OSError as exc:
        return None, f"it could not be read ({exc.strerror or 'read error'})."
    try:
        doc = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        return None, f"it is not valid JSON{f' (line {line})' if line else ''}."
    if not isinstance(doc, dict):
        return None, "it should hold a JSON object."
    return doc, None


def _write_json(path: Path, doc: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when writing (about 20 ms of imports the first frame need not wait for)

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
