"""`v1.audio_projects`: see README.md in this folder for its operations."""
