"""`pets.find_by_tags`: see README.md in this folder for its operations."""
