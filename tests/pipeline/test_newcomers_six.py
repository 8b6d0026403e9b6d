"""Classes of input the sixth play-through of newcomers (issue 14) found refused or misread,
each tested in other words than the players' and over both shipped worlds: "who is X?"
answered with who X is (not where), a place named that is not next door, "her"/"him"
following the characters' pronouns, a typo in a direction before "to", and questions about
someone asked with no one here."""

from __future__ import annotations

import pytest

from tests.narrative.scenes import narrated, world
from tests.pipeline.newcomers import all_told, placed, steps
from tests.pipeline.newcomers import played as play_at
from tta_server.pipeline.play import play


# -- "who is X?": who X is, from the character's role; where only when asked where -----------
@pytest.mark.parametrize(
    ("name", "at", "speaker", "text", "subject"),
    [
        ("lantern_coast", "tea-hut", "rue", "whos maren holt?", "maren"),
        ("lantern_coast", "tea-hut", "rue", "who is skipper", "skipper"),
        ("ember_library", "bindery", "bastian", "who's juno?", "juno"),
        ("ember_library", "bindery", "bastian", "who's the cat?", "footnote"),
    ],
)
def test_who_is_someone_says_who_they_are(
    name: str, at: str, speaker: str, text: str, subject: str
) -> None:
    w, state = placed(name, at, [], done=all_told(world(name), speaker))
    played = play(w, state, text)
    assert steps(played) == [("talk", "talk.answer")], text  # answer "who": their role
    assert played.steps[0].outcome.facts["answer"] == "who"
    said = narrated(w, state, text)
    role = w.character(subject).role  # type: ignore[union-attr]
    assert role and role in said, said
    assert "From here" not in said and played.state.mentioned[0] == subject


def test_where_is_someone_still_says_where() -> None:
    w, state = placed("lantern_coast", "tea-hut", [])
    state = state.model_copy(update={"done": all_told(w, "rue")})
    played = play(w, state, "where's pip?")
    assert steps(played) == [("talk", "talk.answer")]
    assert played.steps[0].outcome.facts["answer"] == "at"


@pytest.mark.parametrize("name", ["lantern_coast", "ember_library"])
def test_every_character_has_a_role_and_pronouns(name: str) -> None:
    for ch in world(name).characters:
        assert ch.role, ch.id
        assert ch.pronouns in ("she/her", "he/him"), ch.id


# -- questions about someone with no one here: the game answers from what the player knows ---
def test_who_is_someone_with_no_one_here_is_answered() -> None:
    w, state = placed("lantern_coast", "harbour-wall", ["quay", "tea-hut"])  # Rue met
    state = state.model_copy(update={"whereabouts": {"pip": "net-loft"}})
    played = play(w, state, "who is rue?")
    assert steps(played) == [("talk", "talk.nobody")]
    assert str(w.character("rue").role) in str(played.steps[0].outcome.facts["text"])  # type: ignore[union-attr]


def test_where_is_someone_with_no_one_here_says_where_only_if_met_and_seen_there() -> None:
    w, state = placed("ember_library", "east-corridor", ["foyer", "bindery"])
    seen = play(w, state, "where is bastian?").steps[0].outcome.facts["text"]
    assert seen == "Bastian Mole is at The Bindery now: west to The Round Foyer, then west."
    unmet = play(w, state, "where's juno?").steps[0].outcome.facts["text"]
    assert unmet == "There's no one here to ask."  # never met: nothing known, not even a name
    state = state.model_copy(update={"whereabouts": {"bastian": "stacks"}})
    unseen = play(w, state, "where is bastian?").steps[0].outcome.facts["text"]
    assert unseen == "There's no one here to ask, and you don't know where Bastian Mole is."


