"""Article URLs as identities: the same story under a tracking or differently written URL."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

import regex

_DEFAULT_PORTS = {"http": "80", "https": "443"}
# Parameters that only say where a reader came from; the page is the same without them.
_TRACKING_PREFIXES = ("utm_",)
_TRACKING_NAMES = frozenset({"fbclid", "gclid"})
_PERCENT = regex.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _percent_normal(match: regex.Match[str]) -> str:
    """Write one percent-encoding as RFC 3986 6.2.2 does: an unreserved character decoded
    ("%7E" is "~"), any other in upper-case hex ("%2f" is "%2F")."""
    char = chr(int(match[1], 16))
    return char if char in _UNRESERVED else "%" + match[1].upper()


def _is_tracking(parameter: str) -> bool:
    name = unquote(parameter.partition("=")[0]).lower()
    return name.startswith(_TRACKING_PREFIXES) or name in _TRACKING_NAMES


def url_identity(url: str) -> str:
    """Return the key that identifies the article at ``url``.

    Scheme and host in lower case, the scheme's default port dropped, an empty path as "/"
    (RFC 3986 6.2.3: the same request), the fragment and the tracking parameters (utm_*,
    fbclid, gclid) dropped, every other query parameter kept in its order. Path and query
    are kept as written but for their percent-encodings (RFC 3986 6.2.2: "%7e" is "~", "%2f"
    is "%2F"): "/story" and "/story/" may be different pages, so no trailing slash is added
    or removed, and case is kept. A URL that cannot be split is its own key.
    """
    try:
        parts = urlsplit(url)
    except ValueError:          # "http://[::1" and the like: nothing to normalise safely
        return url
    userinfo, at, hostport = parts.netloc.rpartition("@")
    if hostport.startswith("["):                # an IPv6 literal: "[::1]:8080"
        host, _, after = hostport.partition("]")
        host, port = host + "]", after.removeprefix(":")
        has_port = after.startswith(":")
    else:
        host, has_port, port = hostport.partition(":")
    scheme = parts.scheme.lower()
    netloc = userinfo + at + host.lower()
    if has_port and port and port != _DEFAULT_PORTS.get(scheme):
        netloc += ":" + port
    query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p))
    path = parts.path or ("/" if scheme in _DEFAULT_PORTS else "")
    if "%" in path or "%" in query:
        path, query = _PERCENT.sub(_percent_normal, path), _PERCENT.sub(_percent_normal, query)
    return urlunsplit((scheme, netloc, path, query, ""))
