"""The words the interface shows for the core's workflow values (statuses, roles, transitions), translated,
and dates in the interface's language.

The domain names them in English (``Status.label``, ``Role.label``, ``Transition.label``) for the CLI and the
logs; the interface shows these instead.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from editor_app.domain import Role, Status
from editor_app.domain.workflow import Transition


def status_label(status: Status) -> str:
    labels = {
        Status.DRAFT: QCoreApplication.translate("Workflow", "Draft"),
        Status.SUBMITTED: QCoreApplication.translate("Workflow", "Submitted"),
        Status.IN_REVIEW: QCoreApplication.translate("Workflow", "In review"),
        Status.RETURNED: QCoreApplication.translate("Workflow", "Returned"),
        Status.APPROVED: QCoreApplication.translate("Workflow", "Approved"),
        Status.SCHEDULED: QCoreApplication.translate("Workflow", "Scheduled"),
        Status.PUBLISHED: QCoreApplication.translate("Workflow", "Published"),
        Status.KILLED: QCoreApplication.translate("Workflow", "Killed"),
        Status.ARCHIVED: QCoreApplication.translate("Workflow", "Archived"),
    }
    return labels.get(status, status.label)


def role_label(role: Role) -> str:
    labels = {
        Role.REPORTER: QCoreApplication.translate("Workflow", "Reporter"),
        Role.PHOTO_EDITOR: QCoreApplication.translate("Workflow", "Photo editor"),
        Role.DESK: QCoreApplication.translate("Workflow", "Desk editor"),
    }
    return labels.get(role, role.label)


def status_reading(text: str) -> str:
    """``WorkflowService.status_text`` (a status label, or an approval the site has not confirmed yet) in the
    interface's language."""
    for status in Status:
        if text == status.label:
            return status_label(status)
    readings = {
        "Approved (publishes at next sync)": QCoreApplication.translate(
            "Workflow", "Approved (publishes at next sync)"
        ),
        "Approved (is scheduled at next sync)": QCoreApplication.translate(
            "Workflow", "Approved (is scheduled at next sync)"
        ),
    }
    return readings.get(text, text)


def local_time(value: datetime | date, pattern: str) -> str:
    """``value`` in local time, written with Qt's date ``pattern`` (e.g. "dd MMM HH:mm") in the interface's
    language: "05 Dec 09:12", "05 дек. 09:12"."""
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        moment = QDateTime(
            QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
        )
    else:
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(0, 0))
    return QLocale().toString(moment, pattern)


def transition_label(transition: Transition) -> str:
    labels = {
        "submit": QCoreApplication.translate("Workflow", "Submit to desk"),
        "withdraw": QCoreApplication.translate("Workflow", "Withdraw submission"),
        "take": QCoreApplication.translate("Workflow", "Take for review"),
        "return": QCoreApplication.translate("Workflow", "Return to reporter"),
        "approve": QCoreApplication.translate("Workflow", "Approve"),
        "schedule": QCoreApplication.translate("Workflow", "Schedule"),
        "unschedule": QCoreApplication.translate("Workflow", "Unschedule"),
        "publish": QCoreApplication.translate("Workflow", "Publish"),
        "kill": QCoreApplication.translate("Workflow", "Kill"),
        "restore": QCoreApplication.translate("Workflow", "Restore"),
        "publish_to_site": QCoreApplication.translate("Workflow", "Publish to site"),
    }
    return labels.get(transition.name, transition.label)
