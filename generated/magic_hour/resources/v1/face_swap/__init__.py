"""`v1.face_swap`: see README.md in this folder for its operations."""
