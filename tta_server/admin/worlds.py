"""``tta-admin world``: check world files, prove they can be finished, import them into the
store, list what it holds.

``import`` checks every file first and imports only when all are sound (nothing half-done);
importing is idempotent (``unchanged``), and a changed file updates its world without breaking
the sessions already playing it (their state is fitted to the new version when next loaded).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from tta_server.admin.common import (
    AdminError,
    Options,
    Target,
    one_line,
    out,
    print_json,
    printable,
    run,
)
from tta_server.world import World, WorldError, load_world
from tta_server.world.solver import DEFAULT_MAX_STATES, Report, describe, solve
from tta_server.world_catalogue import import_worlds, world_files, world_of

world_app = typer.Typer(no_args_is_help=True, help="Check and manage world files.")

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


@dataclass(frozen=True, slots=True)
class Checked:
    """One file's verdict: the world when it is sound, else every problem."""

    path: Traversable
    world: World | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.world is not None and not self.problems


@world_app.command("validate")
def world_validate(
    ctx: typer.Context,
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE", help="World files (TOML).", show_default=False),
    ],
    as_json: AsJson = False,
) -> None:
    """Check world files and list every problem of each; exit 1 if any file has one.

    A sound file gives `ok  FILE (title: counts, skills)`, a broken one `FILE: entry: problem`.

    Example: `tta-admin world validate my-worlds/*.toml`
    """
    options: Options = ctx.obj
    results = [check_file(path, options.debug) for path in files]
    if as_json:
        print_json([{"file": str(r.path), "ok": r.ok, "problems": r.problems} for r in results])
    else:
        for r in results:
            if r.world is not None:
                typer.echo(f"ok  {r.path} ({summary(r.world)})")
            for problem in r.problems:
                typer.echo(problem)
        bad = sum(not r.ok for r in results)
        if len(results) > 1:
            typer.echo(f"{len(results) - bad} file(s) ok, {bad} with problems")
    raise typer.Exit(0 if all(r.ok for r in results) else 1)


