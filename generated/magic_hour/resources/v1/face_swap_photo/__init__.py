"""`v1.face_swap_photo`: see README.md in this folder for its operations."""
