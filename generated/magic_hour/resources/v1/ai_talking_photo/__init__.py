"""`v1.ai_talking_photo`: see README.md in this folder for its operations."""
