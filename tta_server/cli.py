"""``tta-server``: run the TTA WebSocket server.

Flags override ``TTA_*`` environment variables, which override the TOML config file
(see :mod:`tta_server.settings`). A bad setting prints one line naming it and exits with 2.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from tta_server import __version__
from tta_server.logsetup import configure
from tta_server.safety.resources import ResourcesError
from tta_server.settings import SettingsError, StoreKind, load_settings
from tta_server.store.data_lock import DataFolderInUse
from tta_server.store.schema import SchemaError


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tta-server",
        description="Run the TTA server (WebSocket protocol plus /healthz, /readyz, /metrics).",
    )
    p.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port to listen on (default 8765; 0 = any free)")
    p.add_argument(
        "--store",
        choices=[k.value for k in StoreKind],
        help="embedded (SQLite, default) or redis-neo4j",
    )
    p.add_argument("--data-dir", type=Path, help="directory of the embedded store's SQLite file")
    p.add_argument(
        "--tls-cert",
        type=Path,
        metavar="PEM",
        help="certificate chain file: serve wss:// and https:// (with --tls-key)",
    )
    p.add_argument("--tls-key", type=Path, metavar="PEM", help="the certificate's private key file")
    p.add_argument("--config", type=Path, help="TOML settings file (default config/tta.toml)")
    p.add_argument(
        "--worlds-dir",
        type=Path,
        help="directory of world files (*.toml) to offer (default: the worlds shipped with TTA)",
    )
    p.add_argument("--log-format", choices=["text", "json"], help="log lines as text or JSON")
    p.add_argument("--version", action="version", version=f"tta-server {__version__}")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(
            host=args.host,
            port=args.port,
            store=args.store,
            data_dir=args.data_dir,
            tls_cert=args.tls_cert,
            tls_key=args.tls_key,
            config_file=args.config,
            worlds_dir=args.worlds_dir,
            log_format=args.log_format,
        )
    except SettingsError as exc:
        print(f"tta-server: {exc}", file=sys.stderr)
        return 2
    configure(settings.log_format, settings.log_level)
    from tta_server.app import run_forever

    try:
        asyncio.run(run_forever(settings))
    except OSError as exc:
        print(f"tta-server: cannot start: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except DataFolderInUse as exc:
        print(f"tta-server: cannot start: {exc}", file=sys.stderr)
        return 1
    except SchemaError as exc:  # restarting would not help: exit 2, as for a bad setting
        print(f"tta-server: cannot start: {exc}", file=sys.stderr)
        return 2
    except ResourcesError as exc:
        for problem in exc.problems:
            print(f"tta-server: {settings.crisis_resources().name}: {problem}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
