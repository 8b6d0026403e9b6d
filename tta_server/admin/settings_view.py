"""``tta-admin settings``: the settings a server started with the same options would use.

Read exactly as ``tta-server`` reads them (flags, ``TTA_*`` variables, the TOML file, the
``*_file`` secrets), and printed for a person: secrets as ``**********``, a password in a URL as
``***``. A bad setting exits 2 with one line naming it, as ``tta-server`` would.
"""

from __future__ import annotations

from typing import Annotated, NoReturn

import typer
from rich.markup import escape

from tta_server.admin.common import Options, fail, out, print_json
from tta_server.settings import SettingsError


def settings(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON object.")] = False,
) -> NoReturn:
    """Show the settings in effect (secrets hidden); exit 2 if one is invalid.

    Example: `TTA_CONFIG=/etc/tta/tta.toml tta-admin settings`
    """
    options: Options = ctx.obj
    try:
        shown = options.settings().shown()
    except SettingsError as exc:
        fail(str(exc), 2, options.debug)
    if as_json:
        print_json(shown)
    else:
        console = out()
        for name, value in shown.items():
            console.print(f"{name} = {escape(str(value))}")
    raise typer.Exit(0)
