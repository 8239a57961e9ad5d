"""`v1.character_replace`: see README.md in this folder for its operations."""
