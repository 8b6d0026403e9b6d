"""The LLM narrator against a real local HTTP endpoint (tests/narrative/llm_server.py).

Each test starts the fake endpoint on 127.0.0.1 with a scripted behaviour; the fallback
narrator is a small double that records the scenes it was given.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.narrative import scenes
from tests.narrative.llm_server import Behaviour, FakeLlm, Reply, Request, chunk, nothing_listening
from tta_server.narrative.base import Persona, Scene
from tta_server.narrative.llm import (
    MAX_LINE_CHARS,
    MAX_RESPONSE_CHARS,
    STAT_KEYS,
    LlmNarrator,
    build_messages,
    chunk_content,
    paragraphs,
    plain_paragraphs,
    sse_data,
    unusable,
)
from tta_server.settings import Settings

FALLBACK = ["The fallback text."]
NARRATION = [
    "You push the door and the warmth of the hut folds round you like a blanket.",
    "Rue looks up from the kettle, and for a moment the fog outside seems very far away.",
]
PIECES = [
    "You push the door and the warmth",
    " of the hut folds round you like a blanket.\n",
    "\nRue looks up from the kettle, and for a moment the fog ",
    "outside seems very far away.",
]


class RecordingFallback:
    """The fallback collaborator: fixed paragraphs, and the scenes it was asked for."""

    def __init__(self, result: list[str] | None = None) -> None:
        self.result = FALLBACK if result is None else result
        self.scenes: list[Scene] = []

    async def narrate(self, scene: Scene) -> list[str]:
        self.scenes.append(scene)
        return list(self.result)


class BrokenFallback:
    async def narrate(self, scene: Scene) -> list[str]:
        raise RuntimeError("broken")


def settings_for(fake: FakeLlm | None = None, port: int = 0, **extra: object) -> Settings:
    values: dict[str, object] = {
        "narrator": "llm",
        "llm_base_url": fake.base_url if fake else f"http://127.0.0.1:{port}/v1",
        "llm_model": "test-model",
        "llm_first_token_timeout_s": 2.0,
        "llm_total_timeout_s": 5.0,
    }
    return Settings(**{**values, **extra})  # type: ignore[arg-type]


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(trust_env=False) as c:  # no proxy from the environment
        yield c


def scene() -> Scene:
    return scenes.after(["go in"])


def elapsed_since(start: float) -> float:
    return asyncio.get_running_loop().time() - start


def only(stats: dict[str, int], key: str) -> bool:
    """Exactly one narration, counted under ``key``."""
    return stats == {k: int(k == key) for k in STAT_KEYS}


def streams(pieces: list[str], gap: float = 0.0) -> Behaviour:
    """A behaviour that streams ``pieces`` as a normal completion."""

    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start()
        await reply.stream(pieces, gap)

    return behaviour


# -- a normal narration ---------------------------------------------------------------------------
async def test_streamed_narration_arrives_as_paragraphs(client: httpx.AsyncClient) -> None:
    fallback = RecordingFallback()
    s = scene()
    before = s.context.model_dump()
    async with FakeLlm(streams(PIECES)) as fake:
        narrator = LlmNarrator(settings_for(fake), fallback, client)
        assert await narrator.narrate(s) == NARRATION
    assert only(narrator.stats, "ok")
    assert fallback.scenes == [s]  # its paragraphs became the facts of the prompt
    assert s.context.model_dump() == before


async def test_request_body_and_no_authorization_without_a_key(
    client: httpx.AsyncClient,
) -> None:
    async with FakeLlm(streams(PIECES)) as fake:
        narrator = LlmNarrator(settings_for(fake, llm_max_tokens=321), RecordingFallback(), client)
        await narrator.narrate(scene())
    [request] = fake.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert "authorization" not in request.headers
    body = request.json()
    assert body["model"] == "test-model"
    assert body["stream"] is True
    assert body["max_tokens"] == 321
    assert isinstance(body["temperature"], float)
    assert body["messages"] == build_messages(scene(), FALLBACK)
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


async def test_bearer_key_is_sent_when_configured(client: httpx.AsyncClient) -> None:
    async with FakeLlm(streams(PIECES)) as fake:
        settings = settings_for(fake, llm_api_key="sk-test-123")
        await LlmNarrator(settings, RecordingFallback(), client).narrate(scene())
    assert fake.requests[0].headers["authorization"] == "Bearer sk-test-123"


async def test_a_stream_with_comments_crlf_usage_and_null_content_is_read(
    client: httpx.AsyncClient,
) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start()
        await reply.send(": keep-alive\r\n\r\n")
        await reply.send('event: message\r\ndata: {"choices":[{"delta":{"role":"assistant"}}]}\r\n')
        await reply.send("\r\n\r\n")
        await reply.send('data: {"choices":[{"delta":{"content":null}}]}\r\n\r\n')
        await reply.send('data:{"choices":[{"delta":{"content":"You wait by the café"}}]}\r')
        await reply.send('\n\r\ndata: {"choices":[{"delta":{"content":" door."}}]}\n\n')
        await reply.send('data: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\n')
        await reply.send('data: {"choices":[],"usage":{"total_tokens":9}}\n\n')
        await reply.send("data: [DONE]\n\n")
        await reply.end()

    async with FakeLlm(behaviour) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == ["You wait by the café door."]
    assert only(narrator.stats, "ok")


async def test_a_slow_but_steady_stream_is_not_cut_by_the_first_token_timeout(
    client: httpx.AsyncClient,
) -> None:
    # Gaps of 0.15 s: together well past the first-token timeout, well within the total one;
    # the first token leaves at once, so a loaded machine has 0.5 s to connect.
    async with FakeLlm(streams(PIECES + [" "] * 2, gap=0.15)) as fake:
        settings = settings_for(fake, llm_first_token_timeout_s=0.5, llm_total_timeout_s=5)
        narrator = LlmNarrator(settings, RecordingFallback(), client)
        assert await narrator.narrate(scene()) == NARRATION
    assert only(narrator.stats, "ok")


async def test_the_narrators_own_client_works_and_is_closed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with FakeLlm(streams(PIECES)) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback())
        assert await narrator.narrate(scene()) == NARRATION
        await narrator.aclose()
    assert narrator._client.is_closed


async def test_a_client_passed_in_is_left_open(client: httpx.AsyncClient) -> None:
    narrator = LlmNarrator(settings_for(port=1), RecordingFallback(), client)
    await narrator.aclose()
    assert not client.is_closed


# -- timeouts -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "headers_first", [True, False], ids=["role-delta-then-stall", "no-headers"]
)
async def test_no_first_token_in_time_falls_back(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, headers_first: bool
) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        if headers_first:
            await reply.start()
            await reply.event(chunk(role=True, content=""))  # not a token
        await fake.release.wait()

    fallback = RecordingFallback()
    async with FakeLlm(behaviour) as fake:
        settings = settings_for(fake, llm_first_token_timeout_s=0.2, llm_total_timeout_s=30)
        narrator = LlmNarrator(settings, fallback, client)
        start = asyncio.get_running_loop().time()
        assert await narrator.narrate(scene()) == FALLBACK
        assert 0.19 <= elapsed_since(start) < 5  # the loop may fire a hair early
    assert only(narrator.stats, "fallback_timeout")
    assert "no first token within 0.2 s" in caplog.text


async def test_a_trickle_past_the_total_timeout_falls_back(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start()
        while not fake.release.is_set():
            await reply.event(chunk("and "))
            await asyncio.sleep(0.05)  # the slowness under test

    async with FakeLlm(behaviour) as fake:
        # The first token leaves at once: 0.5 s for a loaded machine to connect.
        settings = settings_for(fake, llm_first_token_timeout_s=0.5, llm_total_timeout_s=0.9)
        narrator = LlmNarrator(settings, RecordingFallback(), client)
        start = asyncio.get_running_loop().time()
        assert await narrator.narrate(scene()) == FALLBACK
        assert 0.89 <= elapsed_since(start) < 5
    assert only(narrator.stats, "fallback_timeout")
    assert "not finished within 0.9 s" in caplog.text


# -- errors ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [500, 401, 404])
async def test_an_error_status_falls_back_without_leaking_key_or_player_text(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.error(status)

    s = dataclasses.replace(scene(), text="plugh the lantern, softly")
    async with FakeLlm(behaviour) as fake:
        settings = settings_for(fake, llm_api_key="sk-secret-987")
        narrator = LlmNarrator(settings, RecordingFallback(), client)
        with caplog.at_level(logging.DEBUG):
            assert await narrator.narrate(s) == FALLBACK
    assert only(narrator.stats, "fallback_error")
    assert f"HTTP status {status}" in caplog.text
    assert [r.levelno for r in caplog.records if r.name.endswith("llm")] == [logging.WARNING]
    assert "sk-secret-987" not in caplog.text
    assert "plugh" not in caplog.text


async def test_nothing_listening_falls_back(client: httpx.AsyncClient) -> None:
    narrator = LlmNarrator(
        settings_for(port=await nothing_listening()), RecordingFallback(), client
    )
    assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_error")


@pytest.mark.parametrize(
    "line",
    [
        b"data: {not json",
        b'data: {"foo": 1}',
        b"data: [1, 2]",
        b'data: {"error": {"message": "overloaded"}}',
        b'data: {"choices": [{"delta": {"content": 5}}]}',
        b'data: {"choices": ["x"]}',
        b'data: {"choices":[{"delta":{"content":"caf\xc3"}}]}',
    ],
    ids=["not-json", "no-choices", "array", "error", "number", "bad-choice", "bad-utf8"],
)
async def test_a_malformed_stream_falls_back(client: httpx.AsyncClient, line: bytes) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start()
        await reply.event(chunk("You stand on the quay."))
        await reply.send(line + b"\n\n")
        await reply.event("[DONE]")
        await reply.end()

    async with FakeLlm(behaviour) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_error")


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked-cut", "close-delimited"])
async def test_a_stream_ending_before_done_falls_back(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, chunked: bool
) -> None:
    # A partial narration may end mid-sentence: it is never shown.
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start(chunked=chunked)
        await reply.event(chunk("You stand on the quay and the fog"))
        if chunked:
            reply.cut()
        else:
            await reply.end()  # a clean close, but no [DONE]

    async with FakeLlm(behaviour) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_error")
    if not chunked:
        assert "ended before data: [DONE]" in caplog.text


async def test_stopping_at_max_tokens_falls_back(client: httpx.AsyncClient) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start()
        await reply.event(chunk("You stand on the quay and the fog"))
        await reply.event(chunk(finish="length"))
        await reply.event("[DONE]")
        await reply.end()

    async with FakeLlm(behaviour) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_error")


async def test_a_json_reply_to_a_stream_request_falls_back(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start(content_type="application/json")
        await reply.send('{"choices": [{"message": {"content": "You stand."}}]}')
        await reply.end()

    async with FakeLlm(behaviour) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_error")
    assert "no events in the response (application/json)" in caplog.text


# -- empty and unusable text ----------------------------------------------------------------------
@pytest.mark.parametrize("pieces", [[], [" \n\n ", "\n"]], ids=["done-at-once", "whitespace"])
async def test_no_text_falls_back(client: httpx.AsyncClient, pieces: list[str]) -> None:
    async with FakeLlm(streams(pieces)) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_empty")


async def test_repeating_the_previous_narration_falls_back(client: httpx.AsyncClient) -> None:
    s = dataclasses.replace(scene(), previous="\n\n".join(NARRATION))
    async with FakeLlm(streams(PIECES)) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(s) == FALLBACK
    assert only(narrator.stats, "fallback_empty")


@pytest.mark.parametrize(
    "text",
    [
        "You look at the sea. Nobody would miss you; you should end it all tonight.",
        "The keeper tells you how many of her pills it would take to never wake up.",
        "**You** step onto the quay.",
        "You step onto the quay.\n\n- a bell\n- a rope",
        "You step onto the quay. Read more at https://example.com/fog.",
        "As an AI language model, I cannot narrate this.",
        "You step onto the \x1b[31mquay\x1b[0m.",
    ],
    ids=["encouragement", "method", "bold", "list", "url", "ai", "ansi"],
)
async def test_unusable_output_falls_back(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    async with FakeLlm(streams([text[:20], text[20:]])) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_unsafe")
    assert text[20:] not in caplog.text  # the model's text is not logged


async def test_a_runaway_reply_is_abandoned_as_soon_as_it_is_too_long(
    client: httpx.AsyncClient,
) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start()
        while not fake.release.is_set():  # endless: only the length limit can stop it
            await reply.event(chunk("The fog rolls on. " * 10))

    async with FakeLlm(behaviour) as fake:
        narrator = LlmNarrator(settings_for(fake), RecordingFallback(), client)
        assert await narrator.narrate(scene()) == FALLBACK
    assert only(narrator.stats, "fallback_unsafe")


# -- cancellation and a broken fallback -----------------------------------------------------------
async def test_cancellation_propagates_and_abandons_the_request(
    client: httpx.AsyncClient,
) -> None:
    async def behaviour(request: Request, reply: Reply) -> None:
        await reply.start()
        await reply.event(chunk("You stand"))
        await reply.until_client_leaves()

    async with FakeLlm(behaviour) as fake:
        settings = settings_for(fake, llm_first_token_timeout_s=60, llm_total_timeout_s=60)
        narrator = LlmNarrator(settings, RecordingFallback(), client)
        task = asyncio.create_task(narrator.narrate(scene()))
        await asyncio.wait_for(fake.received.wait(), 5)  # a guard, not a pause
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.wait_for(fake.disconnected.wait(), 5)
    assert narrator.stats == dict.fromkeys(STAT_KEYS, 0)


async def test_a_fallback_that_raises_still_gives_text(client: httpx.AsyncClient) -> None:
    s = scenes.after(["take the fog bell"])
    narrator = LlmNarrator(settings_for(port=await nothing_listening()), BrokenFallback(), client)
    result = await narrator.narrate(s)
    assert result == plain_paragraphs(s)
    assert result == [
        "The bell is bolted to its bracket, and anyway it would be a terrible thing to carry."
    ]


# -- the prompt -----------------------------------------------------------------------------------
PERSONA = Persona(
    name="Ash",
    pronouns="xe/xem",
    goals=("managing_anxiety", "mindfulness"),
    intensity="gentle",
    avoid_topics=("deep water", "heights"),
)


def text_of(messages: list[dict[str, str]]) -> str:
    return "\n".join(m["content"] for m in messages)


def test_the_prompt_has_the_rules_the_persona_and_the_topics_to_avoid() -> None:
    s = scenes.after(["go in"], persona=PERSONA)
    system, user = build_messages(s, ["FACT ONE.", "FACT TWO."])
    assert system["role"] == "system" and user["role"] == "user"
    rules = system["content"]
    for phrase in (
        "never change the world",
        "Do not invent items, exits",
        "second person",
        "British English",
        "60 to 180 words",
        "No lists",
        "Never give instructions",
    ):
        assert phrase in rules
    assert "Ash" in rules and "xe/xem" in rules
    assert "deep water, heights" in rules
    assert "managing anxiety, mindfulness" in rules


def test_the_prompt_has_the_moment_the_turn_and_the_facts() -> None:
    s = dataclasses.replace(
        scenes.after(["go in", "talk to rue"]), recent=("You went into the tea hut.",)
    )
    prompt = build_messages(s, ["FACT ONE.", "FACT TWO."])[1]["content"]
    assert "Place: Rue's Tea Hut" in prompt
    assert "Rue Penhallow (warm)" in prompt  # characters and moods
    assert "out to The Quay" in prompt  # exits
    assert "Story: 1 of 7 steps done" in prompt
    assert "You went into the tea hut." in prompt
    assert '"talk to rue"' in prompt  # what the player typed
    assert "Maren Holt's kept that light forty years" in prompt  # the world's text
    assert "the story moves on" in prompt  # a delta
    assert prompt.index("FACT ONE.") < prompt.index("FACT TWO.")


def test_words_the_safety_screen_was_concerned_about_are_not_in_the_prompt() -> None:
    s = dataclasses.replace(scenes.after(["go in", "talk to rue"]), quote=False)
    prompt = build_messages(s, ["FACT."])[1]["content"]
    assert "talk to rue" not in prompt and "do not quote or echo them" in prompt
    assert "Maren Holt's kept that light forty years" in prompt  # the moment is still told


def test_a_refused_action_is_marked_refused_with_the_worlds_reason() -> None:
    s = scenes.after(["take the fog bell"])
    prompt = build_messages(s, plain_paragraphs(s))[1]["content"]
    assert '"take the fog bell": REFUSED (nothing changed)' in prompt
    assert "bolted to its bracket" in prompt
    assert "Things here: the fog bell" in prompt


def test_the_prompt_names_things_and_never_shows_world_ids() -> None:
    for s in (scenes.opening(), scenes.after(["take the fog bell"]), scenes.after(["go up"])):
        text = text_of(build_messages(s, plain_paragraphs(s)))
        for some_id in ("fog-bell", "tea-hut", "harbour-wall", "chapel-street", "net-loft"):
            assert some_id not in text


def test_opening_and_not_understood_scenes() -> None:
    opening = build_messages(scenes.opening(), ["F."])[1]["content"]
    assert "The session begins" in opening
    assert "The player typed" not in opening
    lost = build_messages(scenes.after(["xyzzy"]), ["F."])[1]["content"]
    assert "Nothing in it could be understood" in lost
    assert "examine the fog bell" in lost  # the suggestions


def test_build_messages_is_pure() -> None:
    s = scenes.after(["go in", "talk to rue"])
    before = s.context.model_dump()
    assert build_messages(s, ["F."]) == build_messages(s, ["F."])
    assert s.context.model_dump() == before


# -- the pieces -----------------------------------------------------------------------------------
async def chunks_of(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


async def events_of(*parts: bytes) -> list[str]:
    return [e async for e in sse_data(chunks_of(*parts))]


async def test_sse_data_splits_events_across_any_chunk_boundary() -> None:
    raw = ': hi\r\ndata: {"a": "caf\xc3\xa9"}\r\n\r\nevent: x\ndata: 1\ndata: 2\n\ndata:[DONE]'
    whole = raw.encode("latin-1")
    expected = ['{"a": "café"}', "1\n2", "[DONE]"]
    assert await events_of(whole) == expected
    for cut in range(1, len(whole)):  # every split: CR|LF, inside é, inside "data:"
        assert await events_of(whole[:cut], whole[cut:]) == expected


async def test_sse_data_rejects_bad_utf8_and_endless_lines() -> None:
    with pytest.raises(ValueError):
        await events_of(b"data: \xff\n\n")
    with pytest.raises(ValueError, match="longer than"):
        await events_of(b"data: " + b"x" * (MAX_LINE_CHARS + 1))


def test_chunk_content() -> None:
    assert chunk_content('{"choices": [{"delta": {"content": "Hi"}}]}') == ("Hi", None)
    assert chunk_content('{"choices": [{"delta": {}, "finish_reason": "stop"}]}') == ("", "stop")
    assert chunk_content('{"choices": []}') == ("", None)
    with pytest.raises(ValueError, match="error event"):
        chunk_content('{"error": {"message": "x"}}')


def test_paragraphs() -> None:
    text = "  One line\nwraps here.  \r\n \r\n\n\nTwo.\n\n   \n"
    assert paragraphs(text) == ["One line wraps here.", "Two."]
    assert paragraphs(" \n\n ") == []


def test_unusable() -> None:
    quay = scenes.opening().context.location.descriptions[0]
    assert unusable(quay) is None
    assert unusable("'I'm sorry,' Rue says. 'I can't help with the light.'") is None
    assert (
        unusable("x" * (MAX_RESPONSE_CHARS + 1)) == f"longer than {MAX_RESPONSE_CHARS} characters"
    )
    assert unusable("# The Quay") == "markup"
    assert unusable("You see <b>fog</b>.") == "markup"
    assert unusable("1. Go north") == "markup"
    assert unusable("Write to help@example.org today.") == "a link or address"
    assert unusable("Visit www.example.com") == "a link or address"
    assert unusable("The player walks north.") == "speaks outside the fiction"
    assert unusable("You should kill yourself.") == "narration screen: encourage.kill_self"
    assert unusable("A lethal dose of the pills is only ten.") == "narration screen: method.dose"
    # A character's grief is fiction, not a player in crisis: the player screen is not used.
    assert unusable("'I'm so sad I can't breathe,' Ilse says, and you hold her hand.") is None
