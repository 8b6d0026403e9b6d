"""The import layers docs/architecture.md promises, checked: ``tta_server.protocol`` is a leaf
(it imports nothing of the server but itself), the terminal client imports nothing of the
server but that package, so both sides speak from one description of the wire, and no modules
import each other in a circle (imports inside functions count; ``if TYPE_CHECKING:`` ones, which
never run, do not)."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEAF_THIRD_PARTY = {"pydantic", "pydantic_core", "websockets"}
"""What the protocol package may import besides the standard library and itself."""


def imports(package: Path) -> dict[str, set[str]]:
    """Every module a package's files import (absolute names), by file."""
    found: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
            elif isinstance(node, ast.ImportFrom):
                raise AssertionError(f"{path}: use absolute imports")
        found[str(path.relative_to(ROOT))] = names
    return found


def test_the_protocol_package_is_a_leaf() -> None:
    allowed = set(sys.stdlib_module_names) | LEAF_THIRD_PARTY
    for path, names in imports(ROOT / "tta_server" / "protocol").items():
        for name in names:
            top = name.split(".")[0]
            ok = name.startswith("tta_server.protocol") or top in allowed
            assert ok, f"{path} imports {name}: the protocol package must stay a leaf"


def test_the_client_imports_only_the_protocol_of_the_server() -> None:
    for path, names in imports(ROOT / "tta_tui").items():
        for name in names:
            if name.split(".")[0] == "tta_server":
                assert name.startswith("tta_server.protocol"), f"{path} imports {name}"


def test_starting_the_client_loads_no_server_module_but_the_protocol() -> None:
    code = (
        "import sys, tta_tui.app, tta_tui.facilitate.app, tta_tui.cli\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.startswith('tta_server'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    assert out and all(m == "tta_server" or m.startswith("tta_server.protocol") for m in out), out


def _runtime_imports(tree: ast.AST) -> set[str]:
    """Imported names, ``from X import Y`` also as ``X.Y``; skips ``if TYPE_CHECKING:`` blocks."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return names


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports at run time (a package's own parents aside)."""
    files = {}
    for package in ("tta_server", "tta_tui", "tta_bench"):
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for module, path in files.items():
        targets = {known(n) for n in _runtime_imports(ast.parse(path.read_text("utf-8")))}
        graph[module] = {t for t in targets if t and t != module and not module.startswith(t + ".")}
    return graph


def test_no_modules_import_each_other_in_a_circle() -> None:
    graph = import_graph()
    done: set[str] = set()

    def walk(module: str, path: list[str]) -> None:
        if module in path:
            cycle = [*path[path.index(module) :], module]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        for target in sorted(graph[module]):
            walk(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        walk(module, [])


SERVER_LAYERS: dict[str, int] = {
    "tta_server.protocol": 0,
    # foundations beside the protocol: they import nothing of the server but the protocol
    # and each other
    "tta_server.settings": 0,
    "tta_server.client_address": 0,
    "tta_server.text_files": 0,
    "tta_server.tls": 0,
    "tta_server.data": 0,
    "tta_server.characters": 0,
    "tta_server.passwords": 0,
    "tta_server.metrics": 0,
    "tta_server.flood": 0,
    "tta_server.outbox": 0,
    "tta_server.peer": 0,
    "tta_server.hub_control": 0,
    "tta_server.store": 1,
    "tta_server.world": 1,
    "tta_server.safety": 1,
    "tta_server.pipeline": 2,
    "tta_server.narrative": 2,
    "tta_server.accounts": 2,
    "tta_server.crisis_response": 2,
    "tta_server.world_catalogue": 2,
    "tta_server.scrape_gauges": 2,
    "tta_server.readiness": 2,
    "tta_server.game": 3,
    "tta_server.game_commands": 3,
    "tta_server.contextual_step": 3,
    "tta_server.checkin_panel": 3,
    "tta_server.handlers": 4,
    "tta_server.connection": 5,
    "tta_server.hub": 5,
    "tta_server.app": 5,
    "tta_server.warm_up": 5,
    "tta_server.logsetup": 5,
    "tta_server.cli": 5,
    "tta_server.admin": 6,
}
"""The layers docs/architecture.md promises: protocol (and the foundations beside it:
settings, characters, metrics...) <- store, world, safety <- pipeline, narrative (and the
services over the store: accounts, crisis_response, world_catalogue, readiness,
scrape_gauges) <- game (game, game_commands, contextual_step, checkin_panel) <- handlers <- the
process (app, its connections and hub, start-up) <- the admin CLI. A module imports, at run
time, only modules of its own layer or below; every server module has a layer."""


def _layer(module: str) -> int | None:
    found = [
        n
        for prefix, n in SERVER_LAYERS.items()
        if module == prefix or module.startswith(prefix + ".")
    ]
    return found[-1] if found else None


def upward_imports(layer_of: Callable[[str], int | None]) -> list[str]:
    """Every run-time import from a module to one of a higher layer (``layer_of``)."""
    upward = []
    for module, targets in sorted(import_graph().items()):
        own = layer_of(module)
        if own is None:
            continue
        for target in sorted(targets):
            theirs = layer_of(target)
            if theirs is not None and theirs > own:
                upward.append(f"{module} (layer {own}) -> {target} (layer {theirs})")
    return upward


def test_each_layer_imports_only_its_own_layer_or_those_below_at_run_time() -> None:
    upward = upward_imports(_layer)
    assert not upward, "imports against the layers:\n" + "\n".join(upward)


def test_every_server_module_has_a_layer() -> None:
    loose = [m for m in import_graph() if m.startswith("tta_server.") and _layer(m) is None]
    assert not loose, f"modules docs/architecture.md's layers do not place: {loose}"


def test_the_layer_check_sees_an_upward_import() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "from tta_server.connection import Connection\n"
        "if TYPE_CHECKING:\n    from tta_server.app import App\n"
    )
    names = _runtime_imports(tree)
    assert "tta_server.connection" in names and "tta_server.app" not in names
    assert _layer("tta_server.handlers.sessions") == 4 < _layer("tta_server.connection") == 5


CLIENT_LAYERS: dict[str, int] = {
    "tta_tui": 4,
    "tta_tui.net": 0,
    "tta_tui.config": 0,
    "tta_tui.keymap": 0,
    "tta_tui.commands": 1,  # the palette: a widget since its marked result list
    "tta_tui.widgets": 1,
    "tta_tui.screens": 2,
    "tta_tui.facilitate.screens": 2,
    "tta_tui.linked": 3,
    "tta_tui.account_flow": 3,
    "tta_tui.story_flow": 3,
    "tta_tui.app": 4,
    "tta_tui.facilitate": 4,
    "tta_tui.cli": 4,
}
"""The client's layers (docs/architecture.md): the link and what it reads into models (``net``:
transport, the models it hands on, the side-panel ``Summary``), with the settings and key map
<- widgets and the command palette <- screens <- the flows (``linked``, ``account_flow``,
``story_flow``) <- the apps and the command line. The longest matching prefix places a
module."""


def _client_layer(module: str) -> int | None:
    found = [p for p in CLIENT_LAYERS if module == p or module.startswith(p + ".")]
    return CLIENT_LAYERS[max(found, key=len)] if found else None


def test_the_client_layers_import_only_their_own_or_those_below() -> None:
    upward = upward_imports(_client_layer)
    assert not upward, "client imports against the layers:\n" + "\n".join(upward)
    assert _client_layer("tta_tui.widgets.map") == 1 < _client_layer("tta_tui.screens.map") == 2
    assert _client_layer("tta_tui.facilitate.screens") == 2 < _client_layer("tta_tui.cli") == 4