@world_app.command("check")
def world_check(
    ctx: typer.Context,
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE", help="World files (TOML).", show_default=False),
    ],
    max_states: Annotated[
        int,
        typer.Option(
            "--max-states", min=1, help="Give up (and say so) after this many distinct states."
        ),
    ] = DEFAULT_MAX_STATES,
    drops: Annotated[
        bool,
        typer.Option(
            "--drops",
            help="Also try putting down every held item everywhere (slow: many more states).",
        ),
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Validate world files, then prove each can be finished from every reachable state.

    Prints the shortest solution, each dead end and each item left behind, with the actions.

    Exit 1 on any problem. What the search tries and leaves out: tta_server/world/solver.py.

    Example: `tta-admin world check my-worlds/*.toml`
    """
    options: Options = ctx.obj
    ok = True
    docs: list[dict[str, object]] = []
    for path in files:
        checked = check_file(path, options.debug)
        world = checked.world if checked.ok else None
        report = solve(world, max_states, drops=drops) if world is not None else None
        ok = ok and report is not None and report.ok
        if as_json:
            docs.append(_check_doc(checked, report))
        else:
            for problem in checked.problems:
                typer.echo(printable(problem))
            if checked.world is not None and report is not None:
                for line in verdict(path, checked.world, report):
                    typer.echo(printable(line))
    if as_json:
        print_json(docs)
    raise typer.Exit(0 if ok else 1)


def verdict(path: Traversable, world: World, report: Report) -> list[str]:
    """A world author's reading of a solver report: a first line that starts with ``ok`` or
    names the file and the problem, then the shortest solution and each dead end."""
    counts = f"{report.states} states, {report.transitions} transitions, {report.seconds:.1f} s"
    lines: list[str] = []
    if report.ok:
        lines.append(
            f"ok  {path} ({world.meta.title}): can be finished from every state ({counts})"
        )
    elif not report.complete:
        lines.append(
            f"{path}: not proven: the search stopped at --max-states {report.max_states}"
            f" ({counts}); raise it to search further"
        )
    elif report.solution is None:
        lines.append(
            f"{path}: cannot be finished: no actions from the start reach the ending ({counts})"
        )
    elif report.stuck_states:
        lines.append(
            f"{path}: can soft-lock: {report.stuck_states} reachable state(s) cannot reach the"
            f" ending, {len(report.dead_ends)} way(s) in ({counts})"
        )
    else:
        lines.append(
            f"{path}: can soft-lock: putting down {len(report.left_behind)} item(s) and walking"
            f" away strands a player ({counts})"
        )
    if report.solution is not None:
        kind = "shortest solution" if report.shortest else "a solution (maybe not the shortest)"
        lines.append(f"  {kind}, {_actions(len(report.solution))}:")
        lines += [f"    {n:>3}. {describe(a)}" for n, a in enumerate(report.solution, 1)]
    for n, dead in enumerate(report.dead_ends, 1):
        if not dead.path:
            continue  # the start itself: said above
        steps = ", ".join(dead.steps_done) or "none"
        lines.append(
            f"  dead end {n}: stuck in '{dead.location}' after {_actions(len(dead.path))}"
            f" (arc steps done: {steps}):"
        )
        lines.append(f"    {'; '.join(describe(a) for a in dead.path)}")
    for n, dead in enumerate(report.left_behind, 1):
        places = "" if dead.entries == 1 else f" (and at {dead.entries - 1} other place(s))"
        lines.append(
            f"  left behind {n}: '{dead.item}' put down where it cannot be fetched"
            f" again{places}; stuck in '{dead.location}' after {_actions(len(dead.path))}:"
        )
        lines.append(f"    {'; '.join(describe(a) for a in dead.path)}")
    return lines


def _actions(n: int) -> str:
    return f"{n} action" if n == 1 else f"{n} actions"


def _check_doc(checked: Checked, report: Report | None) -> dict[str, object]:
    doc: dict[str, object] = {"file": str(checked.path), "problems": checked.problems}
    if report is None:
        return {**doc, "ok": False}
    return {
        **doc,
        "ok": report.ok,
        "complete": report.complete,
        "states": report.states,
        "transitions": report.transitions,
        "seconds": round(report.seconds, 3),
        "solution": None if report.solution is None else [describe(a) for a in report.solution],
        "shortest": report.shortest,
        "stuck_states": report.stuck_states,
        "left_behind": [
            {
                "item": d.item,
                "places": d.entries,
                "location": d.location,
                "path": [describe(a) for a in d.path],
            }
            for d in report.left_behind
        ],
        "dead_ends": [
            {
                "location": d.location,
                "steps_done": d.steps_done,
                "entries": d.entries,
                "path": [describe(a) for a in d.path],
            }
            for d in report.dead_ends
        ],
    }


def check_file(path: Traversable, debug: bool = False) -> Checked:
    """Load ``path`` as a world; every problem names the file as given (never raises)."""
    if path.is_dir():
        return Checked(path, problems=[f"{path}: is a directory, not a world file"])
    if not path.is_file():
        return Checked(path, problems=[f"{path}: no such file"])
    try:
        return Checked(path, world=load_world(path))
    except WorldError as exc:
        prefix = f"{path.name}: "  # the loader names the file by its name only
        return Checked(
            path,
            problems=[
                f"{path}: {p.removeprefix(prefix)}" if p.startswith(prefix) else p
                for p in exc.problems
            ],
        )
    except Exception as exc:  # a loader bug must not hide the other files' verdicts
        if debug:
            Console(stderr=True).print_exception(show_locals=False)
        return Checked(path, problems=[f"{path}: cannot be checked: {one_line(exc)}"])


def summary(world: World) -> str:
    """``title: N locations, N items, N characters, N arc steps, skills: ...``."""
    counts = (
        (len(world.locations), "location"),
        (len(world.items), "item"),
        (len(world.characters), "character"),
        (len(world.arc.steps), "arc step"),
    )
    sizes = ", ".join(f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in counts)
    return f"{world.meta.title}: {sizes}, skills: {', '.join(world.meta.skills)}"


@world_app.command("import")
def world_import(
    ctx: typer.Context,
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[FILE]...",
            help="World files (TOML); default: every *.toml of the worlds directory"
            " (--worlds-dir, else the worlds shipped with TTA).",
            show_default=False,
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Import world files into the store: created, updated or unchanged (idempotent).

    Every file is checked first; if any has a problem, nothing is imported (exit 1).

    Example: `tta-admin --store redis-neo4j world import my-worlds/*.toml`
    """
    options: Options = ctx.obj

    async def body(target: Target) -> int:
        directory = target.settings.worlds()
        paths: list[Traversable] = list(files or world_files(directory))
        if not paths:
            raise AdminError(f"no world files in {directory}")
        checked = [check_file(path, options.debug) for path in paths]
        bad = [p for r in checked for p in r.problems]
        if bad:
            raise AdminError("\n".join([*bad, "nothing was imported; fix the files above"]))
        worlds = [r.world for r in checked if r.world is not None]
        async with target.store() as store:
            err = Console(stderr=True)
            with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
                task = progress.add_task("importing worlds", total=len(worlds))
                results = await import_worlds(store, worlds, lambda _w, _r: progress.advance(task))
        if as_json:
            print_json([{"id": wid, "result": result} for wid, result in results.items()])
        else:
            for world in worlds:
                out().print(f"{results[world.id]:<9}  {world.id}  {escape(world.meta.title)}")
        return 0

    run(ctx, body)


@world_app.command("list")
def world_list(ctx: typer.Context, as_json: AsJson = False) -> None:
    """List the worlds the store holds (what players can start), with their versions.

    Example: `tta-admin world list --json`
    """

    async def body(target: Target) -> int:
        async with target.store() as store:
            records = await store.list_worlds()
        rows = [
            {
                "id": r.id,
                "title": r.title,
                "version": r.version[:12],
                "summary": summary(world_of(r)),
            }
            for r in records
        ]
        if as_json:
            print_json(rows)
        elif not rows:
            out().print("no worlds imported yet: run `tta-admin world import`")
        else:
            for row in rows:
                out().print(f"{row['id']}  {row['version']}  {escape(row['summary'])}")
        return 0

    run(ctx, body)
