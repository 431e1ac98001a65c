"""The SQLite database: its schema and every write to it (via sqlite-utils)."""
