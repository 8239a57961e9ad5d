"""`v1.video_projects`: see README.md in this folder for its operations."""
