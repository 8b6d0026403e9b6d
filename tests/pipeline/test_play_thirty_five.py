"""What newcomer corpora 29 and 30 met on main (issue 14, play 35), each fixed and proved here:
an answer to "How are you doing, truly?" read as a command ("Truly? Tired, early shifts ...
I'll ring the kids tomorrow": "You can't find that here"); a remark about one's own life to
Rue ("my mum make tea like this, very sweet") met "I know the words 'make' and 'tea', but not
'mum'"; a question to Maren about sleep was the verb sleep ("This is no place for sleep");
"what can I do to help?" to Bastian a refusal; a name, thanks and pride "flapped away" by Rue;
"Go gently. You're doing fine." three times in one play; the honesty note's one web address
for everyone."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import world
from tests.pipeline.newcomers import all_told, played, steps
from tests.pipeline.test_game_commands import _command, saves
from tests.pipeline.test_game_commands import _play as game_commands_play
from tests.world.test_conversation import _say, game_at
from tta_server.game import CHECK_IN, Game, Live
from tta_server.game_commands import Saves
from tta_server.narrative import phrases as P
from tta_server.narrative.base import Persona
from tta_server.narrative.default import DefaultNarrator
from tta_server.pipeline.play import play
from tta_server.world import new_state
from tta_server.world.own_life import proud_of_oneself, tells_own_life
from tta_server.world.views import guide_words
from tta_server.world_catalogue import record_of

__all__ = ["saves"]  # the store fixture of tests/pipeline/test_game_commands.py, used below

TRULY = (
    "Truly? Tired, early shifts. Money's okay. Dad's recovering. I'll ring the kids tomorrow "
    "and I've got them Saturday, so not bad."
)
ANSWERS = [TRULY, "honestly? knackered. I'll phone my sister later and we'll see"]
ALONE = [("ember_library", "boiler-room"), ("lantern_coast", "lamp-room")]


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize(("world_id", "place"), ALONE)
async def test_an_answer_to_the_check_in_with_a_plan_in_it_is_heard(
    world_id: str, place: str, answer: str
) -> None:
    """Corpus 30 (story 2, turn 7): asked how they were, a player answered with their week and a
    plan ("I'll ring the kids"); the plan was read as a command and refused."""
    game, live = await game_at(place, world_id=world_id)
    await _say(game, live, "look around", gentle=True)
    assert live.asking == CHECK_IN
    [heard] = await _say(game, live, answer)
    assert heard == guide_words(live.world, live.state, "heard").strip(), heard
    assert "can't find" not in heard and "know the word" not in heard


@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize(("world_id", "place"), ALONE)
async def test_how_one_is_told_with_a_concern_is_heard_not_refused(
    world_id: str, place: str, answer: str
) -> None:
    """The same words screened as a concern themselves: not the check-in's question and then a
    refusal of the words that answered it already, but the guide's thanks for telling it."""
    game, live = await game_at(place, world_id=world_id)
    [heard] = await _say(game, live, answer, gentle=True)
    assert heard == guide_words(live.world, live.state, "heard").strip(), heard
    assert "How are you doing" not in heard and "weather in there" not in heard
    assert "can't find" not in heard and "know the word" not in heard


LIFE = [
    "my mum make tea like this, very sweet",
    "i should call my mum tomorrow",
    "rue i just mean i will phone my mum tomorrow, she will be happy. i am ok",
    "i work nights at the hospital",
    "my kids would love this place",
]


@pytest.mark.parametrize("text", LIFE)
@pytest.mark.parametrize("fresh", [True, False])
async def test_a_remark_about_ones_own_life_near_someone_is_talk(text: str, fresh: bool) -> None:
    """Corpus 29 (story 2, turns 138-141) in Rue's hut: a remark about the player's own life
    met the parser's "I know the words 'make' and 'tea', but not 'mum'", "Only the quiet
    answers" (a call to no one) or Rue's "Couldn't tell you, love"; it is said to her and
    taken in, whether or not she has anything new to say."""
    w = world("lantern_coast")
    done = [] if fresh else all_told(w, "rue")
    game, live = await game_at("tea-hut", done=done)
    result = play(live.world, live.state, text)
    assert [s.action.target_id for s in result.steps] == ["rue"], steps(result)
    assert not result.unknown
    [said] = await _say(game, live, text)
    for wrong in ("know the word", "quiet answers", "Couldn't tell you", "no one here"):
        assert wrong not in said, said
    if not fresh:
        assert steps(result) == [("talk", "talk.life")]
        assert any(line.format(first="Rue") in said for line in P.LIFE_TOLD), said


@pytest.mark.parametrize("text", ["take my book", "where is my mum?", "go home"])
def test_commands_and_questions_are_no_remark_about_ones_life(text: str) -> None:
    assert not tells_own_life(text)


MAREN_HERE = {"whereabouts": {"maren": "lamp-room"}}


@pytest.mark.parametrize(
    "text",
    [
        "maren, how you sleep when you worry? i sleep very bad after night shifts",
        "maren, how you sleep when you worry?",
        "maren, can you sleep at all?",
        "maren, do you sleep much?",
    ],
)
def test_a_question_to_someone_with_a_verb_in_it_is_talk_to_them(text: str) -> None:
    """Corpus 29 (story 2, turn 61): a question to Maren about sleep was the verb sleep ("This
    is no place for sleep"); it is said to her, and she answers how she copes."""
    result = played("lantern_coast", "lamp-room", [text], **MAREN_HERE)
    assert steps(result) == [("talk", "talk.coping")], steps(result)
    assert result.steps[0].action.target_id == "maren"


