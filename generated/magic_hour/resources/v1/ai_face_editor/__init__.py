"""`v1.ai_face_editor`: see README.md in this folder for its operations."""
