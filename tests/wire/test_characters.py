"""Character creation, validation, limits and privacy over the wire."""

from __future__ import annotations

from tests.wire.client import character, player

GOALS = (
    "managing anxiety, building confidence, coping with grief, self-compassion, "
    "social connection, handling anger, mindfulness, managing stress"
)
"""How refusals name the goals: by their labels, as a person reads them."""


async def test_every_invalid_field_comes_back_in_one_error_and_nothing_is_stored(
    server: str,
) -> None:
    c = await player(server, "xena")
    bad = character(
        name="R2-D2",
        pronouns="x" * 21,
        backstory="b" * 1001,
        traits=[],
        profile={
            "goals": ["flying"],
            "intensity": "extreme",
            "country": "Narnia",
            "share_transcript": "yes",
            "avoid_topics": ["a" * 41],
        },
        mood="sad",
    )
    err = await c.request("character.create", character=bad)
    assert err["code"] == "invalid_fields"
    fields = {f["field"]: f["message"] for f in err["fields"]}
    assert set(fields) == {
        "name",
        "pronouns",
        "backstory",
        "traits",
        "profile.goals[0]",
        "profile.intensity",
        "profile.country",
        "profile.share_transcript",
        "profile.avoid_topics",
        "mood",
    }
    assert "gentle, moderate, challenging" in fields["profile.intensity"]
    assert fields["profile.goals[0]"] == f"'flying' is not a known goal. Choose one of: {GOALS}."
    assert (await c.ok("character.list"))["characters"] == []
    await c.close()


async def test_names_in_any_script_and_choices_in_any_case(server: str) -> None:
    c = await player(server, "yuri")
    for name in ("José", "Zoë", "李小龍", "Mary-Jane O'Neil Jr."):
        doc = character(
            name=name,
            profile={
                "goals": ["Managing_Anxiety", "MINDFULNESS"],
                "intensity": "GENTLE",
                "country": "us",
            },
        )
        made = (await c.ok("character.create", character=doc))["character"]
        assert made["name"] == name
        assert made["character"]["profile"]["intensity"] == "gentle"
        assert made["character"]["profile"]["country"] == "US"
    err = await c.request("character.create", character=character(name="josé"))
    assert err["code"] == "name_taken" and err["fields"][0]["field"] == "name"
    await c.close()


def with_goals(goals: list[str]) -> dict[str, object]:
    doc = character()
    doc["profile"]["goals"] = goals
    return doc


async def test_goal_refusals_name_the_goals_by_their_labels(server: str) -> None:
    c = await player(server, "fern")
    all_six = ["managing_anxiety", "building_confidence", "coping_with_grief", "self_compassion"]
    all_six += ["social_connection", "mindfulness"]
    how_many = f"Choose 1 to 5 goals from: {GOALS}."
    for goals, field, message in (
        ([], "profile.goals", how_many),
        (all_six, "profile.goals", how_many),
        (
            ["mindfulness", "flying"],
            "profile.goals[1]",
            f"'flying' is not a known goal. Choose one of: {GOALS}.",
        ),
    ):
        err = await c.request("character.create", character=with_goals(goals))
        assert err["code"] == "invalid_fields", goals
        assert {f["field"]: f["message"] for f in err["fields"]} == {field: message}, goals
    no_goals = character()
    del no_goals["profile"]["goals"]
    err = await c.request("character.create", character=no_goals)
    assert err["fields"] == [{"field": "profile.goals", "message": how_many}], "goals are required"
    # the labels the messages name are choices too, in any case
    made = await c.ok(
        "character.create", character=with_goals(["Self-Compassion", "coping with GRIEF"])
    )
    assert made["character"]["character"]["profile"]["goals"] == [
        "self_compassion",
        "coping_with_grief",
    ]
    err = await c.request(
        "character.update",
        character_id=made["character"]["id"],
        character={"profile": {"goals": []}},
    )
    assert err["code"] == "invalid_fields"
    assert err["fields"] == [{"field": "profile.goals", "message": how_many}]
    await c.close()


async def test_player_prose_is_data_not_an_attack(server: str) -> None:
    c = await player(server, "zack")
    prose = "I'm scared! What's that? Robert'); DROP TABLE characters;-- I pet the cat & create"
    made = await c.ok("character.create", character=character(backstory=prose))
    got = await c.ok("character.get", character_id=made["character"]["id"])
    assert got["character"]["character"]["backstory"] == prose
    await c.close()


async def test_five_characters_at_most(server: str) -> None:
    c = await player(server, "abby")
    ids = []
    for i in range(5):
        ids.append(
            (await c.ok("character.create", character=character(name=f"Hero {'ABCDE'[i]}")))[
                "character"
            ]["id"]
        )
    err = await c.request("character.create", character=character(name="Hero F"))
    assert err["code"] == "character_limit" and "5" in err["message"]
    await c.ok("character.delete", character_id=ids[0])
    await c.ok("character.create", character=character(name="Hero F"))
    await c.close()


async def test_update_merges_and_validates_whole(server: str) -> None:
    c = await player(server, "bree")
    cid = (await c.ok("character.create", character=character()))["character"]["id"]
    up = await c.ok(
        "character.update",
        character_id=cid,
        character={"pronouns": "They/Them", "profile": {"intensity": "Moderate"}},
    )
    doc = up["character"]["character"]
    assert doc["pronouns"] == "they/them" and doc["profile"]["intensity"] == "moderate"
    assert doc["profile"]["goals"] == ["managing_anxiety"]  # untouched fields stay
    err = await c.request("character.update", character_id=cid, character={"name": "1"})
    assert err["code"] == "invalid_fields" and err["fields"][0]["field"] == "name"
    assert (await c.ok("character.get", character_id=cid))["character"]["name"] == "Aria Moon"
    await c.close()


async def test_players_only_ever_see_their_own_characters(server: str) -> None:
    a = await player(server, "cleo")
    b = await player(server, "dean")
    cid = (await a.ok("character.create", character=character()))["character"]["id"]
    for op, extra in (
        ("character.get", {}),
        ("character.delete", {}),
        ("character.update", {"character": {"name": "Stolen"}}),
    ):
        err = await b.request(op, character_id=cid, **extra)
        assert err["code"] == "not_found", (op, err)
    assert (await b.ok("character.list"))["characters"] == []
    err = await b.request("session.start", character_id=cid, world_id="lantern-coast")
    assert err["code"] == "not_found"
    assert (await a.ok("character.get", character_id=cid))["character"]["name"] == "Aria Moon"
    await a.close()
    await b.close()


async def test_schema_lists_goals_and_limits(server: str) -> None:
    c = await player(server, "ella")
    schema = await c.ok("character.schema")
    assert {g["id"] for g in schema["goals"]} >= {"managing_anxiety", "self_compassion"}
    assert schema["intensities"] == ["gentle", "moderate", "challenging"]
    await c.close()
