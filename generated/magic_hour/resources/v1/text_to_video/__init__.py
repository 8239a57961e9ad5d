"""`v1.text_to_video`: see README.md in this folder for its operations."""
