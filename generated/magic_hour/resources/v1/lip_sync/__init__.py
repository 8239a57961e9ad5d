"""`v1.lip_sync`: see README.md in this folder for its operations."""
