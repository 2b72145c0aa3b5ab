"""The demo newsroom: a real-looking article, a small archive and a desk's morning of submitted stories, so a
newcomer sees the app at work. The stories keep their own dates; their submissions and notes are local history."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from importlib.resources import as_file
from pathlib import Path

from editor_app.domain import Article, Status
from editor_app.domain.review import AuditEntry, Comment
from editor_app.formats import DEMO_LEAD_ARTICLE_ID, ParsedArticle, demo_files, parse_article
from editor_app.formats.demo import DEMO_EDITS, DEMO_NOTES, demo_photo
from editor_app.services.changes import Changes
from editor_app.services.importing import save_parsed
from editor_app.store import Database, UnitOfWork

log = logging.getLogger(__name__)


class DemoService:
    def __init__(self, db: Database, media_root: Path) -> None:
        self._db = db
        self._media_root = media_root

    def open_demo(self) -> tuple[str, Changes]:
        """Import (or refresh) the demo articles; returns the lead article's id. Opening twice never duplicates."""
        parsed = [parse_article(f.read_text(encoding="utf-8"), name=f.name) for f in demo_files()]
        created: set[str] = set()
        updated: set[str] = set()
        with self._db.write() as uow:
            for item in parsed:
                new = not uow.articles.exists(item.article.id)
                if new:
                    _save_as_submitted(uow, item)
                save_parsed(uow, item, keep_dates=True)
                (created if new else updated).add(item.article.id)
                _record_submission(uow, item.article)
            for item in parsed:
                if item.related:
                    uow.related.set(item.article.id, [r for r in item.related if uow.articles.exists(r)])
            _add_notes(uow)
        self._attach_pictures([ref.id for item in parsed for ref in item.photos if ref.id])
        return DEMO_LEAD_ARTICLE_ID, Changes(created=frozenset(created), updated=frozenset(updated))

    def _attach_pictures(self, photo_ids: list[str]) -> None:
        """Give the demo's photos their shipped pictures (stored once, like any imported original)."""
        from editor_app.media.ingest import ingest

        for photo_id in photo_ids:
            shipped = demo_photo(photo_id)
            if shipped is None:
                continue
            try:
                with as_file(shipped) as path:
                    result = ingest(path, self._media_root)
            except (OSError, ValueError) as exc:  # the demo still opens, with a placeholder
                log.warning("demo photo %s not stored: %s", photo_id, exc)
                continue
            with self._db.write() as uow:
                photo = uow.photos.get(photo_id)
                if photo is not None and photo.content_hash != result.sha256:
                    uow.photos.save(
                        photo.with_changes(
                            content_hash=result.sha256,
                            width=result.info.width,
                            height=result.info.height,
                            filename=shipped.name,
                        )
                    )


def _save_as_submitted(uow: UnitOfWork, item: ParsedArticle) -> None:
    """A story edited after it went to the desk is first stored (and submitted) as it read then, so the desk's
    diff shows the edit made since."""
    edit = DEMO_EDITS.get(item.article.id)
    if edit is None:
        return
    standfirst, body = edit.as_submitted(item.article.standfirst, item.article.body)
    submitted = item.article.with_changes(standfirst=standfirst, body=body, updated_at=edit.submitted_at)
    save_parsed(uow, replace(item, article=submitted), keep_dates=True)
    _record_submission(uow, submitted)


def _add_notes(uow: UnitOfWork) -> None:
    """The desk's editorial notes on the demo stories, each with a fixed id (opening twice adds nothing) and
    counted as synced: local history, never sent to a site."""
    for note in DEMO_NOTES:
        if not uow.articles.exists(note.article_id):
            continue
        uow.review_state.add_comment(
            Comment(
                note.article_id,
                note.author,
                note.text,
                at=note.at,
                reply_to=_note_id(note.reply_to) if note.reply_to else None,
                id=_note_id(note.key),
                synced=True,
            )
        )


def _note_id(key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"editor-app-demo-note:{key}"))


def _record_submission(uow: UnitOfWork, article: Article) -> None:
    """A demo story waiting for the desk was submitted by its bylined reporter: the queue and the history name
    them as a site's audit trail would. Local history only (never sent); opening the demo twice adds nothing."""
    if article.status is not Status.SUBMITTED or not article.byline.strip():
        return
    latest = uow.revisions.latest(article.id)
    uow.review_state.record(
        AuditEntry(
            article_id=article.id,
            who=article.byline.strip(),
            action="submit",
            from_status=Status.DRAFT.value,
            to_status=Status.SUBMITTED.value,
            at=article.updated_at,
            revision_id=latest.id if latest is not None else None,
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"editor-app-demo-submit:{article.id}")),
            synced=True,
        )
    )
