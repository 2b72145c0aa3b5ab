"""The history panel (``actionHistory``): revisions with a word-level diff against the current text, and restore.

Restoring makes a new revision from the old content; nothing is ever deleted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import Article
from editor_app.domain.article import word_count
from editor_app.domain.diff import describe_change, diff_html, diff_stats, word_diff
from editor_app.domain.review import AuditEntry
from editor_app.store import Revision
from editor_app.ui.core_text import core_text
from editor_app.ui.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.labels import local_time

KIND_LABELS = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "created"),
    "edit": QT_TRANSLATE_NOOP("HistoryDialog", "edited"),
    "import": QT_TRANSLATE_NOOP("HistoryDialog", "imported"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "restored"),
    "sync": QT_TRANSLATE_NOOP("HistoryDialog", "synced"),
    "merge": QT_TRANSLATE_NOOP("HistoryDialog", "merged"),
    "submitted": QT_TRANSLATE_NOOP("HistoryDialog", "submitted"),
    "reviewed": QT_TRANSLATE_NOOP("HistoryDialog", "seen by the desk"),
}
TEXT_FIELDS = (
    ("headline", QT_TRANSLATE_NOOP("HistoryDialog", "Headline")),
    ("standfirst", QT_TRANSLATE_NOOP("HistoryDialog", "Standfirst")),
    ("body", QT_TRANSLATE_NOOP("HistoryDialog", "Body")),
)
OTHER_FIELDS = (
    ("byline", QT_TRANSLATE_NOOP("HistoryDialog", "Byline")),
    ("section", QT_TRANSLATE_NOOP("HistoryDialog", "Section")),
    ("source", QT_TRANSLATE_NOOP("HistoryDialog", "Source")),
    ("tags", QT_TRANSLATE_NOOP("HistoryDialog", "Tags")),
    ("editors_choice", QT_TRANSLATE_NOOP("HistoryDialog", "Editor's choice")),
    ("language", QT_TRANSLATE_NOOP("HistoryDialog", "Language")),
)


def revision_comparison_html(revision: Revision, current: Article) -> str:
    """What changed from this revision to the current text, field by field."""
    now = current.content()
    now["tags"] = list(current.tags)
    parts: list[str] = []
    for key, label in TEXT_FIELDS:
        old, new = str(revision.content.get(key, "")), str(now[key])
        if old == new:
            continue
        pieces = word_diff(old, new)
        added, removed = diff_stats(pieces)
        counts = QCoreApplication.translate(
            "HistoryDialog", "+{added} / −{removed} words since this revision"
        )
        title = QCoreApplication.translate("HistoryDialog", label)
        parts.append(
            f"<h3>{title} <small>({counts.format(added=added, removed=removed)})</small></h3>"
            f"<p>{diff_html(pieces)}</p>"
        )
    for key, label in OTHER_FIELDS:
        parts.extend(
            f"<p>{html.escape(core_text(line))}</p>"
            for line in describe_change(label, revision.content.get(key), now[key])
        )
    same = QCoreApplication.translate("HistoryDialog", "This revision is the same as the current text.")
    return "".join(parts) or f"<p>{same}</p>"


def audit_line(entry: AuditEntry) -> str:
    """``Submitted → Returned by ew-desk, 27 Nov 2026 09:12: Name the company`` (local time)."""
    when = local_time(entry.at, "dd MMM yyyy HH:mm")
    line = f"{core_text(entry.line())}, {when}"
    if entry.publish_at is not None:
        at = local_time(entry.publish_at, "dd MMM yyyy HH:mm")
        line += " " + QCoreApplication.translate("HistoryDialog", "(for {})").format(at)
    return f"{line}: {entry.note}" if entry.note else line


class HistoryDialog(QDialog):
    restoreRequested = Signal(int)

    def __init__(
        self,
        article: Article,
        revisions: list[Revision],
        parent: QWidget | None = None,
        trail: list[AuditEntry] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History — {}").format(article.title))
        self.setAccessibleName(self.tr("Article history"))
        self.resize(980, 640)
        self.article = article
        self.revisions = revisions
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Revisions, newest first"))
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("revisionDiff")
        self.diff.setAccessibleName(self.tr("Changes since the selected revision"))
        self.diff.setOpenLinks(False)
        self.restore = QPushButton(self.tr("Restore this version"), self)
        self.restore.setObjectName("restoreRevisionButton")
        self.restore.setToolTip(
            self.tr("Make this version the current text (as a new revision; nothing is deleted)")
        )
        for revision in revisions:
            when = local_time(revision.updated_at, "dd MMM yyyy HH:mm")
            words = word_count(str(revision.content.get("body", "")))
            kind = self.tr(KIND_LABELS[revision.kind]) if revision.kind in KIND_LABELS else revision.kind
            item = QListWidgetItem(
                self.tr("#{number} · {kind} · {when} · %Ln word(s)", "", words).format(
                    number=revision.number, kind=kind, when=when
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff)
        splitter.setSizes([360, 620])  # room for a revision line in Russian or Azerbaijani
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(self.tr("Changes shown are from the selected revision to the current text."), self), 1
        )
        row.addWidget(self.restore)
        self.trail = QListWidget(self)
        self.trail.setObjectName("auditTrailList")
        self.trail.setAccessibleName(self.tr("Workflow history: who moved the article, when, and the note"))
        for entry in trail or []:
            self.trail.addItem(audit_line(entry))
        if not trail:
            self.trail.addItem(self.tr("No workflow steps yet."))
        self.trail.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Workflow</b> (who, when, from, to, note)"), self))
        layout.addWidget(self.trail)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.restore.clicked.connect(self._restore)
        if revisions:
            self.list.setCurrentRow(0)
        self.restore.setEnabled(bool(revisions))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.revisions):
            self.diff.setHtml(revision_comparison_html(self.revisions[row], self.article))

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.revisions):
            self.restoreRequested.emit(self.revisions[row].id)
            self.accept()
