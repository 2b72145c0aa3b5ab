"""The live preview panel: a width selector above a sandboxed web view of the publication's page.

The web view is built with the panel and loads the last session's page, or an empty one, at once: Chromium's
processes start while the profile and the article load. Where Qt Quick draws with the GPU it has to be (a web
view added to a window already shown makes the window system recreate the window: a visible flash); where it
draws in software, a panel with no page of the last session can build it later (``view_later``), after the
window's first paint, and Qt's web engine loads with it (where it fails then, the plain preview stands in). The
renderer and the Markdown pipeline come just after the panel first paints with its view, or on first use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor_app.domain import Article, ArticlePhoto
from editor_app.domain.site_lists import ListItem
from editor_app.ui.preview import start_page
from editor_app.ui.preview.bar import preview_bar
from editor_app.ui.preview.fields import Related, SiteLists, list_links, page_fields
from editor_app.ui.preview.site_theme import SiteThemePage
from editor_app.ui.preview.stage import Stage
from editor_app.ui.preview.widths import PreviewWidth

if TYPE_CHECKING:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from editor_app.ui.preview.cache import RenderCache
    from editor_app.ui.preview.controller import PreviewController
    from editor_app.ui.preview.first_load import FirstLoad
    from editor_app.ui.preview.images import MediaImages
    from editor_app.ui.preview.interceptor import LocalOnlyInterceptor
    from editor_app.ui.preview.page import PreviewPage
    from editor_app.ui.preview.plain import PlainPreviewPanel
    from editor_app.ui.preview.render_worker import RenderOutput, RenderWorker
    from editor_app.ui.preview.view_parts import ViewParts

WARM_PAGE = "<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>"
"""Loaded before any article so that the web engine's processes start early."""


