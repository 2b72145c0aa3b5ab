"""The plain preview, used when Qt's web engine cannot start (missing system libraries, no GPU process...).

A ``QTextBrowser`` shows the same sanitised page HTML as the live preview (rendered on the same render thread,
images only from the media store, links to the system browser), re-set whole after each render. It has the
live preview's API, so the window and the editor link use either without knowing which one they got.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from editor_app.domain import Article, ArticlePhoto
from editor_app.domain.site_lists import ListItem
from editor_app.render import Block, PageData, render_page
from editor_app.render.sanitize import LINK_SCHEMES, url_scheme
from editor_app.ui.preview.fields import Related, SiteLists, page_fields
from editor_app.ui.preview.images import MediaImages
from editor_app.ui.preview.render_worker import RenderJob, RenderOutput, RenderWorker
from editor_app.ui.preview.widths import PreviewWidth


class PlainController(QObject):
    """What the editor link needs of a preview controller: ``patched`` after each page update."""

    patched = Signal(int)
    rendered = Signal(float)
    loaded = Signal()

    def __init__(self, worker: RenderWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.fields: PageData | None = None
        self.blocks: tuple[Block, ...] = ()
        self.generation = 0
        self.text = ""

    @property
    def body_pending(self) -> bool:
        return self.worker.busy

    @property
    def is_loaded(self) -> bool:
        return self.fields is not None


class PlainPreviewPanel(QWidget):
    """The preview as a plain rich-text view; ``reason`` says why the live preview is not available."""

    sourceLineVisible = Signal(int)
    painted = Signal(int)
    patched = Signal(int)
    """A new render is shown (as the live preview's ``patched``)."""

    def __init__(
        self,
        reason: str,
        media_root: Path | None = None,
        parent: QWidget | None = None,
        *,
        images: MediaImages | None = None,
    ) -> None:
        """``images``: the live panel's, when this stands in for it (``stand_in``), else the media store's."""
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.setAccessibleName(self.tr("Preview"))
        self.reason = reason
        self.images = images if images is not None else MediaImages(media_root)
        self.view = QTextBrowser(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(self.tr("Article preview (plain)"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._link_clicked)
        self.notice = QLabel(self.tr("Plain preview: the web engine could not start."), self)
        self.notice.setObjectName("previewPlainNotice")
        self.notice.setToolTip(reason)
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self._mode = PreviewWidth.DESKTOP
        self._seq = 0
        self.worker = RenderWorker(self.images.localize, self, self.images.expand)
        self.worker.finished.connect(self._on_rendered)
        self.controller = PlainController(self.worker, self)
        self.controller.patched.connect(self.patched)
        self._site_lists: SiteLists = ((), (), "")
        self._article: tuple[Article, ArticlePhoto | None, Related, str | None, datetime | None] | None = None
        if media_root is not None:
            self.view.setSearchPaths([str(media_root)])

    # -- the live preview's API --------------------------------------------------------------------------

    @property
    def body_pending(self) -> bool:
        return self.controller.body_pending

    def after_first_load(self, then: Callable[[], object], at_most_ms: int) -> None:
        """As the live preview's: the plain preview loads no page, so ``then`` runs at once."""
        QTimer.singleShot(0, then)

    def after_first_frames(self, then: Callable[[], object], at_most_ms: int) -> None:
        """As the live preview's: ``then`` runs at once."""
        QTimer.singleShot(0, then)

    def show_article(
        self,
        article: Article,
        featured: ArticlePhoto | None = None,
        related: Related = (),
        photo_src: str | None = None,
        corrected_at: datetime | None = None,
    ) -> None:
        c = self.controller
        c.generation += 1
        self._article = (article, featured, related, photo_src, corrected_at)
        c.fields, c.blocks, c.text = self._fields(), (), article.body
        self._show()
        self.worker.submit(RenderJob(c.generation, article.body, reset=True))

    def update_fields(
        self,
        article: Article,
        featured: ArticlePhoto | None = None,
        related: Related = (),
        photo_src: str | None = None,
        corrected_at: datetime | None = None,
    ) -> None:
        self._article = (article, featured, related, photo_src, corrected_at)
        self.controller.fields = self._fields()
        self._show()

    def update_body(self, text: str) -> None:
        c = self.controller
        if text != c.text:
            c.text = text
            self.worker.submit(RenderJob(c.generation, text))

    def set_site_lists(
        self, popular: Sequence[ListItem], editors_choice: Sequence[ListItem], note: str = ""
    ) -> None:
        """Popular and Editor's choice as of the last sync, as the live preview shows them."""
        self._site_lists = (tuple(popular), tuple(editors_choice), note)
        if self._article is not None:
            self.controller.fields = self._fields()
            self._show()

    def scroll_to_source_line(self, line: float) -> None:
        lines = [b.source_line for b in self.controller.blocks if b.source_line <= line]
        if lines:
            self.view.scrollToAnchor(f"src-{max(lines)}")

    def set_width(self, mode: str | PreviewWidth) -> None:
        self._mode = PreviewWidth.of(mode)  # the plain view always fills the dock

    @property
    def width_mode(self) -> PreviewWidth:
        return self._mode

    start_pending = False
    """It loads no page of the last session at start-up (``PreviewPanel.start_pending``)."""

    view_pending = False
    """Its view is built with it (``PreviewPanel.view_pending``)."""

    def build_view(self) -> None:
        """Nothing to build later (``PreviewPanel.build_view``)."""

    def drop_start_page(self) -> None:
        """Nothing to empty: no page of the last session was loaded."""

    def shutdown(self) -> None:
        self.worker.wait()

    # -- helpers -----------------------------------------------------------------------------------------

    def _on_rendered(self, output: RenderOutput) -> None:
        if output.job.generation != self.controller.generation or output.blocks is None:
            return
        self.controller.blocks = output.blocks
        self.controller.rendered.emit(output.seconds)
        self._show()

    def _show(self) -> None:
        """Set the whole page (sanitised body blocks, each after an anchor for scrolling), keeping the scroll."""
        fields = self.controller.fields
        if fields is None:
            return
        body = "".join(f'<a name="src-{b.source_line}"></a>{b.html}' for b in self.controller.blocks)
        bar = self.view.verticalScrollBar()
        position = bar.value()
        self.view.setHtml(render_page(replace(fields, body_html=body)))
        bar.setValue(position)
        self._seq += 1
        self.controller.patched.emit(self._seq)
        self.painted.emit(self._seq)
        self.controller.loaded.emit()

    def _link_clicked(self, url: QUrl) -> None:
        if url_scheme(url.toString()) in LINK_SCHEMES:
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.scheme():
            self.view.scrollToAnchor(url.fragment())

    def _fields(self) -> PageData:
        assert self._article is not None
        return page_fields(*self._article, self.images, self._site_lists)


def stand_in(
    panel: QWidget, problem: str, media_root: Path | None, images: MediaImages, width: PreviewWidth
) -> PlainPreviewPanel:
    """A plain preview in place of the live ``panel``'s width bar and stage, for a web engine that did not load
    with its view after all (``PreviewPanel.build_view``); its signals and its photos (``images``) are the
    panel's."""
    for child in panel.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        child.hide()
    plain = PlainPreviewPanel(problem, media_root, panel, images=images)
    plain.setObjectName("previewStandIn")  # inside the panel named previewPanel
    for signal in ("sourceLineVisible", "painted", "patched"):
        getattr(plain, signal).connect(getattr(panel, signal))
    plain.set_width(width)
    layout = panel.layout()
    assert layout is not None
    layout.addWidget(plain)
    return plain
