"""Alignment step of verification: rapidfuzz against ``regex`` fuzzy matching, measured.

Both align a claim with a stored quote on the same word encoding (one private-use character
per word, service.pipeline.matching.Codec), so both find word edits, not letter edits:

- rapidfuzz: ``fuzz.partial_ratio_alignment`` for the window, then ``Indel`` similarity
  (what service.pipeline.matching.Matcher does);
- regex: ``(?:<claim>){e<=k}`` with BESTMATCH, k = a quarter of the claim's words (the edits
  the 0.75 similarity threshold allows), the similarity from the match's edit counts.

Claims are sentences of the eval set (or the seeds), half of them with one word changed; each
is aligned with 50 candidates: its source sentence and 49 other sentences.

    .venv/bin/python bench/matching_alignment.py [--claims 1000]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import regex  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.distance import Indel  # noqa: E402

from service.pipeline.matching import Codec, prepare  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verify_latency import source_sentences  # noqa: E402

THRESHOLD = 0.75


def rapidfuzz_similarity(claim: str, stored: str) -> float:
    if len(stored) > len(claim):
        found = fuzz.partial_ratio_alignment(claim, stored)
        stored = stored[found.dest_start:found.dest_end]
    return Indel.normalized_similarity(claim, stored)


def regex_similarity(claim: str, stored: str) -> float:
    edits = max(1, len(claim) // 4)
    pattern = f"(?:{regex.escape(claim)}){{e<={edits}}}"
    found = regex.search(pattern, stored, flags=regex.BESTMATCH, timeout=1.0)
    if found is None:
        return 0.0
    substitutions, insertions, deletions = found.fuzzy_counts
    # Indel counts a substitution as two edits; same scale as rapidfuzz's similarity.
    indel = 2 * substitutions + insertions + deletions
    return 1 - indel / (len(claim) + len(found.group()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    args = parser.parse_args()
    sentences, origin = source_sentences()
    rng = random.Random(7)
    codec = Codec()
    pool = [codec.encode(prepare(" ".join(s)).canonical) for s in sentences]
    cases = []
    for n in range(args.claims):
        source = rng.randrange(len(pool))
        words = list(pool[source])
        if n % 2 and len(words) > 6:
            words[rng.randrange(len(words))] = rng.choice(rng.choice(pool))
        start = rng.randrange(0, max(1, len(words) - 12))
        claim = "".join(words[start:start + rng.randrange(6, 16)])
        cases.append((claim, [pool[source]] + rng.sample(pool, 49)))

    results = {}
    for name, similarity in (("rapidfuzz", rapidfuzz_similarity), ("regex", regex_similarity)):
        per_claim, levels = [], []
        for claim, candidates in cases:
            started = time.perf_counter()
            scores = [similarity(claim, c) for c in candidates]
            per_claim.append(time.perf_counter() - started)
            levels.append(tuple(s >= THRESHOLD for s in scores))
        results[name] = (per_claim, levels)
    print(f"corpus: {origin}; {len(cases)} claims x 50 candidates")
    print(f"{'aligner':<10} {'us/candidate':>12} {'p50 ms/claim':>13} {'p99 ms/claim':>13}")
    for name, (times, _) in results.items():
        cuts = statistics.quantiles(times, n=100, method="inclusive")
        print(f"{name:<10} {statistics.mean(times) / 50 * 1e6:12.1f} {cuts[49] * 1e3:13.2f}"
              f" {cuts[98] * 1e3:13.2f}")
    same = sum(a == b for a, b in zip(results["rapidfuzz"][1], results["regex"][1]))
    print(f"same close/not-close decision on all 50 candidates: {same}/{len(cases)} claims")


if __name__ == "__main__":
    main()
