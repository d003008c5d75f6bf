"""Count the errors left after `make eval`, by class (the failure analysis of the notes).

    python bench/failures.py [--gold GOLD.jsonl] [--pred eval-out/predictions.jsonl]

Scores with --coref, then puts every error in one mechanical class. Needs the eval set and
score.py in ../shared/eval (not part of a clone), and the predictions `make eval` writes.
"""
from __future__ import annotations

import argparse
import collections
from pathlib import Path

from harness import DEFAULT_GOLD, DEFAULT_SCORER, REPO, load_gold, load_scorer, require

PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "one"}
# Gold speakers that are a word of the cue, not a speaker: annotation slips.
QUIRKS = {"said", "who", "that", "here", "said in a statement"}


def misattribution_class(gold_quote: dict, predicted: str | None) -> str:
    """Name the class of one quote whose span matched but whose speaker did not."""
    speaker = (gold_quote.get("speaker") or "").strip().lower()
    if speaker in QUIRKS:
        return "annotation quirk (gold speaker is 'said', 'who', 'that', ...)"
    if predicted is None:
        return "no speaker predicted"
    if speaker in PRONOUNS and not gold_quote.get("speaker_coref"):
        return "gold pronoun with no antecedent in the gold (no name can match)"
    if speaker in PRONOUNS:
        return "gold pronoun; our name differs from the automatic antecedent"
    if gold_quote.get("speaker_is_named"):
        return "named gold speaker; another name predicted"
    return "gold description or role noun; another speaker predicted"


def span_class(text: str, start: int, end: int) -> str:
    """Name the class of a missed or spurious quote span."""
    if text.rfind("\n", 0, start) < 0:
        return "in the headline line"
    if len(text[start:end].split()) <= 4:
        return "short term or title (4 words or fewer)"
    return "longer quote"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--pred", type=Path, default=REPO / "eval-out" / "predictions.jsonl")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    args = ap.parse_args(argv)
    require(args.gold, args.scorer, args.pred)
    score = load_scorer(args.scorer)
    result, errors = score.score(load_gold(args.gold), load_gold(args.pred), use_coref=True)
    groups = {
        "misattributions": collections.Counter(
            misattribution_class(g, p["speaker"]) for _, g, p in errors["misattribution"]),
        "false positives": collections.Counter(
            span_class(d["text"], *p["span"]) for d, _, p in errors["false_positive"]),
        "misses": collections.Counter(
            span_class(d["text"], g["start"], g["end"]) for d, g, _ in errors["miss"]),
    }
    overall = result["overall"]
    print(f"attribution with --coref: {overall['attribution_accuracy']:.3f} "
          f"of {overall['attribution_n']} matched quotes")
    for name, counts in groups.items():
        print(f"{name}: {sum(counts.values())}")
        for label, n in counts.most_common():
            print(f"  {n:5d}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
