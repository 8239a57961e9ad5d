"""`v1.animation`: see README.md in this folder for its operations."""
