"""URL identities: the same story under a tracking or differently written URL is one key."""
from __future__ import annotations

import pytest

from service.urls import url_identity


@pytest.mark.parametrize("url, key", [
    ("https://example.com/story", "https://example.com/story"),
    ("https://Example.COM/story#top", "https://example.com/story"),
    ("HTTPS://example.com/story", "https://example.com/story"),
    ("https://example.com:443/story", "https://example.com/story"),
    ("http://example.com:80/story", "http://example.com/story"),
    ("https://example.com:8443/story", "https://example.com:8443/story"),
    ("http://example.com:443/story", "http://example.com:443/story"),
    ("https://example.com/story?utm_source=x", "https://example.com/story"),
    ("https://example.com/story?utm_source=x&utm_medium=y&fbclid=1&gclid=2",
     "https://example.com/story"),
    ("https://example.com/story?id=3&utm_source=x&page=2", "https://example.com/story?id=3&page=2"),
    ("https://example.com/story?page=2&id=3", "https://example.com/story?page=2&id=3"),  # order kept
    ("https://example.com/story?UTM_Source=x", "https://example.com/story"),
    ("https://example.com/story?", "https://example.com/story"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/Story", "https://example.com/Story"),           # paths keep case
    ("https://example.com/story/", "https://example.com/story/"),         # no slash guessed
    ("https://User@Example.com/a", "https://User@example.com/a"),
    ("http://[::1]:80/a", "http://[::1]/a"),
    ("http://[::1]:8080/a", "http://[::1]:8080/a"),
    ("http://[::1", "http://[::1"),                                       # cannot be split
    ("https://example.com/a?q=%75tm&x=1", "https://example.com/a?q=utm&x=1"),   # unreserved
    ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),      # hex case
    ("https://example.com/%7eann/a%2fb", "https://example.com/~ann/a%2Fb"),
    ("https://example.com/a?next=%2fhome", "https://example.com/a?next=%2Fhome"),
    ("https://example.com/a%2Fb", "https://example.com/a%2Fb"),              # "/" stays encoded
    ("https://example.com/100%", "https://example.com/100%"),                # not an encoding
    ("https://example.com/a?%75tm_source=1", "https://example.com/a"),
    ("https://example.com/a?utmost=1", "https://example.com/a?utmost=1"),
])
def test_url_identity(url, key):
    assert url_identity(url) == key
