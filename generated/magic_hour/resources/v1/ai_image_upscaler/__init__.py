"""`v1.ai_image_upscaler`: see README.md in this folder for its operations."""
