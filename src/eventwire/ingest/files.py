"""Text and JSON Lines articles from files, folders and stdin.

``.txt``: optional header lines (``Title:``, ``Published: YYYY-MM-DD``, ``Source:``, ``URL:``)
then a blank line, then the body. ``.jsonl``: one article a line with ``text`` and
``published``, optional ``title``, ``source``, ``url``, ``id``. Other formats register a reader
for their suffixes with ``register_reader``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EventwireError, InputError, MalformedInputError
from eventwire.ingest.article import make_article
from eventwire.ingest.decode import DEFAULT_MAX_BYTES, decode, read_bytes
from eventwire.models import Article

HEADER_FIELDS = {"title", "published", "source", "url", "id"}
_HEADER = re.compile(r"^([A-Za-z]+):[ \t]*(.*)$")


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not become an article, with the reason."""

    origin: str
    error: EventwireError

    @property
    def reason(self) -> str:
        return self.error.message


@dataclass(frozen=True, slots=True)
class ReadOptions:
    published: dt.date | None = None  # --published: used where the input gives no date
    max_bytes: int = DEFAULT_MAX_BYTES


Reader = Callable[[Path, ReadOptions], Iterator[Article | Failure]]
_READERS: dict[str, Reader] = {}


def register_reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for file suffixes (``".html"``); later registrations win."""

    def decorator(reader: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix.lower()] = reader
        return reader

    return decorator


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Header lines up to the first blank line, if every one of them is a known field."""
    head, sep, body = text.partition("\n\n")
    lines = head.split("\n")
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER.match(line)
        if not match or match.group(1).lower() not in HEADER_FIELDS:
            return {}, text
        fields[match.group(1).lower()] = match.group(2).strip()
    return (fields, body) if sep else ({}, text)


def read_text_article(text: str, origin: str, options: ReadOptions = ReadOptions()) -> Article:
    """One article from text with optional header lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fields, body = split_header(text)
    if not body.strip():
        raise InputError("no article text after the header lines", path=origin)
    return make_article(
        body,
        published=fields.get("published") or options.published,
        title=fields.get("title"),
        source=fields.get("source"),
        url=fields.get("url"),
        source_id=fields.get("id"),
        origin=origin,
    )


@register_reader(".txt", ".text", "")
def read_txt(path: Path, options: ReadOptions) -> Iterator[Article | Failure]:
    try:
        text = decode(read_bytes(path, options.max_bytes), str(path), options.max_bytes)
        yield read_text_article(text, str(path), options)
    except EventwireError as exc:
        yield Failure(str(path), exc)


@register_reader(".jsonl", ".ndjson")
def read_jsonl(path: Path, options: ReadOptions) -> Iterator[Article | Failure]:
    try:
        text = decode(read_bytes(path, options.max_bytes * 100), str(path), options.max_bytes * 100)
    except EventwireError as exc:
        yield Failure(str(path), exc)
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            origin = f"{path}:{number}"
            try:
                yield jsonl_article(line, origin, options)
            except EventwireError as exc:
                yield Failure(origin, exc)


def jsonl_article(line: str, origin: str, options: ReadOptions) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"not valid JSON: {exc.msg}", path=origin) from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise MalformedInputError("each line needs an object with a string 'text'", path=origin)
    if not record["text"].strip():
        raise InputError("empty 'text'", path=origin)
    if len(record["text"].encode("utf-8")) > options.max_bytes:
        raise InputError(f"'text' is over the {options.max_bytes:,}-byte limit", path=origin)

    def text_field(name: str) -> str | None:
        value = record.get(name)
        return None if value is None else str(value)

    return make_article(
        record["text"],
        published=text_field("published") or options.published,
        title=text_field("title"),
        source=text_field("source"),
        url=text_field("url"),
        source_id=text_field("id"),
        origin=origin,
    )


def _read_stdin(options: ReadOptions) -> Iterator[Article | Failure]:
    data = sys.stdin.buffer.read()
    try:
        text = decode(data, "<stdin>", options.max_bytes)
        first = text.lstrip()[:1]
        if first == "{":
            for number, line in enumerate(text.split("\n"), start=1):
                if line.strip():
                    yield jsonl_article(line, f"<stdin>:{number}", options)
        else:
            yield read_text_article(text, "<stdin>", options)
    except EventwireError as exc:
        yield Failure("<stdin>", exc)


def files_under(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in _READERS
    )


def iter_articles(
    inputs: Iterable[str | Path], options: ReadOptions = ReadOptions()
) -> Iterator[Article | Failure]:
    """Articles from paths, folders (recursively, known suffixes only), URLs and ``-`` (stdin)."""
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(options)
            continue
        if str(item).lower().startswith(("http://", "https://")):  # a feed or page: feeds.py
            from eventwire.ingest.feeds import read_url

            yield from read_url(str(item), options)
            continue
        path = Path(item)
        if path.is_dir():
            files = files_under(path)
            if not files:
                yield Failure(str(path), InputError("folder holds no readable articles"))
            for file in files:
                yield from _read_file(file, options)
        elif path.exists():
            yield from _read_file(path, options)
        else:
            yield Failure(str(path), InputError("no such file or folder", path=str(path)))


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | Failure]:
    reader = _READERS.get(path.suffix.lower(), read_txt)
    yield from reader(path, options)
