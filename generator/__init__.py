"""OpenAPI → Python SDK generator: see `pipeline` for the stages and `cli` for the commands."""
