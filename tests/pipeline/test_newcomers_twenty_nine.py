"""What newcomer corpus 29 (a widow from Galway, both worlds, typing plainly) met on main, each
fixed and proved here: courtesy round a standard command ("score please": "I don't know the word
'score'"); a move after words to someone who is not here dropped ("tell maren thanks and go
down" in the lamp room); relief said to no one ("thank God": "There's no sign of any god
here") and tears ("cry": "I don't know the word 'cry'"); no character with a word of their own
family; hints sending her where she already was; "go back", "leave", "leave the library", "go
down to the foyer"; stale text (the ember "on the bricks", "the fluttering page" lying flat,
the pen carried after Ilse wrote with it, a sleeping Footnote biting, Juno saying nobody has
seen Ilse); "yes, i hear you, but it's not on you" read as a yes to self-blame; "x me" without
her name; stock lines again and again; breathing beside Skipper; a letter to Declan;
"Goodnight to you all" answered by one of two."""

from __future__ import annotations

import re

import pytest

from tests.narrative.scenes import narrated, told, world
from tests.pipeline.newcomers import placed, played, steps
from tests.pipeline.walkthroughs import EMBER_LIBRARY, LANTERN_COAST
from tta_server.narrative import phrases as P
from tta_server.narrative.stock import stock_prints
from tta_server.narrative.told import fingerprint
from tta_server.pipeline.clauses import in_english
from tta_server.pipeline.meta import Command, Meta, recognise
from tta_server.pipeline.play import play
from tta_server.world import World, WorldState, new_state
from tta_server.world.disclosures import disclosed
from tta_server.world.feelings import named_feelings


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("score please", Command.SCORE),
        ("Score, please!", Command.SCORE),
        ("please score", Command.SCORE),
        ("can i see my score?", Command.SCORE),
        ("what's my score", Command.SCORE),
        ("undo please", Command.UNDO),
        ("could you undo", Command.UNDO),
        ("restore please", Command.RESTORE),
    ],
)
def test_a_command_asked_politely_is_the_command(text: str, command: Command) -> None:
    assert recognise(text) == Meta(command)


def test_save_please_saves_to_the_main_slot_not_one_called_please() -> None:
    assert recognise("save please") == Meta(Command.SAVE)
    assert recognise("save bridge") == Meta(Command.SAVE, "bridge")


@pytest.mark.parametrize("text", ["g please", "q now", "score the goal"])
def test_words_round_a_letter_or_a_command_in_a_sentence_are_no_command(text: str) -> None:
    assert recognise(text) is None


@pytest.mark.parametrize(
    "text",
    ["tell Maren thanks and go down", "say goodbye to Maren then go down", "bye maren. down"],
)
def test_a_move_after_words_to_someone_away_still_moves(text: str) -> None:
    result = played("lantern_coast", "lamp-room", [text], ["tower-stair"])
    assert steps(result)[-1] == ("go", "go.ok"), steps(result)
    assert result.state.location == "tower-stair"


RELIEF = ["thank God", "Thank goodness!", "thank heavens, that's better", "oh thank god for that"]
TEARS = ["cry", "i cry", "I start to cry", "i'm crying", "sob quietly"]


@pytest.mark.parametrize(
    ("text", "feeling"), [*((t, "relieved") for t in RELIEF), *((t, "tearful") for t in TEARS)]
)
def test_relief_and_tears_alone_are_a_feeling_received(text: str, feeling: str) -> None:
    w, state = placed("ember_library", "bridge-steps")
    result = played("ember_library", "bridge-steps", [text])
    assert result.steps == () and result.feelings == (feeling,) and not result.unknown
    told = narrated(w, state, text)
    assert "god" not in told.lower() and "know the word" not in told, told


