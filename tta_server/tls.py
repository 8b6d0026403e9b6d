"""TLS for the server's own port (``tls_cert`` / ``tls_key``) and for the admin CLI's client.

With both settings set, ``tta-server`` serves ``wss://`` and ``https://`` (``/healthz``,
``/readyz``, ``/metrics``) on its one port; without them, ``ws://`` and ``http://``.
:func:`check_certificate` and :func:`check_key` are what the settings run at start-up, so a bad
path, a file that is not PEM, an encrypted key or a key that does not match the certificate
stops the server with one line naming the setting; :func:`server_context` builds the context
the listener uses. The files are read once, at start-up: a renewed certificate takes effect at
the next (rolling) restart.

:func:`client_context` is how ``tta-admin`` trusts a server: the system's trust store, or a
CA file given with ``--ca-file``. (The terminal client has its own, in ``tta_tui.net.tls``:
it imports nothing of the server but the protocol.)
"""

from __future__ import annotations

import ssl
from pathlib import Path

from tta_server.text_files import read_text

PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----"


class _Encrypted(Exception):
    """The private key needs a passphrase (we never prompt for one)."""


def _no_passphrase() -> bytes:
    raise _Encrypted


def _readable(path: Path) -> str:
    """The file's text; ValueError (a sentence's end) when it cannot be read as text."""
    return read_text(path, encoding="ascii", not_text="is not a PEM file (binary content)")


def check_certificate(path: Path) -> None:
    """Raise ValueError unless ``path`` is a readable PEM file of certificates."""
    if PEM_CERTIFICATE not in _readable(path):
        raise ValueError(f"{path} holds no PEM certificate ({PEM_CERTIFICATE} ...)")
    try:
        ssl.create_default_context().load_verify_locations(cafile=str(path))
    except ssl.SSLError:
        raise ValueError(f"{path} holds a damaged PEM certificate") from None


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    """A server context for the certificate chain ``cert`` and its private ``key`` (PEM, not
    encrypted); TLS 1.2 or newer. Raises ValueError naming what is wrong with the key."""
    _readable(key)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(str(cert), str(key), password=_no_passphrase)
    except _Encrypted:
        raise ValueError(
            f"{key} is encrypted with a passphrase; give the server an unencrypted key "
            "(readable only by its user)"
        ) from None
    except ssl.SSLError as exc:
        if "KEY_VALUES_MISMATCH" in str(exc) or "key values mismatch" in str(exc):
            raise ValueError(f"{key} is not the private key of the certificate {cert}") from None
        raise ValueError(f"{key} is not a PEM private key") from None
    return context


def check_key(cert: Path | None, key: Path | None) -> None:
    """Raise ValueError unless the two settings are both unset, or name a key that matches."""
    if cert is None and key is None:
        return
    if cert is None:
        raise ValueError("tls_key is set but tls_cert is not: set both, or neither")
    if key is None:
        raise ValueError("tls_cert is set but tls_key is not: set both, or neither")
    server_context(cert, key)


def client_context(ca_file: Path | None) -> ssl.SSLContext:
    """A client context that checks the server's certificate and host name against the
    system's trust store, or against ``ca_file`` (PEM) only. Raises ValueError when
    ``ca_file`` cannot be used."""
    if ca_file is None:
        return ssl.create_default_context()
    check_certificate(ca_file)
    return ssl.create_default_context(cafile=str(ca_file))
