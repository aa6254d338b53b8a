"""Build an ``ActorDictionary`` from the configured sources.

``[extract.actors] dictionaries`` lists sources in order; later ones override earlier ones for
the same phrase. A source is a registered name ("eventwire-actors.v1", packaged with eventwire)
or a path: a ``.tsv``/``.yml``/``.yaml`` file in our formats, a PETRARCH/TABARI ``.txt`` actor
or agent dictionary, or a folder holding such files. Loading happens once per pipeline.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.dictionaries.formats import read_tsv, read_yaml
from eventwire.dictionaries.model import ActorDictionary
from eventwire.dictionaries.petrarch import read_petrarch
from eventwire.dictionaries.places import city_index
from eventwire.errors import ConfigError

DEFAULT_SOURCES: tuple[str, ...] = ("eventwire-actors.v1",)
# Registered names -> the packaged folder that holds their files, read in this order.
PACKAGED: dict[str, tuple[str, tuple[str, ...]]] = {
    "eventwire-actors.v1": (
        "actors",
        ("countries.tsv", "organizations.tsv", "regions.tsv", "roles.tsv", "people.tsv"),
    ),
}


def _packaged_files(name: str) -> list[tuple[Path, str]]:
    folder, files = PACKAGED[name]
    root = resources.files("eventwire").joinpath("data", folder)
    out = []
    for file in files:
        with resources.as_file(root.joinpath(file)) as path:
            out.append((Path(path), f"{name}:{file}"))
    return out


def _files_for(source: str) -> list[tuple[Path, str]]:
    if source in PACKAGED:
        return _packaged_files(source)
    path = Path(source).expanduser()
    if path.is_dir():
        return [(p, str(p)) for p in sorted(path.iterdir()) if p.suffix in _READERS]
    if not path.is_file():
        known = ", ".join(sorted(PACKAGED))
        raise ConfigError(
            f"actor dictionary {source!r} is neither a registered name ({known}) nor a file",
            path=str(path),
        )
    return [(path, str(path))]


def _read_txt(path: Path, into: ActorDictionary, source: str) -> None:
    read_petrarch(path, into, source)


_READERS = {".tsv": read_tsv, ".yml": read_yaml, ".yaml": read_yaml, ".txt": _read_txt}


def load_actor_dictionary(sources: Sequence[str] | None = None) -> ActorDictionary:
    """Merge the given sources (default: the packaged ``eventwire-actors.v1``).

    >>> load_actor_dictionary().lookup("Kremlin")[0].codes[0].code
    'RUSGOV'
    """
    if isinstance(sources, str):  # a single source written without brackets in TOML
        sources = [sources]
    key = tuple(sources) if sources else DEFAULT_SOURCES
    return _load(key)


def fresh_load_seconds(
    sources: Sequence[str], *, cache_dir: str | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds a new process takes to load ``sources`` from their files: the
    bench's figure (target: under 1 s), rather than a unit test's, where other work on the
    machine would inflate it. Measured in a child process, so the caller's own tables stay
    as they are (reloading them here would hold a second gazetteer in the caller's memory).
    ``cache_dir`` replaces the folder of cached tables: an empty one times a machine's first
    load, which builds the city table."""
    code = (
        "import json, sys; from eventwire.dictionaries.loading import _timed_load; "
        "print(json.dumps(_timed_load(json.loads(sys.argv[1]))))"
    )
    env = None if cache_dir is None else {**os.environ, "EVENTWIRE_CACHE_DIR": cache_dir}
    child = subprocess.run(
        [sys.executable, "-c", code, json.dumps(list(sources))],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    wall, cpu = json.loads(child.stdout.splitlines()[-1])
    return float(wall), float(cpu)


def _timed_load(sources: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one uncached load of ``sources`` (in a fresh process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    _load.__wrapped__(tuple(sources) or DEFAULT_SOURCES)
    return time.perf_counter() - wall, time.process_time() - cpu


@lru_cache(maxsize=8)
def _load(sources: tuple[str, ...]) -> ActorDictionary:
    started = time.perf_counter()
    dictionary = ActorDictionary(version="+".join(sources), sources=sources)
    for source in sources:
        for path, label in _files_for(source):
            reader = _READERS.get(path.suffix.lower())
            if reader is None:
                raise ConfigError("unknown actor dictionary format", path=str(path))
            reader(path, dictionary, label)
    dictionary.cities = city_index()
    dictionary.load_seconds = time.perf_counter() - started
    return dictionary
