"""Where a request may go (plain Python): http(s) addresses, redirects, and the login's origin.

    origin("https://Services.Terrascope.be/x")        -> "https://services.terrascope.be:443"
    login_goes_to(url, login_origin)                  -> whether the login set up for login_origin may be sent to url
    redirect_target(current, location, visited)       -> the next URL of a redirect, or RedirectError
    url_has_login(url), safe_url(url)                 -> a user:password@ URL is refused; messages show URLs without it
    scrub(text, secrets=())                           -> any text for a message or a log, without credentials

The network module (network.py) applies these rules at every hop of every request of the plugin; the QGIS-free tests
check them. urllib.parse only parses here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote, urljoin, urlsplit

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

MAX_REDIRECTS = 5
DEFAULT_PORTS = {"http": 80, "https": 443}
URL_WITH_LOGIN = QT_TRANSLATE_NOOP(
    "@default", "The URL holds a user name or password, which the plugin does not send: remove it and put the login in "
                "an authentication configuration (QGIS Options > Authentication).")


class RedirectError(PluginError):
    """A redirect the plugin does not follow."""


def origin(url: str) -> str:
    """'scheme://host:port' of an http(s) URL, port made explicit, lower case ('' for anything else).

    Two URLs share an origin when scheme, host and port are the same: https://a.be and https://a.be:443 do,
    http://a.be and https://a.be do not."""
    try:
        parts = urlsplit(str(url).strip())
        scheme = parts.scheme.lower()
        host = (parts.hostname or "").lower()
        port = parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:  # a port that is not a number
        return ""
    if scheme not in DEFAULT_PORTS or not host:
        return ""
    return f"{scheme}://{host}:{port}"


def same_origin(url: str, login_origin: str) -> bool:
    """True when `url` goes to `login_origin` (an origin() or any URL of it)."""
    mine = origin(url)
    return bool(mine) and mine == origin(login_origin)


def login_goes_to(url: str, login_origin: str) -> bool:
    """Whether a login set up for `login_origin` (an origin() or any URL of it) may be sent to `url`: the same origin,
    or the same host moved from http on port 80 to https on port 443 (the same server over a safer channel; the other
    way round, never)."""
    mine, wanted = origin(url), origin(login_origin)
    if not mine or not wanted:
        return False
    if mine == wanted:
        return True
    host = wanted.split("://", 1)[1].rsplit(":", 1)[0]
    return wanted == f"http://{host}:80" and mine == f"https://{host}:443"


def url_has_login(url: str) -> bool:
    """Whether a URL carries a user name or password (user:password@host)."""
    text = str(url or "").strip()
    authority = text.split("://", 1)[1] if "://" in text else ""
    return "@" in authority.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]


def redirect_target(current: str, location: str, visited: list[str]) -> str:
    """The next URL of a redirect from `current` to `location` (absolute or relative), or RedirectError.

    `visited` holds the URLs requested so far in this exchange (the first included); a target seen before is a loop,
    and more than MAX_REDIRECTS hops is too many."""
    if not location or not location.strip():
        raise RedirectError(QT_TRANSLATE_NOOP("@default", "The server sent a redirect without a target."),
                            safe_url(current))
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in DEFAULT_PORTS or not origin(target):
        raise RedirectError(QT_TRANSLATE_NOOP(
            "@default", "The server redirected the request to {target}, which the plugin does not follow "
                        "(only http and https addresses are)."), safe_url(current), target=safe_url(target))
    if target in visited:
        raise RedirectError(QT_TRANSLATE_NOOP("@default", "The server redirects the request in a loop."),
                            safe_url(current))
    if len(visited) > MAX_REDIRECTS:
        raise RedirectError(QT_TRANSLATE_NOOP("@default", "The server redirected the request more than {count} times."),
                            safe_url(current), count=MAX_REDIRECTS)
    return target


def safe_url(url: str) -> str:
    """The URL for a message or log: without user name and password, at most 300 characters."""
    url = str(url)
    try:
        parts = urlsplit(url)
        if parts.username is not None or parts.password is not None:
            netloc = parts.hostname or ""
            if parts.port:
                netloc += f":{parts.port}"
            url = parts._replace(netloc=netloc).geturl()
    except ValueError:
        url = url.split("@")[-1]
    return url if len(url) <= 300 else url[:297] + "..."


HIDDEN = "[hidden]"
_USER_INFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#\s@\"'<>]*@")
_AUTH_VALUE = re.compile(r"(?i)\b((?:proxy-)?authorization\b[\"']?\s*[:=]\s*[\"']?)"
                         r"(?:(?:basic|bearer|digest|negotiate|ntlm|token)\s+)?[^\s\"'<>,;&]+")
_TOKEN = re.compile(r"(?i)\b(basic|bearer|negotiate|ntlm)\s+[a-z0-9+/=._~-]{6,}")


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` without credentials: user info of URLs, Authorization values, Basic/Bearer tokens and the given secrets
    (what a login holds) written plainly or percent-encoded. For anything shown to the user or logged."""
    text = str(text)
    variants = set()
    for secret in secrets:
        if secret and len(secret) >= 3:
            variants |= {secret, quote(secret, safe=""), quote(secret)}
    for secret in sorted(variants, key=len, reverse=True):
        text = text.replace(secret, HIDDEN)
    text = _USER_INFO.sub(r"\1", text)
    text = _AUTH_VALUE.sub(lambda match: match.group(1) + HIDDEN, text)
    return _TOKEN.sub(lambda match: f"{match.group(1)} {HIDDEN}", text)
