"""Importing article files and folders, and exporting articles, over the formats in ``editor_app.formats``.

A file is read and parsed completely before anything is written, and each file commits (or rolls back) on its
own savepoint, so a bad file yields one clear line and nothing half imported while the rest of a batch goes on.
Files are committed in chunks so a 2,000-file folder costs a few dozen disk syncs, not thousands.

An archive (a folder, unless drafts are asked for, or anything imported with ``archive=True``) is a set of
references published elsewhere: each article keeps its original date (the file's front matter, else the file's
modification time), gets the status ``archived`` and never enters the outbox, so no sync sends it to the site.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from editor_app.domain import Article, Status
from editor_app.domain.message import QT_TRANSLATE_NOOP, Message
from editor_app.formats import (
    MAX_ARTICLE_BYTES,
    ImportRefused,
    ParsedArticle,
    PhotoRef,
    decode_article_bytes,
    detect_section_from_path,
    export_markdown,
    iter_article_files,
    parse_article,
)
from editor_app.services.articles import load_snapshot, store_edit
from editor_app.services.changes import Changes
from editor_app.store import Database, StoreError, UnitOfWork
from editor_app.store.errors import is_storage_failure

CHUNK = 250


@dataclass(frozen=True, slots=True)
class Imported:
    path: Path
    article_id: str
    headline: str
    created: bool
    warnings: tuple[str, ...] = ()
    archived: bool = False


@dataclass(frozen=True, slots=True)
class ImportFailure:
    path: Path
    message: str


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    failures: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        return Changes(
            created=frozenset(i.article_id for i in self.imported if i.created),
            updated=frozenset(i.article_id for i in self.imported if not i.created),
        )

    @property
    def warnings(self) -> list[str]:
        return [w for item in self.imported for w in item.warnings]

    @property
    def archived(self) -> int:
        """How many imported articles went into the archive (references, not drafts)."""
        return sum(1 for item in self.imported if item.archived)

    def summary(self) -> str:
        """One line for the user: how many articles, and how many of them are archive references."""
        count = len(self.imported)
        line = f"Imported {count:,} article{'s' if count != 1 else ''}"
        if self.archived == count and count:
            return (
                f"{line} into the archive (published elsewhere: kept with their dates, not sent to the site)."
            )
        if self.archived:
            return f"{line}; {self.archived:,} into the archive (not sent to the site)."
        return f"{line}."


Progress = Callable[[int, int], None]


def collect_files(paths: Iterable[Path]) -> tuple[list[tuple[Path, str | None]], list[ImportFailure]]:
    """Expand folders into their article files (with the section their sub-folder names)."""
    files, failures = _collect(paths, None)
    return [(path, section) for path, section, _archive in files], failures


def _collect(
    paths: Iterable[Path], archive: bool | None
) -> tuple[list[tuple[Path, str | None, bool]], list[ImportFailure]]:
    """Article files with their section and whether they are archive references (``archive`` None: the files
    of a folder are, single files are not)."""
    files: list[tuple[Path, str | None, bool]] = []
    failures: list[ImportFailure] = []
    for path in paths:
        if path.is_dir():
            as_archive = True if archive is None else archive
            files.extend((f, detect_section_from_path(f, path), as_archive) for f in iter_article_files(path))
        elif path.is_file():
            files.append((path, None, bool(archive)))
        else:
            failures.append(
                ImportFailure(
                    path, Message(QT_TRANSLATE_NOOP("Core", "{path}: no such file or folder."), path=path)
                )
            )
    return files, failures


def read_article_file(path: Path, section: str | None = None) -> ParsedArticle:
    """Read and parse one file completely, or raise ImportRefused with one clear line."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ImportRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{name}: {size} MB is too large for an article (the limit is {limit} MB); nothing was imported.",
                    ),
                    name=path.name,
                    size=f"{size / 1_048_576:.1f}",
                    limit=MAX_ARTICLE_BYTES // 1_048_576,
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(
            Message(
                QT_TRANSLATE_NOOP("Core", "{name}: cannot be read ({reason})."),
                name=path.name,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    decoded = decode_article_bytes(data, path.name)
    parsed = parse_article(decoded.text, name=path.name, section=section)
    if decoded.warnings:
        parsed = replace(parsed, warnings=(*decoded.warnings, *parsed.warnings))
    return parsed


def file_time(path: Path) -> datetime | None:
    """The file's modification time (UTC): an archive file's date when its text gives none."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return None


class ImportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def import_paths(
        self,
        paths: Sequence[Path],
        *,
        archive: bool | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import files and folders. ``archive``: True imports everything as archive references, False as
        drafts, None (the default) folders as archives and single files as drafts."""
        files, failures = _collect(paths, archive)
        report = ImportReport(failures=failures)
        pending_related: list[tuple[str, tuple[str, ...]]] = []
        total = len(files)
        for start in range(0, total, CHUNK):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            done_before, related_before = len(report.imported), len(pending_related)
            try:
                with self._db.write() as uow:
                    for path, section, as_archive in files[start : start + CHUNK]:
                        self._import_one(uow, path, section, report, pending_related, as_archive)
            except StoreError as exc:  # a full disk, a busy or read-only profile: this chunk is rolled back
                del report.imported[done_before:], pending_related[related_before:]
                first = files[start][0]
                stopped = (
                    QT_TRANSLATE_NOOP("Core", "{error} Import stopped at {name}: nothing was imported.")
                    if not report.imported
                    else QT_TRANSLATE_NOOP(
                        "Core", "{error} Import stopped at {name}: the files before it were imported."
                    )
                )
                report.failures.append(
                    ImportFailure(first, Message(stopped, error=str(exc), name=first.name))
                )
                break
            if progress is not None:
                progress(min(start + CHUNK, total), total)
        if pending_related:
            with self._db.write() as uow:
                for article_id, related in pending_related:
                    known = [rid for rid in related if uow.articles.exists(rid)]
                    uow.related.set(article_id, known)
                    missing = len(related) - len(known)
                    if missing:
                        for item in report.imported:
                            if item.article_id == article_id:
                                note = Message(
                                    QT_TRANSLATE_NOOP(
                                        "Core", "{name}: %n related article(s) not in the archive."
                                    ),
                                    name=item.path.name,
                                    n=missing,
                                )
                                report.imported[report.imported.index(item)] = replace(
                                    item, warnings=(*item.warnings, note)
                                )
        return report

    def _import_one(
        self,
        uow: UnitOfWork,
        path: Path,
        section: str | None,
        report: ImportReport,
        pending_related: list[tuple[str, tuple[str, ...]]],
        archive: bool = False,
    ) -> None:
        try:
            parsed = read_article_file(path, section)
        except ImportRefused as exc:
            report.failures.append(ImportFailure(path, _sentence(exc)))
            return
        savepoint = uow.savepoint()
        try:
            created, archived = save_parsed(uow, parsed, archive=archive, dated=file_time(path))
        except Exception as exc:  # one bad file never stops the batch
            if is_storage_failure(exc):  # ...but a full disk or a lock stops it (the transaction is gone)
                raise
            savepoint.rollback()
            report.failures.append(
                ImportFailure(
                    path,
                    Message(
                        QT_TRANSLATE_NOOP("Core", "{name}: could not be saved ({reason})."),
                        name=path.name,
                        reason=str(exc),
                    ),
                )
            )
            return
        savepoint.commit()
        if parsed.related:
            pending_related.append((parsed.article.id, parsed.related))
        warnings = parsed.warnings
        if archive and not archived:
            warnings = (
                *warnings,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{name}: updates an article that is not in the archive; its status was left as it is.",
                    ),
                    name=path.name,
                ),
            )
        report.imported.append(
            Imported(path, parsed.article.id, parsed.article.headline, created, warnings, archived)
        )

    def export_markdown(self, article_id: str) -> str:
        with self._db.read() as uow:
            snapshot = load_snapshot(uow, article_id)
        if snapshot is None:
            raise LookupError(f"No article with id {article_id}.")
        return export_markdown(snapshot.article, snapshot.photos, [rid for rid, _ in snapshot.related])


