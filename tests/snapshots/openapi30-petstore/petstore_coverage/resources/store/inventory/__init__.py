"""`store.inventory`: see README.md in this folder for its operations."""
