"""Reading bytes into text, refusing what is not an article: empty, binary, oversized,
undecodable. Each refusal is an ``InputError`` naming the file and the problem."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
)

DEFAULT_MAX_BYTES = 2_000_000
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                "(raise [ingest] max_bytes or EVENTWIRE_MAX_BYTES)",
                path=str(path),
            )
        return path.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc


def decode(data: bytes, origin: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """UTF-8 (with or without BOM), else a confidently detected encoding, else an error."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit", path=origin
        )
    if not data.strip():
        raise EmptyInputError("empty input: no text to process", path=origin)
    head = data[:8192]
    if b"\x00" in head and not _is_utf16(head):
        raise BinaryInputError("binary file (NUL bytes): not a text article", path=origin)
    if sum(head.count(bytes([c])) for c in _CONTROL) > len(head) * 0.05:
        raise BinaryInputError("binary file (control bytes): not a text article", path=origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise EncodingError(
            "not UTF-8 and no other encoding could be detected; convert the file to UTF-8",
            path=origin,
        )
    return str(best)


def _is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))
