"""`v1.ai_image_generator`: see README.md in this folder for its operations."""
