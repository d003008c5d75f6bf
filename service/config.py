"""Configuration defaults; every key can be overridden by a QUOTES_<KEY> environment variable."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Defaults:
    """Settings used unless the environment or the caller overrides them."""

    DATABASE = "instance/quotes.db"        # relative paths are resolved from the working dir
    API_KEY = None                         # when set, writes need "Authorization: Bearer <key>"
    SEED_ON_EMPTY = True                   # load seeds/*.json into an empty database at start
    SEEDS_DIR = str(ROOT / "seeds")
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024   # bytes; larger bodies get 413
    PAGE_LIMIT_DEFAULT = 50
    PAGE_LIMIT_MAX = 500
    SQLITE_BUSY_TIMEOUT_MS = 10_000        # how long a writer waits for another worker's lock
    HEALTH_DEEP_TIMEOUT_MS = 5_000         # longest GET /healthz?deep=1 checks the file for
    # Quoted passages an article (or a draft) may hold; more: 422, and the importer rejects
    # the line. The dev set's most is 56; the costliest 2 MB body of 1,000 found takes 3.3 s
    # to extract (4.0 s plain Python), 2 MB of tiny quotes 107 s without it (README).
    MAX_QUOTES_PER_ARTICLE = 1_000

    # Verification and corroboration (service/pipeline/matching.py, service/api/verify.py).
    FUZZY_MIN_SIMILARITY = 0.75            # canonical-word similarity for "close" (altered)
    FUZZY_MAX_CANDIDATES = 50              # exact candidates aligned for a claim with an ellipsis
    FUZZY_RARE_WORDS = 3                   # rarest claim words an exact candidate must all hold
    FUZZY_CLOSE_WORDS = 3                  # rarest content words; a close candidate holds two
    FUZZY_CLOSE_CANDIDATES = 20            # close candidates read and aligned (most words held)
    VERIFY_MAX_SCANNED = 5000              # quotes an index lookup may look at, at most
    VERIFY_MAX_MATCHES = 10                # matches listed in a verdict
    VERIFY_JOIN_CANDIDATES = 5             # when nothing is exact: the most similar quotes,
    VERIFY_JOIN_MIN_SIMILARITY = 0.3       # shorter than the claim, joined to their neighbours
    VERIFY_MISSPELT_CANDIDATES = 5         # when nothing is close: the most similar quotes,
    VERIFY_MISSPELT_MIN_SIMILARITY = 0.5   # aligned again with slips allowed ("rebuld")
    VERIFY_DRAFT_MAX_QUOTES = 200          # quotes POST /v1/verify/draft verifies; more: 422
    CORROBORATION_MIN_PART_WORDS = 4       # shorter quotes corroborate only word for word
    CORROBORATION_MAX_CANDIDATES = 500     # other quotes looked at per quote

    API_TITLE = "Quote attribution service"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/v1"
    OPENAPI_JSON_PATH = "openapi.json"
