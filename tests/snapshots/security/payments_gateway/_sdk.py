"""What makes this SDK the Payments Gateway API's: its version, names and defaults.

Generated, like everything here but `_core/`, the runtime every SDK shares word for word.
"""

USER_AGENT = "payments-gateway-python/2.3.0"
# The environment variable that, when set, replaces the default base URL.
BASE_URL_ENV = "PAYMENTS_GATEWAY_BASE_URL"
# The environment variable that turns on the SDK's logger: `debug` or `info`.
LOG_ENV = "PAYMENTS_GATEWAY_LOG"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
# The largest response body a call accepts, in bytes after decompression.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Per `Environment` member whose URL has variables (its value has each at its default): the
# URL's template and the defaults, for `Client(...)`'s server arguments.
SERVER_TEMPLATES: dict[str, tuple[str, dict[str, str]]] = {
    "DEDICATED_TENANT_A_FREE_FORM_VARIABLE": (
        "https://{tenant}.payments.example.com/api",
        {"tenant": "acme"},
    ),
    "REGIONAL_ENDPOINT": (
        "https://{region}.api.payments.example.com/{version}",
        {"region": "eu", "version": "v2"},
    ),
}
