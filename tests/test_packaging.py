"""TTA as an operator installs it: a wheel built from this tree, installed (not editable) into a
fresh virtual environment and run from a directory outside the repository.

The wheel is built offline (``pip wheel --no-deps --no-build-isolation --no-index``: the build
backend, setuptools, comes from the ``[dev]`` extra) and installed with ``--no-deps
--no-index``. The new environment finds the dependencies (websockets, pydantic, ...) through a
``.pth`` line naming this environment's site-packages: a path line in a ``.pth`` file is only
appended to ``sys.path``, the ``.pth`` files in that directory are not run, so the editable
install of this checkout stays out and every ``tta_server`` module comes from the wheel (the
test checks where it was imported from). Nothing is downloaded.

Then the installed ``tta-server`` starts on a free port with the embedded store in a temporary
directory, answers ``/healthz``, lists the shipped worlds and starts a story in one (so the
worlds and the crisis resources were found as package data), the installed ``tta-admin`` lists
the imported worlds, all three commands answer ``--version``, and SIGTERM stops the server
with exit status 0.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import site
import subprocess
import sys
import zipfile
from importlib.metadata import version as installed_version
from pathlib import Path

import httpx
import pytest

from tests.wire.client import character, player

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "tta_server", "tta_tui", "tta_bench")
"""What the build needs: the project metadata and the three packages (nothing else is read)."""
STEP_TIMEOUT_S = 60.0
"""The longest any one step (build, install, start, stop) may take."""
SHIPPED_WORLDS = ["ember-library", "lantern-coast"]


def _clean_env(**extra: str) -> dict[str, str]:
    """This environment without TTA settings or a PYTHONPATH that could reach the checkout."""
    drop = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_") and k not in drop}
    return {**env, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONUTF8": "1", **extra}


def _run(*args: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the sources (the checkout gets no build/ or egg-info)."""
    work = tmp_path_factory.mktemp("build")
    src = work / "src"
    src.mkdir()
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=junk)
        else:
            shutil.copy2(ROOT / name, src / name)
    dist = work / "dist"
    pip = (sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index")
    _run(*pip, "--wheel-dir", dist, src, cwd=work)
    (built,) = dist.glob("tta-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its ``bin`` directory."""
    home = tmp_path_factory.mktemp("venv") / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", home, cwd=home.parent)
    python = home / "bin" / "python"
    (purelib,) = json.loads(
        _run(python, "-c", "import json, site; print(json.dumps(site.getsitepackages()))", cwd=home)
    )[:1]
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(purelib) / "tta-test-dependencies.pth").write_text("\n".join(deps) + "\n")
    install = ("install", "--no-deps", "--no-index", "--no-compile")
    _run(sys.executable, "-m", "pip", "--python", python, *install, wheel, cwd=home.parent)
    return home / "bin"


def test_the_wheel_holds_the_data_the_license_and_the_type_markers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    needed = {
        "tta_server/data/crisis_resources.toml",
        "tta_server/data/worlds/ember_library.toml",
        "tta_server/data/worlds/lantern_coast.toml",
        "tta_server/py.typed",
        "tta_tui/py.typed",
        "tta_bench/py.typed",
        "tta_server/store/sqlite_schema.sql",
        "tta_tui/app.tcss",
    }
    assert needed <= names, sorted(needed - names)
    assert any(re.fullmatch(r"tta-[^/]+\.dist-info/licenses/LICENSE", n) for n in names)
    assert not any(n.startswith(("tests/", "config/")) for n in names)


async def test_the_installed_server_starts_serves_and_stops(venv: Path, tmp_path: Path) -> None:
    outside = tmp_path / "operator"  # a working directory with no config/ and no checkout
    outside.mkdir()
    code = "import tta_server, tta_tui; print(tta_server.__file__, tta_tui.__file__)"
    for where in _run(venv / "python", "-c", code, cwd=outside).split():
        assert Path(where).is_relative_to(venv.parent), f"imported from {where}, not the wheel"

    expected = installed_version("tta")
    for command in ("tta-server", "tta-admin", "tta"):
        assert _run(venv / command, "--version", cwd=outside).split() == [command, expected]

    data = tmp_path / "data"
    proc = await asyncio.create_subprocess_exec(
        venv / "tta-server",
        "--port",
        "0",
        "--data-dir",
        str(data),
        cwd=outside,
        env=_clean_env(TTA_ARGON2_TIME_COST="1", TTA_ARGON2_MEMORY_KIB="8192"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None and proc.stderr is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), STEP_TIMEOUT_S)).decode()
        found = re.search(r"ws://127\.0\.0\.1:(\d+)", line)
        if not found:
            err = (await asyncio.wait_for(proc.stderr.read(), STEP_TIMEOUT_S)).decode()
            pytest.fail(f"the installed server did not start: {line!r}\n{err}")
        url = found.group(0)
        async with httpx.AsyncClient() as http:
            health = await http.get(f"http://127.0.0.1:{found.group(1)}/healthz", timeout=10)
        assert health.status_code == 200

        c = await player(url, "installed")
        worlds = (await c.ok("world.list"))["worlds"]
        assert [w["id"] for w in worlds] == SHIPPED_WORLDS
        cid = (await c.ok("character.create", character=character()))["character"]["id"]
        started = await c.ok("session.start", character_id=cid, world_id="lantern-coast")
        assert started["session"]["world_id"] == "lantern-coast"
        await c.close()

        admin = (venv / "tta-admin", "--data-dir", data)
        listed = _run(*admin, "world", "list", "--json", cwd=outside)
        assert [w["id"] for w in json.loads(listed)] == SHIPPED_WORLDS
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), STEP_TIMEOUT_S)
    assert code == 0
