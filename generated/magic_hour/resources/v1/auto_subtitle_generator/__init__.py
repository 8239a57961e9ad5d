"""`v1.auto_subtitle_generator`: see README.md in this folder for its operations."""
