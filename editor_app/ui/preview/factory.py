"""The live preview when Qt's web engine can start, the plain preview (with the reason) when it cannot."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from editor_app.ui.preview.panel import PreviewPanel
    from editor_app.ui.preview.plain import PlainPreviewPanel

log = logging.getLogger(__name__)

Preview = tuple["PreviewPanel | PlainPreviewPanel", "str | None"]
"""A preview panel, and None or why it is the plain one."""


def web_engine_problem() -> str | None:
    """Why Qt's web engine cannot be used in this process (its module or libraries do not load), else None."""
    try:
        import_module("PySide6.QtWebEngineCore")
        import_module("PySide6.QtWebEngineWidgets")
    except ImportError as exc:  # a missing system library (libnss3, libasound2...) or a partial install
        return f"Qt's web engine could not be loaded: {exc}"
    return None


ENGINE_KEY = "preview/webEngineLoads"
"""The PySide6 version whose Qt web engine loaded at the last start (in the profile's settings)."""


def _engine_build() -> str:
    import PySide6

    return str(PySide6.__version__)


def engine_loaded_before(settings: QSettings | None) -> bool:
    """Whether Qt's web engine loaded in this process's PySide6 at the last start: then a view that waits
    loads it with itself, after the window's first paint, instead of it being checked before."""
    return settings is not None and str(settings.value(ENGINE_KEY, "")) == _engine_build()


def engine_failed(problem: str, settings: QSettings | None) -> None:
    """Qt's web engine does not load (``problem`` says why): logged, and a load remembered from the last start
    is forgotten, so the next start checks it before the window (and starts plain)."""
    log.error("the live preview is not available, using the plain one: %s", problem)
    if settings is not None:
        settings.remove(ENGINE_KEY)


def view_can_wait(environ: Mapping[str, str] = os.environ) -> bool:
    """Whether a web view may be added to a window already shown without a flash: where Qt Quick draws it with
    the GPU, the window system recreates the whole window for it; where Qt Quick draws in software (no GPU,
    ``web_engine_env.software_drawing``, or the user's choice) it does not."""
    return environ.get("QT_QUICK_BACKEND", "") in {"software", "softwarecontext"}


def make_preview(
    media_root: Path | None,
    theme_page: Path | None = None,
    settings: QSettings | None = None,
    *,
    view_later: bool = False,
) -> Preview:
    """The preview panel, and None or the reason why it is the plain one (which shows the house template only).
    With ``view_later``, the live preview builds its web view on ``build_view`` (or first use) when it has no
    page of the last session to show; where Qt's web engine loaded at the last start it loads with that view,
    unchecked until then (should it fail then, the panel's plain preview stands in: ``PreviewPanel.problem``)."""
    unchecked = view_later and engine_loaded_before(settings)
    problem = None if unchecked else web_engine_problem()
    if problem is None:
        from editor_app.ui.preview.panel import PreviewPanel

        if not unchecked and view_later and settings is not None:
            settings.setValue(ENGINE_KEY, _engine_build())  # loaded: next time a waiting view loads it
        panel = PreviewPanel(
            media_root=media_root, theme_page=theme_page, settings=settings, view_later=view_later
        )
        return panel, panel.problem  # a problem here: the view was built at once, and the engine failed
    engine_failed(problem, settings)
    from editor_app.ui.preview.plain import PlainPreviewPanel

    return PlainPreviewPanel(problem, media_root=media_root), problem