@pytest.mark.parametrize(
    ("name", "at"),
    [("ember_library", "bindery"), ("lantern_coast", "tea-hut"), ("ember_library", "foyer")],
)
@pytest.mark.parametrize(
    ("text", "key"), [*((t, "talk.relief") for t in RELIEF), *((t, "talk.tears") for t in TEARS)]
)
def test_relief_and_tears_in_company_are_heard_never_thanks(
    name: str, at: str, text: str, key: str
) -> None:
    """Rue met "thank God" with "waves the thanks away"; Bastian met "cry" with his topic of
    Ilse not crying, "sob" with his topic of bindings."""
    assert steps(played(name, at, [text])) == [("talk", key)]


def test_tears_in_company_are_not_quoted_as_words() -> None:
    w, state = placed("ember_library", "bindery")
    told = narrated(w, state, "cry")
    assert "'Cry" not in told and "Bastian" in told, told


PEOPLE = [
    ("ember_library", "reading-room", "juno"),
    ("ember_library", "bindery", "bastian"),
    ("ember_library", "clock-loft", "ilse"),
    ("lantern_coast", "tea-hut", "rue"),
    ("lantern_coast", "harbour-wall", "pip"),
    ("lantern_coast", "cottage-kitchen", "maren"),
]
FAMILY = [
    "do you have family?",
    "tell me about your family",
    "have you children?",
    "are you married?",
    "have you got any kids?",
]


@pytest.mark.parametrize("name", ["ember_library", "lantern_coast"])
def test_every_character_has_a_family_line(name: str) -> None:
    for ch in world(name).characters:
        assert ch.family, ch.id


@pytest.mark.parametrize(("name", "at", "who"), PEOPLE)
@pytest.mark.parametrize("text", FAMILY)
def test_asked_about_family_a_character_tells_of_their_own(
    name: str, at: str, who: str, text: str
) -> None:
    """Newcomer corpus 29: "do you have family?" met Rue's name and age, "tell me about your
    family" a topic of the story, "have you children?" a word the game did not know."""
    w, state = placed(name, at)
    state = play(w, state, f"talk to {who}").state
    assert steps(play(w, state, f"{who}, {text}")) == [("talk", "talk.family")]
    ch = w.character(who)
    assert ch is not None and ch.family is not None
    told = narrated(w, state, f"{who}, {text}")
    assert ch.family[:40] in told, told


async def test_asked_again_they_say_so_and_never_contradict_it() -> None:
    """Asked twice, Rue's plain line ("There are always people") took back her answer."""
    w = world("lantern_coast")
    lines = await told(w, ["go in", "do you have family?", "have you children?"])
    rue = w.character("rue")
    assert rue is not None and rue.family is not None
    assert rue.family[:40] in lines[1][1]
    again = lines[2][1]
    assert rue.family[:40] not in again and "There are always people" not in again, again
    assert "already" in again or "before" in again, again


@pytest.mark.parametrize(
    ("name", "at", "done", "there"),
    [
        ("lantern_coast", "tea-hut", [], "tea hut already"),
        ("lantern_coast", "harbour-wall", ["hear-about-maren"], "right here"),
        ("ember_library", "bindery", [], "right here"),
        ("ember_library", "reading-room", ["meet-bastian", "answer-own-page"], "right here"),
    ],
)
def test_a_hint_never_sends_the_player_where_they_already_are(
    name: str, at: str, done: list[str], there: str
) -> None:
    """Newcomer corpus 29: inside the tea hut, the hint still said "Go in and ask her"."""
    [step] = played(name, at, ["hint"], steps_done=done).steps
    hint = str(step.outcome.facts["hint"])
    assert there in hint and "Go in" not in hint and "West of the foyer" not in hint, hint
    assert "east of the quay" not in hint and "is in the reading room" not in hint, hint


SEEN = ["bridge-steps", "foyer", "bindery", "reading-room", "stacks", "east-corridor"]


@pytest.mark.parametrize(
    "back", ["go back", "back", "turn back", "return", "go back the way i came"]
)
def test_going_back_is_the_way_the_player_came(back: str) -> None:
    result = played("ember_library", "foyer", ["w", back], SEEN)
    assert steps(result)[-1] == ("go", "go.ok") and result.state.location == "foyer"
    again = played("ember_library", "foyer", ["n", "n", back], SEEN)
    assert again.state.location == "reading-room", steps(again)


