"""Putting files on disk: custom code carried over from the previous output, then an atomic write."""
