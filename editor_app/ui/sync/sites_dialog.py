"""Publishing sites: the list (and removing one), and adding one (name, address, user, application password)
with a sign-in that shows who the site says you are and your role, or what went wrong in plain words. Plain http
to another machine is refused unless the user ticks the allowance, which shows what that risks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.sync.backend import AuthFailed, RemoteUser, SyncError
from editor_app.sync.origin import HTTP_WARNING
from editor_app.ui.theme import text_style

if TYPE_CHECKING:
    from editor_app.services.sync import SiteAdded, SyncService
    from editor_app.store.sync_state import Site
    from editor_app.ui.task_runner import TaskRunner


@dataclass(frozen=True, slots=True)
class SignInResult:
    added: SiteAdded
    user: RemoteUser | None
    error: str = ""
    where: str = ""
    """Where the password is kept (the keyring's name, or memory for this session)."""


class SitesDialog(QDialog):
    signedIn = Signal(str, object)
    """Site name and ``RemoteUser`` after a successful add and sign-in."""

    def __init__(self, service: SyncService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitesDialog")
        self.setWindowTitle(self.tr("Publishing sites"))
        self.setAccessibleName(self.tr("Publishing sites"))
        self.resize(620, 480)
        self.service, self.runner = service, runner
        self.sites = QTreeWidget(self)
        self.sites.setObjectName("sitesList")
        self.sites.setAccessibleName(self.tr("Configured sites"))
        self.sites.setHeaderLabels([self.tr("Site"), self.tr("Address"), self.tr("User"), self.tr("Role")])
        self.sites.setRootIsDecorated(False)
        self.name = self._field("siteNameEdit", self.tr("Site name"), self.tr("newsroom"))
        self.url = self._field("siteUrlEdit", self.tr("Site address"), "https://news.example.org")
        self.user = self._field("siteUserEdit", self.tr("User name"), self.tr("your WordPress user name"))
        self.password = self._field(
            "sitePasswordEdit", self.tr("Application password"), "xxxx xxxx xxxx xxxx xxxx xxxx"
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.allow_http = QCheckBox(self.tr("Allow plain &http for this site (unencrypted)"), self)
        self.allow_http.setObjectName("siteAllowHttpCheck")
        self.allow_http.setAccessibleName(self.tr("Allow plain http for this site"))
        self.http_warning = QLabel(HTTP_WARNING, self)
        self.http_warning.setObjectName("siteHttpWarningLabel")
        self.http_warning.setWordWrap(True)
        self.http_warning.setStyleSheet(text_style("error"))
        self.http_warning.setVisible(False)
        self.allow_http.toggled.connect(self.http_warning.setVisible)
        self.remove_button = QPushButton(self.tr("Remove site"), self)
        self.remove_button.setObjectName("removeSiteButton")
        self.remove_button.setToolTip(
            self.tr("Forget the selected site, its sync records and its stored password")
        )
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_site)
        self.sites.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.sites.selectedItems()))
        )
        self.add_button = QPushButton(self.tr("Add and sign in"), self)
        self.add_button.setObjectName("addSiteButton")
        self.add_button.clicked.connect(self.add_site)
        self.message = QLabel(self)
        self.message.setObjectName("siteResultLabel")
        self.message.setAccessibleName(self.tr("Sign-in result"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Application &password:"), self.password)
        form.addRow("", self.allow_http)
        form.addRow("", self.http_warning)
        hint = QLabel(
            self.tr(
                "Create an application password in WordPress under Users → Profile. It is kept only in your "
                "system's secure keyring, or for this session when there is none, never in files or logs."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style("muted"))
        box = QGroupBox(self.tr("Add a site"), self)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(hint)
        inner.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sites)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.reload()

    def _field(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def reload(self) -> None:
        self.runner.run(self.service.sites, self._show_sites)

    def _show_sites(self, sites: list[Site]) -> None:
        self.sites.clear()
        for site in sites:
            role = site.role or self.tr("not signed in yet")
            address = self.tr("{} (plain http allowed)").format(site.url) if site.allow_http else site.url
            item = QTreeWidgetItem([site.name, address, site.username, role])
            item.setData(0, Qt.ItemDataRole.UserRole, site.name)
            self.sites.addTopLevelItem(item)
        for column in range(3):
            self.sites.resizeColumnToContents(column)

    def add_site(self) -> None:
        name, url, user, password = (
            self.name.text(),
            self.url.text(),
            self.user.text(),
            self.password.text().strip(),
        )
        if not (name.strip() and url.strip() and user.strip() and password):
            self._show_error(
                self.tr("Fill in the name, the address, the user name and the application password.")
            )
            return
        self.add_button.setEnabled(False)
        self.message.setStyleSheet("")
        self._say(self.tr("Signing in to {}…").format(url.strip()))
        service = self.service
        allow_http = self.allow_http.isChecked()

        def job() -> SignInResult:
            added = service.add_site(name, url, user, password, allow_http=allow_http)
            where = (
                service.credentials.describe()
                if added.in_keyring
                else self.tr("memory for this session only")
            )
            try:
                return SignInResult(added, service.sign_in(added.site.name, password), where=where)
            except AuthFailed as exc:  # a refused password must not stay in the keyring
                service.credentials.forget(added.site.url, added.site.username)
                return SignInResult(added, None, str(exc))
            except SyncError as exc:
                return SignInResult(added, None, str(exc), where)

        self.runner.run(job, self._signed_in, lambda exc: self._show_error(_plain(exc)))

    def remove_site(self) -> None:
        items = self.sites.selectedItems()
        if not items:
            return
        name = str(items[0].data(0, Qt.ItemDataRole.UserRole))
        self.remove_button.setEnabled(False)
        self.runner.run(
            lambda: self.service.remove_site(name), self._removed, lambda exc: self._show_error(_plain(exc))
        )

    def _removed(self, site: Site) -> None:
        self.reload()
        self.message.setStyleSheet("")
        self.message.setText(
            _html(
                self.tr(
                    "Removed {}; its stored password is forgotten. The articles stay on this computer."
                ).format(site.name)
            )
        )

    def _signed_in(self, outcome: SignInResult) -> None:
        self.add_button.setEnabled(True)
        self.reload()
        site = outcome.added.site
        if outcome.user is None:
            self._show_error(
                self.tr("The site “{site}” was saved, but signing in failed: {error}").format(
                    site=site.name, error=outcome.error
                )
            )
            return
        user = outcome.user
        lines = [
            self.tr("Signed in to {site} as <b>{user}</b>, role: <b>{role}</b>.").format(
                site=_html(site.name), user=_html(user.name or site.username), role=_html(user.role_label)
            ),
            self.tr("The application password is kept in {}.").format(_html(outcome.where)),
        ]
        if outcome.added.warning:
            lines.append(_html(outcome.added.warning))
        if not user.plugin:
            lines.append(self.tr("The Editorial Workstation plugin is not active on this site."))
        self.message.setStyleSheet(text_style("success"))
        self._say("<br>".join(lines), rich=True)
        self.password.clear()
        self.signedIn.emit(site.name, user)

    def _show_error(self, message: str) -> None:
        self.add_button.setEnabled(True)
        self.message.setStyleSheet(text_style("error"))
        self._say(message)

    def _say(self, text: str, *, rich: bool = False) -> None:
        """Show ``text`` under the form: plain (site names, addresses and errors as typed) unless ``rich``."""
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setText(text)


def _plain(exc: BaseException) -> str:
    if isinstance(exc, (SyncError, ValueError, LookupError)):
        return str(exc)
    return QCoreApplication.translate("SitesDialog", "The site could not be added: {}.").format(
        exc or type(exc).__name__
    )


def _html(text: str) -> str:
    from html import escape

    return escape(text)
