"""`store.kennels.layout`: see README.md in this folder for its operations."""
