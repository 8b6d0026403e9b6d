"""The validator: every problem of a world file at once, as ``file: entry: problem`` lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.world.tiny import TINY
from tta_server.world import WorldError, load_world, prose_nouns, validate_file

BROKEN = """
[world]
id = "broken"
title = "Broken"
summary = "A world with many mistakes."
goals = ["managing_anxiety"]
skills = ["grounding", "reframing"]
start = "yard"
intro = "TODO write an intro"

[guide]
character = "nobody"
check_in = "How are you?"
grounding = "Name three things."
pause = "Rest."

[[locations]]
id = "yard"
name = "Yard"
descriptions = ["A yard.", "A yard again."]
exits = [
  { dir = "n", to = "nowhere-land" },
  { dir = "e", to = "hut", locked = true },
  { dir = "e", to = "hut" },
  { dir = "w", to = "hut", when = [{ flag = "never-set" }], blocked = "No." },
]

[[locations]]
id = "hut"
name = "Hut"
descriptions = ["A hut."]
exits = [{ dir = "sideways", to = "yard" }, { dir = "n", to = "cellar" }]

[[locations]]
id = "cellar"
name = "Cellar"
descriptions = ["Dark.", "Damp."]
exits = [{ dir = "s", to = "hut" }]

[[locations]]
id = "island"
name = "Island"
descriptions = ["Sea all round.", "Gulls."]

[[locations]]
id = "yard"
name = "Second yard"
descriptions = ["Again.", "And again."]

[[items]]
id = "stone"
name = "a stone"
description = "A stone."
at = "yard"

[[items]]
id = "anchor"
name = "an anchor"
description = "Too heavy."
at = "island"
portable = false

[[items]]
id = "ghost"
name = "a ghost"
description = "Nobody puts it anywhere."

[[items.uses]]
verb = "take"
text = "You take it."

[[characters]]
id = "keeper"
name = "Keeper"
description = "Old."
at = "hut"
carries = ["stone"]
default = "Hm."

[[characters.topics]]
id = "anchor"
keywords = ["anchor"]
when = [{ has_item = "anchor" }, { attitude_at_least = "keeper", value = 3 }, { bogus = "x" }]
text = "About the anchor."
effects = [{ place_item = "stone", to = "the-moon" }, { practise_skill = "cooling_anger" }]

[arc]
[[arc.steps]]
id = "first"
title = "First"
text = "Done."
hint = "Do it."

[arc.ending]
title = "End"
text = "The end."

