"""Extraction time of one very large article as it grows to the API's 2 MB body limit.

    python bench/large_article.py [--sizes 2000,4000,8000,16000]

The article is generated (seed fixed; needs nothing outside the repository): paragraphs of
two to four quotes each, with a named speaker of its own per paragraph (thousands in all),
roles set beside names, pronouns, offices, spokespeople, organisations and their initials,
so that every lookup among the article's speakers is exercised. 16,000 paragraphs are
2.0 MB. Prints the time per size and its growth from the size before: a lookup that reads
every speaker shows as a growth near 4x per doubling, a linear pipeline as 2x.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:      # run as `python bench/large_article.py` from anywhere
    sys.path.insert(0, str(REPO))

from service.pipeline import extract  # noqa: E402
from service.pipeline._native import running_compiled  # noqa: E402

_GIVEN = ("Ann", "Tom", "Maria", "John", "Sara", "Omar", "Eliud", "Graham")
_SURNAMES = ("Boyd", "Reyes", "Kiprono", "Lowe", "Weller", "Patel", "Novak", "Sato")


def paragraphs(count: int, seed: int = 1) -> list[str]:
    """Return ``count`` generated paragraphs, the same ones for the same seed."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        name = f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}{i % 50}"
        surname = name.split()[1]
        out.append(rng.choice((
            f"“We will win this,” said {name}, a spokesman for the World Health Organization."
            " “It is time,” she added.",
            "The minister struck a defiant tone. “We will not back down,” she told parliament."
            f" {name} and others said “no.”",
            f"Q: “Why now?” A: “Because,” {name} said. A spokeswoman for the WHO said “fine.”"
            f" Mrs {surname} replied: “Yes.”",
            "Her opponent’s reply: “Never.” The airline said in a statement on its website:"
            f" “We apologise.” “Sure,” Sir {name.split()[0]} said.",
        )))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,4000,8000,16000",
                        help="paragraph counts, comma-separated")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    every = paragraphs(max(sizes))
    extract(every[0])                                  # imports and first-call costs
    print(f"compiled modules: {', '.join(running_compiled()) or 'none'}")
    print(f"{'paragraphs':>10} {'MB':>6} {'quotes':>7} {'speakers':>8} {'seconds':>8} growth")
    before = None
    for n in sizes:
        text = "\n\n".join(every[:n])
        started = time.perf_counter()
        extraction = extract(text)
        seconds = time.perf_counter() - started
        growth = f"{seconds / before:.2f}x" if before else ""
        print(f"{n:>10,} {len(text.encode()) / 1e6:>6.2f} {len(extraction.quotes):>7,} "
              f"{len(extraction.speakers):>8,} {seconds:>8.2f} {growth}")
        before = seconds


if __name__ == "__main__":
    main()
