"""The plugin's rules for where a request may go: redirects (http and https only, at most MAX_REDIRECTS hops, relative
Location resolved, a loop stopped) and logins (an authcfg goes only to the origin it was set up for).

Plain Python (urllib.parse only parses): the network code applies these rules at each hop, the QGIS-free tests check them.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

MAX_REDIRECTS = 5
DEFAULT_PORTS = {"http": 80, "https": 443}


class RedirectError(PluginError):
    """A redirect the plugin does not follow."""


def origin(url: str) -> str:
    """'scheme://host:port' of an http(s) URL, port made explicit, lower case ('' for anything else).

    Two URLs share an origin when scheme, host and port are the same: https://a.be and https://a.be:443 do,
    http://a.be and https://a.be do not."""
    try:
        parts = urlsplit(url.strip())
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


def redirect_target(current: str, location: str, visited: list[str]) -> str:
    """The next URL of a redirect from `current` to `location` (absolute or relative), or RedirectError.

    `visited` holds the URLs requested so far in this exchange (the first included); a target seen before is a loop,
    and more than MAX_REDIRECTS hops is too many."""
    if not location or not location.strip():
        raise RedirectError(QT_TRANSLATE_NOOP("@default", "The server sent a redirect without a target."),
                            safe_url(current))
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in DEFAULT_PORTS:
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