[[beats]]
id = "b"
skill = "grounding"
invite = "Notice things."
via = "verb:look-around"
"""

EXPECTED = [
    "[world]: intro holds placeholder text",
    "location 'hut': descriptions: needs at least 2 entries",
    "location 'hut': exits['sideways'].dir: 'sideways' is not allowed; use 'n', 's', 'e', 'w', "
    "'ne', 'nw', 'se', 'sw', 'up', 'down', 'in' or 'out'",
    "character 'keeper': topics['anchor'].when[#3]: a condition is a table with exactly one of: "
    "has_item, flag, not_flag, at, attitude_at_least, step_done, visited",
    "location 'yard': duplicate id: an earlier location uses it too",
    "[guide]: character 'nobody' is not a character",
    "location 'yard' exit n: goes to unknown location 'nowhere-land'",
    "location 'yard' exit e: is locked, but no key or unlock_exit effect opens it",
    "location 'yard' exit e: can be shut but has no 'blocked' text to explain why",
    "location 'yard' exit e: duplicate exit: another exit also goes e",
    "location 'island': cannot be reached from the start 'yard' by any exit",
    "item 'stone': is in two places: at = 'yard' and character 'keeper'",
    "item 'ghost': starts nowhere and no place_item effect ever places it",
    "item 'ghost' use 'take': 'take' is a built-in intent and cannot be a use",
    "arc step 'first': has no conditions and no complete_step effect completes it",
    "beat 'b': via 'verb:look-around' is not a use, topic, reaction or verb",
    "location 'yard' exit w: can never be true: no set_flag effect sets 'never-set'",
    "character 'keeper' topic 'anchor': can never be true: item 'anchor' can never be carried",
    "character 'keeper' topic 'anchor': can never be true: keeper's attitude starts at 0 and can "
    "rise to 0, not 3",
    "character 'keeper' topic 'anchor': place_item to 'the-moon' is not a location, a character, "
    "'player', 'here' or 'nowhere'",
    "character 'keeper' topic 'anchor': practises 'cooling_anger', which [world] skills omits",
    "[world]: skill 'grounding' is listed but nothing practises it",
    "[world]: skill 'reframing' is listed but nothing practises it",
]


def write(tmp_path: Path, text: str, name: str = "sample.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_tiny_world_is_sound(tiny_path: Path) -> None:
    assert validate_file(tiny_path) == []
    world = load_world(tiny_path)
    assert world.id == "tiny"
    assert world.initial_place("brass-key") == "keeper"
    assert world.initial_place("shell") == "nowhere"


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    problems = validate_file(write(tmp_path, BROKEN, "broken.toml"))
    assert problems == [f"broken.toml: {line}" for line in EXPECTED]


def test_load_world_raises_with_the_whole_list(tmp_path: Path) -> None:
    path = write(tmp_path, BROKEN, "broken.toml")
    with pytest.raises(WorldError) as caught:
        load_world(path)
    assert caught.value.problems == validate_file(path)
    assert str(caught.value).startswith("broken.toml: 23 problem(s); the first: ")


def test_unreadable_files_are_one_line(tmp_path: Path) -> None:
    problems = validate_file(write(tmp_path, "[world\nid = 1"))
    assert len(problems) == 1
    assert problems[0].startswith("sample.toml: cannot be read: ")
    assert validate_file(tmp_path / "absent.toml")[0].startswith("absent.toml: cannot be read")


def test_missing_sections_are_named(tmp_path: Path) -> None:
    problems = validate_file(write(tmp_path, "[extra]\nx = 1\n"))
    assert problems == [
        "sample.toml: [extra]: unknown section; use: world, guide, locations, items, "
        "characters, verbs, arc, beats, scenery",
        "sample.toml: [world]: is missing",
        "sample.toml: [guide]: is missing",
        "sample.toml: [arc]: is missing (it needs steps and an ending)",
    ]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            'locked = true\nkey = "brass-key"',
            'key = "brass-key"',
            "location 'yard' exit n: has a key but is not locked (add locked = true)",
        ),
        (
            'otherwise = "You need something to light it with."\n',
            "",
            "item 'lamp' use 'light': has conditions but no 'otherwise' text for when they fail",
        ),
        (
            'via = "verb:count"',
            'via = "talk:keeper:fog"',
            "beat 'count-fog': via 'talk:keeper:fog' does not practise 'grounding'",
        ),
        (
            'at = "hut"\n\n[[items.uses]]',
            'at = "attic"\n\n[[items.uses]]',
            "item 'matches': at 'attic' is not a location, a character, 'player' or 'nowhere'",
        ),
        (
            '{ place_item = "brass-key", to = "player" }',
            '{ place_item = "brass-key", to = "player" }, { clear_flag = "lamp-lt" }',
            "character 'keeper' topic 'key': clear_flag 'lamp-lt' is never set (a misspelt flag?)",
        ),
        (
            'when = [{ flag = "lamp-lit" }]',
            'when = [{ flag = "lamp-lit" }, { not_flag = "lamp-lit" }]',
            "arc step 'light-lamp': can never be true: needs 'lamp-lit' set and not set",
        ),
        (
            'effects = [{ set_flag = "fog-gone" }]',
            'effects = [{ set_flag = "fog-gone" }, { unlock_exit = "hut", dir = "w" }]',
            "verb 'count': unlock_exit: exit w of 'hut' is not locked",
        ),
        (
            'id = "count"\nverb = "count"',
            'id = "count"\nverb = "take"',
            "verb 'count': 'take' is a built-in intent and cannot be a world verb",
        ),
        (
            'text = "The keeper nods."',
            'text = "The keeper nods."\nwhen = [{ step_done = "finale" }]\notherwise = "Not now."',
            "character 'keeper' reaction 'thank': step_done 'finale' is not an arc step",
        ),
        (
            'text = "The keeper nods."',
            'text = "The keeper nods."\nwhen = [{ visited = "attic" }]\notherwise = "Not now."',
            "character 'keeper' reaction 'thank': visited 'attic' is not a location",
        ),
        (
            'description = "Cool and smooth."',
            'description = "Cool and smooth."\ncolour = "grey"',
            "item 'stone': colour: is not a known key here",
        ),
        (
            'aliases = ["stone", "pebble"]',
            'aliases = ["stone", "key"]',
            "item 'brass-key': alias 'key' also names item 'stone'; a player could not tell them "
            "apart",
        ),
        (
            'aliases = ["notice"]',
            'aliases = ["look"]',
            "verb 'count': alias 'look' is a built-in intent",
        ),
        (
            'text = "The keeper says the fog lifts when you count what you notice."',
            'text = "The keeper says the fog lifts."\nquoted = "You tell her: {word}."',
            "character 'keeper' topic 'fog': 'quoted' must contain {words} (where the player's "
            "words go)",
        ),
        (
            'text = "The keeper says the fog lifts when you count what you notice."',
            'text = "The keeper says the fog lifts."\nquoted = "{words}, you tell {name}."',
            "character 'keeper' topic 'fog': 'quoted' may use no braces but {words}",
        ),
        (
            'pause = "The keeper says you can rest here as long as you like."',
            'pause = "The keeper says you can rest here as long as you like."\n'
            'sayings = ["Slow now, {name}.", "Mind the {step}, {name}."]',
            "guide: 'sayings' may use no braces but {name}",
        ),
        (
            'text = "The keeper says the fog lifts when you count what you notice."',
            "text = \"'Teach me,' you tell her. The keeper says the fog lifts.\"",
            "character 'keeper' topic 'fog': puts a speech in the player's mouth (narrate it, or "
            "'quoted')",
        ),
        (
            'text = "The keeper nods."',
            "\n".join(
                [
                    'text = "The keeper nods. Tea?"',
                    '[characters.reactions.asks]\nid = "fog"',
                    'kind = "Good."\nunkind = "Oh."\nunsure = "Hm."',
                    '[[characters.reactions]]\nverb = "wave"\ntext = "A wave."',
                    '[characters.reactions.asks]\nid = "fog"',
                    'kind = "Yes."\nunkind = "No."\nunsure = "Eh."',
                ]
            ),
            "character 'keeper' question 'fog': duplicate question id",
        ),
        (
            'background = ["room", "lid", "earth", "tea"]',
            'background = ["room", "earth", "tea"]',
            "item 'box': its prose names things a player cannot examine: 'loose lid' (add "
            "[[scenery]] for them, or their nouns to [world] background)",
        ),
        (
            'name = "the fog"\naliases = ["fog", "mist"]',
            'name = "the mist"\naliases = ["mist"]',
            "location 'yard': its prose names things a player cannot examine: 'fog presses "
            "close', 'fog' (add [[scenery]] for them, or their nouns to [world] background)",
        ),
        (
            'at = ["yard"]\ndescription = "Grey fog',
            'at = ["yard", "moon"]\ndescription = "Grey fog',
            "scenery 'fog': at 'moon' is not a location",
        ),
        (
            'when = [{ flag = "fog-gone" }]\ndescription',
            'when = [{ flag = "fog-gne" }]\ndescription',
            "scenery 'fog' state 1: can never be true: no set_flag effect sets 'fog-gne'",
        ),
        (
            'id = "count"\nverb = "count"',
            'id = "count"\nverb = "smell"',
            "no such problem: a world may give an everyday verb its own meaning",
        ),
        (
            'id = "box"',
            'id = "Box Two"',
            "item 'Box Two': id: 'Box Two' is not a valid id: use lower-case letters, digits and "
            "hyphens",
        ),
    ],
)
def test_single_mistakes_are_explained(tmp_path: Path, old: str, new: str, problem: str) -> None:
    assert old in TINY
    problems = validate_file(write(tmp_path, TINY.replace(old, new, 1), "tiny.toml"))
    if problem.startswith("no such problem"):
        assert problems == []
    else:
        assert f"tiny.toml: {problem}" in problems


def test_prose_is_unwrapped_but_keeps_paragraphs(tmp_path: Path) -> None:
    text = TINY.replace(
        'intro = "You stand in a small yard."',
        'intro = """\n    You stand\n    in a small yard.\n\n    It is quiet.\n"""',
    )
    world = load_world(write(tmp_path, text))
    assert world.meta.intro == "You stand in a small yard.\n\nIt is quiet."


@pytest.mark.parametrize(
    ("prose", "known", "missed"),
    [
        ("A tin of biscuits with a sign.", {"tin", "sign"}, ["biscuits"]),
        ("Someone has left a cup of tea on the bench.", {"cup", "bench"}, ["tea"]),
        (
            "A ribbon of weed, shells and small treasures.",
            {"ribbon", "weed"},
            ["shells", "small treasures"],
        ),
        ("Something pale blue glints among the weed.", {"weed"}, ["pale blue glints"]),
        ("Worn smooth by years of tumbling.", set(), []),
        ("A folded blanket sits on a sea chest.", {"blanket", "sea"}, []),
        ("A bench with a brass plaque.", {"bench", "a small brass key"}, ["brass plaque"]),
        ("A small brass key.", {"brass key"}, []),
        ("The great round hall.", {"the round foyer"}, ["great round hall"]),
    ],
)
def test_the_prose_noun_check_reads_of_lists_and_something(
    prose: str, known: set[str], missed: list[str]
) -> None:
    """Nouns after "of", in a list after "of" and after "something" are checked like nouns
    after "the" (a head word of a name anywhere in a phrase covers it: "blanket sits"; another
    word of a name only as the phrase's last word: a brass key covers no "brass plaque")."""
    assert prose_nouns.uncovered(prose, prose_nouns.Known.of(known)) == missed


def test_a_location_naming_an_unhomed_noun_after_of_fails_validation(tmp_path: Path) -> None:
    text = TINY.replace('"A small yard."', '"A small yard with a tin of biscuits."', 1)
    problems = validate_file(write(tmp_path, text, "tiny.toml"))
    assert any("location 'yard'" in p and "'biscuits'" in p and "'tin'" in p for p in problems)


def test_an_item_that_only_arrives_later_does_not_back_up_the_prose_before_it(
    tmp_path: Path,
) -> None:
    """The shell starts nowhere and an effect puts it "here": a location's first descriptions
    naming it fail the check (before it is there, "x shell" finds nothing), while a note shown
    once it may be there passes."""
    early = TINY.replace('"A warm hut."', '"A warm hut. A pale shell lies here."', 1)
    problems = validate_file(write(tmp_path, early, "tiny.toml"))
    assert any("location 'hut'" in p and "'pale shell lies'" in p for p in problems), problems
    later = TINY.replace(
        'exits = [{ dir = "w", to = "yard" }]',
        'exits = [{ dir = "w", to = "yard" }]\n'
        'notes = [{ when = [{ flag = "fog-gone" }], text = "A pale shell lies here." }]',
        1,
    )
    assert validate_file(write(tmp_path, later, "tiny.toml")) == []
