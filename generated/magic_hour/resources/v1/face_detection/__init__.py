"""`v1.face_detection`: see README.md in this folder for its operations."""
