"""Qt's own messages (widget warnings, the platform plugin, …) routed into Python logging."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from pcrm import log

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    log.ui.log(_LEVELS.get(kind, logging.WARNING), "Qt (%s): %s", category, message)


def install() -> None:
    """Send every later Qt message to the ``pcrm.ui`` logger instead of stderr."""
    qInstallMessageHandler(_handle)
