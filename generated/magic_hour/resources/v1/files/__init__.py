"""`v1.files`: see README.md in this folder for its operations."""
