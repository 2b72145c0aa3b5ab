"""The sync GUI against the real local WordPress (through the fault proxy): sites, actionSync, offline and back,
a real conflict resolved paragraph by paragraph in the dialog, the timer."""

from __future__ import annotations

from typing import Any

import pytest

from editor_app.render import render_markdown
from editor_app.ui.sync.status import Phase, show_state

pytestmark = [pytest.mark.wordpress]

THREE = "Para one, written offline.\n\nPara two stays.\n\nPara three, the end."
WAIT = 30_000


def status_bar(qtbot: Any, controller: Any) -> Any:
    """The real status bar, wired the way the main window wires it."""
    from PySide6.QtWidgets import QMainWindow

    from editor_app.ui.status_bar import StatusBar

    window = QMainWindow()
    qtbot.addWidget(window)
    bar = StatusBar(window)
    window.setStatusBar(bar)
    window.resize(900, 80)
    controller.stateChanged.connect(lambda state: show_state(bar.sync, state))
    controller.progressed.connect(lambda done, total: bar.show_progress(done, total, "Syncing"))
    window.show()
    _WINDOWS.append(window)
    return bar


_WINDOWS: list[Any] = []


@pytest.fixture(autouse=True)
def _release_windows() -> Any:
    yield
    _WINDOWS.clear()


def sync(qtbot: Any, controller: Any) -> Any:
    before = len(controller.log)
    controller.action.trigger()
    qtbot.waitUntil(lambda: len(controller.log) > before and not controller.running, timeout=WAIT)
    return controller.log[-1]


def remote_post(desk: Any, post_id: int) -> dict[str, Any]:
    with desk.rest("admin") as client:
        response = client.get(f"wp/v2/posts/{post_id}", params={"context": "edit"})
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data


def remote_id(desk: Any, article_id: str) -> int:

    with desk.service._db.read() as uow:
        state = uow.sync_state
        link = state.link(state.sites()[0].id, article_id)
    assert link is not None and link.remote_id is not None
    return link.remote_id


def test_adding_a_site_in_the_dialog_signs_in_and_shows_the_role(qtbot: Any, desk: Any, snap: Any) -> None:
    from editor_app.ui.sync.sites_dialog import SitesDialog

    dialog = SitesDialog(desk.service, desk.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    user = desk.wp.users["reporter"]
    dialog.name.setText("test")
    dialog.url.setText(desk.proxy.url)
    dialog.user.setText(user.login)
    dialog.password.setText("wrong password here")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "signing in failed" in dialog.message.text(), timeout=WAIT)
    assert "user name and application password" in dialog.message.text()
    assert _keyring(desk) == {}  # a refused password is not kept

    dialog.password.setText(user.app_password)
    with qtbot.waitSignal(dialog.signedIn, timeout=WAIT) as signed:
        dialog.add_button.click()
    name, remote_user = signed.args
    assert name == "test" and remote_user.role_label == desk.service.site("test").role
    assert f"role: <b>{remote_user.role_label}</b>" in dialog.message.text()
    assert remote_user.name and remote_user.name in dialog.message.text()
    assert "MemoryKeyring" in dialog.message.text()
    qtbot.waitUntil(lambda: role_shown(dialog) == remote_user.role_label, timeout=WAIT)
    assert dialog.sites.topLevelItemCount() == 1
    snap(dialog, "sites-dialog")
    # the password is in the keyring only: never in the database
    assert list(_keyring(desk).values()) == [user.app_password]
    desk.runner.wait()
    for path in desk.db_path.parent.iterdir():
        assert user.app_password.encode() not in path.read_bytes(), path


def role_shown(dialog: Any) -> str:
    item = dialog.sites.topLevelItem(0)
    return str(item.text(3)) if item is not None else ""


def phase(controller: Any) -> Phase:
    return Phase(controller.state.phase)


def _keyring(desk: Any) -> dict[tuple[str, str], str]:
    from tests.sync import memory_keyring

    return memory_keyring.STORE