# -- a place named that is not next door -------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "to"),
    [  # never visited, but every place on the way there was
        (
            "ember_library",
            "boiler-room",
            ["foyer", "east-corridor"],
            "walk to the bindery",
            "bindery",
        ),
        ("lantern_coast", "harbour-wall", ["quay"], "head to the dunes", "dunes"),
        (
            "lantern_coast",
            "tea-hut",
            ["quay", "chapel-street"],
            "go to lamp cottage",
            "cottage-step",
        ),
    ],
)
def test_a_place_not_seen_is_walked_to_along_places_seen(
    name: str, at: str, seen: list[str], text: str, to: str
) -> None:
    w, state = placed(name, at, seen)
    played = play(w, state, text)
    assert steps(played) == [("go", "go.ok")], text
    assert played.state.location == to


def test_a_place_further_off_says_where_the_way_starts() -> None:
    w, state = placed("ember_library", "bindery", ["foyer"])  # the reading room never seen
    played = play(w, state, "go to the stacks")
    assert steps(played) == [("go", "go.no_exit")]
    said = str(played.steps[0].outcome.facts["text"])
    assert "No path" not in said and said.endswith(
        "It starts east, to the Round Foyer, then north to the Reading Room, then north."
    )  # the whole way (play30, newcomer corpus 25)
    assert played.state.location == "bindery"


def test_a_place_behind_a_shut_way_says_so() -> None:
    w, state = placed("lantern_coast", "quay", [])  # the cliff path needs a light
    played = play(w, state, "go to the lighthouse yard")
    assert steps(played) == [("go", "go.no_exit")]
    assert played.steps[0].outcome.facts["text"] == (
        "The way to the Lighthouse Yard starts north, to Chapel Street, but it is shut just now"
        " past there."
    )
    w, state = placed("ember_library", "east-corridor", ["foyer"])  # shut right here: why
    [step] = play(w, state, "head east into the burnt wing").steps
    assert step.outcome.facts["text"] == w.location("east-corridor").exits[1].blocked  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "to"),
    [  # a place whose name starts with a direction, not that direction from here
        (
            "ember_library",
            "bindery",
            ["foyer", "east-corridor"],
            "go to the east corridor",
            "east-corridor",
        ),
        (
            "ember_library",
            "reading-room",
            ["foyer", "east-corridor"],
            "walk back to the east corridor",
            "east-corridor",
        ),
    ],
)
def test_a_place_named_with_a_direction_is_the_place(
    name: str, at: str, seen: list[str], text: str, to: str
) -> None:
    w, state = placed(name, at, seen)
    assert play(w, state, text).state.location == to, text


def test_a_common_word_is_not_part_of_a_place_name() -> None:
    w, state = placed("lantern_coast", "tideline", ["quay", "dunes", "tower-stair", "lamp-room"])
    played = play(w, state, "go back to my room")
    assert played.state.location == "tideline" and steps(played) == [("go", "go.no_exit")]


@pytest.mark.parametrize(
    ("name", "at", "text", "to"),
    [
        ("lantern_coast", "quay", "go easst to the harbour wall", "harbour-wall"),
        ("ember_library", "foyer", "walk noth to the reading room", "reading-room"),
    ],
)
def test_a_typo_in_a_direction_before_to_is_forgiven(
    name: str, at: str, text: str, to: str
) -> None:
    w, state = placed(name, at, [])
    played = play(w, state, text)
    assert played.state.location == to, text


# -- "her" / "him": the characters' pronouns ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mentioned", "to"),
    [
        ("hand her the flask", ["skipper", "maren"], "maren"),  # the dog was named last
        ("give the flask to him", ["maren", "skipper"], "skipper"),
    ],
)
def test_her_and_him_follow_pronouns(text: str, mentioned: list[str], to: str) -> None:
    played = play_at(
        "lantern_coast",
        "cottage-kitchen",
        [text],
        [],
        inventory=["flask"],
        places={"flask": "player"},
        whereabouts={"skipper": "cottage-kitchen"},
        mentioned=mentioned,
    )
    assert played.steps[0].action.obj_id == to, text


