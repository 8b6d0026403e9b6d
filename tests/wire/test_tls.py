"""TLS on the server's own port (``--tls-cert``/``--tls-key``), against the real commands.

A certificate authority is made in the test (:mod:`tests.tls_certs`); ``tta-server`` serves wss
and https with a certificate it signed. The terminal client's link plays through it when given
the CA (``tta --ca-file``), and is refused with a sentence without it; ``tta-admin`` reads
``/readyz`` over https with ``--ca-file``. Bad certificate settings stop start-up with one line
naming the setting.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from tests.tls_certs import Pki, make_pki
from tests.tui.test_link import PW, WORLD, Recorder, deadline, new_player, server_env
from tta_server.settings import SettingsError, load_settings
from tta_server.tls import client_context
from tta_tui.net.opening import probe
from tta_tui.net.tls import use_ca_file

SERVER = [sys.executable, "-m", "tta_server.cli"]


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return make_pki(tmp_path / "pki")


@pytest.fixture(autouse=True)
def system_trust() -> Iterator[None]:
    """Each test starts, and leaves the client, with the system's trust store."""
    use_ca_file(None)
    yield
    use_ca_file(None)


@asynccontextmanager
async def tls_server(data_dir: Path, pki: Pki) -> AsyncIterator[str]:
    """The real ``tta-server`` with TLS on a free port; yields the wss:// URL it prints."""
    proc = await asyncio.create_subprocess_exec(
        *SERVER,
        *("--store", "embedded", "--port", "0", "--data-dir", str(data_dir)),
        *("--tls-cert", str(pki.cert), "--tls-key", str(pki.key)),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=server_env(),
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 60)).decode()
        found = re.search(r"ready on (wss://127\.0\.0\.1:\d+)", line)
        assert found, f"server did not start: {line!r}"
        yield found.group(1)
    finally:
        if proc.returncode is None:
            proc.terminate()
            await asyncio.wait_for(proc.wait(), 30)
        assert proc.returncode == 0


def _start_with(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SERVER, "--port", "0", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        env=server_env(),
        check=False,
    )


# -- settings ---------------------------------------------------------------------------------
def test_good_files_turn_tls_on_and_none_leave_it_off(pki: Pki, tmp_path: Path) -> None:
    assert load_settings(tls_cert=pki.cert, tls_key=pki.key).serves_tls
    assert not load_settings(data_dir=tmp_path).serves_tls


@pytest.mark.parametrize(
    ("files", "setting", "why"),
    [
        ({"tls_cert": "missing.pem", "tls_key": "key"}, "tls_cert", "does not exist"),
        ({"tls_cert": "key", "tls_key": "key"}, "tls_cert", "holds no PEM certificate"),
        ({"tls_cert": "cert"}, "tls_key", "tls_cert is set but tls_key is not"),
        ({"tls_key": "key"}, "tls_key", "tls_key is set but tls_cert is not"),
        ({"tls_cert": "cert", "tls_key": "other_key"}, "tls_key", "is not the private key of"),
        ({"tls_cert": "cert", "tls_key": "encrypted_key"}, "tls_key", "encrypted"),
        ({"tls_cert": "cert", "tls_key": "cert"}, "tls_key", "is not a PEM private key"),
    ],
)
def test_a_bad_certificate_setting_is_refused_naming_it(
    pki: Pki, files: dict[str, str], setting: str, why: str
) -> None:
    folder = pki.cert.parent
    values = {k: getattr(pki, v) if hasattr(pki, v) else folder / v for k, v in files.items()}
    with pytest.raises(SettingsError) as caught:
        load_settings(**values)
    message = str(caught.value)
    assert message.startswith(f"setting '{setting}' (TTA_{setting.upper()}) is invalid: ")
    assert why in message and "\n" not in message


def test_the_server_command_refuses_a_mismatched_key_with_one_line(pki: Pki) -> None:
    done = _start_with("--tls-cert", pki.cert, "--tls-key", pki.other_key)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("tta-server: setting 'tls_key' (TTA_TLS_KEY) is invalid: ")
    assert "not the private key" in done.stderr


