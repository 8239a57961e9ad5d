"""`public.exchange_rates`: see README.md in this folder for its operations."""
