"""`v1.ai_headshot_generator`: see README.md in this folder for its operations."""
