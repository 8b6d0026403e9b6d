"""Round 19 (docs/safety.md "Round 19"): the classes the newest blind sets' crises were still
rated none in as served, written from their descriptions, never from a blind message: means
counted or set up, clipped attempt reports, things given away, rather dead than more of
something, method questions asked calmly, self-harm just done, danger at home from someone in
charge, roleplay that breaks, somewhere dangerous now, and "not safe with myself" glued
(``lang/r19_classes.py``). The development set written for them (``dev/round19.jsonl``: the
rules' set, in neither learned signal) and the sentences below (in no set) check each fix, and
that the look-alikes beside them stay none."""

from __future__ import annotations

import pytest

from tests.safety.overlap import assert_taken_from_nowhere
from tests.safety.round_checks import (
    assert_in_no_set,
    assert_own_rules_fire,
    assert_own_rules_quiet,
    assert_set_shape,
    dev_set,
)
from tta_server.safety import Category, Level, classify

ROWS = dev_set("round19.jsonl")

#: The classes, as taxonomy cells, in every language.
CLASSES = {
    "sui.means",
    "sui.attempt",
    "sui.preparatory",
    "sui.wish_dead",
    "sui.method",
    "self.act",
    "abuse.danger_now",
    "sui.ideation",
    "sui.place",
    "sui.unsafe",
}

#: Each sentence and the category it must be held in.
CRISIS = {
    # means counted or set up
    "counted my mums codeine last night, theres enough for me as well": Category.SUICIDE,
    "a corda ja esta amarrada no corrimao da escada": Category.SUICIDE,
    "wie viel rattengift braucht man fur einen erwachsenen": Category.SUICIDE,
    # clipped attempt reports
    "tried yesterday. failed. again tonight": Category.SUICIDE,
    "jai essaye cette nuit . rate . demain je recommence": Category.SUICIDE,
    # giving things away
    "take my guitar, where i go i wont need it": Category.SUICIDE,
    "senhas no envelope, o pin do cartao e 1903. nao vou precisar mais": Category.SUICIDE,
    "gg all, the loot is yours. never logging in again": Category.SUICIDE,
    # rather dead than more of it
    "would rather be dead than spend three more months in this flat": Category.SUICIDE,
    "meglio essere morta che continuare cosi": Category.SUICIDE,
    # method questions asked calmly
    "tut ertrinken weh? wohne direkt am fluss": Category.SUICIDE,
    "el puente de la autopista es bastante alto o tiene redes? es para mi": Category.SUICIDE,
    "quickest way to check out, asking seriously": Category.SUICIDE,
    # self-harm just done
    "cut my wrist with the razor blade and its still bleeding": Category.SELF_HARM,
    # danger at home from someone in charge
    "la patrona se queda los pasaportes y nos pega si no trabajamos": Category.ABUSE_OR_DANGER,
    "il compagno di mamma dice che brucera la casa se lo diciamo": Category.ABUSE_OR_DANGER,
    # roleplay that breaks
    "*the bard strums* (ooc) not the character, me: i want to shoot myself": Category.SUICIDE,
    # somewhere dangerous now
    "on the dock alone, its dark. came out here so i dont have to go back": Category.SUICIDE,
    # not safe with myself, glued
    "hojeeunaomesintoseguracomigo": Category.SUICIDE,
    "oggiiononmisentoalsicuroconmestesso": Category.SUICIDE,
}

#: Work, climbing, puzzles, games, idioms, kitchens and stories that must stay none.
NONE = [
    "counted the controlled drugs with the charge nurse, the book balances",
    "tried the boss fight. didnt work. again after dinner",
    "giving my skis away, where im going on holiday i wont need them lol",
    "gg guild, taking a break for exams, not logging in again until june",
    "rather dead than wear socks with sandals lol",
    "does drowning hurt fish? for my biology project",
    "the bridge is high enough for the lorries now",
    "cut my thumb with the bread knife, still bleeding a bit, plaster on",
    "*the bard strums* my character wants to shoot the duke",
    "walk to the end of the dock",
]


@pytest.mark.parametrize("text", list(CRISIS))
def test_the_classes_are_crisis(text: str) -> None:
    got = classify(text)
    assert got.level is Level.CRISIS and got.category is CRISIS[text], got


@pytest.mark.parametrize("text", NONE)
def test_their_look_alikes_are_none(text: str) -> None:
    assert classify(text).level is Level.NONE, classify(text)


def test_the_rules_fire_where_no_older_rule_did() -> None:
    """The classes are caught by this round's rules, not by something older by chance (the
    roleplay break is an older rule's, no longer lowered as game talk)."""
    mine = [t for t in CRISIS if "ooc" not in t]
    assert_own_rules_fire(mine, "r19_")


def test_dying_rather_than_an_ordinary_thing_is_not_crisis() -> None:
    """ "Rather die than" a song or a jumper stays the older rule's concern (an idiom held as
    distress, docs/safety.md), never this round's crisis; "rather be dead than" more weeks of
    something is crisis."""
    assert classify("id rather die than wear that jumper").level is Level.CONCERN
    assert classify("id rather be dead than face two more weeks of it").level is Level.CRISIS


def test_out_of_character_is_real() -> None:
    """A roleplay that breaks: what follows "ooc" is the player's own, held at its level."""
    line = "*raises the lantern* onward! ooc, i keep thinking about killing myself"
    assert classify(line).level is Level.CRISIS
    assert classify("*raises the lantern* onward! my character wants to die").level is not (
        Level.CRISIS
    )


def test_the_set_has_the_classes_in_six_languages_none_repeated() -> None:
    assert_set_shape(ROWS, at_least=220, classes=CLASSES, none_per_language=14, none_in_all=95)


def test_the_screen_on_the_set() -> None:
    """Written alongside the rules, so a measure of fit: every crisis held, and no false crisis
    or flag from this round's rules (the older rules' and the model's are in docs/safety.md)."""
    crisis = [r for r in ROWS if r.level == "crisis"]
    assert all(classify(r.text).level is Level.CRISIS for r in crisis)
    assert_own_rules_quiet(ROWS, "r19_")


def test_no_message_is_taken_from_another_set_or_from_play() -> None:
    assert_taken_from_nowhere(ROWS, "round19.jsonl")


def test_the_sentences_here_are_in_no_set() -> None:
    assert_in_no_set(ROWS, CRISIS, NONE)
