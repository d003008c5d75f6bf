"""Count the errors left after `make eval`, by class (the failure analysis of the notes).

    python bench/failures.py [--gold GOLD.jsonl] [--pred eval-out/predictions.jsonl]

Scores with --coref, then puts every error in one mechanical class. Needs the eval set and
score.py in ../shared/eval (not part of a clone), and the predictions `make eval` writes.

A misattribution whose gold speaker is a pronoun or a description ("he", "the president")
is also checked against the gold's own annotation of the quote before it: when that quote,
in the same paragraph or the one before, has a named gold speaker and our name is that
speaker, the gold chain agrees with us and the scorer counts us wrong only because it cannot
read the pronoun or the description (the automatic antecedent, when there is one, names
someone else). Those are counted apart, and the attribution a system could reach if it were
right wherever the gold can judge it is printed: the score's upper bound on this file.
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


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """Return how many paragraph breaks (runs of line breaks) lie in ``text[start:end]``."""
    return sum(1 for piece in text[start:end].split("\n")[1:] if piece.strip()) \
        if "\n" in text[start:end] else 0


def named_before(doc: dict, gold_quote: dict) -> str | None:
    """Return the named gold speaker the gold's chain of quotes leads back to: the quote
    nearest before ``gold_quote``, in the same paragraph or the one before; if its gold
    speaker is unnamed too (a pronoun, a description), the one nearest before that, and so
    on. None when the chain breaks (a gap of more than a paragraph) before a name."""
    earlier = sorted((q for q in doc.get("quotes", ()) if q["end"] <= gold_quote["start"]),
                     key=lambda q: q["end"])
    at = gold_quote["start"]
    for before in reversed(earlier):
        if _paragraphs_between(doc["text"], before["end"], at) > 1:
            return None
        if before.get("speaker_is_named"):
            return before.get("speaker")
        at = before["start"]
    return None


def agrees_with_gold_chain(score, doc: dict, gold_quote: dict, predicted: str | None) -> bool:
    """Whether ``predicted`` is the named gold speaker of the quote just before a quote the
    gold gives to a pronoun or a description (``named_before``)."""
    if predicted is None or gold_quote.get("speaker_is_named"):
        return False
    name = named_before(doc, gold_quote)
    return name is not None and score.speaker_match(name, predicted)


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
    agreeing = collections.Counter(
        misattribution_class(g, p["speaker"]) for d, g, p in errors["misattribution"]
        if agrees_with_gold_chain(score, d, g, p["speaker"]))
    groups = {
        "misattributions": collections.Counter(
            misattribution_class(g, p["speaker"]) for _, g, p in errors["misattribution"]),
        "false positives": collections.Counter(
            span_class(d["text"], *p["span"]) for d, _, p in errors["false_positive"]),
        "misses": collections.Counter(
            span_class(d["text"], g["start"], g["end"]) for d, g, _ in errors["miss"]),
    }
    overall = result["overall"]
    matched = overall["attribution_n"]
    if matched:
        print(f"attribution with --coref: {overall['attribution_accuracy']:.3f} "
              f"of {matched} matched quotes")
    else:
        print("attribution with --coref: no predicted quote matches a gold one")
    for name, counts in groups.items():
        print(f"{name}: {sum(counts.values())}")
        for label, n in counts.most_common():
            print(f"  {n:5d}  {label}")
            if name == "misattributions" and agreeing[label]:
                print(f"  {'':5}  {agreeing[label]:5d} of them: our speaker is the gold's named "
                      "speaker of the quotes just before")
    if matched:
        print_bounds(overall, groups["misattributions"], agreeing)
    return 0


def print_bounds(overall: dict, misattributions: collections.Counter,
                 agreeing: collections.Counter) -> None:
    """Print the attribution and end-to-end F1 a system right wherever the gold can judge
    it would score: every quote scored wrong whatever a system says counted out."""
    matched = overall["attribution_n"]
    right = round(overall["attribution_accuracy"] * matched)
    unjudged = ("gold pronoun with no antecedent", "annotation quirk")
    unreachable = sum(n if label.startswith(unjudged) else agreeing[label]
                      for label, n in misattributions.items())
    print(f"scored wrong whatever a system says (no gold antecedent, annotation quirk, or "
          f"the gold's chain names our speaker): {unreachable}; attribution a system right "
          f"on every other quote would score: {(matched - unreachable) / matched:.3f} "
          f"(now {right / matched:.3f})")
    # End to end, with these spans: every matched quote but those right, as the bound says.
    gold, predicted = overall["gold_quotes"], overall["pred_quotes"]
    best = matched - unreachable
    print(f"end-to-end F1 such a system would score with these spans: "
          f"{2 * best / (gold + predicted):.3f}; with every gold span found and nothing "
          f"else: at most {(gold - unreachable) / gold:.3f} (now "
          f"{overall['end_to_end']['f1']:.3f})")

if __name__ == "__main__":
    raise SystemExit(main())
