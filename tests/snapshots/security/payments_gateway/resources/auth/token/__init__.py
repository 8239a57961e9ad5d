"""`auth.token`: see README.md in this folder for its operations."""
