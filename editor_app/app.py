"""The composition root: paths, logging, the database and services, then the QApplication and main window."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app import web_engine_env

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from editor_app.paths import DataPaths
    from editor_app.profile_lock import ProfileLock
    from editor_app.services import Services
    from editor_app.ui.single_instance import InstanceServer
    from editor_app.ui.window.early_list import EarlyStart
    from editor_app.ui.window.main_window import MainWindow

log = logging.getLogger("editor_app")


def configure_logging(log_dir: Path, name: str = "editor-app.log", *, to_stderr: bool = True) -> Path | None:
    """Log to a rotating file ``name`` in the profile's log folder (never secrets); warnings also to stderr
    (unless ``to_stderr`` is False: the CLI prints its own one-line messages). Returns the file, or None
    when the folder cannot be written (then only warnings go to stderr, and only for the GUI)."""
    import logging.handlers  # ~9 ms of imports (socket, pickle...): the window opens its log after the first paint

    root = logging.getLogger("editor_app")
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path: Path | None = log_dir / name
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / name, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only profile: the GUI's warnings go to stderr, the CLI says its own one line
        handler, path = (logging.StreamHandler() if to_stderr else logging.NullHandler()), None
        handler.setLevel(logging.WARNING)
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if to_stderr and path is not None:
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(formatter)
        root.addHandler(console)
    return path


def open_workstation(data_dir: Path | None, on_failure: Callable[[str], None] | None = None) -> MainWindow:
    """Create the application and show the main window at once; the profile opens in the background and the
    window attaches to it when ready (the database layer loads after the first paint). When the profile cannot
    be opened the user is told why and the application quits with status 1."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from editor_app.ui.import_hook import skip_feature_hook

    skip_feature_hook()  # before the profile's thread imports the database layer
    from editor_app.crash_report import install_crash_hooks
    from editor_app.paths import data_paths
    from editor_app.ui.first_paint import after_first_paint, after_pending_paints
    from editor_app.ui.i18n import install_for_settings
    from editor_app.ui.preview.factory import make_preview, view_can_wait
    from editor_app.ui.task_runner import TaskRunner
    from editor_app.ui.window.appearance import apply_saved
    from editor_app.ui.window.early_list import read_start, show_start

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Editorial Workstation")
    app.setOrganizationName("editor-app")
    app.setDesktopFileName("editor-app")
    paths = data_paths(data_dir)
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    install_for_settings(app, settings)  # before any widget takes its texts
    install_crash_hooks(paths.logs / "editor-app.log")
    start_notes = web_engine_env.start_notes()

    def open_profile() -> Services:
        from editor_app.services import open_services

        services = open_services(paths)
        # The sync controls come with the profile (``MainWindow.attach``): their service is built and their
        # module loads here, off the GUI thread, as the docks' do in ``warm``.
        _ = services.sync
        _import_modules("editor_app.ui.sync.controller")
        configure_logging(paths.logs)
        log.info("started with data folder %s", paths.root)
        for note in start_notes:
            log.info("%s", note)
        return services

    def opened(services: Services) -> None:
        window.attach(services, panels=False)
        if not last:  # no article to check at start: the dictionary loads now, not beside the first paint
            window.form.prepare_spelling(paths.root)
        window.start()  # the list loads at once; the other services load in the background, then the docks
        # The docks' services and modules, then the docks, once the last article's page has loaded (a second
        # at most): the page is what the user came to see, and the docks are behind its tab. Loading them
        # meanwhile takes the cores and the interpreter from it; building them holds up Chromium's side of it
        # (on the GUI thread).
        window.preview.after_first_load(
            lambda: opener.run(lambda: warm(services), lambda _: docks(services), failed), at_most_ms=1000
        )

    def docks(services: Services) -> None:
        window.attach_panels(services, lambda: complete(services))  # one a turn: the page's frames go between

    def complete(services: Services) -> None:
        opener.run(lambda: services.warm(later=True))
        # What start-up built lives as long as the window: the collector's full passes skip it from now on,
        # so they stay short (a full pass over a running workstation otherwise stalls the GUI ~0.25 s). The
        # collector, off while the program started (``run_gui``), runs from here on.
        gc.freeze()
        gc.enable()

    def warm(services: Services) -> None:
        from editor_app.ui.window.docks import DOCK_MODULES

        services.warm()
        # Off the GUI thread (importing builds no widget): the docks come quickly.
        _import_modules(*DOCK_MODULES)

    def failed(exc: BaseException) -> None:
        gc.enable()
        message = str(exc)
        print(f"editor-app: {message}", file=sys.stderr)
        if on_failure is not None:
            on_failure(message)
        else:
            QMessageBox.critical(window, "Editorial Workstation cannot open its data", message)
        app.exit(1)

    opener = TaskRunner(app)
    # With no page of the last session to show, where it may (``view_can_wait``), the preview's web view comes
    # once the window has painted with what was read early: Chromium's start holds the GUI thread ~0.1 s. With
    # no article to show at start, the article editor comes then too, first (``editor_part``, ~25 ms): the
    # window's first frame and the list's rows come without it.
    rest_after = {"painted", "read"}

    def then_rest(step: str) -> None:
        rest_after.discard(step)
        if not rest_after:
            if not last:
                open_the_profile()
            after_pending_paints(window, the_rest)  # once what was read is on screen

    def the_rest() -> None:
        window.build_editor()
        if window.preview.view_pending:
            after_pending_paints(window, window.preview.build_view)  # once the editor is on screen too

    def early_read(early: EarlyStart) -> None:
        show_start(window, early)
        if window.list_panel.model.rowCount():  # on screen once the list has painted them (after its layout)
            after_first_paint(window.list_panel.view.viewport(), lambda: then_rest("read"))
        else:
            then_rest("read")

    # The list's first page, the last article and the sync counts are read with plain sqlite3 on a thread, and
    # shown before the profile is open. With an article open last, after the preview: Chromium starts its
    # processes and loads that article's page while the window's modules load and its widgets are made (the
    # page's load is what takes longest), and the article is there for the first paint. With none, once the
    # window is built, as it is shown: read beside the build, the reader took the interpreter from it (one
    # lock), and at 10,000 articles both the first paint and the rows came ~7 ms later.
    last = str(settings.value("session/lastArticle", "") or "")

    def read_early() -> None:
        opener.run(lambda: read_start(paths.database, last), early_read, early_read_failed)

    def early_read_failed(exc: BaseException) -> None:
        log.warning("nothing shown before the profile opens: %s", exc)  # the profile's own reads follow
        then_rest("read")

    apply_saved(settings)  # the preview's backdrop takes the appearance's colours when made
    preview = make_preview(paths.media, None, settings, view_later=view_can_wait())
    if last:
        read_early()
        # The dictionary that checks its text (the default language's, as the form's is) opens now, beside the
        # window's modules: opened as the form was made, it was still opening when the text came (~25 ms).
        from editor_app.domain.language import DEFAULT_ARTICLE_LANGUAGE
        from editor_app.ui.body.spelling import open_early

        open_early(DEFAULT_ARTICLE_LANGUAGE, paths.root)
    from editor_app.ui.window.main_window import MainWindow

    # The last article's text is checked as it comes: its dictionary opens while the window is built. With no
    # article to check, spelling loads nothing before the first paint, only once the profile is open (``opened``).
    spelling_root = paths.root if last else None
    window = MainWindow(
        None,
        settings,
        media_root=paths.media,
        preview=preview,
        spelling_root=spelling_root,
        editor_later=not last,
    )

    # The profile opens (SQLAlchemy loads, the schema is checked: ~0.25 s of Python) after what shows first,
    # read without it (``early_list``): with no article to show, once the list's first rows are on screen (or
    # the window has painted, when there are none); with one, while its page is loading, once that page is on
    # screen (or the window has painted, with a plain preview). Beside any of them it held them up (one
    # interpreter lock, two cores shared with Chromium): the window's first frame, the rows (~5 ms at 10,000
    # articles), the page's last frames.
    def open_the_profile() -> None:
        opener.run(open_profile, opened, failed, write=True)

    def painted() -> None:
        if last:
            open_the_profile()
        then_rest("painted")

    if window.preview.start_pending:
        window.preview.after_first_frames(open_the_profile, at_most_ms=1000)
    else:
        after_first_paint(window, painted)
    if not last:
        read_early()
    window.show()
    if window.preview_problem is not None:
        show_preview_problem(window, window.preview_problem)
    # The live preview's web engine may load only with its view, after the first paint: should it fail then, the
    # user is told as above (the plain preview has no such signal: it is plain from the start).
    unavailable = getattr(window.preview, "unavailable", None)
    if unavailable is not None:
        unavailable.connect(lambda problem: show_preview_problem(window, problem))
    return window


