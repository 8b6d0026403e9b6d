"""Normalisation against evasion: look-alike letters, split letters, leetspeak (docs/safety.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tta_server.safety import Level, classify, normalise
from tta_server.safety.confusables import CONFUSABLES
from tta_server.safety.output import normalise_narration, screen_narration

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("i want to k\u0456ll myself", "i want to kill myself"),  # Cyrillic i
        ("I w\u0430nt t\u043e di\u0435", "i want to die"),  # Cyrillic a, o, ie
        ("\u03bfverd\u03bfse", "overdose"),  # Greek omicron
        (
            "\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45",
            "i want to die",
        ),  # full width
        (
            "\U0001d422 \U0001d430\U0001d41a\U0001d427\U0001d42d to die",
            "i want to die",
        ),  # math bold
        ("k.i.l.l m.y.s.e.l.f", "kill myself"),
        ("i want to k-i-l-l myself", "i want to kill myself"),
        ("s_u_i_c_i_d_e", "suicide"),
        ("k. i. l. l myself", "kill myself"),
        ("5u1c1d3", "suicide"),
        ("k1ll mys3lf", "kill myself"),
        # words typed letter by letter, two spaces between words
        ("m e  q u i e r o  m a t a r", "me quiero matar"),
        ("i  w a n t  t o  d i e", "i want to die"),
        # letters typed apart before a one-letter word ("ponte" is known, "pontee" is not)
        ("to em cima da p o n t e e nao quero voltar", "to em cima da ponte e nao quero voltar"),
        ("mi sono t a g l i a t a ieri", "mi sono tagliata ieri"),
        ("iwanttodisappearforever", "i want to disappear forever"),  # glued
    ],
)
def test_evasions_normalise_to_the_plain_words(typed: str, seen: str) -> None:
    assert normalise(typed) == seen


@pytest.mark.parametrize(
    "text",
    [
        "i want to k\u0456ll myself",
        "K.I.L.L. MYSELF tonight",
        "i w\u0430nt to d-i-e",
        "\u0456 w\u0430nt t\u043e \u0435nd \u0456t \u0430ll",
    ],
)
def test_a_homoglyph_or_split_letter_crisis_is_caught(text: str) -> None:
    assert classify(text).level is Level.CRISIS


@pytest.mark.parametrize(
    "text",
    ["go to room b. then north", "the u.s.a. is big", "at 10pm i go north", "the 3rd door"],
)
def test_ordinary_abbreviations_and_numbers_stay_ordinary(text: str) -> None:
    assert classify(text).level is Level.NONE


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("my ps5 broke, gta5 is next", "my ps5 broke , gta5 is next"),  # names, not leetspeak
        ("t00k all my p1lls", "took all my pills"),
        ("i  am  so  tired", "i am so tired"),  # double spaces between whole words
        ("l'inventaire d'abord, qu'il attende", "l inventaire d abord , qu il attende"),
        ("ma lettre d'adieu", "ma lettre d adieu"),
        ("j'ai envie d'en finir", "jai envie den finir"),  # pronouns stay glued
        ("dell'acqua, un'altra volta", "dell acqua , un altra volta"),
    ],
)
def test_names_spacing_and_elisions(typed: str, seen: str) -> None:
    assert normalise(typed) == seen


def test_narration_screen_sees_through_the_same_evasions() -> None:
    assert normalise_narration("You should k.\u0456.l.l yourself") == "you should kill yourself"
    assert not screen_narration("you should k\u0456ll yourself").ok


def test_the_table_maps_only_to_ascii_letters_and_leaves_latin_accents_alone() -> None:
    assert all(v.isascii() and v.isalpha() and len(v) == 1 for v in CONFUSABLES.values())
    for accented in "éèàäöüßçñãõ":
        assert ord(accented) not in CONFUSABLES


def test_the_table_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts/build_confusables.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    sys.modules["build_confusables"] = build
    spec.loader.exec_module(build)
    expected = build.render(build.table(build.source_text()))
    assert (ROOT / "tta_server/safety/confusables.py").read_text(encoding="utf-8") == expected
