"""TTA's terminal client (Textual): the player's app (:mod:`tta_tui.app`, command ``tta``) and
the facilitator console (:mod:`tta_tui.facilitate`, ``tta facilitate``). It speaks to a server
only through :class:`tta_tui.net.Link` and imports nothing of the server but its protocol package
(``tta_server.protocol``)."""

from __future__ import annotations

DISTRIBUTION = "tta"
"""The distribution (pyproject.toml's ``name``) that installs the client."""


def version() -> str:
    """The client's version, from the installed distribution's metadata (pyproject.toml's
    ``version`` is its one source)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:  # a source tree on sys.path that was never installed
        return "0+unknown"
