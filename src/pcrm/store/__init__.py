"""The encrypted store: SQLCipher engine, keys, ORM models, search index, migrations, backup."""
