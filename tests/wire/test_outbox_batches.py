"""The outbox's batches (tta_server/outbox.py, tta_server/flood.py): frames waiting together
reach the socket in one write, in order, each its own text frame; a batch holds at most
``BATCH_BYTES``."""

from __future__ import annotations

import json

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from tta_server.flood import guarded
from tta_server.outbox import BATCH_BYTES, Outbox


async def _send_all(texts: list[str]) -> tuple[list[str], list[int]]:
    """Queue ``texts`` on a server connection's outbox at once, then close; returns what the
    client read and the size of each write the server made to its socket."""
    writes: list[int] = []

    async def handler(ws: ServerConnection) -> None:
        write = ws.transport.write

        def counted(data: bytes | bytearray | memoryview) -> None:
            writes.append(len(data))
            write(data)

        ws.transport.write = counted  # type: ignore[method-assign]
        box = Outbox(ws, max_bytes=1 << 20, timeout_s=5)
        for text in texts:
            assert box.put(text)
        box.close(1000, "done")
        await box.finished()

    async with serve(handler, "127.0.0.1", 0, create_connection=guarded(0, 10)) as server:
        port = server.sockets[0].getsockname()[1]
        async with connect(f"ws://127.0.0.1:{port}", compression=None) as client:
            got = [str(m) async for m in client]
    return got, writes


async def test_frames_queued_together_go_out_in_one_write_each_its_own_frame() -> None:
    texts = [json.dumps({"type": "narrative.chunk", "n": i}) for i in range(5)]
    got, writes = await _send_all(texts)
    assert got == texts
    # a server frame under 126 bytes is a 2-byte header and the payload (no mask)
    assert writes[0] == sum(2 + len(t) for t in texts), writes
    assert len(writes) == 2, writes  # the five frames, then the close frame


async def test_a_batch_holds_at_most_batch_bytes() -> None:
    big = "x" * (BATCH_BYTES // 2 + 1)  # two do not fit in one batch
    texts = [big, big, "small"]
    got, writes = await _send_all(texts)
    assert got == texts
    # header of a frame of 126..65535 bytes: 4 bytes
    assert writes[:2] == [4 + len(big), 4 + len(big) + 2 + len("small")], writes
