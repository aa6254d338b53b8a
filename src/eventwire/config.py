"""Settings: the packaged ``default.toml``, overridden by a user file and ``EVENTWIRE_*`` variables.

Settings are plain data so that a whole run can be printed (``eventwire config show``), diffed
and stored next to its results.
"""

from __future__ import annotations

import copy
import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

# Environment variables that override one setting each: the short names users expect.
ENV_OVERRIDES: dict[str, tuple[str, ...]] = {
    "EVENTWIRE_MODEL": ("nlp", "model"),
    "EVENTWIRE_DB": ("store", "path"),
    "EVENTWIRE_MAX_BYTES": ("ingest", "max_bytes"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """The resolved configuration: nested tables as read from TOML."""

    data: dict[str, Any]

    def get(self, *path: str, default: Any = None) -> Any:
        node: Any = self.data
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return default
            node = node[key]
        return node

    @property
    def model(self) -> str:
        return str(self.get("nlp", "model"))

    @property
    def db_path(self) -> Path:
        return Path(self.get("store", "path"))

    def with_overrides(self, *pairs: tuple[tuple[str, ...], Any]) -> Settings:
        """A copy with the given ``(path, value)`` pairs set; ``None`` values are ignored."""
        data = copy.deepcopy(self.data)
        for path, value in pairs:
            if value is not None:
                _set(data, path, value)
        return Settings(data)


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node = data
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def default_settings() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("default.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults, then the user file (``path`` or ``EVENTWIRE_CONFIG``), then ``EVENTWIRE_*``."""
    env = dict(os.environ) if env is None else env
    data = default_settings()
    user = path or (Path(env["EVENTWIRE_CONFIG"]) if env.get("EVENTWIRE_CONFIG") else None)
    if user is not None:
        try:
            data = _merge(data, tomllib.loads(user.read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config: {exc}", path=str(user)) from exc
    for name, key_path in ENV_OVERRIDES.items():
        if env.get(name):
            raw = env[name]
            _set(data, key_path, int(raw) if raw.isdigit() else raw)
    return Settings(data)
