"""`v1.photo_colorizer`: see README.md in this folder for its operations."""