def test_going_back_before_going_anywhere_says_so_kindly() -> None:
    result = played("ember_library", "bridge-steps", ["go back"])
    assert steps(result) == [("go", "go.no_exit")] and result.state.location == "bridge-steps"
    assert "nowhere to go back to" in str(result.steps[0].outcome.facts["text"])


@pytest.mark.parametrize(
    ("name", "at", "text", "to"),
    [
        ("lantern_coast", "lamp-room", "leave", "tower-stair"),
        ("ember_library", "reading-room", "say goodbye to Juno then leave", "foyer"),
        ("ember_library", "reading-room", "leave the reading room", "foyer"),
        ("ember_library", "stacks", "leave the library", "bridge-steps"),
        ("ember_library", "clock-stair", "go down to the foyer", "foyer"),
    ],
)
def test_leaving_a_place_or_going_down_to_one_gets_there(
    name: str, at: str, text: str, to: str
) -> None:
    """Newcomer corpus 29: "leave the library" met "You don't have any library with you",
    "leave" with no way called out "Nothing leads out from here", "go down to X" stopped a
    floor short."""
    seen = [*SEEN, "clock-stair", "tower-stair", "lighthouse-yard"]
    result = played(name, at, [text], seen)
    assert steps(result)[-1] == ("go", "go.ok") and result.state.location == to, steps(result)


def test_leaving_where_the_story_began_is_not_going_in() -> None:
    result = played("ember_library", "bridge-steps", ["leave"])
    assert result.state.location == "bridge-steps"


def _ended_library() -> tuple[World, WorldState]:
    w = world("ember_library")
    state = new_state(w)
    for text in EMBER_LIBRARY:
        state = play(w, state, text).state
    assert state.ended
    return w, state


def test_after_the_ending_the_pen_is_with_ilse_who_wrote_with_it() -> None:
    """The ending has Ilse uncap the mending pen; the player still carried it."""
    _, state = _ended_library()
    assert "mending-pen" not in state.inventory
    assert state.places.get("mending-pen") == "ilse"


def test_after_the_ending_a_sleeping_footnote_does_not_bite_and_wake() -> None:
    """Stroked after the ending he "bites you very gently", then "doesn't wake" a turn later."""
    w, state = _ended_library()
    state = state.model_copy(update={"location": "foyer"})
    told = narrated(w, state, "stroke footnote")
    assert "bites" not in told and "sleep" in told, told


@pytest.mark.parametrize("done", [["find-ilse"], ["find-ilse", "mend-book"]])
def test_once_ilse_is_found_juno_no_longer_says_nobody_has_seen_her(done: list[str]) -> None:
    w, state = placed("ember_library", "reading-room", flags=["juno-freed"], steps_done=done)
    told = narrated(w, state, "ask juno about ilse")
    assert "Nobody's seen her come down" not in told and "Ilse" in told, told


def test_the_cooled_stove_does_not_say_the_ember_is_on_the_bricks() -> None:
    """Said still after the ember was taken and given to Ilse."""
    w, state = placed("ember_library", "boiler-room", flags=["anger-named", "ember-cooled"])
    told = narrated(w, state, "x stove")
    assert "on the bricks" not in told, told


def test_juno_s_page_once_mended_is_no_longer_called_fluttering() -> None:
    w, state = placed("ember_library", "reading-room", flags=["juno-freed", "juno-told"])
    told = narrated(w, state, "x page")
    assert "fluttering" not in told.lower(), told