# -- serving ----------------------------------------------------------------------------------
@deadline(90)
async def test_a_player_plays_over_wss_when_the_client_trusts_the_ca(
    pki: Pki, tmp_path: Path
) -> None:
    async with tls_server(tmp_path / "data", pki) as url:
        use_ca_file(pki.ca)  # what `tta --ca-file` does
        rec = Recorder()
        link = rec.link([url])
        try:
            hello = await link.connect()
            assert hello.type == "hello"
            character_id = await new_player(link, "tess")
            await link.start_session(character_id, WORLD)
            await rec.until(rec.ended(None))
            turn = await link.turn("look around")
            await rec.until(rec.ended(turn))
        finally:
            await link.close()
        assert PW  # the player registered and logged in with it


@deadline(90)
async def test_https_serves_health_readiness_and_metrics(pki: Pki, tmp_path: Path) -> None:
    async with tls_server(tmp_path / "data", pki) as url:
        base = url.replace("wss://", "https://")
        async with httpx.AsyncClient(verify=client_context(pki.ca), trust_env=False) as http:
            health = await http.get(f"{base}/healthz")
            ready = await http.get(f"{base}/readyz")
            metrics = await http.get(f"{base}/metrics")  # from loopback: allowed by default
        assert health.status_code == 200 and health.json()["status"] == "ok"
        assert ready.status_code == 200 and ready.json()["status"] == "ready"
        assert metrics.status_code == 200 and "tta_" in metrics.text
        plain = url.replace("wss://", "ws://")
        why = await probe(plain, timeout_s=5)  # plain ws:// to a TLS port is not a TTA server
        assert why is not None and "Traceback" not in why


@deadline(90)
async def test_without_the_ca_the_client_is_refused_with_a_sentence(
    pki: Pki, tmp_path: Path
) -> None:
    async with tls_server(tmp_path / "data", pki) as url:
        why = await probe(url, timeout_s=5)  # the system's trust store knows no test CA
        assert why is not None
        assert why.startswith("its certificate could not be verified (")
        assert "--ca-file" in why

        env = {**os.environ, "TTA_CLIENT_CONFIG": str(tmp_path / "client.json"), "COLUMNS": "400"}
        tta = [sys.executable, "-m", "tta_tui.cli", "--server", url, "--no-retry"]
        refused = await asyncio.to_thread(
            subprocess.run, tta, capture_output=True, text=True, timeout=60, env=env
        )
        assert refused.returncode == 2
        assert "certificate could not be verified" in refused.stderr
        assert "Traceback" not in refused.stderr

        bad_ca = await asyncio.to_thread(
            subprocess.run,
            [*tta, "--ca-file", str(pki.key)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert bad_ca.returncode == 2
        assert "holds no PEM certificate" in bad_ca.stderr and "Traceback" not in bad_ca.stderr


@deadline(90)
async def test_the_admin_cli_checks_an_https_server_with_its_ca(pki: Pki, tmp_path: Path) -> None:
    async with tls_server(tmp_path / "data", pki) as url:
        admin = [sys.executable, "-m", "tta_server.admin", "--data-dir", str(tmp_path / "admin")]

        def health(*extra: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*admin, *extra, "health", "--url", url, "--json"],
                capture_output=True,
                text=True,
                timeout=60,
                env=server_env(),
                check=False,
            )

        trusted = await asyncio.to_thread(health, "--ca-file", str(pki.ca))
        assert trusted.returncode == 0, trusted.stderr
        assert '"server"' in trusted.stdout
        untrusted = await asyncio.to_thread(health)
        assert untrusted.returncode == 1
        assert "CERTIFICATE_VERIFY_FAILED" in untrusted.stdout + untrusted.stderr
        assert "Traceback" not in untrusted.stdout + untrusted.stderr
