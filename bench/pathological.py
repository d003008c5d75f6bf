"""Extraction time of texts built to make a pattern backtrack, as they double in size.

    python bench/pathological.py [--sizes 50000,100000,200000,400000] [--runs spaces,tabs] [--reps 3] [--give-up 20]

Each text is made of runs (of spaces, of capitalised words, of initials, of full stops, of
unpaired quote marks, of reporting verbs, …) and quotes, up to each size in characters.
The pipeline's patterns run most of their matches without a time limit (a limit costs a
clock read per match and more during a long scan: 8% of a pass over news, measured), so
each of them must be linear in the text it reads: a pattern that backtracks over a run
shows here as a growth near 4x per doubling or more, a linear pipeline as 2x. Needs nothing
outside the clone.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:      # run as `python bench/pathological.py` from anywhere
    sys.path.insert(0, str(REPO))

from service.pipeline import extract  # noqa: E402
from service.pipeline._native import running_compiled  # noqa: E402

# name -> a run of characters that a pattern might read many times over. Each is measured
# two ways: many runs, each with a quote and its speaker after it (the rules past finding
# quotes read every run: cues, speakers, channels), and one run as long as the text between
# a quote and its cue.
RUNS = {
    "spaces": " " * 200,
    "tabs": "\t" * 200,
    "newlines": "\n" * 50,
    "capitals": "Ann Boyd Tom Reyes Eliud Kiprono Sara Weller ",
    "initials": "A. B. C. D. E. F. G. ",
    "titles": "Mr. Dr. Sen. Gov. Prof. ",
    "stops": "." * 100 + " ",
    "marks": "“ ” “ “ ‘ ’ \" '' ",
    "open marks": "“Yes, ",
    "verbs": "said told added on via in a statement to the crowd ",
    "commas": ", " * 50,
    "hyphens": "Ann-Boyd-Reyes-Kiprono-al-" * 4,
    "one word": "Boydsaidwellthen" * 10,
    "digits": "10:30 12th 1990s 2,000 ",
    "apostrophes": "Boyd's Reyes’ ’s 's ",
    "platforms": "on Twitter in a Facebook post took to X posted on Instagram ",
    "lower platforms": "on twitter in a facebook post took to youtube posted on x ",
    "shows": "in an interview on CNN's State of the Union of the Press on NBC’s Meet ",
    "outlets": "Reuters reported that the Harbor Times reported, the ministry said in a ",
    "openers": "Asked about it, the senator. After the vote, the coach, On Tuesday, the ",
    "datelines": "ROME (AP) — The LONDON (Reuters) - The PARIS — ",
    "spokespeople": "A spokesman for the city council for the the health ministry ",
    "offices": "The Minister for Finance and of The Prime Minister. The Chancellor The. ",
    "firms": "Norvacor cut its dividend. Okonta raised his game. “We will,” Norvacor said. ",
    "groups": "Protesters gathered. Health officials warned. The coach, a, praised Tom Reyes. ",
    "bodies for": "The Department for Education Centre for Cities think tank Office for Fiscal ",
    "owned groups": "Hundreds of farmers marched. Ann Boyd's family paid. A team of them said. ",
    # a speaker's quotes with no cue of their own, which go on from the last one's: in one
    # paragraph, each looked through all the quotes before it (quadratic until 2026-11-24),
    # and in paragraphs of their own each one's sourcing read from the speaker's mention on
    "continuations": "“More words.” “And more?” “Yes.” " * 4,
    "continued paragraphs": "“More words, and more.”\n\n" * 4,
    "unbroken quotes": "“a” “b” “c” (Ann) “x,” they said. " * 4,
}
QUOTE = "“We will win this,” "
CUE = " Ann Boyd said. "


def text_of(run: str, size: int, one_run: bool) -> str:
    """Return a text of about ``size`` characters: runs each followed by a quote and its
    cue, or (``one_run``) one quote, one run filling the text, then the cue."""
    if one_run:
        body = run * (size // len(run) + 1)
        return QUOTE + body[:max(0, size - len(QUOTE) - len(CUE))] + CUE
    piece = run + QUOTE + CUE.strip() + " "
    return (piece * (size // len(piece) + 1))[:size]


def best_of(reps: int, text: str) -> float:
    """Return the least of ``reps`` timings of extracting ``text``, in seconds (this VM's
    speed drifts: one timing per size made the growth swing from 1.6x to 3.0x and back)."""
    best = float("inf")
    for _ in range(reps):
        started = time.perf_counter()
        extract(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,100000,200000,400000",
                        help="text sizes in characters, comma-separated")
    parser.add_argument("--runs", default=",".join(RUNS),
                        help=f"comma-separated subset of: {', '.join(RUNS)}")
    parser.add_argument("--reps", type=int, default=3, help="timings per size (the least is kept)")
    parser.add_argument("--give-up", type=float, default=20.0,
                        help="seconds after which a run's larger sizes are skipped")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    runs = [s.strip() for s in args.runs.split(",")]
    unknown = [s for s in runs if s not in RUNS]
    if unknown:
        parser.error(f"unknown runs: {', '.join(unknown)}")
    extract(QUOTE + CUE)                                # imports and first-call costs
    print(f"compiled modules: {', '.join(running_compiled()) or 'none'}")
    print(f"{'run':<26} " + " ".join(f"{n:>9,}" for n in sizes) + "   growth per doubling "
          "(seconds per size; worst growth last)")
    worst_overall, raised = 0.0, []
    for name, one_run in [(r, one) for r in runs for one in (False, True)]:
        label = f"{name} ({'one run' if one_run else 'many'})"
        seconds = []
        for n in sizes:
            text = text_of(RUNS[name], n, one_run)
            try:
                seconds.append(best_of(args.reps, text))
            except Exception as exc:  # noqa: BLE001 - reported, and the next runs go on
                raised.append(f"{label} at {n:,}: {type(exc).__name__}: {exc}")
                break
            if seconds[-1] > args.give_up:
                break   # the next size would take about four times as long, or more
        growth = [b / a for a, b in zip(seconds, seconds[1:]) if a > 0]
        worst = max(growth, default=0.0)
        worst_overall = max(worst_overall, worst)
        print(f"{label:<26} " + " ".join(f"{s:>9.3f}" for s in seconds)
              + "".join(f"{'-':>10}" for _ in sizes[len(seconds):]) + "   "
              + " ".join(f"{g:.2f}x" for g in growth) + f"   worst {worst:.2f}x")
    print(f"worst growth per doubling over all runs: {worst_overall:.2f}x "
          "(linear: about 2x)")
    for line in raised:
        print(f"raised: {line}")
    if raised:
        sys.exit(1)


if __name__ == "__main__":
    main()
