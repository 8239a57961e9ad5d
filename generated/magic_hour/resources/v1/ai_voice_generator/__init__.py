"""`v1.ai_voice_generator`: see README.md in this folder for its operations."""
