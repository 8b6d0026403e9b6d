"""Secrets in the settings (the Neo4j password, the LLM key) never show when the settings are
printed, logged or dumped, while the stores and the narrator still get the real values."""

from __future__ import annotations

from pathlib import Path

import pytest

from tta_server.settings import Settings, StoreKind, load_settings
from tta_server.store import make_store

PASSWORD = "n30-s3cret-pw"
KEY = "sk-l1ve-key"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    config = tmp_path / "tta.toml"
    config.write_text(f'llm_api_key = "{KEY}"\n', encoding="utf-8")
    monkeypatch.setenv("TTA_NEO4J_PASSWORD", PASSWORD)
    return load_settings(store=StoreKind.REDIS_NEO4J, config_file=config)


def test_printing_or_dumping_the_settings_hides_the_secrets(settings: Settings) -> None:
    shown = [repr(settings), str(settings), str(settings.model_dump())]
    shown.append(settings.model_dump_json())
    for text in shown:
        assert PASSWORD not in text and KEY not in text
    assert "neo4j_password=SecretStr('**********')" in repr(settings)


def test_the_real_values_still_reach_their_users(settings: Settings) -> None:
    assert settings.neo4j_password.get_secret_value() == PASSWORD
    assert settings.llm_api_key.get_secret_value() == KEY
    store = make_store(settings)
    assert store._neo4j_auth == ("neo4j", PASSWORD)  # type: ignore[attr-defined]


def test_an_empty_password_still_means_no_authentication(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TTA_NEO4J_PASSWORD", raising=False)
    store = make_store(load_settings(store=StoreKind.REDIS_NEO4J, data_dir=tmp_path))
    assert store._neo4j_auth is None  # type: ignore[attr-defined]