def test_sleeping_badly_said_of_oneself_is_heard_not_slept() -> None:
    result = played(
        "lantern_coast", "lamp-room", ["i sleep very bad after night shifts"], **MAREN_HERE
    )
    assert steps(result) == [("talk", "talk.feeling")], steps(result)
    assert played("lantern_coast", "lamp-room", ["sleep"]).steps[0].action.intent == "sleep"


OFFERS = [
    "what can I do to help?",
    "How can I help?",
    "bastian, what can i do to help?",
    "is there anything I can do to help?",
    "what can i do for you?",
]


@pytest.mark.parametrize("text", OFFERS)
def test_an_offer_of_help_to_someone_is_an_offer(text: str) -> None:
    """Corpus 30: "what can I do to help?" to Bastian met "isn't ready to talk about that"
    (a topic of his refused): an offer of help is the offer, and he tells what he needs."""
    result = played("ember_library", "bindery", [text])
    assert steps(result) == [("assist", "talk.ok")], steps(result)
    assert result.steps[0].outcome.facts.get("character") == "bastian"


@pytest.mark.parametrize(
    ("name", "at", "who"),
    [("ember_library", "bindery", "bastian"), ("lantern_coast", "tea-hut", "rue")],
)
def test_an_offer_of_help_with_nothing_new_to_say_is_what_is_needed_now(
    name: str, at: str, who: str
) -> None:
    """Every topic of theirs told: the offer is answered by what the story needs now (the
    hint), never "Couldn't tell you"."""
    w = world(name)
    result = played(name, at, ["what can I do to help?"], done=all_told(w, who))
    assert steps(result) == [("assist", "help.ok")], steps(result)


async def _told_as(name: str, world_id: str, place: str, *texts: str, **update: object) -> str:
    """The narration of the last of ``texts`` said at ``place`` by a player called ``name``."""
    w = world(world_id)
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator())
    live, _, _ = await game.opening(w, Persona(name=name, pronouns="he/him"))
    live.state = live.state.model_copy(update={"location": place, **update}, deep=True)
    told = await _say(game, live, *texts)
    return told[-1]


async def test_a_name_and_thanks_given_with_a_question_are_heard() -> None:
    """Corpus 29 (story 2, turn 3): "yes i am frozen. thx. i am tomasz. why lighthouse is
    dark?" met "Rue flaps that away with the tea towel": his name, his thanks and his question
    went unheard (only "yes i am frozen" reached her). Rue says his name back."""
    said = "yes i am frozen. thx. i am tomasz. why lighthouse is dark?"
    told = await _told_as("Tomasz", "lantern_coast", "tea-hut", said)
    assert "flaps that away" not in told, told
    assert "'Tomasz'" in told and "thanks" in told and "hears your question" in told, told
    assert "Maren Holt's kept that light" in told  # the answer still comes


PRIDE = [
    "i'm proud of myself for coming out tonight",
    "Honestly I feel proud of me",
    "im quite proud actually",
]


@pytest.mark.parametrize("text", PRIDE)
@pytest.mark.parametrize("fresh", [True, False])
async def test_pride_told_to_someone_is_met_warmly(text: str, fresh: bool) -> None:
    """Corpus 29: "i'm proud of myself for coming out tonight" to Rue met "Rue flaps that away
    with the tea towel" and her next topic; pride gets a warm answer of its own."""
    w = world("lantern_coast")
    done = [] if fresh else all_told(w, "rue")
    told = await _told_as("Tomasz", "lantern_coast", "tea-hut", text, done=done)
    assert "flaps that away" not in told and "Couldn't tell you" not in told, told
    assert any(line.format(first="Rue") in told for line in P.PROUD_TOLD), told


@pytest.mark.parametrize("text", ["i'm proud of you", "im so proud of pip", "proud of it?"])
def test_pride_in_someone_else_is_no_pride_of_ones_own(text: str) -> None:
    assert not proud_of_oneself(text)


async def test_go_gently_is_said_once_in_a_story_even_after_undo(saves: Saves) -> None:
    """Corpus 30 met "Go gently. You're doing fine." three times in one Lantern Coast play: a
    skill's first-time coaching came again each time the moment was undone and played again
    (the story's memory of what was said never steps back, but the coaching never asked it)."""
    w = world("lantern_coast")
    game = Game({w.id: w}, {w.id: record_of(w).version}, DefaultNarrator(), undo_depth=10)
    live = Live(w, record_of(w).version, new_state(w), 1, Persona(name="Raj", goals=()))
    said = []
    for text in ("go inside", "ask Rue what's happened to the lighthouse", "ask rue for help"):
        said.append((await game_commands_play(game, live, text)).narration)
    for _ in range(2):
        await _command(game, live, "undo", saves)
        said.append((await game_commands_play(game, live, "ask rue for help")).narration)
    assert sum("Go gently. You're doing fine." in x for x in said) == 1, said


@pytest.mark.parametrize(
    ("country", "named", "not_named"),
    [
        ("GB", "Samaritans (call 116 123, 24/7)", "findahelpline"),
        ("ie", "Samaritans", "findahelpline"),
        (None, "Find A Helpline (visit https://findahelpline.com, any time)", "Samaritans"),
    ],
)
async def test_the_honesty_note_names_the_players_own_countrys_line(
    country: str | None, named: str, not_named: str
) -> None:
    """The honesty note ("are you a real person?") pointed everyone to findahelpline.com: it
    names the first line of the character's own country, as the crisis panel does."""
    game, live = await game_at("tea-hut")
    live.country = country
    [said] = await _say(game, live, "are you a real person?")
    assert named in said and not_named not in said, said
    assert "written by software" in said