class PreviewPanel(QWidget):
    """The live preview of the article being edited. Renders run on its own render thread (one stateful
    renderer, never behind database work); ``runner`` is accepted as other panels take it. The page loads
    files only from ``media_root`` (the media store) and from the folder of ``theme_page`` (the site's theme as
    of the last sync, shown when the theme is Site; the choice is kept in ``settings`` as ``preview/theme``)."""

    sourceLineVisible = Signal(int)
    """The 0-based source line of the first visible block, when the user scrolls the preview."""
    painted = Signal(int)
    """A patch (by sequence number) has reached the screen."""
    patched = Signal(int)
    """A patch (by sequence number) was sent to the page."""
    unavailable = Signal(str)
    """Qt's web engine did not load with the view (why): the plain preview stands in."""

    def __init__(
        self,
        runner: QObject | None = None,
        media_root: Path | None = None,
        parent: QWidget | None = None,
        *,
        theme_page: Path | None = None,
        settings: QSettings | None = None,
        view_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.setAccessibleName(self.tr("Preview"))
        self.runner = runner
        self._media_root = media_root
        self._images: MediaImages | None = None
        self._view_parts: ViewParts | None = None
        self._plain: PlainPreviewPanel | None = None
        self.problem: str | None = None
        """Why Qt's web engine did not load with the view (the plain preview stands in), else None."""
        self.stage = Stage(self)
        self.dark = False

        bar = preview_bar(self)
        self.width_combo, self.theme_combo, self.theme_note = bar.width_combo, bar.theme_combo, bar.theme_note
        self.width_combo.currentIndexChanged.connect(
            lambda index: self.set_width(self.width_combo.itemData(index))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar.layout)
        layout.addWidget(self.stage, 1)

        self._base = (
            QUrl.fromLocalFile(f"{media_root.resolve()}/") if media_root else QUrl("file:///editor-preview/")
        )
        self._cache_folder = media_root.parent / "preview-cache" if media_root else None
        self._engine: tuple[RenderWorker, PreviewController, RenderCache] | None = None
        self._engine_due = False
        self._painted = False
        self._last_render: tuple[str, RenderOutput] | None = None
        self._stored_generation = 0
        self._article_id: str | None = None
        self._site_lists: SiteLists = ((), (), "")
        self.site_theme = SiteThemePage(theme_page)
        self._theme_folder = theme_page.parent if theme_page is not None else None
        self._settings = settings
        self.theme_combo.currentIndexChanged.connect(lambda i: self.set_theme(self.theme_combo.itemData(i)))
        self.set_theme(str(settings.value("preview/theme", "house")) if settings is not None else "house")
        self.start = start_page.Pending(self._cache_folder, settings, self.theme)
        if (
            self.start.entry is not None
            and settings is not None
            and settings.value("preview/dark", False, bool)
        ):
            self.dark = True
        if not (view_later and self.start.entry is None):
            self.build_view()

    @property
    def view_pending(self) -> bool:
        """The web view is not built yet: it comes with ``build_view``, or when first needed."""
        return self._view_parts is None and self._plain is None

    def build_view(self) -> None:
        """Build the web view (once) and load the last article's page (as the last session left it), else an
        empty page, at once: Chromium starts its processes, and the page loads, while the profile and the
        article load. Qt's web engine loads here: when it cannot, the plain preview stands in."""
        if not self.view_pending:
            return
        try:
            from editor_app.ui.preview.view_parts import build_parts  # Qt's web engine loads here
        except ImportError as exc:  # a system library gone since the last start (``factory``)
            from editor_app.ui.preview.factory import engine_failed
            from editor_app.ui.preview.plain import stand_in

            self.problem = f"Qt's web engine could not be loaded: {exc}"
            engine_failed(self.problem, self._settings)
            self._plain = stand_in(self, self.problem, self._media_root, self.images, self.stage.mode)
            self.unavailable.emit(self.problem)
            return
        self._view_parts = parts = build_parts(self, self._media_root, self._theme_folder)
        view, page = parts.view, parts.page
        self.stage.set_view(view)
        page.lineVisible.connect(self.sourceLineVisible)
        page.painted.connect(self.painted)
        self.start.watch(page)
        if self.dark:
            self.set_dark(True)
        page.show_html(self.start.html() or WARM_PAGE, self._base)
        if self._painted:
            self._build_engine_soon()

    def _plain_instead(self) -> PlainPreviewPanel | None:
        """Build the view if still to come (it is needed now); the plain preview standing in for it, or None."""
        self.build_view()
        return self._plain

    def _parts(self) -> ViewParts:
        self.build_view()
        if self._view_parts is None:
            raise RuntimeError(f"the live preview is not available: {self.problem}")
        return self._view_parts

    @property
    def view(self) -> QWebEngineView:
        return self._parts().view

    @property
    def page(self) -> PreviewPage:
        return self._parts().page

    @property
    def interceptor(self) -> LocalOnlyInterceptor:
        """What the page may load (local files under the media root and the site theme's folder only)."""
        return self._parts().interceptor

    @property
    def images(self) -> MediaImages:
        """The article's photos as the page shows them (made on first use: not before the first paint)."""
        if self._images is None:
            from editor_app.ui.preview.images import MediaImages

            self._images = MediaImages(self._media_root)
        return self._images

    @property
    def first_load(self) -> FirstLoad:
        return self._parts().first_load

    @property
    def body_pending(self) -> bool:
        """The editor's text is on its way to the page (a scroll to a line waits for it: ``EditorLink``)."""
        return (plain.controller if (plain := self._plain_instead()) else self.controller).body_pending

    @property
    def start_pending(self) -> bool:
        """The page loaded at start-up is the last article's, waiting for that article."""
        return self.start.entry is not None

    def after_first_load(self, then: Callable[[], object], at_most_ms: int) -> None:
        """Run ``then`` (once) when the page loaded at start-up has loaded, or after ``at_most_ms``."""
        if plain := self._plain_instead():
            return plain.after_first_load(then, at_most_ms)
        self.first_load.then(then, at_most_ms)

    def after_first_frames(self, then: Callable[[], object], at_most_ms: int) -> None:
        """Run ``then`` (once) when the page loaded at start-up is on screen, or after ``at_most_ms``."""
        if plain := self._plain_instead():
            return plain.after_first_frames(then, at_most_ms)
        self.first_load.then_on_screen(then, at_most_ms)

    # -- the renderer, built after the first paint ---------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._painted = True
        if self._view_parts is not None:
            self._build_engine_soon()

    def _build_engine_soon(self) -> None:
        if self._engine is None and not self._engine_due:
            self._engine_due = True
            QTimer.singleShot(0, self, self._build_engine)

    def _build_engine(self) -> tuple[RenderWorker, PreviewController, RenderCache]:
        if self._engine is not None:
            return self._engine
        from editor_app.ui.preview.cache import RenderCache
        from editor_app.ui.preview.controller import PreviewController
        from editor_app.ui.preview.render_worker import RenderWorker

        worker = RenderWorker(self.images.localize, self, self.images.expand)
        controller = PreviewController(self.page, worker, self._base, self)
        self._engine = (worker, controller, RenderCache(self._cache_folder))
        worker.finished.connect(self._remember)
        controller.patched.connect(self.patched)
        self._use_site_page(reload=False)
        return self._engine

    @property
    def worker(self) -> RenderWorker:
        return self._build_engine()[0]

    @property
    def controller(self) -> PreviewController:
        return self._build_engine()[1]

    @property
    def render_cache(self) -> RenderCache:
        return self._build_engine()[2]

    # -- the lead's API ----------------------------------------------------------------------------------

    def show_article(
        self,
        article: Article,
        featured: ArticlePhoto | None = None,
        related: Related = (),
        photo_src: str | None = None,
        corrected_at: datetime | None = None,
    ) -> None:
        """Load the page for ``article`` (once per article); ``photo_src`` defaults to the stored file."""
        if plain := self._plain_instead():
            return plain.show_article(article, featured, related, photo_src, corrected_at)
        if self.theme == "site":
            self._use_site_page(reload=False)  # a sync may have fetched the theme again
        self._keep_last_render()
        self._article_id = article.id
        fields = page_fields(
            article, featured, related, photo_src, corrected_at, self.images, self._site_lists
        )
        if self.start.take(self.controller, article, fields, house=self.theme == "house"):
            return  # the page loaded at start-up is this article's as stored: no second load
        self.controller.show(fields, article.body, self.render_cache.load(article.id, article.body))

    def drop_start_page(self) -> None:
        """The article of the page loaded at start-up will not be shown (gone, or none to open): empty it."""
        if self.start.drop() and not self._plain_instead():
            self.page.show_html(WARM_PAGE, self._base)

    def update_fields(
        self,
        article: Article,
        featured: ArticlePhoto | None = None,
        related: Related = (),
        photo_src: str | None = None,
        corrected_at: datetime | None = None,
    ) -> None:
        """Patch the non-body fields (section, badge, headline, standfirst, byline, date, photo, source,
        related) without reloading."""
        if plain := self._plain_instead():
            return plain.update_fields(article, featured, related, photo_src, corrected_at)
        self._article_id = article.id
        fields = page_fields(
            article, featured, related, photo_src, corrected_at, self.images, self._site_lists
        )
        self.controller.update_fields(fields)

    def update_body(self, text: str) -> None:
        """The body's Markdown changed: re-render off the GUI thread and patch the changed blocks."""
        if not (text or self._engine or self._plain):  # the empty editor at start-up builds no renderer
            return
        if plain := self._plain_instead():
            return plain.update_body(text)
        self.controller.update_body(text)

    def set_site_lists(
        self, popular: Sequence[ListItem], editors_choice: Sequence[ListItem], note: str = ""
    ) -> None:
        """Popular this week and Editor's choice as of the last sync (``note`` says when), shown under the
        article as the site shows them: published posts only, the article itself left out."""
        self._site_lists = (tuple(popular), tuple(editors_choice), note)
        if plain := self._plain_instead():
            return plain.set_site_lists(popular, editors_choice, note)
        self.controller.update_lists(*list_links(self._site_lists, self._article_id))
        self.reload_theme()  # the lists come after every sync run, and so may a new copy of the site's theme

    def reload_theme(self) -> None:
        """In the Site theme: show the page again if the cached theme changed on disk (after a sync)."""
        if self.theme == "site":
            self._use_site_page(reload=True)

    def scroll_to_source_line(self, line: float) -> None:
        """Scroll the preview to the block holding 0-based source ``line`` (fractions scroll within it)."""
        if plain := self._plain_instead():
            return plain.scroll_to_source_line(line)
        self.controller.scroll_to_source_line(line)

    def set_width(self, mode: str | PreviewWidth) -> None:
        width = PreviewWidth.of(mode)
        index = self.width_combo.findData(width.key)
        if index != self.width_combo.currentIndex():
            self.width_combo.setCurrentIndex(index)  # re-enters through currentIndexChanged
            return
        self.stage.set_mode(width)
        if self._plain is not None:
            self._plain.set_width(width)

    @property
    def width_mode(self) -> PreviewWidth:
        return self.stage.mode

    def set_theme(self, key: str) -> None:
        """``house`` (the publication's template) or ``site`` (the site's own theme, as of the last sync)."""
        index = max(0, self.theme_combo.findData(key))
        if index != self.theme_combo.currentIndex():
            self.theme_combo.setCurrentIndex(index)  # re-enters through currentIndexChanged
            return
        if self._settings is not None:
            self._settings.setValue("preview/theme", self.theme)
        self._use_site_page(reload=True)

    @property
    def theme(self) -> str:
        return str(self.theme_combo.currentData())

    def _use_site_page(self, *, reload: bool) -> None:
        page = self.site_theme.load() if self.theme == "site" else None
        self.theme_note.setVisible(self.theme == "site" and page is None and self._plain is None)
        if self._engine is not None:  # else the engine takes the theme when it is built
            self.controller.set_site_page(page, reload=reload)

    def set_dark(self, dark: bool) -> None:
        """Show the page in dark colours (a style laid over it in this view only; the page is unchanged)."""
        self.dark = dark
        if self._view_parts is not None:  # else the view takes it when it is built
            from editor_app.ui.preview.dark import set_dark

            set_dark(self._view_parts.page, dark)

    def shutdown(self) -> None:
        """Wait for the render thread (call before the window goes away); keep the last render."""
        if self._plain is not None:
            self._plain.shutdown()
        if self._engine is not None:
            self.worker.wait()
            self._keep_last_render()

    def _remember(self, output: RenderOutput) -> None:
        """Keep the shown article's latest render: the first is written at once (a session that ends without
        closing still has it), later ones when the article leaves the preview."""
        generation = output.job.generation
        if output.blocks is None or generation != self.controller.generation or not self._article_id:
            return
        self._last_render = (self._article_id, output)
        if self._stored_generation != generation:
            self._stored_generation = generation
            self._keep_last_render()

    def _keep_last_render(self) -> None:
        """Write the shown article's last render to the cache (never per keystroke)."""
        if self._last_render is not None:
            (article_id, output), self._last_render = self._last_render, None
            assert output.blocks is not None
            self.render_cache.store(article_id, output.job.text, output.blocks)
            house = self.theme == "house"
            self.start.keep(self._cache_folder, article_id, output.job.text, output.blocks, house=house)
