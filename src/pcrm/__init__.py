"""pcrm: a personal contact-relationship manager over a local, encrypted SQLite store."""

__version__ = "0.1.0"
