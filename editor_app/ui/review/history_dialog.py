"""The history panel (``actionHistory``): revisions with a word-level diff against the current text, and restore.

Restoring makes a new revision from the old content; nothing is ever deleted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
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

KIND_LABELS = {
    "create": "created",
    "edit": "edited",
    "import": "imported",
    "restore": "restored",
    "sync": "synced",
    "merge": "merged",
    "submitted": "submitted",
    "reviewed": "seen by the desk",
}
TEXT_FIELDS = (("headline", "Headline"), ("standfirst", "Standfirst"), ("body", "Body"))
OTHER_FIELDS = (
    ("byline", "Byline"),
    ("section", "Section"),
    ("source", "Source"),
    ("tags", "Tags"),
    ("editors_choice", "Editor's choice"),
    ("language", "Language"),
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
        parts.append(
            f"<h3>{label} <small>(+{added} / −{removed} words since this revision)</small></h3>"
            f"<p>{diff_html(pieces)}</p>"
        )
    for key, label in OTHER_FIELDS:
        parts.extend(
            f"<p>{html.escape(line)}</p>"
            for line in describe_change(label, revision.content.get(key), now[key])
        )
    return "".join(parts) or "<p>This revision is the same as the current text.</p>"


def audit_line(entry: AuditEntry) -> str:
    """``Submitted → Returned by ew-desk, 27 Nov 2026 09:12: Name the company`` (local time)."""
    when = entry.at.astimezone().strftime("%d %b %Y %H:%M")
    line = f"{entry.line()}, {when}"
    if entry.publish_at is not None:
        line += f" (for {entry.publish_at.astimezone().strftime('%d %b %Y %H:%M')})"
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
        self.setWindowTitle(f"History — {article.title}")
        self.setAccessibleName("Article history")
        self.resize(980, 640)
        self.article = article
        self.revisions = revisions
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName("Revisions, newest first")
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("revisionDiff")
        self.diff.setAccessibleName("Changes since the selected revision")
        self.diff.setOpenLinks(False)
        self.restore = QPushButton("Restore this version", self)
        self.restore.setObjectName("restoreRevisionButton")
        self.restore.setToolTip("Make this version the current text (as a new revision; nothing is deleted)")
        for revision in revisions:
            when = revision.updated_at.astimezone().strftime("%d %b %Y %H:%M")
            words = word_count(str(revision.content.get("body", "")))
            item = QListWidgetItem(
                f"#{revision.number} · {KIND_LABELS.get(revision.kind, revision.kind)} · "
                f"{when} · {words:,} words"
            )
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff)
        splitter.setSizes([300, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel("Changes shown are from the selected revision to the current text.", self), 1)
        row.addWidget(self.restore)
        self.trail = QListWidget(self)
        self.trail.setObjectName("auditTrailList")
        self.trail.setAccessibleName("Workflow history: who moved the article, when, and the note")
        for entry in trail or []:
            self.trail.addItem(audit_line(entry))
        if not trail:
            self.trail.addItem("No workflow steps yet.")
        self.trail.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Workflow</b> (who, when, from, to, note)", self))
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
