"""Dialogs.  Each has an ``ask()`` classmethod that shows it and returns its result, so that a
caller reads as one line and a test can drive the dialog itself or replace ``ask``."""