# -- words to someone, and commands with more in them ------------------------------------------
def test_an_interjection_before_words_said_is_not_the_wait_command() -> None:
    w, state = placed("lantern_coast", "tea-hut", [])
    played = play(w, state, "hang on, that's not right. who is pip?")
    assert "wait" not in [i for i, _ in steps(played)]
    assert played.steps and played.steps[0].action.intent == "talk"
    kept = play(w, state, "wait, then go out")
    assert steps(kept)[0] == ("wait", "wait.ok") and kept.state.location == "quay"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("say to maren: thanks for the cocoa. it was kind of you", "maren"),
        ("say to rue thank you, that was good of you", "rue"),
    ],
)
def test_say_to_someone_goes_to_them_and_so_does_the_rest(text: str, who: str) -> None:
    # the other one was spoken to last
    played = play_at(
        "lantern_coast",
        "tea-hut",
        [text],
        [],
        whereabouts={"maren": "tea-hut"},
        mentioned=["maren" if who == "rue" else "rue"],
    )
    assert played.steps and {s.action.target_id for s in played.steps} == {who}, text


@pytest.mark.parametrize(
    ("name", "at", "text", "who"),
    [
        ("lantern_coast", "tea-hut", "sit beside rue for a bit", "rue"),
        ("ember_library", "clock-loft", "sit down close to her, just for company", "ilse"),
        ("ember_library", "bindery", "sit with bastian", "bastian"),
    ],
)
def test_sitting_with_someone_is_company_not_sitting_on_them(
    name: str, at: str, text: str, who: str
) -> None:
    played = play_at(name, at, [text], [])
    assert steps(played) == [("sit", "act.ok")], text
    assert played.steps[0].action.target_id == who
    assert "sit on" not in str(played.steps[0].outcome.facts.get("text"))


def test_pushing_an_open_door_open_goes_on_to_the_next_clause() -> None:
    w, state = placed("ember_library", "bridge-steps", [])
    played = play(w, state, "pull the door open, then walk in")
    assert [k for _, k in steps(played)] == ["open.already_open", "go.ok"]
    assert played.state.location == "foyer"


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("ember_library", "stacks", "search the shelves for my own book"),
        ("lantern_coast", "quay", "look at my own hands"),
    ],
)
def test_my_own_is_not_part_of_a_name(name: str, at: str, text: str) -> None:
    played = play_at(name, at, [text], [])
    assert played.steps, text
    assert "own" not in (played.steps[0].action.target_text or "").split()


def test_help_you_with_a_verb_the_game_does_not_know_helps_them() -> None:
    played = play_at("lantern_coast", "harbour-wall", ["could i help you tidy up?"], [])
    assert played.steps and played.steps[0].action.target_id == "pip"


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("ember_library", "boiler-room", "speak to the ember"),
        ("lantern_coast", "quay", "talk to the fog bell"),
    ],
)
def test_talking_to_a_thing_says_it_does_not_answer(name: str, at: str, text: str) -> None:
    played = play_at(name, at, [text], [])
    assert steps(played) == [("talk", "talk.thing")], text
    assert "doesn't answer" in str(played.steps[0].outcome.facts["text"])


def test_write_with_a_colon_at_a_page_that_takes_your_words_is_that_moment() -> None:
    held = ["your-book", "mending-pen"]
    w, state = placed(
        "ember_library",
        "stacks",
        ["foyer"],
        inventory=held,
        places=dict.fromkeys(held, "player"),
        flags=["read-own-page"],
    )
    for text in (
        "write underneath with the pen: slow is still finishing",
        "write: i am learning, and that counts",
    ):
        [step] = play(w, state, text).steps
        assert step.outcome.message_key == "verb.ok", text
        assert step.action.target_text == text.split(": ", 1)[1]


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        (
            "lantern_coast",
            "cottage-kitchen",
            "maren, i don't know the first thing. will you show me?",
        ),
        ("ember_library", "bindery", "bastian, the pages are scorched. show me how?"),
    ],
)
def test_show_me_is_asking_to_be_shown(name: str, at: str, text: str) -> None:
    played = play_at(name, at, [text], [])
    assert played.steps and all(s.action.intent == "talk" for s in played.steps), text
    assert all(s.outcome.message_key != "act.refused" for s in played.steps)


