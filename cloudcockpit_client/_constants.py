"""Every default of the SDK, in one place so a reader sees them at a glance."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.cloudcockpit.com"

# Timeouts in seconds. `timeout` bounds the whole call (all attempts and backoff sleeps);
# connecting gets a shorter budget because a slow connect is almost always a dead host.
DEFAULT_TIMEOUT = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0

# Retries (see retries.RetryPolicy): attempts after the first one, and full-jitter backoff.
DEFAULT_MAX_RETRIES = 2
DEFAULT_BACKOFF_BASE = 0.5
DEFAULT_BACKOFF_CAP = 8.0
# A Retry-After longer than this is not waited for: the error is raised instead.
DEFAULT_MAX_RETRY_AFTER = 60.0

# Connection pool (httpx.Limits): httpx's own defaults. Sizing for bulk jobs: README "Performance".
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 20
DEFAULT_KEEPALIVE_EXPIRY = 5.0

# OAuth2 client credentials against the Microsoft identity platform (documented by CloudCockpit).
DEFAULT_TOKEN_URL = "https://login.microsoftonline.com/4e806121-ff28-4286-ab4e-3be0a08f9ce0/oauth2/v2.0/token"  # noqa: S105
DEFAULT_SCOPE = "api://b92a36a4-feb8-4f47-a69c-29a180aa6d0a/.default"
# A cached token is refreshed this many seconds before it expires.
TOKEN_REFRESH_MARGIN = 300.0
# Used when the token endpoint does not say how long its token lives (or says something that is
# not a number of seconds).
DEFAULT_TOKEN_LIFETIME = 3600.0
# Whatever expires_in says (0, negative, 1e400), a token is kept at least this long, so a broken
# endpoint cannot make every call fetch a token, and at most this long (Entra ID tokens live
# 60-90 minutes; 24 h is the longest any identity platform configures). A 401 still refreshes at once.
TOKEN_LIFETIME_FLOOR = 60.0
TOKEN_LIFETIME_CEILING = 86400.0
# After a failed token request every call gets that same error, without a new request, for this
# many seconds (or for the endpoint's Retry-After, up to the retry policy's max_retry_after):
# 200 calls on a client with a wrong secret make one token request, not 200.
TOKEN_FAILURE_COOLDOWN = 5.0

# The largest response body read, in bytes (the compressed size as it arrives on the wire). The
# API's biggest documented answer is a page of 2,000 customers (a few MB); past the cap the call
# raises ResponseTooLargeError without reading the rest, and the connection is closed.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

LOGGER_NAME = "cloudcockpit_client"

# wait_for_provider_customer: how long to wait in total, the first pause between two reads of the
# customer, how much each pause grows, and the longest pause. A Retry-After on a read is honoured.
DEFAULT_WAIT_TIMEOUT = 300.0
DEFAULT_WAIT_INTERVAL = 2.0
WAIT_INTERVAL_GROWTH = 1.5
MAX_WAIT_INTERVAL = 30.0
