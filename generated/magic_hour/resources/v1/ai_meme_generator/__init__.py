"""`v1.ai_meme_generator`: see README.md in this folder for its operations."""
