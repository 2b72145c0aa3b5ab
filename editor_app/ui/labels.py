"""The words the interface shows for the core's workflow values (statuses, roles, transitions), translated.

The domain names them in English (``Status.label``, ``Role.label``, ``Transition.label``) for the CLI and the
logs; the interface shows these instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
