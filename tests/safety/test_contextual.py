"""The contextual signal prototype (tta_server/safety/contextual.py, docs/safety-contextual.md):
the shipped head, the encoder it was trained on, and the rule that it only ever raises a verdict."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from tta_server.safety import Assessment, Category, Level, classify, contextual, learned
from tta_server.safety.evaluate import load
from tta_server.safety.learned import Scores
from tta_server.safety.normalisation import normalise

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def signal() -> contextual.ContextualSignal:
    return contextual.signal()


def test_the_index_file_is_the_one_its_version_names() -> None:
    path = resources.files("tta_server.safety") / contextual.INDEX_FILE
    with path.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files if k != "meta"}
        meta = json.loads(str(data["meta"]))
    assert meta["version"] == contextual.index_version(arrays, meta)
    assert meta["encoder"] == contextual.ENCODER
    index = contextual.load_index()
    n = len(index.flagged)
    assert index.embeddings.shape == (n, 384) and n > 5000
    assert not (index.crisis & ~index.flagged).any()  # crisis is flagged
    assert ((index.category >= 0) == index.flagged).all()
    assert 0 < index.flag_at < 1 and 0 < index.crisis_at < 1 and 0 < index.min_similarity < 1


def test_the_vote_weighs_the_nearest_and_balances_the_classes() -> None:
    cats = (Category.SUICIDE, Category.DISTRESS)
    flagged = np.array([True, False, False, False])
    crisis = np.array([True, False, False, False])
    category = np.array([0, -1, -1, -1])
    near_risk = np.array([0.95, 0.90, 0.90, 0.90])
    scores = contextual.vote(near_risk, flagged, crisis, category, cats, 4, 0.02, 0.5)
    assert scores.flag > 0.9 and scores.crisis > 0.9 and scores.category is Category.SUICIDE
    near_none = np.array([0.90, 0.95, 0.95, 0.95])
    scores = contextual.vote(near_none, flagged, crisis, category, cats, 4, 0.02, 0.5)
    assert scores.flag < 0.1 and scores.crisis < 0.1
    # one risk neighbour against three ordinary ones, all as near: balanced, it weighs 3 times
    even = np.full(4, 0.9)
    scores = contextual.vote(even, flagged, crisis, category, cats, 4, 0.02, 0.5)
    assert scores.flag == pytest.approx(0.5)
    # nothing near enough: no vote at all
    assert contextual.vote(near_risk, flagged, crisis, category, cats, 4, 0.02, 0.96) == (
        contextual.Scores(0.0, 0.0, None)
    )


def test_the_encoder_gives_one_unit_vector_per_text(signal: contextual.ContextualSignal) -> None:
    out = signal.encoder.embed(["go north", "je veux mourir", "x" * 5000])
    assert out.shape == (3, 384)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-3)
    again = signal.encoder.embed(["go north"])
    assert np.allclose(out[0], again[0], atol=1e-6)  # deterministic


def dev_rows(level: str) -> list[tuple[str, str]]:
    """(language, text) of the first two development messages of ``level`` in each language."""
    out: list[tuple[str, str]] = []
    for path in sorted((HERE / "dev").glob("*.jsonl")):
        for row in load(path):
            n = sum(1 for lang, _ in out if lang == row.lang)
            if row.level == level and n < 2 and len(row.text.split()) >= 4:
                out.append((row.lang, row.text))
    return out


@pytest.mark.parametrize(("lang", "text"), dev_rows("crisis"))
def test_a_labelled_crisis_finds_itself(
    signal: contextual.ContextualSignal, lang: str, text: str
) -> None:
    # The index holds this message's embedding: if the encoder here and the one that built the
    # index disagree (version, prefix, threads), the message no longer finds itself.
    embedding = signal.encoder.embed([text])[0]
    assert float((signal.index.embeddings @ embedding).max()) > 0.99
    scores = signal.index.score(embedding)
    assert signal.level(text, scores) is not Level.NONE, (lang, scores)


@pytest.mark.parametrize(("lang", "text"), dev_rows("none"))
def test_a_labelled_ordinary_message_finds_itself(
    signal: contextual.ContextualSignal, lang: str, text: str
) -> None:
    scores = signal.score(text)
    assert signal.level(text, scores) is Level.NONE, (lang, scores)


@pytest.mark.parametrize(
    "text",
    [
        "I keep thinking about killing myself",
        "quiero quitarme la vida, ya lo tengo decidido",
        "je veux mourir, j'ai écrit ma lettre d'adieu",
        "ich habe alle meine Tabletten gesammelt und heute Nacht nehme ich sie",
        "ho deciso di farla finita stanotte",
        "não aguento mais viver, quero morrer",
    ],
)
def test_plain_crises_stay_crisis_with_the_signal(
    signal: contextual.ContextualSignal, text: str
) -> None:
    # The vote alone misses some of these (the French and German ones are `none` to it): the
    # rules stay the floor, and the signal never takes a verdict down.
    assert signal.screen(text).level is Level.CRISIS


@pytest.mark.parametrize(
    "text",
    ["go north", "take the lamp", "ask Mira about the ship", "open the door with the brass key"],
)
def test_ordinary_commands_stay_none(signal: contextual.ContextualSignal, text: str) -> None:
    scores = signal.score(text)
    assert signal.level(text, scores) is Level.NONE, scores


def test_short_messages_are_never_crisis_on_the_signal_alone(
    signal: contextual.ContextualSignal,
) -> None:
    # High enough to be crisis, but three words: concern at most (classifier's limit).
    text = "want to die"
    scores = signal.score(text)
    assert scores.crisis >= signal.index.crisis_at
    assert signal.level(text, scores) is Level.CONCERN
    assert signal.level("ok", signal.score("ok")) is Level.NONE  # under MODEL_MIN_LETTERS


def test_it_raises_a_verdict_and_says_why(signal: contextual.ContextualSignal) -> None:
    text = "I keep thinking about killing myself"
    base = Assessment(Level.NONE, None, ("some.rule",))
    raised = signal.raise_verdict(text, base)
    assert raised.level is Level.CRISIS
    assert raised.category is Category.SUICIDE
    assert raised.reasons[0] == "some.rule"
    assert raised.reasons[-1].startswith("contextual:crisis:")


def test_it_never_lowers_a_verdict(signal: contextual.ContextualSignal) -> None:
    for text in ["go north", "take the lamp"]:
        for level in (Level.CONCERN, Level.CRISIS):
            base = Assessment(level, Category.DISTRESS, ("rule",))
            assert signal.raise_verdict(text, base) == base
    crisis = "I have all my pills lined up and tonight I will take them all"
    assert classify(crisis).level is Level.CRISIS
    assert signal.screen(crisis) == classify(crisis)


def test_an_index_of_the_wrong_size_is_refused(signal: contextual.ContextualSignal) -> None:
    index = contextual.load_index()
    small = dataclasses.replace(index, embeddings=index.embeddings[:, :10])
    with pytest.raises(ValueError, match="does not fit"):
        contextual.ContextualSignal(signal.encoder, small)


def test_a_crisis_share_over_the_flag_threshold_flags(signal: contextual.ContextualSignal) -> None:
    """``flag_at`` is chosen on the larger of the two shares (scripts/train_safety_contextual.py),
    so a message whose crisis share reaches it is flagged even when its flag share does not (the
    class balance can put the crisis share above the flag share); before round 8 such messages
    were rated none."""
    index = signal.index
    assert index.flag_at < index.crisis_at
    between = (index.flag_at + index.crisis_at) / 2
    text = "six words or more in this message"
    scores = Scores(index.flag_at - 0.05, between, Category.SUICIDE)
    assert signal.level(text, scores) is Level.CONCERN
    raised = signal.raised(text, Assessment(Level.NONE, None, ()), scores)
    assert raised.reasons == (f"contextual:concern:{between:.2f}",)
    assert signal.level(text, Scores(index.flag_at - 0.05, 0.0, None)) is Level.NONE


@pytest.mark.parametrize(
    "text",
    [
        "nah, you've mixed me up with the blacksmith's boy. i only turned up at dusk",
        "lol no clue, this is my first evening in the village as well",
        "you've got me wrong, i came up the hill to help the keeper tonight, that's all",
        "ni idea jeje, yo también es mi primera tarde por aquí",
        "non t'as tort, je suis venue ce soir pour aider, c'est tout",
        "keine ahnung, bin auch erst seit heute abend im dorf",
        "não sei não, também cheguei agora à tardinha",
        "boh, sono arrivato anch'io stasera, non so niente",
    ],
)
def test_ordinary_talk_of_tonight_and_a_first_night_is_not_raised(
    signal: contextual.ContextualSignal, text: str
) -> None:
    """Round 10 (docs/safety.md): the vote read "tonight", "first night" and "i came here" as
    the index's crises (nearly every "tonight" in it was one), and held two newcomers for it.
    Round 10's written talk of ordinary nights is in the index now; these sentences are not."""
    assert signal.screen(text).level is Level.NONE


