"""``tta-admin parse``: what the intent parser makes of some text, with or without a world.

Three modes, exactly one per call:

* ``tta-admin parse "TEXT"``: each intent of the text, one row each (``--json``: one object
  ``{"text", "intent", "target", "intents": [...]}``);
* ``tta-admin parse --jsonl``: JSON lines ``{"text": ...}`` on stdin, one answer line each on
  stdout as :func:`tta_server.admin.parser_tools.parse_jsonl` writes them, flushed line by line;
* ``tta-admin parse --bench``: the parser's speed over a built-in sample of inputs.

``--world ID`` resolves names against the start scene of that world (what a player who has just
begun can see and name), as the server would.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Annotated

import typer

from tta_server.admin import parser_tools
from tta_server.admin.common import JsonOrText, Options, ReadJsonl, RunBench, fail, print_json
from tta_server.pipeline import parser
from tta_server.pipeline.binding import parser_scope
from tta_server.settings import SettingsError
from tta_server.world import new_state
from tta_server.world import scope as scene_scope
from tta_server.world_catalogue import load_worlds

#: Inputs timed by ``--bench``: commands of every intent, filler, pronouns, several clauses,
#: typos (corrected only with ``--world``) and a long paste.
BENCH_SAMPLE: tuple[str, ...] = (
    "look",
    "n",
    "go north",
    "walk slowly to the harbour",
    "take the Rusty Key",
    "pick up the lamp",
    "x the old map",
    "examine the gull closely",
    "drop the stone",
    "use the key on the gate",
    "unlock the gate with the key",
    "open the box",
    "talk to the keeper about the light",
    "ask the keeper about the fog",
    "give the bread to the gull",
    "inventory",
    "what am i carrying",
    "help",
    "wait a while",
    "take a deep breath",
    "could you please pick up the brass lantern for me",
    "take the key and go north",
    "take the key, go north then light the lamp",
    "take it and give it to her",
    "take the rusy kee",
    "talk to the kepper",
    "go nrth",
    "don't go north",
    "🙂🙂🙂",
    "take the key and " * 40 + "go north",
)


def parse(
    ctx: typer.Context,
    text: Annotated[
        str | None, typer.Argument(help="What a player might type.", show_default=False)
    ] = None,
    jsonl: ReadJsonl = False,
    bench: RunBench = False,
    world: Annotated[
        str | None,
        typer.Option(
            metavar="ID",
            help="Resolve names against this world's start scene (ids as in world files).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOrText = False,
    rounds: Annotated[
        int, typer.Option(min=1, help="With --bench: times each sample input is parsed.")
    ] = 20,
    cold: Annotated[
        bool,
        typer.Option(
            "--cold",
            help="With --bench: forget the scene's index and typo answers before each parse.",
        ),
    ] = False,
) -> None:
    """Show the intents the parser finds in TEXT, in JSON lines from stdin, or its speed.

    TEXT: one row per intent: intent, target, obj, the clause as typed (with --world, ids too).

    --jsonl: a line {"intent", "target", "intents"} or {"error": "line N: ..."} per input line.

    Exit status: 0; 1 if a --jsonl line was an error (all are answered); 2 for usage errors.

    Example: `printf '%s\\n' '{"text": "go n"}' | tta-admin parse --jsonl --world lantern-coast`
    """
    options: Options = ctx.obj
    given = [
        name
        for name, on in (("TEXT", text is not None), ("--jsonl", jsonl), ("--bench", bench))
        if on
    ]
    if len(given) != 1:
        got = " and ".join(given) if given else "none of them"
        fail(f"give exactly one of TEXT, --jsonl or --bench (got {got})", 2)
    scope = start_scope(options, world) if world is not None else None
    if bench:
        figures = parser_tools.benchmark(BENCH_SAMPLE, scope, rounds, cold=cold)
        show_bench(figures, rounds, world, as_json)
    elif jsonl:
        raise typer.Exit(stream(sys.stdin, scope))
    else:
        assert text is not None
        show_intents(text, scope, as_json)


def start_scope(options: Options, world_id: str) -> parser.Scope:
    """The parser's scope at the start of world ``world_id`` (exits 2 when there is none)."""
    try:
        settings = options.settings()
    except SettingsError as exc:
        fail(str(exc), 2, options.debug)
    worlds, problems = load_worlds(settings.worlds())
    found = worlds.get(world_id)
    if found is None:
        known = ", ".join(sorted(worlds)) or f"none in {settings.worlds()}"
        broken = (
            f"; {len(problems)} world file(s) could not be loaded (see tta-admin world validate)"
            if problems
            else ""
        )
        fail(f"unknown world '{world_id}'; known: {known}{broken}", 2)
    state = new_state(found)
    return parser_scope(scene_scope(found, state), state, found)


# -- answers -----------------------------------------------------------------------------------


def answers(lines: Iterable[str], scope: parser.Scope | None = None) -> Iterator[dict[str, object]]:
    """:func:`parser_tools.parse_jsonl`'s answers as dicts, one input line at a time."""
    for answer in parser_tools.parse_jsonl(lines, scope):
        doc: dict[str, object] = json.loads(answer)
        yield doc


def stream(lines: Iterable[str], scope: parser.Scope | None) -> int:
    """Answer each line on stdout as it comes (``typer.echo`` flushes); 1 if any was bad."""
    code = 0
    for doc in answers(lines, scope):
        code = 1 if "error" in doc else code
        typer.echo(json.dumps(doc, ensure_ascii=False))
    return code


def show_intents(text: str, scope: parser.Scope | None, as_json: bool) -> None:
    """One row per intent of ``text`` (ids too with a scope), or one JSON object."""
    [doc] = answers([json.dumps({"text": text})], scope)
    if as_json:
        print_json({"text": text, **doc})
        return
    intents = doc["intents"]
    assert isinstance(intents, list)
    if not intents:
        typer.echo("no intents (blank input)")
        return
    keys = ["intent", "target", "obj", *(["target_id", "obj_id"] if scope else []), "raw"]
    header = ["#", *keys[:-1], "as typed"]
    rows = [[str(n), *(cell(i[k]) for k in keys)] for n, i in enumerate(intents, start=1)]
    for line in aligned([header, *rows]):
        typer.echo(line)


def cell(value: object) -> str:
    return "-" if value is None or value == "" else str(value)


def aligned(rows: list[list[str]]) -> list[str]:
    """Rows as lines, each column as wide as its widest cell, two spaces apart."""
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    return [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]


def show_bench(figures: dict[str, float], rounds: int, world: str | None, as_json: bool) -> None:
    """The figures of :func:`parser_tools.benchmark`, in microseconds."""
    count = int(figures["count"])
    if as_json:
        print_json(
            {"inputs": len(BENCH_SAMPLE), "rounds": rounds, "world": world, **figures}
            | {"count": count}
        )
        return
    where = f"world {world}" if world else "no world"
    typer.echo(
        f"parsed {len(BENCH_SAMPLE)} inputs x {rounds} rounds = {count} parses ({where}): "
        f"p50 {figures['p50_us']} µs, p95 {figures['p95_us']} µs, max {figures['max_us']} µs, "
        f"mean {figures['mean_us']} µs"
    )
