"""`user_groups`: see README.md in this folder for its operations."""
