-- The embedded store's tables (tta_server/store/sqlite.py), created IF NOT EXISTS on every open.
-- A table that exists keeps its shape: a column added to a table that has shipped also needs a
-- migration in tta_server/store/sqlite_migrations.py.
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    expires_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS tokens_account ON tokens(account_id);
CREATE TABLE IF NOT EXISTS throttles (
    key TEXT PRIMARY KEY,
    count INTEGER NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS characters (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    UNIQUE (account_id, name_key)
);
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    character_id TEXT NOT NULL,
    world_id TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    hold TEXT,
    paused TEXT
);
CREATE INDEX IF NOT EXISTS sessions_account ON sessions(account_id, created_at);
CREATE TABLE IF NOT EXISTS events (
    session_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS turns (
    session_id TEXT NOT NULL,
    turn_id TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (session_id, turn_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS worlds (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    version TEXT NOT NULL,
    doc TEXT NOT NULL,
    imported_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS world_locations (
    world_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, tags TEXT NOT NULL,
    PRIMARY KEY (world_id, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS world_exits (
    world_id TEXT NOT NULL, from_id TEXT NOT NULL, dir TEXT NOT NULL, to_id TEXT NOT NULL,
    locked INTEGER NOT NULL,
    PRIMARY KEY (world_id, from_id, dir)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS world_items (
    world_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, portable INTEGER NOT NULL,
    start TEXT NOT NULL,
    PRIMARY KEY (world_id, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS world_characters (
    world_id TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, start TEXT NOT NULL,
    PRIMARY KEY (world_id, id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS playthroughs (
    session_id TEXT PRIMARY KEY,
    world_id TEXT NOT NULL,
    world_version TEXT NOT NULL,
    state TEXT NOT NULL,
    location TEXT NOT NULL,
    version INTEGER NOT NULL,
    undo TEXT NOT NULL DEFAULT '[]',
    brief INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS alerts (
    id TEXT PRIMARY KEY,
    at REAL NOT NULL,
    account_id TEXT NOT NULL,
    username TEXT NOT NULL,
    character_id TEXT NOT NULL,
    character_name TEXT NOT NULL,
    session_id TEXT NOT NULL,
    level TEXT NOT NULL,
    category TEXT,
    reasons TEXT NOT NULL,
    text TEXT NOT NULL,
    contact_requested INTEGER NOT NULL DEFAULT 0,
    acked_by TEXT,
    acked_at REAL,
    note TEXT,
    escalated INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS alerts_at ON alerts(at);
CREATE TABLE IF NOT EXISTS actions (
    id TEXT PRIMARY KEY,
    at REAL NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    session_id TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actions_at ON actions(at);
CREATE TABLE IF NOT EXISTS playthrough_items (
    session_id TEXT NOT NULL, item_id TEXT NOT NULL,
    PRIMARY KEY (session_id, item_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS save_slots (
    session_id TEXT NOT NULL,
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    state TEXT NOT NULL,
    world_version TEXT NOT NULL,
    saved_at REAL NOT NULL,
    PRIMARY KEY (session_id, name_key)
) WITHOUT ROWID;