def test_action_sync_pushes_a_local_article_and_the_status_says_synced_at(
    qtbot: Any, desk: Any, snap: Any
) -> None:
    desk.add_site()
    controller = desk.controller()
    bar = status_bar(qtbot, controller)
    article, _ = desk.articles.create(headline="Harbour budget", body=THREE)
    controller.start()
    qtbot.waitUntil(lambda: controller.state.pending == 1, timeout=WAIT)
    assert bar.sync.accessibleDescription() == "test: not synced yet · 1 pending"
    snap(bar, "status-pending")

    seen: list[str] = []
    counts: list[tuple[int, int]] = []
    controller.stateChanged.connect(lambda state: seen.append(state.text()))
    controller.progressed.connect(lambda done, total: counts.append((done, total)))
    run = sync(qtbot, controller)
    assert run.outcome == "ok" and run.report.created_remote == 1
    assert any(t.startswith("test: syncing") for t in seen)
    assert counts == [(1, 1), (0, 0)]  # the pushed count, then the end of the run
    assert controller.state.phase is Phase.SYNCED and controller.state.pending == 0
    assert bar.sync.accessibleDescription() == f"test: synced at {run.finished:%H:%M}"
    sent = [line.title for line in run.lines if line.what == "sent to the server"]
    assert sent == ["Harbour budget"]  # (posts already on the shared site arrive as "new from the server")
    assert remote_post(desk, remote_id(desk, article.id))["meta"]["ew_markdown"] == THREE
    assert desk.articles.unsynced_ids() == set()
    snap(bar, "status-synced")


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise the log window
def test_a_server_that_is_down_shows_offline_keeps_the_pending_count_and_syncs_when_back(
    qtbot: Any, desk: Any, snap: Any
) -> None:
    desk.add_site()
    controller = desk.controller(backoff_ms=(300,))
    bar = status_bar(qtbot, controller)
    desk.articles.create(headline="Ferry strike", body=THREE)
    desk.articles.create(headline="Storm warning", body=THREE)
    rule = desk.proxy.add(".", "drop", times=10**6)
    run = sync(qtbot, controller)
    assert run.outcome == "offline" and run.report.pushed == 0
    assert controller.state.phase is Phase.OFFLINE and controller.state.pending == 2
    assert bar.sync.accessibleDescription() == "test: offline · 2 pending"
    assert "Cannot reach" in bar.sync.toolTip()
    assert desk.articles.unsynced_ids() and len(desk.articles.unsynced_ids()) == 2
    snap(bar, "status-offline")
    window = controller.open_log()
    qtbot.addWidget(window)
    assert window.runs.topLevelItem(0).text(1) == "offline"

    # each probe finds the port open but the HTTP dropped, so it backs off; then the site is back
    qtbot.waitUntil(lambda: len(controller.log) >= 2, timeout=WAIT)
    assert controller.log[-1].trigger == "site reachable again" and phase(controller) is Phase.OFFLINE
    rule.times = 0
    qtbot.waitUntil(lambda: phase(controller) is Phase.SYNCED, timeout=WAIT)
    assert controller.log[-1].trigger == "site reachable again"
    assert controller.state.pending == 0 and controller.log[-1].report.created_remote == 2
    assert window.runs.topLevelItemCount() == len(controller.log)
    snap(window, "sync-log")


