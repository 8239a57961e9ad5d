"""`v1.image_background_remover`: see README.md in this folder for its operations."""
