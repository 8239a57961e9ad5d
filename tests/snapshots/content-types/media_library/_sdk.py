"""What makes this SDK the Media Library API's: its version, names and defaults.

Generated, like everything here but `_core/`, the runtime every SDK shares word for word.
"""

USER_AGENT = "media-library-python/3.2.1"
# The environment variable that, when set, replaces the default base URL.
BASE_URL_ENV = "MEDIA_LIBRARY_BASE_URL"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
