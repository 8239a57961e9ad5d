"""What makes this SDK the Shop Events API's: its version, names and defaults.

Generated, like everything here but `_core/`, the runtime every SDK shares word for word.
"""

USER_AGENT = "shop-events-python/1.0.0"
# The environment variable that, when set, replaces the default base URL.
BASE_URL_ENV = "SHOP_EVENTS_BASE_URL"
# The environment variable that turns on the SDK's logger: `debug` or `info`.
LOG_ENV = "SHOP_EVENTS_LOG"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
# The largest response body a call accepts, in bytes after decompression.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
