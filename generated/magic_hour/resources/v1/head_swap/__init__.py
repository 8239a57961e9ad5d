"""`v1.head_swap`: see README.md in this folder for its operations."""
