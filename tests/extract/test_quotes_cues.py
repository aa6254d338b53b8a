"""The cue lexicon: packaged data, user files, overrides and removals."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.extract.quotes import CueLexicon, load_cues


def test_packaged_lexicon_has_the_issue_cues_with_stances() -> None:
    cues = load_cues(["eventwire-cues.v1"])
    assert isinstance(cues, CueLexicon)
    assert cues.version == "eventwire-cues.v1"
    expected = {
        "say": "assert",
        "tell": "assert",
        "add": "assert",
        "call": "assert",
        "warn": "assert",
        "echo": "assert",
        "describe": "assert",
        "claim": "claim",
        "allege": "claim",
        "insist": "claim",
        "deny": "deny",
    }
    for lemma, stance in expected.items():
        entry = cues.verb(lemma)
        assert entry is not None, lemma
        assert entry.stance == stance, lemma
    according = cues.with_particle("according", "to")
    assert according is not None and according.stance == "assert"


def test_default_is_the_packaged_lexicon() -> None:
    assert load_cues() is load_cues(["eventwire-cues.v1"])  # loaded once per process


def test_user_file_adds_overrides_and_removes(tmp_path: Path) -> None:
    path = tmp_path / "my_cues.tsv"
    path.write_text(
        "# extra cues\nmuse\tassert\tthought\nsay\tclaim\n-deny\nhit back at\tassert\n",
        encoding="utf-8",
    )
    cues = load_cues(["eventwire-cues.v1", str(path)])
    assert cues.version == "eventwire-cues.v1+my_cues.tsv"
    muse = cues.verb("muse")
    assert muse is not None and muse.cls == "thought"
    say = cues.verb("say")
    assert say is not None and say.stance == "claim"
    assert cues.verb("deny") is None
    assert cues.with_particle("hit", "back at") is not None


def test_bad_line_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("say\tshout\n", encoding="utf-8")
    with pytest.raises(EventwireError, match="bad cue line 1"):
        load_cues([str(path)])


def test_unknown_names_fail_clearly(tmp_path: Path) -> None:
    with pytest.raises(EventwireError, match="unknown cue lexicon"):
        load_cues(["eventwire-cues.v9"])
    with pytest.raises(EventwireError, match="not found"):
        load_cues([str(tmp_path / "missing.tsv")])


def test_media_names_and_nouns() -> None:
    cues = load_cues()
    assert cues.is_media("Reuters")
    assert cues.is_media("state media")
    assert cues.is_media("the Interfax news agency")
    assert not cues.is_media("the interior ministry")
    assert not cues.is_media("Ryabkov")
