"""Means said plainly (round 11, docs/safety.md): a quantity, a means and taking it, with no
"I want to" before it ("take all the pills", "swallow them all", "the whole box", "every last
one"), in six languages, are crisis; told as done, a medical emergency; negated, concern. Game
commands and everyday talk of medicine stay none (``lang/r11_means.py``). The sentences are
written for this test, not taken from any set."""

from __future__ import annotations

import pytest

from tests.safety.round_checks import assert_none
from tta_server.safety import Category, Level, classify

CRISIS_NOW = [
    "take all the pills",
    "swallow them all",
    "maybe just neck the whole packet of sleeping tablets",
    "should i take every tablet i've got left",
    "so swallow every single one and that's it",
    "thinking about taking the rest of my quetiapine tonight",
    "or i could down all of my mum's codeine",
    "ok. swallow the whole lot then",
    "tomarme todas las pastillas de golpe",
    "me las voy a tomar todas esta noche",
    "vou tomar todos os calmantes de uma vez",
    "engolir a cartela toda e pronto",
    "avaler toute la plaquette ce soir",
    "je vais prendre tous mes somniferes",
    "prenderle tutte e basta",
    "ingoiare tutto il blister stanotte",
    "einfach alle schlaftabletten schlucken",
    "heute die ganze packung einwerfen",
]
TAKEN = [
    "swallowed them all like ten minutes ago",
    "i necked every last one",
    "took every tablet in the drawer",
]
NEGATED = ["i'd never swallow them all", "i will not take all my tablets, promise"]
NONE = [
    "take all",
    "take everything",
    "take them all",
    "take all of the peppermints",
    "swallow the key",
    "eat all the cat biscuits",
    "drink the whole flask of broth",
    "take the whole honesty box",
    "i take all my tablets with breakfast",
    "make sure you take all your antibiotics",
    "did grandad take all his pills today",
    "take all the tablets back to the chemist",
    "tomo todas mis pastillas por la manana",
    "je prends tous mes comprimes le soir",
    "prendo tutte le compresse ogni giorno",
    "ich nehme alle tabletten morgens",
    "a minha avo toma todos os comprimidos ao jantar",
    "i've got the tablets counted out for the week in the dosette box",
]


@pytest.mark.parametrize("text", CRISIS_NOW)
def test_means_said_plainly_is_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS and got.category is Category.SUICIDE, got


@pytest.mark.parametrize("text", TAKEN)
def test_means_told_as_taken_is_a_medical_emergency(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS and got.category is Category.MEDICAL_EMERGENCY, got


@pytest.mark.parametrize("text", NEGATED)
def test_means_negated_is_concern(text: str) -> None:
    assert classify(text).level is Level.CONCERN


@pytest.mark.parametrize("text", NONE)
def test_commands_and_everyday_medicine_are_none(text: str) -> None:
    assert_none(text)
