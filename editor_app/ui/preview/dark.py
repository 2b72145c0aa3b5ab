"""The preview's dark option: a style sheet (``resources/preview/dark.css``) laid over the page the preview
shows, by a page script in the preview's isolated world. The page itself (and so what is published) is the
same; only this view of it is dark."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from PySide6.QtGui import QColor
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from editor_app.ui.preview.page import SCRIPT_WORLD

SCRIPT_NAME = "editor-preview-dark"
STYLE_ID = "ew-dark-preview"
PAPER = "#1b1c1e"


@cache
def dark_css() -> str:
    folder = resources.files("editor_app").joinpath("resources", "preview")
    return folder.joinpath("dark.css").read_text(encoding="utf-8")


def _add_source() -> str:
    style_id, css = json.dumps(STYLE_ID), json.dumps(dark_css())
    return (
        f"{{ if (document.getElementById({style_id})) return;"
        f" const s = document.createElement('style'); s.id = {style_id}; s.textContent = {css};"
        " (document.head || document.documentElement).appendChild(s); }"
    )


def _remove_source() -> str:
    return f"(() => {{ const s = document.getElementById({json.dumps(STYLE_ID)}); if (s) s.remove(); }})();"


def set_dark(page: QWebEnginePage, dark: bool) -> None:
    """Lay the dark style over the page shown now and every page loaded later (or take it off)."""
    scripts = page.scripts()
    for script in scripts.find(SCRIPT_NAME):
        scripts.remove(script)
    if dark:
        script = QWebEngineScript()
        script.setName(SCRIPT_NAME)
        script.setWorldId(SCRIPT_WORLD)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(
            f"(() => {{ const add = () => {_add_source()}; if (document.readyState === 'loading')"
            " document.addEventListener('DOMContentLoaded', add); else add(); })();"
        )
        scripts.insert(script)
    page.setBackgroundColor(QColor(PAPER) if dark else QColor("white"))
    page.runJavaScript(f"(() => {_add_source()})();" if dark else _remove_source(), SCRIPT_WORLD)
