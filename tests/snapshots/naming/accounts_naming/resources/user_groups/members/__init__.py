"""`user_groups.members`: see README.md in this folder for its operations."""