def test_what_is_in_my_pockets_is_the_inventory() -> None:
    w, state = placed("lantern_coast", "quay", [])
    for text in ("what's in my pockets?", "whats in my pockts", "what have i got in my bag"):
        assert steps(play(w, state, text))[0][0] == "inventory", text


def test_giving_two_things_gives_both_to_the_same_person() -> None:
    held = ["cool-ember", "fenn-glasses"]
    w, state = placed(
        "ember_library", "clock-loft", [], inventory=held, places=dict.fromkeys(held, "player")
    )
    for text in ("hand her the glasses and the ember", "give the ember and the glasses to ilse"):
        played = play(w, state, text)
        assert [(s.action.target_id, s.action.obj_id) for s in played.steps] == [
            (x, "ilse") for x in (held if "ember and" in text else held[::-1])
        ], text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("yes. mine says i never get anything right", "kind"),  # yes, then a "never"
        ("yes, one that says i'm never good enough", "kind"),
        ("no, never had one", "unsure"),
    ],
)
def test_an_opening_yes_or_no_answers_before_a_never_further_on(text: str, answer: str) -> None:
    w, state = placed("ember_library", "bindery", [], asking={"bastian": "harsh-page"})
    [step] = play(w, state, text).steps
    bastian = w.character("bastian")
    assert bastian is not None
    asks = next(t.asks for t in bastian.topics if t.asks and t.asks.id == "harsh-page")
    assert asks is not None
    assert step.outcome.facts["text"] == getattr(asks, answer), text


@pytest.mark.parametrize(
    ("name", "at", "seen", "text", "to"),
    [  # "go <verb> ...": the verb's clause, or going where someone is
        ("ember_library", "reading-room", ["foyer", "bindery"], "go see bastian", "bindery"),
        ("ember_library", "foyer", ["foyer", "reading-room"], "go find juno", "reading-room"),
        ("lantern_coast", "chapel-street", ["quay"], "lets go visit rue", "tea-hut"),
    ],
)
def test_go_see_someone_goes_where_they_are(
    name: str, at: str, seen: list[str], text: str, to: str
) -> None:
    w, state = placed(name, at, seen)
    assert play(w, state, text).state.location == to, text


def test_go_get_something_takes_it_and_go_and_find_after_a_place_searches() -> None:
    assert steps(play_at("ember_library", "foyer", ["go grab the biscuits"], []))[0][0] == "take"
    played = play_at(
        "ember_library", "reading-room", ["walk to the stacks and find my own book"], ["stacks"]
    )
    assert [i for i, _ in steps(played)] == ["go", "search"]


def test_ill_without_its_apostrophe_before_a_command_is_i_will() -> None:
    w, state = placed("lantern_coast", "quay", [])
    played = play(w, state, "ill go in to see rue")
    assert played.state.location == "tea-hut"


@pytest.mark.parametrize(
    ("name", "at", "text", "intent"),
    [
        ("ember_library", "boiler-room", "kick the stove door shut", "close"),
        ("lantern_coast", "cottage-kitchen", "push the door to", "close"),
    ],
)
def test_pushing_or_kicking_something_shut_closes_it(
    name: str, at: str, text: str, intent: str
) -> None:
    played = play_at(name, at, [text], [])
    assert played.steps and played.steps[0].action.intent == intent, text


def test_feeding_someone_names_the_food_lying_here() -> None:
    [step] = play_at("ember_library", "foyer", ["feed the cat"], []).steps
    assert step.outcome.message_key == "give.not_held"
    assert "cat biscuits. It's right here" in str(step.outcome.facts["text"])


def test_giving_the_food_lying_here_picks_it_up_and_gives_it() -> None:
    """Newcomer 18: a thing named in a give, lying here, is taken and given, not refused."""
    steps = play_at("ember_library", "foyer", ["give the cat biscuits to footnote"], []).steps
    assert [s.outcome.message_key for s in steps][:1] == ["take.ok"], steps
    assert steps[-1].action.intent == "give" and steps[-1].outcome.message_key != "give.not_held"


