"""`v1.image_projects`: see README.md in this folder for its operations."""
