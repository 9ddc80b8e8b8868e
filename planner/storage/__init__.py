"""Storage: the database, its migrations and backups."""