def _import_modules(*names: str) -> None:
    from importlib import import_module

    for name in names:
        import_module(name)


def prepare_start(code_cache: Path | None = None) -> None:
    """What a start of the window does before Qt loads (``run_gui``; the start-up benchmarks as well).

    Start-up allocates ~100,000 objects that live as long as the window: the cyclic collector's ~250 passes over
    them until the window is complete cost ~50-100 ms and free ~1,500 objects. It is off until then, and what
    start-up built is frozen out of its passes (``open_workstation``). Then the web engine's environment, and
    PySide6 is imported, with its support package's code from ``code_cache`` (``DataPaths.code_cache``)."""
    gc.disable()
    web_engine_env.prepare()
    from editor_app.ui.pyside_code_cache import import_pyside

    import_pyside(code_cache)


def show_preview_problem(parent: QWidget, problem: str) -> QMessageBox:
    """Tell the user why the live preview is plain; the editor itself works as usual."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Preview",
        "The live preview cannot start, so the preview shows a plain version of the page.",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("previewProblemDialog")
    box.setInformativeText(f"{problem}\n\nWriting, photos, review and sync work as usual.")
    box.open()
    return box


@dataclass(frozen=True, slots=True)
class ProfileTaken:
    """Another workstation holds the profile: what to tell the user, and whether it took this start's files."""

    message: str
    handed_over: bool


