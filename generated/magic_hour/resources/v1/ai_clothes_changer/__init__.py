"""`v1.ai_clothes_changer`: see README.md in this folder for its operations."""
