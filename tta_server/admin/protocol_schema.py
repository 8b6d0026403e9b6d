"""``tta-admin protocol schema``: the wire protocol as a JSON Schema (draft 2020-12), generated
from its pydantic models (:mod:`tta_server.protocol.schema`), for clients in other languages.

Printed to stdout, or written to ``--out FILE``; the same code always gives the same text, so
the file can be kept in a client's repository and compared. Needs no store and no server.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from tta_server.admin.common import Options, fail
from tta_server.protocol.schema import schema_text

protocol_app = typer.Typer(no_args_is_help=True, help="Describe the wire protocol.")


@protocol_app.command("schema")
def schema(
    ctx: typer.Context,
    out_file: Annotated[
        Path | None,
        typer.Option("--out", help="Write the schema to this file instead of printing it."),
    ] = None,
) -> NoReturn:
    """Print the protocol's JSON Schema (requests, server frames, replies, event data).

    Example: `tta-admin protocol schema --out tta-protocol.schema.json`
    """
    options: Options = ctx.obj
    text = schema_text()
    if out_file is None:
        sys.stdout.write(text)
        raise typer.Exit(0)
    try:
        out_file.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"could not write {out_file}: {exc.strerror or exc}", 1, options.debug)
    raise typer.Exit(0)
