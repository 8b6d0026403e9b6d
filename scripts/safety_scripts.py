"""Load another script of ``scripts/`` as a module (the safety scripts reuse each other's code:
the training corpora, ``train``, ``embed``, ``variants``). One loader for all of them.

    from safety_scripts import script
    model_script = script("train_safety_model")

``scripts/`` is on ``sys.path`` whenever one of its scripts is run (Python puts the script's
folder first), so the import works from any working directory.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parent


def script(name: str) -> ModuleType:
    """``scripts/<name>.py`` loaded as a fresh module named ``name``."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
