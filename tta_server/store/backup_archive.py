"""The TTA backup archive: one file, the same for both stores, checked in full before use.

A gzip-compressed tar (``.tar.gz``) of exactly two members, in this order:

1. ``tta-backup.json``, the header (:class:`Header`): ``format`` (``"tta-backup"``),
   ``format_version`` (:data:`FORMAT_VERSION`), ``store`` (``embedded`` or ``redis-neo4j``),
   ``schema_version`` (of the store when it was backed up), ``created_at`` (UTC, ISO 8601),
   ``tta_version``, ``counts`` (records by table or label), ``body`` (the second member's name),
   ``body_bytes`` and ``body_sha256``;
2. the body: ``tta.sqlite3`` for the embedded store (a copy of its SQLite file, made with
   SQLite's online backup), ``neo4j.jsonl`` for redis-neo4j (one JSON document per node, then
   per relationship: :mod:`~tta_server.store.neo4j_backup`).

:func:`read_archive` extracts the body into a folder and refuses, with :class:`BadArchive` (one
line saying what is wrong), anything that is not such an archive: not gzip, not tar, another
first member, a header that does not parse or has another format, a newer format version, a
missing, extra or truncated body, or a body whose size or SHA-256 differs from the header's.
These functions do blocking file work: call them in a thread.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

FORMAT = "tta-backup"
FORMAT_VERSION = 1
"""The archive layout this code writes and reads (a later layout gets a higher number)."""
HEADER_NAME = "tta-backup.json"
CHUNK = 1 << 20


class BadArchive(Exception):
    """The file is not a usable TTA backup; the message (one line) says why."""


class Header(BaseModel):
    """What ``tta-backup.json`` holds (see the module docstring)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["tta-backup"]
    format_version: int = Field(ge=1)
    store: Literal["embedded", "redis-neo4j"]
    schema_version: int = Field(ge=0)
    created_at: str
    tta_version: str
    counts: dict[str, int]
    body: Literal["tta.sqlite3", "neo4j.jsonl"]
    body_bytes: int = Field(ge=0)
    body_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


def sha256_of(path: Path) -> tuple[str, int]:
    """The file's SHA-256 (hex) and size."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_archive(
    dest: Path,
    body: Path,
    *,
    store: Literal["embedded", "redis-neo4j"],
    schema_version: int,
    counts: dict[str, int],
    tta_version: str,
) -> Header:
    """Write ``body`` with its header to ``dest`` (a new file, readable by its owner only:
    written beside it, then renamed into place, so a crash never leaves a half-written
    ``dest``)."""
    digest, size = sha256_of(body)
    header = Header(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        store=store,
        schema_version=schema_version,
        created_at=utc_now(),
        tta_version=tta_version,
        counts=counts,
        body="tta.sqlite3" if store == "embedded" else "neo4j.jsonl",
        body_bytes=size,
        body_sha256=digest,
    )
    raw = (header.model_dump_json(indent=2) + "\n").encode()
    partial = dest.with_name(dest.name + ".partial")
    try:
        partial.touch(mode=0o600)  # it holds password hashes and players' words
        with tarfile.open(partial, "w:gz") as tar:
            info = tarfile.TarInfo(HEADER_NAME)
            info.size = len(raw)
            info.mtime = int(datetime.now(UTC).timestamp())
            info.mode = 0o600
            tar.addfile(info, io.BytesIO(raw))
            info = tarfile.TarInfo(header.body)
            info.size = size
            info.mtime = int(datetime.now(UTC).timestamp())
            info.mode = 0o600
            with body.open("rb") as f:
                tar.addfile(info, f)
        with partial.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return header


def read_archive(path: Path, folder: Path) -> tuple[Header, Path]:
    """Check the archive at ``path`` in full and extract its body into ``folder``: the header
    and the body's path. Raises :class:`BadArchive`."""
    if not path.is_file():
        raise BadArchive(f"{path} is not a file")
    try:
        with tarfile.open(path, "r:gz") as tar:
            return _read(tar, path, folder)
    except BadArchive:
        raise
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        why = " ".join(str(exc).split()) or type(exc).__name__
        if isinstance(exc, EOFError) or "truncated" in why or "unexpected end" in why:
            raise BadArchive(f"{path} is truncated or damaged ({why})") from None
        raise BadArchive(f"{path} is not a TTA backup: not a readable tar.gz ({why})") from None


def _read(tar: tarfile.TarFile, path: Path, folder: Path) -> tuple[Header, Path]:
    first = tar.next()
    if first is None or first.name != HEADER_NAME or not first.isfile():
        raise BadArchive(
            f"{path} is not a TTA backup: its first member is "
            f"{first.name if first else 'missing'!r}, not {HEADER_NAME}"
        )
    if first.size > CHUNK:
        raise BadArchive(f"{path} has a damaged header: {first.size} bytes")
    header = _header(path, _member_bytes(tar, first))
    body = tar.next()
    if body is None:
        raise BadArchive(f"{path} is truncated: the body {header.body} is missing")
    if body.name != header.body or not body.isfile():
        raise BadArchive(f"{path} is damaged: its body is {body.name!r}, not {header.body!r}")
    out = folder / header.body
    digest = hashlib.sha256()
    size = 0
    source = tar.extractfile(body)
    if source is None:
        raise BadArchive(f"{path} is damaged: its body cannot be read")
    with out.open("wb") as f:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            f.write(chunk)
    if size != header.body_bytes or digest.hexdigest() != header.body_sha256:
        raise BadArchive(
            f"{path} is damaged: its body ({size} bytes) does not match the checksum in its "
            f"header ({header.body_bytes} bytes)"
        )
    extra = tar.next()
    if extra is not None:
        raise BadArchive(f"{path} is not a TTA backup: it holds an unexpected {extra.name!r}")
    return header, out


def _member_bytes(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    f = tar.extractfile(member)
    if f is None:
        raise BadArchive(f"{HEADER_NAME} cannot be read")
    return f.read()


def _header(path: Path, raw: bytes) -> Header:
    try:
        data = json.loads(raw)
    except ValueError:
        raise BadArchive(f"{path} has a damaged header: {HEADER_NAME} is not JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadArchive(f"{path} is not a TTA backup: its header is not a {FORMAT} header")
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise BadArchive(
            f"{path} was made by a later TTA (backup format {version}; this TTA reads "
            f"format {FORMAT_VERSION}): restore it with that version or newer"
        )
    try:
        return Header.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "header"
        raise BadArchive(f"{path} has a damaged header: {where}: {first['msg']}") from None