def save_parsed(
    uow: UnitOfWork,
    parsed: ParsedArticle,
    *,
    archive: bool = False,
    dated: datetime | None = None,
    keep_dates: bool = False,
) -> tuple[bool, bool]:
    """Create or update the article a file describes, with its photos: ``(created, archived)``.

    With ``archive`` the article is a reference published elsewhere: status ``archived``, its own dates (the
    file's, else ``dated``), no outbox entry. An article already here and not archived keeps its status (an
    archive import never takes a live article out of the sync). ``keep_dates`` keeps the file's updated time
    for a live article too (the demo newsroom's stories carry their own morning); an import stamps it now."""
    article: Article = parsed.article
    existing = uow.articles.get(article.id, include_deleted=True) if parsed.id_from_file else None
    archived = archive and (existing is None or existing.status is Status.ARCHIVED)
    if archived:
        article = article.with_changes(status=Status.ARCHIVED)
        if not parsed.dated and dated is not None:
            article = article.with_changes(created_at=dated, updated_at=dated)
    elif existing is not None:
        article = article.with_changes(created_at=existing.created_at)
    if existing is not None:
        if archive and not archived:
            article = article.with_changes(status=existing.status, note=existing.note)
        uow.articles.undelete(article.id)
    store_edit(uow, article, kind="import", keep_dates=archived or keep_dates)
    if parsed.photos:
        uow.photos.set_for_article(article.id, [_save_photo(uow, ref) for ref in parsed.photos])
    return existing is None, archived


def _save_photo(uow: UnitOfWork, ref: PhotoRef) -> tuple[str, bool]:
    photo = ref.as_photo()
    current = uow.photos.get(photo.id) if ref.id else None
    if current is not None:  # keep what only the app knows (file, size) and take the file's metadata
        photo = current.with_credits(ref)
    uow.photos.save(photo)
    return photo.id, ref.featured


def _sentence(exc: Exception) -> str:
    """An exception's message as raised: a ``Message`` stays one (the window translates it)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
