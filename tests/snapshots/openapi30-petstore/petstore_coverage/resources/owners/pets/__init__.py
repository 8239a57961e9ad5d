"""`owners.pets`: see README.md in this folder for its operations."""
