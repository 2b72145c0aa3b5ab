"""``editor-app related`` and ``search`` over a real profile."""

from __future__ import annotations

import json
from pathlib import Path

from editor_app.cli import main


def _import(tmp_path: Path, capsys) -> list[str]:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in" / "news"
    folder.mkdir(parents=True)
    texts = [
        "Harbour budget approved\n\nThe council approved the harbour budget.",
        "Harbour dredging starts\n\nDredging of the harbour follows the council budget.",
        "Chess final tonight\n\nThe chess final starts at eight.",
    ]
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "p"), "import", str(tmp_path / "in")]) == 0
    return capsys.readouterr().out.split()


def test_related_set_show_and_suggest(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, second, third = _import(tmp_path, capsys)
    profile = ["--data-dir", str(tmp_path / "p")]
    assert main([*profile, "related", first, "--suggest", "--json"]) == 0
    suggested = [h["id"] for h in json.loads(capsys.readouterr().out)]
    assert suggested[0] == second and first not in suggested
    assert main([*profile, "related", first, "--set", f"{third},{second}"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == [third, second]
    assert main([*profile, "related", first, "--json"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)] == [third, second]
    assert main([*profile, "related", first, "--set", ""]) == 0
    assert capsys.readouterr().out == ""


def test_related_refusals_are_one_clear_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    first, *_ = _import(tmp_path, capsys)
    profile = ["--data-dir", str(tmp_path / "p")]
    assert main([*profile, "related", first, "--set", "missing-id"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing-id" in err
    assert main([*profile, "related", "no-such-article"]) == 1
    assert "no-such-article" in capsys.readouterr().err