def test_a_real_conflict_is_resolved_per_paragraph_in_the_dialog_and_the_next_sync_pushes_it(
    qtbot: Any, desk: Any, snap: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.sync.conflict_dialog import ConflictDialog

    desk.add_site()
    controller = desk.controller()
    bar = status_bar(qtbot, controller)
    article, _ = desk.articles.create(headline="Storm", body=THREE)
    assert sync(qtbot, controller).outcome == "ok"
    post_id = remote_id(desk, article.id)
    server_body = THREE.replace("Para two stays.", "Para two, as the desk rewrote it.")
    with desk.rest("desk") as client:
        client.post(
            f"wp/v2/posts/{post_id}",
            json={
                "title": "Storm (desk)",
                "content": render_markdown(server_body),
                "meta": {"ew_markdown": server_body},
            },
        ).raise_for_status()
    local_body = THREE.replace("Para two stays.", "Para two, as the reporter rewrote it.")
    desk.articles.edit(article.id, {"body": local_body, "headline": "Storm (reporter)"})

    run = sync(qtbot, controller)
    assert run.report.conflicts == [article.id]
    assert controller.state.conflicts == 1 and controller.conflicts_action.isEnabled()
    assert bar.sync.accessibleDescription().endswith("1 pending · 1 conflict")
    assert ("Storm (reporter)", "changed on both sides: both versions kept until you choose") in [
        (line.title, line.what) for line in run.lines
    ]
    snap(bar, "status-conflict")

    bar.sync.linkActivated.connect(controller.open_link)
    bar.sync.linkActivated.emit("conflicts")
    qtbot.waitUntil(
        lambda: any(isinstance(w, ConflictDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
        timeout=WAIT,
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConflictDialog))
    qtbot.addWidget(dialog)
    assert [(i.field, i.index) for i in dialog.items] == [("body", 1), ("headline", None)]
    assert dialog.items[0].chunk.local == "Para two, as the reporter rewrote it."
    assert dialog.items[0].chunk.remote == "Para two, as the desk rewrote it."
    assert dialog.selections() == ({"headline": "local"}, {"body": {1: "local"}})  # nothing chosen for them
    dialog.choose(0, "both")
    dialog.choose(1, "remote")
    expected = THREE.replace(
        "Para two stays.", "Para two, as the reporter rewrote it.\n\nPara two, as the desk rewrote it."
    )
    assert dialog.preview.toPlainText() == f"Body:\n{expected}\n\nHeadline: Storm (desk)"
    snap(dialog, "conflict-dialog")
    assert desk.articles.get(article.id).body == local_body  # nothing applied before Apply

    with qtbot.waitSignal(dialog.resolved, timeout=WAIT):
        dialog.apply_button.click()
    qtbot.waitUntil(lambda: controller.state.conflicts == 0, timeout=WAIT)
    assert not controller.conflicts_action.isEnabled() and controller.state.pending == 1
    assert desk.articles.get(article.id).body == expected

    assert sync(qtbot, controller).outcome == "ok"
    server = remote_post(desk, post_id)
    assert server["meta"]["ew_markdown"] == expected and server["title"]["raw"] == "Storm (desk)"
    assert controller.state.pending == 0 and controller.state.conflicts == 0


def test_the_timer_syncs_without_being_asked(qtbot: Any, desk: Any) -> None:
    desk.add_site()
    controller = desk.controller(interval_ms=400)
    article, _ = desk.articles.create(headline="Quiet timer", body=THREE)
    controller.start()
    qtbot.waitUntil(lambda: any(run.trigger == "timer" for run in controller.log), timeout=WAIT)
    run = next(run for run in controller.log if run.trigger == "timer")
    assert run.outcome == "ok" and run.report.created_remote == 1
    assert remote_id(desk, article.id) > 0
    controller.shutdown()


def test_without_a_password_the_timer_asks_nothing_and_sync_asks_for_one_kept_in_memory(
    qtbot: Any, desk: Any
) -> None:
    desk.add_site(remember=False)
    controller = desk.controller(interval_ms=300)
    asked: list[str] = []
    answers: list[str | None] = [None, desk.wp.users["reporter"].app_password]

    def ask(site: Any) -> str | None:
        asked.append(site.name)
        return answers.pop(0)

    controller.ask_password = ask
    desk.articles.create(headline="Needs a password", body=THREE)
    controller.start()
    qtbot.waitUntil(lambda: controller.state.phase is Phase.SIGN_IN, timeout=WAIT)
    assert (
        asked == [] and not controller.log and controller.state.text() == "test: sign-in needed · 1 pending"
    )
    controller.timer.stop()
    controller.action.trigger()  # the user cancels the password dialog
    qtbot.waitUntil(lambda: asked == ["test"] and not controller.running, timeout=WAIT)
    assert phase(controller) is Phase.SIGN_IN and not controller.log
    run = sync(qtbot, controller)
    assert run.outcome == "ok" and phase(controller) is Phase.SYNCED and asked == ["test", "test"]
    assert _keyring(desk) == {}  # the asked password stays in this session's memory


def test_a_refused_password_asks_again(qtbot: Any, desk: Any) -> None:
    login = desk.wp.users["reporter"].login
    desk.service.add_site("test", desk.proxy.url, login)
    desk.service.credentials.remember_for_session(desk.proxy.url, login, "not the password")
    controller = desk.controller()
    run = sync(qtbot, controller)
    assert run.outcome == "sign-in failed" and controller.state.phase is Phase.SIGN_IN
    assert "application password" in controller.state.message
    controller.ask_password = lambda site: desk.wp.users["reporter"].app_password
    assert sync(qtbot, controller).outcome == "ok"
