"""The Preferences dialog: UI language, default article language, proxy, preview width, autosave delay, and the
way to the publishing sites. A view: it shows a ``Preferences`` and gives one back (``PreferencesController``
stores and applies it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.services.preferences import AUTOSAVE_MAX_MS, AUTOSAVE_MIN_MS, Preferences
from editor_app.sync.proxy import ProxyMode, ProxySettings, parse_host_port
from editor_app.ui.articles.language_combo import LanguageCombo
from editor_app.ui.preview.widths import PreviewWidth
from editor_app.ui.theme import text_style

UI_LANGUAGE_NAMES = (("en", "English"), ("ru", "Русский"), ("az", "Azərbaycanca"))
"""Each UI language named in itself; "System" comes first and is translated."""


class PreferencesDialog(QDialog):
    sitesRequested = Signal()
    """The user asked for the publishing sites (the existing Sites dialog)."""

    def __init__(
        self, preferences: Preferences, parent: QWidget | None = None, *, proxy_password_known: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._initial = preferences
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_box(preferences))
        layout.addWidget(self._proxy_box(preferences.proxy, proxy_password_known))
        layout.addWidget(self._editing_box(preferences))
        layout.addWidget(self._sites_box())
        self.error = QLabel(self)
        self.error.setObjectName("preferencesErrorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style("error"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """A window sized before its wrapped notes know their width gets one line each and squeezes the rows:
        grow to the height the layout needs at the width it has."""
        super().showEvent(event)
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    # sections ----------------------------------------------------------------------------------------------
    def _language_box(self, preferences: Preferences) -> QGroupBox:
        box = QGroupBox(self.tr("Languages"), self)
        self.ui_language = QComboBox(box)
        self.ui_language.setObjectName("uiLanguageCombo")
        self.ui_language.setAccessibleName(self.tr("Language of the program"))
        self.ui_language.addItem(self.tr("System language"), "")
        for code, name in UI_LANGUAGE_NAMES:
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(preferences.ui_language)))
        restart = QLabel(self.tr("The program's language changes the next time it starts."), box)
        restart.setObjectName("uiLanguageRestartNote")
        restart.setWordWrap(True)
        restart.setStyleSheet(text_style("muted"))
        self.article_language = LanguageCombo("defaultLanguageCombo", box)
        self.article_language.setAccessibleName(self.tr("Language of new articles"))
        self.article_language.set_language(preferences.article_language)
        form = QFormLayout(box)
        form.addRow(self.tr("&Program language:"), self.ui_language)
        form.addRow("", restart)
        form.addRow(self.tr("&New articles are in:"), self.article_language)
        return box

    def _proxy_box(self, proxy: ProxySettings, password_known: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Connection to the publishing site"), self)
        self.proxy_modes = QButtonGroup(box)
        self.proxy_none = QRadioButton(self.tr("&No proxy"), box)
        self.proxy_system = QRadioButton(self.tr("Use the &system's proxy settings"), box)
        self.proxy_manual = QRadioButton(self.tr("&Manual proxy:"), box)
        for button, mode, name in (
            (self.proxy_none, ProxyMode.NONE, "proxyNoneRadio"),
            (self.proxy_system, ProxyMode.SYSTEM, "proxySystemRadio"),
            (self.proxy_manual, ProxyMode.MANUAL, "proxyManualRadio"),
        ):
            button.setObjectName(name)
            button.setProperty("mode", mode.value)
            self.proxy_modes.addButton(button)
            button.setChecked(proxy.mode is mode)
        self.proxy_address = QLineEdit(proxy.address, box)
        self.proxy_address.setObjectName("proxyAddressEdit")
        self.proxy_address.setAccessibleName(self.tr("Proxy address"))
        self.proxy_address.setPlaceholderText(self.tr("host:port, e.g. proxy.local:3128"))
        self.proxy_user = QLineEdit(proxy.username, box)
        self.proxy_user.setObjectName("proxyUserEdit")
        self.proxy_user.setAccessibleName(self.tr("Proxy user name"))
        self.proxy_user.setPlaceholderText(self.tr("optional"))
        self.proxy_password = QLineEdit(box)
        self.proxy_password.setObjectName("proxyPasswordEdit")
        self.proxy_password.setAccessibleName(self.tr("Proxy password"))
        self.proxy_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.proxy_password.setPlaceholderText(
            self.tr("stored; type to change it") if password_known else self.tr("optional")
        )
        manual = QWidget(box)
        fields = QFormLayout(manual)
        fields.setContentsMargins(24, 0, 0, 0)
        fields.addRow(self.tr("&Address:"), self.proxy_address)
        fields.addRow(self.tr("&User:"), self.proxy_user)
        fields.addRow(self.tr("Pass&word:"), self.proxy_password)
        hint = QLabel(
            self.tr(
                "The proxy's password is kept in your system's secure keyring, like the sites' passwords."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style("muted"))
        hint.setContentsMargins(24, 0, 0, 0)  # under the fields, not in a form row (which gives it one line)
        self._manual_fields = manual
        self.proxy_manual.toggled.connect(manual.setEnabled)
        manual.setEnabled(proxy.mode is ProxyMode.MANUAL)
        inner = QVBoxLayout(box)
        for widget in (self.proxy_none, self.proxy_system, self.proxy_manual, manual, hint):
            inner.addWidget(widget)
        return box

    def _editing_box(self, preferences: Preferences) -> QGroupBox:
        box = QGroupBox(self.tr("Editor and preview"), self)
        self.autosave = QDoubleSpinBox(box)
        self.autosave.setObjectName("autosaveDelaySpin")
        self.autosave.setAccessibleName(self.tr("Autosave delay in seconds"))
        self.autosave.setRange(AUTOSAVE_MIN_MS / 1000, AUTOSAVE_MAX_MS / 1000)
        self.autosave.setSingleStep(0.1)
        self.autosave.setDecimals(1)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(preferences.autosave_ms / 1000)
        self.autosave.setToolTip(self.tr("Edits are saved at the latest this long after the first change"))
        self.preview_width = QComboBox(box)
        self.preview_width.setObjectName("previewWidthCombo")
        self.preview_width.setAccessibleName(self.tr("Preview width when the program starts"))
        names = {"desktop": self.tr("Desktop"), "tablet": self.tr("Tablet"), "phone": self.tr("Phone")}
        for mode in PreviewWidth:
            label = self.tr("{0} ({1} px)").format(names.get(mode.key, mode.label), mode.css_width)
            self.preview_width.addItem(label, mode.key)
        self.preview_width.setCurrentIndex(max(0, self.preview_width.findData(preferences.preview_width)))
        form = QFormLayout(box)
        form.addRow(self.tr("Save edits &within:"), self.autosave)
        form.addRow(self.tr("Preview &width at start:"), self.preview_width)
        return box

    def _sites_box(self) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Sites the articles are published to, and your sign-in to each:"), row)
        label.setWordWrap(True)
        self.sites_button = QPushButton(self.tr("Publishing &Sites…"), row)
        self.sites_button.setObjectName("preferencesSitesButton")
        self.sites_button.clicked.connect(self.sitesRequested)
        line.addWidget(label, 1)
        line.addWidget(self.sites_button, 0, Qt.AlignmentFlag.AlignRight)
        return row

    # the result ---------------------------------------------------------------------------------------------
    @property
    def proxy_mode(self) -> ProxyMode:
        checked = self.proxy_modes.checkedButton()
        return ProxyMode.of(checked.property("mode") if checked is not None else "")

    def preferences(self) -> Preferences:
        """What the dialog shows now; ValueError (a sentence for the user) when the manual proxy is not valid."""
        mode = self.proxy_mode
        proxy = ProxySettings(mode)
        if mode is ProxyMode.MANUAL:
            host, port = parse_host_port(self.proxy_address.text())
            proxy = ProxySettings(mode, host, port, self.proxy_user.text().strip())
        elif self._initial.proxy.host:  # keep the manual address for the next time it is chosen
            old = self._initial.proxy
            proxy = ProxySettings(mode, old.host, old.port, old.username)
        return Preferences(
            ui_language=str(self.ui_language.currentData() or ""),
            article_language=self.article_language.language,
            proxy=proxy,
            preview_width=str(self.preview_width.currentData()),
            autosave_ms=round(self.autosave.value() * 1000),
        )

    @property
    def typed_proxy_password(self) -> str:
        """A new proxy password ('' keeps the stored one)."""
        return self.proxy_password.text()

    def accept(self) -> None:
        try:
            self.preferences()
        except ValueError:
            self.error.setText(
                self.tr(
                    "“{0}” is not an http proxy address: write host:port, e.g. proxy.local:3128, "
                    "with a port from 1 to 65535."
                ).format(self.proxy_address.text().strip())
            )
            self.error.show()
            self.proxy_address.setFocus()
            return
        super().accept()
