"""TTA server: the terminal therapeutic text adventure."""

from __future__ import annotations

from functools import cache

DISTRIBUTION = "tta"
"""The distribution (pyproject.toml's ``name``) that installs all three packages."""


@cache
def version() -> str:
    """TTA's version, from the installed distribution's metadata, so that pyproject.toml's
    ``version`` is its one source. Looked up on first use, not at import: the terminal client
    loads this package (for the protocol) and seldom needs the version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(DISTRIBUTION)
    except PackageNotFoundError:  # a source tree on sys.path that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    """``tta_server.__version__``, read on first use (see :func:`version`)."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