def test_going_through_a_locked_way_with_its_key_in_hand_says_to_unlock_it() -> None:
    w, state = placed(
        "ember_library",
        "clock-stair",
        [],
        inventory=["study-key"],
        places={"study-key": "player"},
        flags=["ilse-confessed"],
    )
    [step] = play(w, state, "go into the study").steps
    assert step.outcome.message_key == "go.blocked"
    assert step.outcome.facts["text"] == (
        "The study door is locked, and the small brass key is in your hand: unlock it, then go in."
    )
    assert [k for _, k in steps(play(w, state, "unlock the door and go in"))] == [
        "open.ok",
        "go.ok",
    ]
    [step] = play_at("ember_library", "clock-stair", ["go into the study"], []).steps  # no key
    assert "Whoever locked it" in str(step.outcome.facts["text"])


def test_bringing_something_to_someone_elsewhere_walks_there_first() -> None:
    held = {"inventory": ["cool-ember"], "places": {"cool-ember": "player"}}
    w, state = placed("ember_library", "clock-stair", ["clock-loft"], **held)
    played = play(w, state, "bring the ember up to ilse")
    assert steps(played) == [("go", "go.ok"), ("give", "give.ok")]
    assert played.state.location == "clock-loft"
    w, state = placed(
        "lantern_coast", "cottage-step", [], inventory=["flask"], places={"flask": "player"}
    )
    [step] = play(w, state, "bring the flask to maren").steps  # her door is shut: why
    assert step.outcome.message_key == "go.no_exit" and step.outcome.facts.get("text")


@pytest.mark.parametrize(
    "text",
    [
        "search the catalogue for my name",
        "open a drawer of the card catalogue",
        "search the drawers",
    ],
)
def test_searching_or_opening_the_catalogue_consults_it(text: str) -> None:
    w, state = placed("ember_library", "foyer", [])
    played = play(w, state, text)
    assert steps(played)[0][1] == "verb.ok", text
    assert "catalogue-card" in played.state.inventory


@pytest.mark.parametrize(
    "text",
    ["ilse, the ember from the boiler room. here you go", "this is for you", "here you are"],
)
def test_words_that_hand_something_over_give_it(text: str) -> None:
    held = {"inventory": ["cool-ember"], "places": {"cool-ember": "player"}}
    played = play_at("ember_library", "clock-loft", [text], [], **held)
    assert [(s.action.intent, s.action.target_id) for s in played.steps] == [
        ("give", "cool-ember")
    ], text


@pytest.mark.parametrize(
    ("name", "at", "text"),
    [
        ("lantern_coast", "tea-hut", "goodbye rue. see you later"),
        ("ember_library", "bindery", "right, i should be off now"),
        ("ember_library", "bindery", "back soon"),
    ],
)
def test_a_leave_taking_is_one_goodbye(name: str, at: str, text: str) -> None:
    played = play_at(name, at, [text], [])
    assert [(s.action.intent, s.action.target_text) for s in played.steps] == [
        ("talk", "goodbye")
    ], text


@pytest.mark.parametrize(
    "text",
    [
        "i can see the chalk path, hear the waves, feel the cold on my hands",
        "hear the sheep, smell salt and feel the ground under me",
    ],
)
def test_naming_what_the_senses_find_is_the_grounding_moment(text: str) -> None:
    held = {"inventory": ["storm-lantern"], "places": {"storm-lantern": "player"}}
    w, state = placed("lantern_coast", "cliff-path", [], **held)
    [step] = play(w, state, text).steps
    assert (step.action.intent, step.outcome.message_key) == ("notice", "verb.ok"), text
    assert step.action.target_text == text
    elsewhere = play_at("lantern_coast", "quay", [text], [], **held)  # no moment open: the senses
    assert "notice" not in [i for i, _ in steps(elsewhere)]


def test_sitting_near_a_thing_sits_here_not_on_it() -> None:
    [step] = play_at("ember_library", "boiler-room", ["sit down close to the stove"], []).steps
    assert step.action.target_id is None and "on the" not in str(step.outcome.facts.get("text"))
