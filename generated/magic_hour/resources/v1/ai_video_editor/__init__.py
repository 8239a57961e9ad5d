"""`v1.ai_video_editor`: see README.md in this folder for its operations."""
