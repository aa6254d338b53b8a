"""The pattern format: packaged coverage, validation, and user files that extend or override."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.coding.cameo import cameo_table
from eventwire.coding.patterns import (
    PatternError,
    build_pattern_set,
    load_patterns,
    parse_pattern_text,
)


def test_packaged_patterns_cover_every_cameo_root() -> None:
    patterns = load_patterns(["cameo-patterns.v1"])
    assert patterns.version == "cameo-patterns.v1"
    roots = {p.code[:2] for p in patterns.patterns}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    # common sub-codes, not just roots
    codes = {p.code for p in patterns.patterns}
    assert {"042", "057", "0841", "112", "163", "173", "195"} <= codes


def test_every_packaged_code_and_frame_code_is_cameo() -> None:
    patterns = load_patterns()
    table = cameo_table()
    assert all(p.code in table for p in patterns.patterns)
    for frame in patterns.frames.values():
        # None keeps the complement's own code ("agreed to call for" stays an appeal)
        assert all(code is None or code in table for _, code in frame.by_code)
        assert frame.default is None or frame.default in table


def test_most_specific_pattern_is_tried_first() -> None:
    patterns = load_patterns()
    candidates = patterns.candidates("sign", "verb")
    assert candidates[0].with_  # "sign" + agreement words before a bare "sign"
    assert [c.specificity for c in candidates] == sorted(
        (c.specificity for c in candidates), reverse=True
    )


def test_no_sub_code_is_shadowed_by_its_general_code() -> None:
    """Of equally specific patterns the first wins: a sub-code's pattern (1662, inspectors
    expelled) listed after its general code's (166) for the same trigger and a word both
    require would never fire."""
    shadowed = []
    for key, candidates in load_patterns().by_lemma.items():
        for n, first in enumerate(candidates):
            for later in candidates[n + 1 :]:
                sub = later.code != first.code and later.code.startswith(first.code)
                if not sub or later.specificity != first.specificity:
                    continue
                if not first.with_ or (later.with_ and first.with_ & later.with_):
                    shadowed.append((key, first.id, later.id))
    assert not shadowed


def test_user_file_extends_and_overrides(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "patterns:\n"
        "  - id: sign\n    code: '030'\n    verbs: [sign]\n"
        "  - id: parley\n    code: '046'\n    verbs: [parley]\n",
        "utf-8",
    )
    patterns = load_patterns(["cameo-patterns.v1", str(mine)])
    assert patterns.version == "cameo-patterns.v1+mine"
    assert [p.code for p in patterns.candidates("parley", "verb")] == ["046"]
    # the user's "sign" replaced every packaged pattern with that id
    assert {p.code for p in patterns.patterns if p.id == "sign"} == {"030"}


def test_phrasal_trigger_needs_its_particle() -> None:
    patterns, _ = parse_pattern_text(
        "patterns:\n  - id: call-for\n    code: '020'\n    verbs: ['call for']\n", "t"
    )
    assert patterns[0].lemma == "call"
    assert patterns[0].particle == "for"


def test_word_lists_keep_their_first_words_for_the_matchers_pretest() -> None:
    text = (
        "patterns:\n"
        "  - id: bombing\n    code: '183'\n    verbs: [explode]\n"
        "    with: ['car bomb', 'nothing to do', device]\n    without: [firework]\n"
        "  - id: bare\n    code: '010'\n    verbs: [say]\n"
    )
    worded, bare = parse_pattern_text(text, "t")[0]
    assert worded.with_firsts == {"car", "nothing", "device"}
    assert worded.without_firsts == {"firework"}
    assert worded.without_objects_firsts == frozenset()
    assert worded.worded and not bare.worded
    assert bare.with_firsts == bare.without_firsts == frozenset()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("patterns:\n  - id: x\n    code: '999'\n    verbs: [go]\n", "not a CAMEO code"),
        ("patterns:\n  - id: x\n    code: '010'\n", "needs verbs"),
        ("patterns:\n  - id: x\n    code: '010'\n    verbs: [go]\n    colour: red\n", "unknown"),
        ("patterns:\n  - id: x\n    code: '010'\n    verbs: [go]\n    frame: nope\n", "frame"),
        ("patterns: [\n", "YAML"),
    ],
)
def test_bad_patterns_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(PatternError, match=message):
        build_pattern_set([("bad.yaml", text)])


def test_frame_resolves_by_complement_code_then_words() -> None:
    frame = load_patterns().frames["threaten"]
    assert frame.resolve("163", ()) == "1312"  # threaten + impose sanctions
    assert frame.resolve("190", ()) == "1384"  # threaten + attack
    assert frame.resolve(None, ["ultimatum"]) == "139"
    assert frame.resolve(None, ["weather"]) == "130"
    assert frame.modality == "threatened"


def test_a_frame_may_read_the_words_of_a_coded_complement_it_does_not_map() -> None:
    frames = load_patterns().frames
    # an accusation's charge decides even where the act charged ("support") is coded
    assert frames["accuse"].resolve("051", ["support", "terrorism"]) == "1121"
    assert frames["accuse"].resolve("051", ["support"]) == "112"
    # an appeal's words do not override a coded complement: imposing sanctions is no easing
    # (0254) but a call to punish, which rallies opposition (113)
    assert frames["appeal"].resolve("163", ["sanction"]) == "113"
    assert frames["appeal"].resolve("190", ["sanction"]) == frames["appeal"].default


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="not found"):
        load_patterns([str(tmp_path / "absent.yaml")])


def test_frame_keys_parse_and_an_aim_may_code_nothing() -> None:
    _, frames = parse_pattern_text(
        "frames:\n  - id: f\n    default: null\n    clause: '019'\n    by_code: {'19': '138'}\n",
        "t",
    )
    assert frames[0].clause == "019"
    assert frames[0].resolve("190", ()) == "138"
    assert frames[0].resolve(None, ["anything"]) is None