@pytest.mark.parametrize(
    "text",
    [
        "yes, i hear you, but it's not on you",
        "i hear you, but it's not on you",
        "I hear what you're saying, but it isn't your fault",
    ],
)
def test_i_hear_you_but_not_on_you_is_a_kind_reply_to_self_blame(text: str) -> None:
    """Newcomer corpus 29: to Pip's "It is my fault. Isn't it?" this was read as a yes ("I
    knew it," she whispers) and "hear" as the verb listen."""
    w = world("lantern_coast")
    state = new_state(w)
    for typed in LANTERN_COAST[:7]:  # on the harbour wall, Pip asking whether it is her fault
        state = play(w, state, typed).state
    assert state.asking.get("pip") == "fault"
    [step] = play(w, state, text).steps
    assert step.outcome.message_key == "talk.reply" and step.outcome.facts["reading"] == "kind"


@pytest.mark.parametrize(("name", "at"), [("lantern_coast", "quay"), ("ember_library", "foyer")])
@pytest.mark.parametrize("text", ["x me", "look at myself", "examine yourself"])
def test_a_look_at_yourself_names_your_character_and_pronouns(
    name: str, at: str, text: str
) -> None:
    w, state = placed(name, at)
    told = narrated(w, state, text)
    assert "Mara (she/her)" in told, told


def test_an_attitude_line_is_said_once_a_story() -> None:
    """Newcomer corpus 29 met "Something settles between you and Bastian: trust, plainly." many
    times in a session (each time his trust came back to that value)."""
    w = world("ember_library")
    line = "Something settles between you and Bastian: trust, plainly."
    assert fingerprint(line) in stock_prints(w, "Mara", "she/her")


async def test_the_lead_for_words_not_understood_is_said_once_a_story() -> None:
    """ "The words hang in the air, and nothing answers them." came back every 50 turns."""
    w = world("lantern_coast")
    lines = await told(w, ["frobnicate the wug", "look", "wait"] * 45)
    for lead in P.NOT_UNDERSTOOD["gentle"]:
        said = [n for _, n, _ in lines if lead in n]
        assert len(said) <= 1, (lead, len(said))


async def test_each_first_skill_is_named_in_another_frame() -> None:
    """ "That was slow breathing: ...", "That was grounding: ...": the same frame each skill."""
    w = world("ember_library")
    lines = await told(w, EMBER_LIBRARY)
    framed = [n for _, n, _ in lines if re.search(r"That was [a-z ]+: ", n)]
    assert len(framed) <= 1, framed
    assert sum(
        bool(re.search(r"(?:That was|You.ve just practised) [a-z ]+: ", n)) for _, n, _ in lines
    )


@pytest.mark.parametrize(
    "text",
    [
        "breathe slow near skipper",
        "breathe slow skipper",
        "calm skipper",
        "breathe next to the dog",
    ],
)
def test_breathing_beside_skipper_is_the_breathing_that_calms_him(text: str) -> None:
    """Newcomer corpus 29: "breathe slow" with the Skipper named met "That doesn't seem to
    belong to this place"."""
    result = played("lantern_coast", "dune-hollow", [text], ["dunes"])
    assert steps(result)[-1] == ("breathe", "verb.ok"), steps(result)
    assert "skipper-calm" in result.state.flags


@pytest.mark.parametrize(
    ("text", "who", "words"),
    [
        ("write a letter to Declan with the pen", "Declan", ""),
        ("write to my husband: i miss you every day", "your husband", "I miss you every day."),
        ("i write Declan a note saying thank you for everything", "Declan", "Thank you"),
    ],
)
def test_a_letter_to_someone_away_is_written_in_the_players_words(
    text: str, who: str, words: str
) -> None:
    """Newcomer corpus 29: "write a letter to Declan with the pen" met "You can't find any
    letter to declan here"."""
    w, state = placed("ember_library", "bindery", held=["mending-pen"])
    result = play(w, state, text)
    assert result.steps == () and result.state == state
    told = narrated(w, state, text)
    assert f"write to {who}" in told and words in told, told
    assert "can't find" not in told and "know the word" not in told, told


def test_a_letter_written_with_the_pen_in_hand_names_the_pen() -> None:
    w, state = placed("ember_library", "bindery", held=["mending-pen"])
    assert "mending pen" in narrated(w, state, "write a letter to Declan with the pen")


