"""`v1.ai_voice_cloner`: see README.md in this folder for its operations."""
