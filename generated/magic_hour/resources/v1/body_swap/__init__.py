"""`v1.body_swap`: see README.md in this folder for its operations."""