def claim_profile(paths: DataPaths, files: Sequence[Path] = ()) -> ProfileLock | ProfileTaken:
    """Take the profile's one-instance lock, or, when another workstation holds it, hand it ``files`` and
    raise its window (over its local socket)."""
    from editor_app.profile_lock import ProfileInUse, ProfileLock

    try:
        lock = ProfileLock.acquire(paths.root)
    except ProfileInUse as busy:
        from editor_app.ui.single_instance import hand_over

        holder = busy.holder
        paths_out = [str(Path(f).resolve()) for f in files]
        if holder is not None and holder.on_this_host and hand_over(holder.server, paths_out):
            what = f" and given {len(files)} file(s) to open" if files else ""
            return ProfileTaken(f"{busy} Its window was brought to the front{what}.", True)
        return ProfileTaken(
            f"{busy} It does not answer; close it (or end that process) first, or open another profile "
            "with --data-dir.",
            False,
        )
    except OSError as exc:  # the profile cannot be reached: Database.open says why once the window is up
        log.warning("no profile lock for %s: %s", paths.root, exc)
        return ProfileLock(paths.root, None)
    if lock.stale is not None:
        log.warning("the previous session (%s) ended without closing the profile", lock.stale.describe())
    return lock


def serve_later_starts(window: MainWindow, paths: DataPaths) -> InstanceServer:
    """Listen for later starts of this profile: their files arrive on ``filesReceived`` (logged), and this
    window comes to the front. The server is the window's child named ``instanceServer``."""
    from PySide6.QtCore import Qt

    from editor_app.profile_lock import server_name
    from editor_app.ui.single_instance import InstanceServer

    server = InstanceServer(server_name(paths.root), window)
    server.setObjectName("instanceServer")

    def to_front() -> None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    server.activationRequested.connect(to_front)
    server.listen()
    return server


def run_gui(data_dir: Path | None, files: Sequence[Path] = ()) -> int:
    """The workstation on the profile at ``data_dir``, opening the article ``files`` (as a launcher passes them);
    when another workstation has that profile open, it is brought to the front with ``files`` and this start
    ends. Returns the exit status."""
    from editor_app.paths import data_paths

    paths = data_paths(data_dir)
    prepare_start(paths.code_cache)
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.import_hook import skip_feature_hook

    skip_feature_hook()
    QApplication.instance() or QApplication(sys.argv[:1])
    lock = claim_profile(paths, files)
    if isinstance(lock, ProfileTaken):
        print(f"editor-app: {lock.message}", file=sys.stderr)
        if lock.handed_over:
            return 0
        from editor_app.ui.plain_text import inform

        inform(None, "Editorial Workstation is already open", lock.message, critical=True)
        return 1
    window = open_workstation(data_dir)  # first: the modules below load while the preview's page does
    from editor_app.ui.file_commands import open_files
    from editor_app.ui.stop_signals import StopSignals

    StopSignals(window)  # a logout, kill or Ctrl+C closes the window as File > Quit does
    server = serve_later_starts(window, paths)
    server.filesReceived.connect(lambda handed: open_files(window, handed))  # files of later starts
    open_files(window, files)
    try:
        return QApplication.exec()
    finally:
        server.close()
        services = window.services if window.attached else None
        window.preview.shutdown()
        window.deleteLater()  # the preview's web page must go before the web profile does at exit
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if services is not None:
            services.close()
        lock.release()
