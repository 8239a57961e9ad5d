"""`v1.ai_qr_code_generator`: see README.md in this folder for its operations."""
