"""The hand-written layer of plinto-client; the generator never touches this directory.

from plinto_client import Plinto, AuthenticationError

with Plinto() as client:
    client.auth.sign_in("ada@example.com", "Analytical-Engine-1843")
    me = client.auth.get_current_user()
"""

from __future__ import annotations

from ._client import AsyncPlinto, Plinto
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    NotSignedInError,
    PermissionDeniedError,
    PlintoError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from ._resources import SignInResult
from ._tokens import MemoryTokenStore, TokenStore
from ._version import VERSION

__version__ = VERSION

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPlinto",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "MemoryTokenStore",
    "NotFoundError",
    "NotSignedInError",
    "PermissionDeniedError",
    "Plinto",
    "PlintoError",
    "RateLimitError",
    "ServerError",
    "SignInResult",
    "TokenStore",
    "UnexpectedResponseError",
    "ValidationError",
    "__version__",
]
