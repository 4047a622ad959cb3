"""The desktop GUI: PySide6 widgets over the Qt-free services.

Only this package and the composition root ``pcrm.app`` import Qt.  Windows and dialogs take the
services and the clock they need as arguments; nothing here holds a global session.
"""
