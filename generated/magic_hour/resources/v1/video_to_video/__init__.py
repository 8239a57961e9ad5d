"""`v1.video_to_video`: see README.md in this folder for its operations."""
