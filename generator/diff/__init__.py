"""Comparing two specs' SDKs: the public-surface changes, whether each breaks a caller, the implied
version bump, and the changelog entry."""
