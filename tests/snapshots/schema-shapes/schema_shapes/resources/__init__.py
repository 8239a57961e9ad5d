"""The API's resources, one package each."""
