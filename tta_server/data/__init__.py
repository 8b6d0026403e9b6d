"""Data shipped inside the package, read with :mod:`importlib.resources` so that it is found
however TTA is installed (a wheel, an editable install, a source checkout):

- ``worlds/*.toml`` (:func:`worlds`): the worlds the server imports and offers, unless the
  ``worlds_dir`` setting (``--worlds-dir``) names a directory of its own;
- ``crisis_resources.toml`` (:func:`crisis_resources`): crisis lines by country (what it holds and
  how to update it is written at its top), unless ``crisis_resources_file`` names another file.

Operators do not edit these files in place (an upgrade replaces them): they copy them, change the
copy and point the setting at it.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def worlds() -> Traversable:
    """The directory of the shipped world files."""
    return files(__name__) / "worlds"


def crisis_resources() -> Traversable:
    """The shipped crisis resources file."""
    return files(__name__) / "crisis_resources.toml"
