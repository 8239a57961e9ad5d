"""`n_2fa`: see README.md in this folder for its operations."""
