"""The catalogue's HTTP exchanges: the plugin's one network module (core/services/network.py) under the catalogue's names.

    response = send(url, login=Login(authcfg, origin), timeout_s=30, feedback=feedback)        # a JSON document
    response = send(url, method="POST", body=data, content_type="application/json", ...)
    send(url, login=..., on_headers=open_file, progress=report, deadline_s=None)              # streamed to a file

Everything network.exchange() promises holds (redirects followed by the plugin, http(s) only, at most 5 hops, the login
only to its origin, bounded, cancellable); here in addition:
- the login goes only to `Login.origin` (the download server of the settings), never to the catalogue's own address
  unless it is that origin; a Login without an origin is never sent;
- `deadline_s=None` means none (a download may take long; it never stalls: no byte for `timeout_s` ends it);
- QGIS's network cache is neither asked nor filled (search pages and files change; files are large);
- a JSON answer kept in memory is bounded by MAX_JSON_BYTES.
The answer comes back whatever its status: status_error() words an HTTP error for the user.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from qgis.core import QgsFeedback

from ..errors import CancelledError
from ..services.network import Answer, FetchCancelledError, FetchError, Sink, exchange
from ..services.redirects import login_goes_to
from ..text import QT_TRANSLATE_NOOP

MAX_JSON_BYTES = 32 * 1024 * 1024  # a search page of 1,000 full items is about 25 MB
_REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            408: "Request Timeout", 416: "Range Not Satisfiable", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}

TransferError = FetchError  # a request that gave no usable answer; `status` is the HTTP status when there was one
Response = Answer  # url (after redirects), status, headers (lower-case names), body (empty when streamed), received,
# login_sent, content_type, content_length()


@dataclass(frozen=True)
class Login:
    """An authcfg id and the only origin (scheme://host:port) its credentials are sent to."""

    authcfg: str
    origin: str

    def applies_to(self, url: str) -> bool:
        return bool(self.authcfg) and login_goes_to(url, self.origin)


def send(url: str, *, method: str = "GET", body: bytes | None = None, content_type: str = "", accept: str = "",
         headers: dict[str, str] | None = None, login: Login | None = None, timeout_s: float = 30,
         deadline_s: float | None = None, feedback: QgsFeedback | None = None, max_bytes: int = MAX_JSON_BYTES,
         on_headers: Callable[[Response], Sink] | None = None,
         progress: Callable[[int, int | None], None] | None = None) -> Response:
    """Send a request and follow its redirects; the final answer (any status: the caller judges it) or TransferError
    (CancelledError too, for a cancel)."""
    authcfg = login.authcfg if login is not None and login.origin else ""
    try:
        return exchange(url, method, body or b"", content_type=content_type, accept=accept, headers=headers,
                        authcfg=authcfg, login_url=login.origin if authcfg else "", timeout_s=timeout_s,
                        deadline_s=math.inf if deadline_s is None else deadline_s, feedback=feedback, cache=False,
                        max_bytes=max_bytes, on_headers=on_headers, progress=progress)
    except FetchCancelledError as cancelled:  # a cancel is no TransferError here: nothing broke off
        raise CancelledError(cancelled.detail) from None


def status_error(response: Response, login: Login | None, what: str = "") -> TransferError:
    """The plain-words error of an HTTP status >= 400 (what to check; the authcfg id, never what it holds)."""
    status = response.status
    detail = f"HTTP {status} {_REASONS.get(status, '')}".rstrip() + f": {response.url}"
    if status in (401, 403) and response.login_sent and login is not None:
        return TransferError(QT_TRANSLATE_NOOP(
            "@default", "The server refused the login of authentication configuration {authcfg}: check its user name "
                        "and password in QGIS's Options > Authentication, and that your account may use this product."),
            detail, status, authcfg=login.authcfg)
    if status == 401:
        return TransferError(QT_TRANSLATE_NOOP(
            "@default", "The server asks for a login: choose an authentication configuration for the catalogue in the "
                        "plugin's settings (a Terrascope account, Basic or OAuth2)."), detail, status)
    if status == 403:
        return TransferError(QT_TRANSLATE_NOOP(
            "@default", "The server refused access: check the authentication configuration in the plugin's settings."),
            detail, status)
    if status == 404:
        return TransferError(QT_TRANSLATE_NOOP("@default", "The server has no file at this address (HTTP 404)."),
                             detail, status)
    return TransferError(QT_TRANSLATE_NOOP("@default", "The server answered with an error."), detail, status)
