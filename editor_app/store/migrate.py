"""Schema upgrades with Alembic, run at start-up: back up first, refuse a newer database, all or nothing."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, text

from editor_app.store.engine import backup, migration_engine
from editor_app.store.errors import DatabaseTooNew, MigrationFailed, MigrationsMissing, is_storage_failure

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MigrationReport:
    from_revision: str | None
    to_revision: str | None
    backup_path: Path | None


def versions_dir() -> Path:
    return Path(str(resources.files("editor_app.store") / "migrations" / "versions"))


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    config = Config()
    config.set_main_option("script_location", str(versions_dir().parent))
    config.set_main_option("path_separator", "os")
    locations = [versions_dir(), *extra_version_locations]
    config.set_main_option("version_locations", ":".join(str(p) for p in locations))
    return config


def script_directory(config: Config) -> ScriptDirectory:
    """The migration scripts, refusing an installation that has none: without this check a bundle that lost its
    scripts would find no head revision, call an empty database "up to date" and fail later on missing tables."""
    where = config.get_main_option("script_location")
    try:
        script = ScriptDirectory.from_config(config)
        head = script.get_current_head()
    except CommandError as exc:
        raise MigrationsMissing(
            f"This installation of Editorial Workstation is broken: its database schema scripts in {where} "
            f"cannot be read ({exc}). Reinstall the app; the database was not changed."
        ) from exc
    if head is None:
        raise MigrationsMissing(
            f"This installation of Editorial Workstation is broken: no database schema scripts were found in "
            f"{versions_dir()}. Reinstall the app; the database was not changed."
        )
    return script


def head_revision(config: Config) -> str:
    head = script_directory(config).get_current_head()
    assert head is not None  # script_directory refuses a folder without a head
    return head


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(
    path: Path,
    *,
    backup_dir: Path,
    extra_version_locations: Sequence[Path] = (),
    target: str = "heads",
) -> MigrationReport:
    """Bring the database at ``path`` to ``target``; on any failure the database is left exactly as it was."""
    config = alembic_config(extra_version_locations)
    script = script_directory(config)
    engine = migration_engine(path)
    try:
        with engine.connect() as connection:
            current = _current_revision(connection)
            connection.rollback()
            if current is not None:
                try:
                    script.get_revision(current)
                except CommandError as exc:
                    raise DatabaseTooNew(
                        f"The database {path} was made by a newer version of Editorial Workstation (schema "
                        f"{current}); this version knows schemas up to {script.get_current_head()}. "
                        "Update the app; the database was not changed."
                    ) from exc
            wanted = script.get_current_head() if target == "heads" else target
            if current == wanted:
                return MigrationReport(current, current, None)
            backup_path = None
            if current is not None:
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
                backup_path = backup_dir / f"{path.stem}-schema-{current}-{stamp}.sqlite"
                backup(path, backup_path)
                log.info("backed up %s to %s before upgrading the schema", path, backup_path)
            config.attributes["connection"] = connection
            try:
                with connection.begin():
                    command.upgrade(config, target)
                    broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise MigrationFailed(
                            f"The schema upgrade would break {len(broken)} references "
                            f"(first in table {broken[0][0]})."
                        )
            except Exception as exc:
                if is_storage_failure(exc):  # a full disk or a lock is said as such by Database.open
                    raise
                hint = f" A copy from before the upgrade is at {backup_path}." if backup_path else ""
                raise MigrationFailed(
                    f"Upgrading the database schema failed: {exc}. Nothing was changed.{hint}"
                ) from exc
            new = _current_revision(connection)
            connection.rollback()
            log.info("database schema upgraded from %s to %s", current, new)
            return MigrationReport(current, new, backup_path)
    finally:
        engine.dispose()