@pytest.mark.parametrize(
    "text", ["Goodnight to you all", "goodnight to all of you", "bye to everyone"]
)
def test_goodnight_to_you_all_is_said_to_everyone_here(text: str) -> None:
    """Newcomer corpus 29: with Bastian and Ilse in the bindery, only one of them answered."""
    result = played("ember_library", "bindery", [text], whereabouts={"ilse": "bindery"})
    assert steps(result) == [("talk", "talk.goodbye")] * 2, steps(result)
    assert {s.action.target_id for s in result.steps} == {"bastian", "ilse"}


@pytest.mark.parametrize(
    "text",
    [
        "I'm a widow myself. Declan died two years ago.",
        "Declan died two years ago",
        "my late husband loved this sort of place",
        "i lost him two winters ago",
    ],
)
def test_a_loss_told_is_heard_kindly_by_whoever_is_here(text: str) -> None:
    """Newcomer corpus 29: "I'm a widow myself. Declan died two years ago." to Bastian met
    his topic of the mending pen, then of Fenn."""
    assert steps(played("ember_library", "bindery", [text])) == [("talk", "talk.disclosed")]


@pytest.mark.parametrize("text", ["the fire died down", "the light died", "it died"])
def test_a_thing_that_died_down_is_no_loss_told(text: str) -> None:
    assert not disclosed(text)


@pytest.mark.parametrize("text", ["come back", "come back skipper"])
def test_come_back_is_a_call_to_a_companion_not_going_back(text: str) -> None:
    result = played("lantern_coast", "dune-hollow", [text], ["dunes"], came_from="dunes")
    assert result.state.location == "dune-hollow" and steps(result)[0][0] == "talk"


@pytest.mark.parametrize(
    "text",
    [
        "rue i worry about money. they cut my hours at work",
        "not so good honestly. money is tight",
        "my heart go fast at night because of money stress",
    ],
)
def test_money_worries_told_are_heard_kindly(text: str) -> None:
    """The second player of corpus 29 (on main's working copy) told Rue "i worry about money.
    they cut my hours at work" and heard "Couldn't tell you, love. Ask me about the light"."""
    assert steps(played("lantern_coast", "tea-hut", [text])) == [("talk", "talk.disclosed")]


def test_how_you_deal_without_do_asks_how_they_cope() -> None:
    text = "rue can i ask you. how you deal when money is bad and you are tired all the time?"
    assert steps(played("lantern_coast", "tea-hut", [text])) == [("talk", "talk.coping")]


def test_sleeping_very_bad_is_short_of_sleep() -> None:
    assert "short of sleep" in named_feelings("i sleep very bad after night shifts")


def test_a_feeling_told_is_never_answered_with_a_sentence_broken_off() -> None:
    """ "'Course you're tired. Anyone would be. Doesn't mean you can't, though.' Can't what?"
    (newcomer 16 and the second player of corpus 29)."""
    assert not any("you can't, though" in line for line in P.FEELING_TOLD)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("dzięki wszystkim. dobranoc", "thanks all. goodnight"),
        ("dzięki ilse. i will go to the study", "thanks ilse. i will go to the study"),
        ("Merci!", "thanks!"),
        ("dobranoc rue", "goodnight rue"),
        ("mercier", "mercier"),
    ],
)
def test_thanks_and_goodnight_in_the_players_own_language(text: str, english: str) -> None:
    """The second player of corpus 29: "dzięki wszystkim. dobranoc" met "I don't know the
    words"."""
    assert in_english(text) == english


def test_thanks_and_goodnight_in_polish_play_as_in_english() -> None:
    here = {"whereabouts": {"ilse": "bindery"}}
    polish = played("ember_library", "bindery", ["dzięki wszystkim. dobranoc"], **here)
    english = played("ember_library", "bindery", ["thanks all. goodnight"], **here)
    assert steps(polish) == steps(english) and steps(polish), steps(polish)
