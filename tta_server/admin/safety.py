"""``tta-admin safety``: what the safety screen makes of some text.

``classify "TEXT"`` shows one verdict (``--json``: ``{"text", "level", "category",
"reasons"}``); ``classify --jsonl`` answers JSON lines ``{"text": ...}`` from stdin with
:func:`tta_server.safety.classify_jsonl`, flushed line by line; ``classify --bench`` times the
screen over a built-in sample of inputs (messages under 300 characters and of 2,000 characters,
timed apart), the package's import and first verdict in a fresh interpreter, and the model's
load; ``classify --explain`` shows which rules and what model score
decided. ``eval FILE...`` scores the screen on labelled sets
against the bars of docs/safety.md. ``classify TEXT`` and ``eval`` also run the contextual step
(``--contextual/--no-contextual``; default: the server's ``safety_contextual``) and show the
screen's verdict, the step's and the final one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tta_server.admin.common import JsonOrText, ReadJsonl, RunBench, fail, print_json
from tta_server.safety import Assessment, benchmark, classify, classify_jsonl, explain, learned
from tta_server.safety.evaluate import BadSet, Labelled, load, measure, report, shortfalls
from tta_server.settings import load_settings

if TYPE_CHECKING:  # the signal loads numpy and the encoder: imported only when used
    from tta_server.safety.contextual import ContextualSignal

safety_app = typer.Typer(no_args_is_help=True, help="Try the safety screen on text.")

UseContextual = Annotated[
    bool | None,
    typer.Option(
        "--contextual/--no-contextual",
        help="Also run the contextual step (the sentence encoder after the rules), as the "
        "server does; default: the server's safety_contextual setting.",
        show_default=False,
    ),
]


def contextual_signal(wanted: bool | None) -> ContextualSignal | None:
    """The contextual signal when it is wanted (None: as the server's settings say) and can
    run here; asked for explicitly where it cannot run, exit 2 with the reason."""
    from tta_server.safety.contextual import signal
    from tta_server.safety.contextual_pool import unavailable

    if wanted is None:
        wanted = load_settings().safety_contextual
        if wanted and unavailable() is not None:
            return None  # as the server would: it runs without it
    if not wanted:
        return None
    why = unavailable()
    if why is not None:
        fail(f"the contextual step cannot run here: {why}", 2)
    return signal()


def contextual_step(text: str, base: Assessment, sig: ContextualSignal) -> dict[str, object]:
    """What the contextual step makes of ``text`` (rated ``base`` by the screen), as the server
    runs it without a world (no command gate, no reply cap): whether it is asked (``gate``:
    why not), its own level and scores, and the final verdict."""
    from tta_server.safety.contextual_pool import gated

    why = gated(text, base)
    if why is not None:
        return {"asked": False, "gate": why.value, "level": None, "final": base}
    scores = sig.score(text)
    return {
        "asked": True,
        "gate": None,
        "level": sig.level(text, scores).value,
        "flag": round(scores.flag, 3),
        "crisis": round(scores.crisis, 3),
        "final": sig.raised(text, base, scores),
    }


#: Inputs timed by ``--bench``: game commands, everyday feelings, concern and crisis
#: statements, negations, fiction, and a long message.
BENCH_SAMPLE: tuple[str, ...] = (
    "go north",
    "take the key and go north",
    "talk to the keeper about the light",
    "I feel fine today",
    "this puzzle is killing me lol",
    "the troll wants to kill me",
    "I attack the goblin with my sword",
    "I feel so hopeless lately",
    "nobody would care if I was gone",
    "I want to kill myself",
    "I don't want to kill myself, I'm ok",
    "I used to cut myself years ago but I'm better now",
    "my dad hits me when he's drunk",
    "I took too many pills and feel dizzy",
    "I'm so angry I could hurt someone",
    "i w a n t t o d i e",
    ("I feel fine and I go north. " * 80)[:2000],
)


@safety_app.command("classify")
def safety_classify(
    text: Annotated[
        str | None, typer.Argument(help="A message a player might send.", show_default=False)
    ] = None,
    jsonl: ReadJsonl = False,
    bench: RunBench = False,
    as_json: JsonOrText = False,
    rounds: Annotated[
        int, typer.Option(min=1, help="With --bench: times each sample input is screened.")
    ] = 20,
    explain_it: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="With TEXT: the normalised text, each rule that fired and the model's scores.",
        ),
    ] = False,
    use_contextual: UseContextual = None,
) -> None:
    """Show the safety screen's level, category and reasons for TEXT or for JSON lines.

    With the contextual step (TEXT only; --jsonl and --bench are the screen alone), the level,
    category and reasons are the final verdict, then the screen's own level and what the step
    said (or why it was not asked).

    --jsonl: output line N answers input line N: {"level", "category", "reasons"} or {"error"}.

    Exit status: 0; 1 if a --jsonl line was an error (all are answered); 2 for usage errors.

    Example: `printf '%s\\n' '{"text": "go north"}' | tta-admin safety classify --jsonl`
    """
    given = [
        name
        for name, on in (("TEXT", text is not None), ("--jsonl", jsonl), ("--bench", bench))
        if on
    ]
    if len(given) != 1:
        got = " and ".join(given) if given else "none of them"
        fail(f"give exactly one of TEXT, --jsonl or --bench (got {got})", 2)
    if explain_it and text is None:
        fail("--explain goes with TEXT", 2)
    if bench:
        show_bench(rounds, as_json)
    elif jsonl:
        raise typer.Exit(stream(sys.stdin))
    else:
        assert text is not None
        if explain_it:
            show_explanation(text, as_json)
        else:
            show_verdict(text, as_json, contextual_signal(use_contextual))


def stream(lines: Iterable[str]) -> int:
    """Answer each line on stdout as it comes (``typer.echo`` flushes); 1 if any was bad."""
    code = 0
    for answer in classify_jsonl(lines):
        code = 1 if "error" in json.loads(answer) else code
        typer.echo(answer)
    return code


def show_verdict(text: str, as_json: bool, sig: ContextualSignal | None = None) -> None:
    """Level, category and reasons of one message, aligned or as one JSON object; with the
    contextual signal, the final verdict, then the screen's and the step's
    (JSON: ``screen`` and ``contextual`` objects)."""
    base = classify(text)
    step = contextual_step(text, base, sig) if sig is not None else None
    final = base if step is None else step["final"]
    assert isinstance(final, Assessment)
    verdict = final.to_dict()
    if as_json:
        doc: dict[str, object] = {"text": text, **verdict}
        if step is not None:
            doc["screen"] = base.to_dict()
            doc["contextual"] = {k: v for k, v in step.items() if k != "final"}
        print_json(doc)
        return
    reasons = verdict["reasons"]
    assert isinstance(reasons, list)
    typer.echo(f"level     {verdict['level']}")
    typer.echo(f"category  {verdict['category'] or '-'}")
    typer.echo(f"reasons   {', '.join(reasons) or '-'}")
    if step is None:
        return
    typer.echo(f"screen    {base.level.value}")
    if not step["asked"]:
        typer.echo(f"context   not asked ({GATE_WORDS[str(step['gate'])]})")
    else:
        typer.echo(
            f"context   {step['level']} (flag {step['flag']:.2f}, crisis {step['crisis']:.2f})"
        )


GATE_WORDS = {  # by contextual_pool.Gate
    "crisis": "the screen already says crisis",
    "short": "too few letters",
    "concern": "the screen says concern; too few words for it to say crisis",
    "command": "a plain game command",
}


def show_explanation(text: str, as_json: bool) -> None:
    """Why the screen decided what it did (:func:`tta_server.safety.explain`)."""
    why = explain(text)
    if as_json:
        print_json({"text": text, **why})
        return
    verdict, model = why["verdict"], why["model"]
    typer.echo(f"level      {verdict['level']}")
    typer.echo(f"category   {verdict['category'] or '-'}")
    typer.echo(f"reasons    {', '.join(verdict['reasons']) or '-'}")
    for variant in why["normalised"]:
        typer.echo(f"normalised {variant}")
    for rule in why["rules"]:
        typer.echo(f"rule       {rule['reason']} -> {rule['level']}")
    if not why["rules"]:
        typer.echo("rule       (none fired)")
    consulted = "" if model["consulted"] else " (not consulted: a rule weakened itself)"
    typer.echo(
        f"model      flag {model['flag']} (at {model['flag_at']}), crisis {model['crisis']} "
        f"(at {model['crisis_at']}), category {model['category'] or '-'}, "
        f"version {model['version']}{consulted}"
    )


def _long_messages(kinds: tuple[str, ...]) -> list[str]:
    """Sixteen different 2,000-character messages made of the given sentences."""
    out = []
    for shift in range(16):
        order = kinds[shift % len(kinds) :] + kinds[: shift % len(kinds)]
        text = ". ".join(order)
        out.append(((text + ". ") * (2000 // len(text) + 1))[:2000])
    return out


#: A long message as players write one: play and feelings, one risk statement among them.
LONG_PLAY: tuple[str, ...] = (
    "I walk along the shore and look at the lighthouse",
    "the keeper tells me about the storm that took the boats",
    "I feel a bit tired today but the story helps",
    "take the lantern and go north",
    "ask the librarian about the torn page",
    "I sit by the fire for a while and breathe slowly",
    "nobody would care if I was gone",
    "I remember my grandmother telling stories like this",
)


#: Run in a fresh interpreter by ``--bench``: the screen's start-up as a server meets it.
_STARTUP = (
    "import time\n"
    "t0 = time.perf_counter()\n"
    "import tta_server.safety as s\n"
    "t1 = time.perf_counter()\n"
    "s.classify('I feel fine and I go north')\n"
    "t2 = time.perf_counter()\n"
    "print(round((t1 - t0) * 1000, 1), round((t2 - t1) * 1000, 1))\n"
)


def startup_ms() -> tuple[float, float]:
    """(import of ``tta_server.safety``, first ``classify`` after it) in ms, in a fresh
    interpreter (the import of the safety package, without the interpreter's own start)."""
    done = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True
    )
    first, second = done.stdout.split()
    return float(first), float(second)


def show_bench(rounds: int, as_json: bool) -> None:
    """Start-up and model load times, then p50/p95/max of :func:`benchmark` for short and long
    messages."""
    import_ms, first_ms = startup_ms()
    started = time.perf_counter()
    learned.load.cache_clear()
    learned.load()
    load_ms = round((time.perf_counter() - started) * 1000, 1)
    short = benchmark([t for t in BENCH_SAMPLE if len(t) < 300] * rounds)
    repeats = max(1, rounds // 4)
    long = benchmark(_long_messages(LONG_PLAY) * repeats)
    worst = benchmark(_long_messages(tuple(t for t in BENCH_SAMPLE if len(t) < 300)) * repeats)
    if as_json:
        print_json(
            {
                "import_ms": import_ms,
                "first_classify_ms": first_ms,
                "model_load_ms": load_ms,
                "under_300_chars": short,
                "at_2000_chars": long,
                "at_2000_chars_all_risk": worst,
            }
        )
        return
    typer.echo(
        f"start-up (fresh interpreter): import {import_ms} ms, first classify {first_ms} ms "
        "(model load included)"
    )
    typer.echo(f"model loaded in {load_ms} ms")
    for name, figures in (
        ("under 300 characters", short),
        ("2,000 characters of play and feelings", long),
        ("2,000 characters, every sentence a risk statement (worst case)", worst),
    ):
        typer.echo(
            f"{name}: {int(figures['count'])} messages: p50 {figures['p50_us']} µs, "
            f"p95 {figures['p95_us']} µs, max {figures['max_us']} µs, "
            f"mean {figures['mean_us']} µs"
        )


@safety_app.command("eval")
def safety_eval(
    files: Annotated[list[Path], typer.Argument(help="Labelled JSON-lines sets (docs/safety.md).")],
    misses: Annotated[
        bool, typer.Option("--misses", help="List every message scored wrong.")
    ] = False,
    cells: Annotated[bool, typer.Option("--cells/--no-cells", help="Figures per cell.")] = True,
    use_contextual: UseContextual = None,
) -> None:
    """Score the screen on labelled sets: figures overall, per language and per cell.

    With the contextual step, two tables: the screen alone, then with the step (about 20 ms
    a message that reaches the encoder); the bars are checked on the second.

    Exit status: 0 when every bar of docs/safety.md is met, 1 when one is missed, 2 for a file
    that cannot be read or has a malformed line (named).
    """
    rows: list[Labelled] = []
    for path in files:
        try:
            rows += load(path)
        except (OSError, BadSet) as exc:
            fail(str(exc), 2)
    sig = contextual_signal(use_contextual)
    title = " + ".join(p.name for p in files)
    m = measure(rows)
    if sig is None:
        typer.echo(report(title, m, misses=misses, cells=cells))
        raise typer.Exit(1 if shortfalls(m) else 0)
    typer.echo(report(f"{title}: screen alone", m, misses=False, cells=cells))
    both = measure(rows, sig.screen)
    typer.echo(report(f"{title}: with the contextual step", both, misses=misses, cells=cells))
    raise typer.Exit(1 if shortfalls(both) else 0)
