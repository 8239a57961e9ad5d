"""`n_2fa.challenges`: see README.md in this folder for its operations."""
