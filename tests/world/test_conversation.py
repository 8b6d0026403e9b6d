"""Conversation with the shipped worlds' characters: topics found by the player's own words,
answers to a character's question read kind, unkind or unsure, thanks and apologies, fallback
lines that do not repeat, and the player's words quoted back only when they may be."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import MARA, world
from tta_server.game import Game, Live
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.play import play
from tta_server.world import WorldState, new_state
from tta_server.world.engine import Action, apply
from tta_server.world.replies import Reading, own_words, read_reply
from tta_server.world_catalogue import record_of


@pytest.mark.parametrize(
    ("words", "reading"),
    [
        ("it's not your fault", Reading.KIND),
        ("No, it’s NOT your fault!", Reading.KIND),
        ("it was nobody's fault", Reading.KIND),
        ("you're not stupid", Reading.KIND),
        ("it is your fault", Reading.UNKIND),
        ("whatever, shut up", Reading.UNKIND),
        ("I don't know", Reading.UNSURE),
        ("maybe", Reading.UNSURE),
        ("yeah", Reading.YES),
        ("nope", Reading.NO),
        ("thanks a lot", Reading.THANKS),
        ("I'm so sorry", Reading.SORRY),
    ],
)
def test_the_reader_finds_what_a_reply_means(words: str, reading: Reading) -> None:
    assert reading in read_reply(words)


@pytest.mark.parametrize(
    "words",
    [
        "i didn't come up here to blame you, honestly",
        "nobody thinks you're useless",
        "i would never call you stupid",
        "i don't think any of it is your fault",
    ],
)
def test_unkind_words_denied_in_their_own_clause_read_kind(words: str) -> None:
    """Newcomer 7: "im not here to blame you, i just wanted to see if you're ok" was read as
    blaming (Ilse: "Yes. I know.")."""
    assert Reading.UNKIND not in read_reply(words) and Reading.KIND in read_reply(words)


@pytest.mark.parametrize(
    "words", ["i don't know, maybe it is your fault", "no, you're useless", "i don't care"]
)
def test_a_denial_elsewhere_leaves_unkind_words_unkind(words: str) -> None:
    assert Reading.UNKIND in read_reply(words)


@pytest.mark.parametrize(
    ("name", "at", "who", "text"),
    [
        ("ember_library", "clock-loft", "ilse", "i'm not here to blame you for the fire, ilse"),
        ("lantern_coast", "cottage-kitchen", "maren", "nobody is going to blame you, maren"),
    ],
)
def test_a_denied_blame_is_heard_as_kindness(name: str, at: str, who: str, text: str) -> None:
    w = world(name)
    state = new_state(w).model_copy(update={"location": at})
    state.whereabouts[who] = at
    [step] = play(w, state, text).steps
    assert step.outcome.message_key == "talk.kindness", step.outcome.facts


def test_kind_words_are_not_also_unkind_and_no_words_read_nothing() -> None:
    assert Reading.UNKIND not in read_reply("it's not your fault")
    assert Reading.UNKIND not in read_reply("you're not stupid")
    assert read_reply("the boats are waiting") == frozenset()
    assert read_reply("") == frozenset()


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("it: you are allowed to rest", "You are allowed to rest"),
        ("the slate with the boats are waiting", "The boats are waiting"),
        ("it's not your fault, pip", "It's not your fault"),
        ("{name} <b>is</b> fine", "Name b is b fine"),  # no braces or markup survive
        ("ok", None),  # one word: the story tells it in its own words
        ("a " + "very " * 40 + "long thought", None),  # over 32 words: told, not quoted
    ],
)
def test_own_words_are_cut_out_and_made_safe_to_quote(text: str, quoted: str | None) -> None:
    assert own_words(text, ("slate", "pip")) == quoted


def _walk(inputs: list[str], world_id: str = "lantern_coast") -> WorldState:
    w = world(world_id)
    state = new_state(w)
    for text in inputs:
        state = play(w, state, text).state
    return state


def test_a_characters_question_is_answered_by_a_bare_reply_until_answered_kindly() -> None:
    w = world()
    state = _walk(["go inside", "leave", "e", "talk to pip"])
    assert state.asking == {"pip": "fault"}
    hurt = play(w, state, "yes")  # "Is it my fault?" "Yes": unkind, and the question stays
    [step] = hurt.steps
    assert step.outcome.message_key == "talk.reply" and step.outcome.facts["reading"] == "unkind"
    assert hurt.state.asking == {"pip": "fault"} and hurt.state.attitudes["pip"] == 0
    kind = play(w, hurt.state, "no, it's not your fault")
    [step] = kind.steps
    assert step.outcome.facts["reading"] == "kind"
    assert step.outcome.facts["words"] == "No, it's not your fault"
    assert kind.state.asking == {"pip": "check"}  # her answer asks in turn: "check it?"
    assert kind.state.attitudes["pip"] == 1
    yes = play(w, kind.state, "yes")
    assert yes.state.asking == {}
    again = apply(w, yes.state, Action("talk", "pip", None, "it's not your fault"))
    assert again.message_key == "talk.kindness"  # no question open: kind words, no effects
    assert again.state.attitudes["pip"] == 1


def test_leaving_lets_a_question_lapse() -> None:
    state = _walk(["go inside", "leave", "e", "talk to pip", "w"])
    assert state.asking == {}
    assert play(world(), state, "no").steps == ()  # nobody here to answer: not understood


def test_free_words_find_topics_by_keyword_and_questions_go_to_whoever_is_here() -> None:
    w = world()
    state = _walk(["go inside"])
    asked = play(w, state, "why is the lighthouse dark?")
    [step] = asked.steps
    assert step.action == Action("talk", "rue", None, "why is the lighthouse dark?")
    assert step.outcome.facts["topic"] == "lighthouse"
    odd = play(w, state, "where is the toilet?")  # nothing she knows: what is on her mind
    assert odd.steps[0].outcome.facts["topic"] == "lighthouse"
    assert odd.steps[0].outcome.facts["offtopic"] is True
    both = play(w, state, "thanks. what happened to the lighthouse?")  # two clauses
    assert [s.outcome.message_key for s in both.steps] == ["talk.thanks", "talk.ok"]
    assert "rue-told" in both.state.flags


def test_thanks_and_apologies_are_answered_in_the_characters_voice() -> None:
    w = world("ember_library")
    rue = world().character("rue")
    assert rue is not None and rue.sorry is not None
    state = _walk(["go inside"])
    sorry = play(world(), state, "sorry")
    assert sorry.steps[0].outcome.facts["text"] == rue.sorry
    juno = w.character("juno")
    assert juno is not None
    at_juno = _walk(["go in", "n"], "ember_library")
    thanks = play(w, at_juno, "thank you")
    assert thanks.steps[0].outcome.message_key == "talk.thanks"
    assert thanks.steps[0].outcome.facts["text"] == juno.thanks


async def _game(world_id: str = "lantern_coast") -> tuple[Game, Live]:
    w = world(world_id)
    version = record_of(w).version
    game = Game({w.id: w}, {w.id: version}, DefaultNarrator())
    live, _, _ = await game.opening(w, MARA)
    return game, live


async def game_at(
    place: str, *held: str, world_id: str = "lantern_coast", **update: object
) -> tuple[Game, Live]:
    """A new story in ``world_id`` moved to ``place``, holding ``held``, with ``update`` (other
    state fields) applied."""
    game, live = await _game(world_id)
    if held:
        update = {**update, "inventory": list(held), "places": dict.fromkeys(held, "player")}
    live.state = live.state.model_copy(update={"location": place, **update}, deep=True)
    return game, live


async def _say(game: Game, live: Live, *inputs: str, gentle: bool = False) -> list[str]:
    told = []
    for i, text in enumerate(inputs):
        result = await game.turn(live, text, f"t{live.state.turn}-{i}", gentle=gentle)
        Game.commit(live, result, text)
        told.append(result.narration)
    return told


async def test_fallback_lines_never_repeat_and_then_the_character_says_so_plainly() -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "ask rue about the lighthouse", "yes")
    rue = live.world.character("rue")
    assert rue is not None
    odd = ("where is the toilet?", "what is the time?", "who won the match?", "is it tuesday?")
    more = ("what colour is the sky?", "do you like cats?", "where do you live?")
    told = await _say(game, live, *odd, *more)
    assert "Pip Dunn. Eleven going on forty" in told[0]  # first what is on her mind (not the
    assert "Six boats out" in told[1]  # help she gives when asked: that is the player's moment)
    assert "'Where is the toilet?'" in told[0]  # the player's words, then not an answer
    lines = [rue.default, *rue.fallbacks]  # her opening line is not said once she has talked
    said = [next((x for x in lines if x in t), None) for t in told[2:]]
    assert sorted(x for x in said if x) == sorted(rue.fallbacks)  # each once, none twice
    assert said[-1] is None and "Rue" in told[-1]  # then a plain line, not a repeat
    assert not any("storm lantern" in t for t in told)


async def test_the_players_own_words_are_quoted_back_where_they_are_the_point() -> None:
    game, live = await _game("ember_library")
    walk = ["go in", "w", "talk to bastian", "ask bastian how I can help mend things"]
    walk += ["take the lantern", "e", "consult the catalogue", "n", "n", "take your book"]
    await _say(game, live, *walk, "read it")
    live_again = Live(live.world, live.world_version, live.state, live.version, live.persona)
    [answered] = await _say(game, live, "answer it: you are doing your best")
    assert "'You are doing your best.'" in answered
    assert "Being halfway through isn't failing" not in answered  # not scripted speech
    assert "own-page-answered" in live.state.flags
    [gentle] = await _say(game, live_again, "answer it: you are doing your best", gentle=True)
    assert "You are doing your best" not in gentle  # a concern: the words are not echoed
    assert "Being halfway through isn't failing" in gentle  # the moment is still told


async def test_a_kind_answer_is_quoted_and_an_unkind_one_leaves_the_question_open() -> None:
    game, live = await _game()
    await _say(game, live, "go inside", "leave", "e", "talk to pip")
    [hurt] = await _say(game, live, "yes it is")
    assert "'I knew it,'" in hurt and live.state.asking == {"pip": "fault"}
    [kind] = await _say(game, live, "it is not your fault, Pip")
    assert "It is not your fault" in kind and "loose from its knot" in kind
    assert live.state.asking == {"pip": "check"}  # "Would you help me check it?"


def test_a_question_is_asked_again_until_answered_kindly_and_never_after() -> None:
    w = world()
    state = _walk(["go inside", "leave", "e", "talk to pip", "w", "e"])
    assert state.asking == {}  # left, and came back: the question lapsed
    again = play(w, state, "ask pip about the slate")  # her "again" text asks it again
    assert again.state.asking == {"pip": "fault"}
    kind = play(w, again.state, "it wasn't your fault")
    assert kind.state.asking == {"pip": "check"}  # the next question, not this one
    once_more = play(w, kind.state, "ask pip about the slate")
    assert once_more.state.asking.get("pip") != "fault"  # answered kindly: never asked again


def test_words_addressed_to_someone_by_name_are_said_to_them_and_unknown_verbs_are_not() -> None:
    w = world("ember_library")
    at_juno = _walk(["go in", "n"], "ember_library")
    praised = play(w, at_juno, "juno, you did great")
    [step] = praised.steps
    assert step.action.target_id == "juno" and step.outcome.message_key == "talk.kindness"
    at_pip = _walk(["go inside", "leave", "e"])
    [hug] = play(world(), at_pip, "hug pip").steps  # an everyday verb (ACTS), not a reply
    assert hug.action.intent == "hug" and not hug.outcome.message_key.startswith("talk.")
    good = play(world(), at_pip, "you're doing great, pip")
    assert good.steps[0].outcome.message_key == "talk.kindness"


def test_talking_to_someone_by_a_description_is_not_an_offtopic_remark() -> None:
    """Corpus 4: "talk to the girl" got "Juno lets that pass": naming the person (by name,
    alias or "the girl") is starting a conversation, not words she could pass over."""
    from tests.narrative.scenes import world as shipped
    from tta_server.pipeline.play import play as play_words

    w = shipped("ember_library")
    state = new_state(w).model_copy(update={"location": "reading-room"})
    for words in ("talk to the girl", "talk to juno", "speak with the reader"):
        [step] = play_words(w, state, words).steps
        assert step.outcome.ok and step.outcome.facts.get("character") == "juno", words
        assert not step.outcome.facts.get("offtopic"), words
    [step] = play_words(w, state, "juno, do you like cheese?").steps
    assert step.outcome.facts.get("offtopic"), step.outcome.facts


def test_rue_answers_what_have_you_got_with_her_help() -> None:
    """Corpus 4: Rue said "ask me for what you need, and I'll tell you what I've got", and
    "what have you got?" (or asking her for soup) got a story about Pip instead."""
    from tests.narrative.scenes import world as shipped
    from tta_server.pipeline.play import play as play_words

    w = shipped("lantern_coast")
    state = new_state(w).model_copy(update={"location": "tea-hut", "flags": ["rue-told"]})
    for words in ("what have you got?", "ask rue for soup", "rue, what do you have for me?"):
        [step] = play_words(w, state, words).steps
        assert step.outcome.facts.get("topic") == "help", (words, step.outcome.facts)


def test_an_unsure_answer_with_a_question_mark_answers_the_question() -> None:
    """Corpus 4: "hmm not sure. maybe?" to Bastian's own question was taken as a question to
    him and brushed off; a real question ("what harsh page?") still is one."""
    from tests.narrative.scenes import world as shipped
    from tta_server.pipeline.play import play as play_words

    w = shipped("ember_library")
    state = new_state(w).model_copy(update={"location": "bindery"})
    state = play_words(w, state, "talk to bastian").state
    assert state.asking.get("bastian") == "harsh-page"
    [step] = play_words(w, state, "hmm not sure. maybe?").steps
    assert step.outcome.facts.get("interaction") == "reply:bastian:harsh-page", step.outcome.facts
    [step] = play_words(w, state, "what harsh page?").steps
    assert step.outcome.facts.get("topic") == "fire"


def test_needing_help_is_no_weakness_reads_kind() -> None:
    words = "no. everybody needs help sometimes, even the lighthouse keeper"
    assert Reading.KIND in read_reply(words)
    assert Reading.KIND in read_reply("it's not a weakness to need it")


def test_bastian_says_where_your_own_page_is() -> None:
    """Corpus 4: "where do i find my harsh page" got "nothing to add" from the man who had just
    told the player about harsh pages; his pen topic sends them to their own book."""
    from tests.narrative.scenes import world as shipped
    from tta_server.pipeline.play import play as play_words

    w = shipped("ember_library")
    state = new_state(w).model_copy(
        update={"location": "bindery", "flags": ["bastian-told"], "done": ["talk:bastian:fire"]}
    )
    for words in ("where do i find my harsh page", "ask bastian about my page"):
        [step] = play_words(w, state, words).steps
        assert step.outcome.facts.get("topic") == "pen", (words, step.outcome.facts)