def test_a_crisis_said_of_a_first_night_is_still_crisis(
    signal: contextual.ContextualSignal,
) -> None:
    text = "its my first night here and i dont think ill see the morning, ive got the pills ready"
    assert signal.screen(text).level is Level.CRISIS


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("some mornings i'm disappointed i woke up at all", True),
        (
            "i walked out to the end of the pier on sunday night meaning to go in, a fisherman "
            "stopped me",
            True,
        ),
        ("some mornings i'm disappointed the alarm went off so early", False),
        ("i walked out to the end of the pier on sunday night to watch the boats", False),
    ],
)
def test_wishes_and_attempts_told_plainly_are_flagged_and_their_look_alikes_are_not(
    signal: contextual.ContextualSignal, text: str, flagged: bool
) -> None:
    """Round 11 (docs/safety.md): the English cells blind set 10 named weakest (wishing to be
    dead, attempts, plans, harm to others, means) and their everyday look-alikes are in the
    index (``dev/round11.jsonl``); these sentences are in no set."""
    assert (signal.screen(text).level is not Level.NONE) is flagged


def test_the_two_signals_agreeing_make_a_crisis_neither_makes_alone(
    signal: contextual.ContextualSignal,
) -> None:
    """Round 14 (docs/safety.md): crisis when the n-gram model's crisis probability and the
    vote's crisis share both reach the index's agreement thresholds, each under its own; only
    where the signals may call crisis at all, and never over a rule that weakened itself."""
    text = "i keep thinking everyone would be better off without me around"
    model = learned.load().score(normalise(text)).crisis
    index = dataclasses.replace(signal.index, agree_model=model, agree_vote=0.5)
    both = contextual.ContextualSignal(signal.encoder, index)
    vote = Scores(0.6, 0.6, Category.SUICIDE)
    assert both.level(text, vote) is Level.NONE  # the vote alone says nothing
    base = Assessment(Level.NONE, None, ())
    raised = both.raised(text, base, vote)
    assert raised.level is Level.CRISIS
    assert raised.reasons == (f"contextual:crisis:0.60:agree:{model:.2f}",)
    assert both.raised(text, base, Scores(0.6, 0.49, Category.SUICIDE)) == base
    higher = dataclasses.replace(index, agree_model=model + 0.01)
    assert contextual.ContextualSignal(signal.encoder, higher).raised(text, base, vote) == base
    weakened = Assessment(Level.NONE, None, ("negated:suicide.better_off",))
    assert both.raised(text, weakened, vote) == weakened
    short = "better off without me"  # under six words: never crisis on the signals
    assert both.raised(short, base, vote).level is not Level.CRISIS
    concern = Assessment(Level.CONCERN, Category.DISTRESS, ("distress.rule",))
    assert both.raised(text, concern, vote).level is Level.CRISIS  # a rule's concern is raised
    none = dataclasses.replace(index, agree_model=None, agree_vote=None)
    assert contextual.ContextualSignal(signal.encoder, none).raised(text, base, vote) == base


def test_the_shipped_agreement_sits_under_each_signals_own_threshold() -> None:
    index = contextual.load_index()
    assert index.agree_model is not None and index.agree_vote is not None
    assert 0 < index.agree_model < learned.load().crisis_at
    assert 0 < index.agree_vote < index.crisis_at
