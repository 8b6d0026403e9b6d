"""Which servers the client trusts over ``wss://``: the system's trust store, or one CA file.

``tta --ca-file PATH`` (a PEM file of the certificate authority that signed the server's
certificate, e.g. a clinic's own CA or a test CA) calls :func:`use_ca_file` once, before anything
connects; every ``wss://`` connection the process opens then checks the server's certificate
and host name against that file only. Without it, the system's trust store is used. ``ws://``
connections use no TLS. A certificate that does not check out fails the connection with a
sentence (:func:`tta_tui.net.errors.describe_failure`), never a traceback.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from urllib.parse import urlsplit

_trusted: ssl.SSLContext | None = None
"""The context every wss:// connection uses; None until first needed (the system's store)."""


def use_ca_file(path: Path | None) -> None:
    """Trust only the CA certificates in ``path`` (PEM) from now on; None: the system's store.

    Raises ValueError with a sentence when the file cannot be used."""
    global _trusted
    if path is None:
        _trusted = None
        return
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise ValueError(f"The CA file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError):
        raise ValueError(f"The CA file {path} cannot be read as a PEM file.") from None
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise ValueError(f"The CA file {path} holds no PEM certificate.") from None
    try:
        _trusted = ssl.create_default_context(cafile=str(path))
    except ssl.SSLError:
        raise ValueError(f"The CA file {path} holds a damaged certificate.") from None


def ssl_for(url: str) -> ssl.SSLContext | None:
    """The TLS context to open ``url`` with: None for ``ws://``."""
    global _trusted
    if urlsplit(url).scheme != "wss":
        return None
    if _trusted is None:
        _trusted = ssl.create_default_context()
    return _trusted
