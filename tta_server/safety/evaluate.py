"""Scoring the safety screen on labelled messages (docs/safety.md, "Data and measurement").

A labelled set is JSON lines ``{"text", "level", "category", "cell", "lang"}``; ``cell`` and
``lang`` may be missing in older sets. :func:`measure` runs a screen over a set and counts what
the bars need; :func:`shortfalls` names every bar a measurement misses; :func:`report` prints the
figures per level, per language and per cell. ``tta-admin safety eval FILE`` and the tests in
``tests/safety`` both use it, so the figures in docs/safety.md and the suite's bars are computed
one way.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tta_server.safety.model import Assessment, Category

LEVELS = ("none", "concern", "crisis")
LANGUAGES = ("en", "es", "fr", "de", "pt", "it")


@dataclass(frozen=True)
class Bars:
    """The figures a blind set must reach (docs/safety.md)."""

    crisis_recall: float = 0.97
    concern_flagged: float = 0.90
    false_crisis: float = 0.02
    any_flag: float = 0.08
    crisis_as_none: int = 0


BARS = Bars()


@dataclass(frozen=True)
class Labelled:
    text: str
    level: str
    category: str | None
    cell: str = ""
    lang: str = "en"


class BadSet(ValueError):
    """A labelled file with a malformed line (the message names the file and line)."""


def load(path: Path) -> list[Labelled]:
    """Read and check a labelled set; raise :class:`BadSet` naming the first bad line."""
    categories = {c.value for c in Category}
    rows: list[Labelled] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadSet(f"{where}: not JSON ({exc.msg})") from None
        text, level, cat = data.get("text"), data.get("level"), data.get("category")
        if not isinstance(text, str) or not text.strip():
            raise BadSet(f"{where}: text must be a non-empty string")
        if level not in LEVELS:
            raise BadSet(f"{where}: level must be one of {', '.join(LEVELS)}")
        if (cat is None) != (level == "none") or (cat is not None and cat not in categories):
            raise BadSet(f"{where}: category {cat!r} does not fit level {level!r}")
        lang = data.get("lang", "en")
        if lang not in LANGUAGES:
            raise BadSet(f"{where}: lang must be one of {', '.join(LANGUAGES)}")
        if text in seen:
            raise BadSet(f"{where}: duplicate text")
        seen.add(text)
        rows.append(Labelled(text, level, cat, str(data.get("cell", "")), lang))
    return rows


@dataclass
class Tally:
    """Counts for one slice of a set (all of it, one language or one cell)."""

    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, label: str, got: str) -> None:
        self.confusion[(label, got)] += 1

    def count(self, level: str) -> int:
        return sum(n for (label, _), n in self.confusion.items() if label == level)

    def share(self, label: str, got: Iterable[str]) -> float | None:
        total = self.count(label)
        if not total:
            return None
        return sum(self.confusion[(label, g)] for g in got) / total

    @property
    def crisis_recall(self) -> float | None:
        return self.share("crisis", ("crisis",))

    @property
    def concern_flagged(self) -> float | None:
        return self.share("concern", ("concern", "crisis"))

    @property
    def false_crisis(self) -> float | None:
        return self.share("none", ("crisis",))

    @property
    def any_flag(self) -> float | None:
        return self.share("none", ("concern", "crisis"))

    @property
    def crisis_as_none(self) -> int:
        return self.confusion[("crisis", "none")]


@dataclass
class Measurement:
    total: Tally
    by_lang: dict[str, Tally]
    by_cell: dict[str, Tally]
    misses: list[tuple[Labelled, Assessment]]
    category_right: int
    category_total: int


def measure(
    rows: Iterable[Labelled], screen: Callable[[str], Assessment] | None = None
) -> Measurement:
    """Run ``screen`` (default: :func:`tta_server.safety.classify`) over ``rows``."""
    if screen is None:
        from tta_server.safety.classifier import classify

        screen = classify
    total = Tally()
    by_lang: dict[str, Tally] = defaultdict(Tally)
    by_cell: dict[str, Tally] = defaultdict(Tally)
    misses: list[tuple[Labelled, Assessment]] = []
    cat_right = cat_total = 0
    for row in rows:
        got = screen(row.text)
        level = got.level.value
        for tally in (total, by_lang[row.lang], by_cell[row.cell or row.level]):
            tally.add(row.level, level)
        if level != row.level:
            misses.append((row, got))
        elif row.level != "none":
            cat_total += 1
            cat_right += (got.category.value if got.category else None) == row.category
    return Measurement(total, dict(by_lang), dict(by_cell), misses, cat_right, cat_total)


def shortfalls(m: Measurement, bars: Bars = BARS) -> list[str]:
    """Every bar the measurement misses, as sentences (empty when all are met)."""
    t = m.total
    out: list[str] = []
    checks: list[tuple[str, float | None, float, bool]] = [
        ("crisis recall", t.crisis_recall, bars.crisis_recall, True),
        ("concern flagged", t.concern_flagged, bars.concern_flagged, True),
        ("false crisis on none", t.false_crisis, bars.false_crisis, False),
        ("any flag on none", t.any_flag, bars.any_flag, False),
    ]
    for name, value, bar, at_least in checks:
        if value is not None and (value < bar if at_least else value > bar):
            out.append(f"{name} {value:.3f} ({'<' if at_least else '>'} {bar})")
    if t.crisis_as_none > bars.crisis_as_none:
        out.append(f"{t.crisis_as_none} crisis message(s) rated none")
    return out


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _row(name: str, t: Tally) -> str:
    counts = "/".join(str(t.count(lv)) for lv in ("crisis", "concern", "none"))
    return (
        f"  {name:<24}{counts:>13} {_fmt(t.crisis_recall)} {t.crisis_as_none:>5} "
        f"{_fmt(t.concern_flagged)} {_fmt(t.false_crisis)} {_fmt(t.any_flag)}"
    )


def report(title: str, m: Measurement, *, misses: bool = False, cells: bool = True) -> str:
    """The figures as a table: overall, per language, per cell; optionally every miss."""
    header = (
        f"  {'':<24}{'cri/con/none':>13} {'c.rec':>6} {'c=non':>5} "
        f"{'con.fl':>6} {'f.cri':>6} {'any.fl':>6}"
    )
    lines = [f"=== {title}", header, _row("all", m.total)]
    lines += [_row(lang, m.by_lang[lang]) for lang in LANGUAGES if lang in m.by_lang]
    if cells:
        lines += [_row(cell, m.by_cell[cell]) for cell in sorted(m.by_cell)]
    if m.category_total:
        right = f"{m.category_right}/{m.category_total}"
        lines.append(f"  category right (level right, not none): {right}")
    lines += [f"  short of a bar: {s}" for s in shortfalls(m)] or ["  every bar met"]
    if misses:
        for row, got in m.misses:
            lines.append(
                f"  miss [{row.lang} {row.cell}] {row.level} -> {got.level.value}: "
                f"{row.text!r} {list(got.reasons)}"
            )
    return "\n".join(lines)
