"""`v1.ai_gif_generator`: see README.md in this folder for its operations."""
