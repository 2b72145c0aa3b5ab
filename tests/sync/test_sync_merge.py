"""The pure sync decision and the three-way merge, table-tested."""

from __future__ import annotations

from typing import Any

import pytest

from editor_app.sync.merge import Action, Chunk, decide, join_chunks, merge_paragraphs, merge_sets

BASE: dict[str, Any] = {
    "headline": "Harbour budget",
    "standfirst": "The council met.",
    "body": "Para one.\n\nPara two.\n\nPara three.",
    "tags": ["council", "harbour"],
    "section": "News",
    "status": "draft",
}


def edit(**changes: Any) -> dict[str, Any]:
    return {**BASE, **changes}


CASES = [
    ("nothing changed", BASE, BASE, Action.NOTHING, None),
    ("local unchanged, remote changed", BASE, edit(headline="New"), Action.TAKE_REMOTE, None),
    ("remote unchanged, local changed", edit(headline="New"), BASE, Action.PUSH, None),
    ("both made the same change", edit(headline="Same"), edit(headline="Same"), Action.NOTHING, None),
    (
        "different fields",
        edit(headline="Local"),
        edit(section="World"),
        Action.MERGED,
        edit(headline="Local", section="World"),
    ),
    (
        "different paragraphs",
        edit(body="Para ONE.\n\nPara two.\n\nPara three."),
        edit(body="Para one.\n\nPara two.\n\nPara THREE."),
        Action.MERGED,
        edit(body="Para ONE.\n\nPara two.\n\nPara THREE."),
    ),
    (
        "neighbouring paragraphs",
        edit(body="Para ONE.\n\nPara two.\n\nPara three."),
        edit(body="Para one.\n\nPara TWO.\n\nPara three."),
        Action.MERGED,
        edit(body="Para ONE.\n\nPara TWO.\n\nPara three."),
    ),
    (
        "paragraph added on each side",
        edit(body="Intro.\n\n" + BASE["body"]),
        edit(body=BASE["body"] + "\n\nUpdate."),
        Action.MERGED,
        edit(body="Intro.\n\n" + BASE["body"] + "\n\nUpdate."),
    ),
    (
        "tags added on both sides, one removed",
        edit(tags=["council", "harbour", "budget"]),
        edit(tags=["harbour", "ferry"]),
        Action.MERGED,
        edit(tags=["harbour", "budget", "ferry"]),
    ),
]


@pytest.mark.parametrize(("name", "local", "remote", "action", "merged"), CASES, ids=[c[0] for c in CASES])
def test_decision_table(
    name: str, local: dict[str, Any], remote: dict[str, Any], action: Action, merged: Any
) -> None:
    decision = decide(BASE, local, remote)
    assert decision.action is action
    assert decision.merged == merged
    assert not decision.conflicts


def test_the_same_paragraph_edited_on_both_sides_is_a_conflict_holding_both() -> None:
    local = edit(body="Para one.\n\nLocal two.\n\nPara three.", headline="Local head")
    remote = edit(body="Para one.\n\nRemote two.\n\nPara THREE.", headline="Remote head")
    decision = decide(BASE, local, remote)
    assert decision.action is Action.CONFLICT
    assert set(decision.conflicts) == {"body", "headline"}
    chunks = decision.conflicts["body"]
    assert [c.text for c in chunks] == ["Para one.", None, "Para THREE."]
    assert (chunks[1].local, chunks[1].remote, chunks[1].base) == ("Local two.", "Remote two.", "Para two.")
    assert decision.conflicts["headline"][0].local == "Local head"
    assert decision.conflicts["headline"][0].remote == "Remote head"
    # nothing is discarded: the merged proposal keeps the local text of disputed fields
    assert decision.merged is not None and decision.merged["headline"] == "Local head"


def test_choices_pick_per_paragraph() -> None:
    chunks = merge_paragraphs("a\n\nb\n\nc", "a\n\nB1\n\nc", "a\n\nB2\n\nc")
    assert join_chunks(chunks) == "a\n\nB1\n\nc"
    assert join_chunks(chunks, {1: "remote"}) == "a\n\nB2\n\nc"
    assert join_chunks(chunks, {1: "both"}) == "a\n\nB1\n\nB2\n\nc"


def test_no_base_and_different_sides_is_a_conflict_not_a_guess() -> None:
    decision = decide(None, edit(headline="One"), edit(headline="Two"))
    assert decision.action is Action.CONFLICT


def test_set_merge_keeps_additions_and_removals() -> None:
    assert merge_sets(["a", "b"], ["a", "b", "c"], ["b", "d"]) == ["b", "c", "d"]


def test_chunks_round_trip_as_json() -> None:
    for chunk in (Chunk(text="x"), Chunk(None, "l", "r", "b")):
        assert Chunk.from_json(chunk.as_json()) == chunk
