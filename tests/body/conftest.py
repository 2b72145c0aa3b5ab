"""Fixtures for the body editor: a shown ``MarkdownEditor`` and a check for the system dictionaries."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture
def need_dictionary() -> Callable[[str], None]:
    """Call with a tag; skips when that Debian hunspell dictionary is missing (setup-system.sh installs them)."""

    def need(tag: str) -> None:
        import enchant

        if not enchant.dict_exists(tag):
            pytest.skip(f"hunspell dictionary {tag} is not installed (run scripts/setup-system.sh)")

    return need


@pytest.fixture
def editor(qtbot):  # type: ignore[no-untyped-def]
    from editor_app.ui.body import BodyEditorPanel

    panel = BodyEditorPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.editor.setFocus()
    yield panel.editor  # the panel stays referenced (and alive) until the test ends
    panel.close()
