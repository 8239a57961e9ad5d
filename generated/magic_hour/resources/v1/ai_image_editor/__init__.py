"""`v1.ai_image_editor`: see README.md in this folder for its operations."""
