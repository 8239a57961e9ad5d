"""`v1.files.upload_urls`: see README.md in this folder for its operations."""
