"""Secrets read from files (``TTA_NEO4J_PASSWORD_FILE`` and the other ``*_file`` settings), and
a password in ``redis_url`` hidden wherever the settings are shown: ``repr``, ``tta-admin
settings`` and ``tta-admin``'s error lines. The stores still get the real values."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tta_server.settings import SECRET_FILES, Settings, SettingsError, StoreKind, load_settings
from tta_server.store import make_store

REDIS_PASSWORD = "r3dis-pw-9"
REDIS_URL = f"redis://tta:{REDIS_PASSWORD}@127.0.0.1:1/0"
"""A Redis URL with a password, on a port nothing listens on."""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTA_")}
    return {**env, "COLUMNS": "400", **extra}


@pytest.fixture(autouse=True)
def no_tta_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("TTA_"):
            monkeypatch.delenv(name)


@pytest.mark.parametrize(("file_setting", "setting"), sorted(SECRET_FILES.items()))
def test_each_secret_is_read_from_its_file_without_the_final_line_break(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_setting: str, setting: str
) -> None:
    value = REDIS_URL if setting == "redis_url" else "s3cret value"
    secret = _write(tmp_path / "secret", value + "\n")
    monkeypatch.setenv(f"TTA_{file_setting.upper()}", str(secret))
    settings = load_settings(data_dir=tmp_path)
    got = getattr(settings, setting)
    assert (got if isinstance(got, str) else got.get_secret_value()) == value
    assert value not in repr(settings) and value not in str(settings.shown())


def test_only_the_last_line_break_goes(tmp_path: Path) -> None:
    crlf = _write(tmp_path / "crlf", "pw\r\n")
    two = _write(tmp_path / "two", "pw\n\n")
    bare = _write(tmp_path / "bare", " pw ")
    assert load_settings(neo4j_password_file=crlf).neo4j_password.get_secret_value() == "pw"
    assert load_settings(neo4j_password_file=two).neo4j_password.get_secret_value() == "pw\n"
    assert load_settings(neo4j_password_file=bare).neo4j_password.get_secret_value() == " pw "


def test_the_store_gets_the_values_from_the_files(tmp_path: Path) -> None:
    settings = load_settings(
        store=StoreKind.REDIS_NEO4J,
        neo4j_password_file=_write(tmp_path / "neo4j", "n30\n"),
        redis_url_file=_write(tmp_path / "redis", REDIS_URL + "\n"),
    )
    store = make_store(settings)
    assert store._neo4j_auth == ("neo4j", "n30")  # type: ignore[attr-defined]
    pool = store._redis.connection_pool  # type: ignore[attr-defined]
    assert pool.connection_kwargs["password"] == REDIS_PASSWORD


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda d: d / "missing", "does not exist"),
        (lambda d: d, "is a directory, not a file"),
        (lambda d: _write(d / "empty", "\n"), "is empty"),
        (lambda d: d / "bin", "is not UTF-8 text"),
    ],
)
def test_an_unreadable_file_is_refused_with_one_line_naming_the_setting(
    tmp_path: Path, make: object, why: str
) -> None:
    (tmp_path / "bin").write_bytes(b"\xff\xfe\x00pw")
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(SettingsError) as caught:
        load_settings(llm_api_key_file=path)
    message = str(caught.value)
    assert message.startswith("setting 'llm_api_key_file' (TTA_LLM_API_KEY_FILE) is invalid: ")
    assert why in message and "\n" not in message


def test_a_secret_and_its_file_together_are_refused(tmp_path: Path) -> None:
    secret = _write(tmp_path / "token", "t0ken")
    with pytest.raises(SettingsError, match="set metrics_token or metrics_token_file, not both"):
        load_settings(metrics_token="other", metrics_token_file=secret)
    with pytest.raises(SettingsError, match="set redis_url or redis_url_file, not both"):
        load_settings(redis_url="redis://elsewhere:6379/0", redis_url_file=secret)


def test_the_server_refuses_a_missing_secret_file_with_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tta_server.cli", "--port", "0", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_clean_env(TTA_NEO4J_PASSWORD_FILE=str(tmp_path / "nope")),
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "tta-server: setting 'neo4j_password_file' (TTA_NEO4J_PASSWORD_FILE) is invalid: "
        f"{tmp_path / 'nope'} does not exist\n"
    )


def test_a_password_in_redis_url_never_shows(tmp_path: Path) -> None:
    settings = Settings(redis_url=REDIS_URL, llm_base_url="https://u:llm-pw@llm.example/v1")
    for text in (repr(settings), str(settings), str(settings.shown())):
        assert REDIS_PASSWORD not in text and "llm-pw" not in text
    assert "redis_url='redis://tta:***@127.0.0.1:1/0'" in repr(settings)
    assert settings.shown()["llm_base_url"] == "https://u:***@llm.example/v1"

    admin = [sys.executable, "-m", "tta_server.admin"]
    env = _clean_env(TTA_REDIS_URL=REDIS_URL, TTA_NEO4J_URI="bolt://127.0.0.1:1")
    shown = subprocess.run(
        [*admin, "settings"], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert "redis_url = redis://tta:***@127.0.0.1:1/0" in shown.stdout.splitlines()
    assert REDIS_PASSWORD not in shown.stdout

    failed = subprocess.run(  # the error line names where Redis is, without the password
        [*admin, "--store", "redis-neo4j", "--timeout", "2", "user", "list"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert failed.returncode == 1
    assert "redis://tta:***@127.0.0.1:1/0" in failed.stderr
    assert REDIS_PASSWORD not in failed.stdout + failed.stderr


def test_tta_admin_settings_refuses_a_bad_setting_like_the_server(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tta_server.admin", "settings", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_clean_env(TTA_METRICS_TOKEN_FILE=str(tmp_path)),
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("tta-admin: setting 'metrics_token_file' ")
    assert done.stderr.count("\n") == 1
