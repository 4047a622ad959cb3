"""Widgets of the main window that are more than a line of setup."""
