"""Run the pipeline over a gold JSONL file, write predictions and print score.py's tables.

    python bench/evaluate.py [--gold GOLD.jsonl] [--errors N] [--errors-out FILE] [--json]
                             [--british] [--wrap COLUMNS] [--no-break-spaces FRACTION]
                             [--windows-line-ends] [--by FIELD]

Works on any file in score.py's format; the dev set and score.py live in ../shared/eval.
"""
from __future__ import annotations

import argparse
import bisect
import gc
import json
import math
import random
import sys
import time
from pathlib import Path

from harness import (DEFAULT_GOLD, DEFAULT_SCORER, REPO, extraction_quotes, load_gold,
                     load_scorer, pred_record, require, write_jsonl)

SLOW_MS = 50.0


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile of ``values`` (None when empty)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def british(doc: dict) -> dict:
    """Return the document quoted the British way, at the same offsets: “…” becomes ‘…’ and
    a quote inside one, ‘…’, becomes “…” (a closing ’ inside a word stays an apostrophe).
    Texts quoted with '' (the New York Times') are left as they are."""
    text = doc["text"]
    if "''" in text and "“" not in text:
        return doc
    chars, inner = list(text), 0
    for i, ch in enumerate(chars):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "“”":
            chars[i] = "‘" if ch == "“" else "’"
        elif ch == "‘" and not before.isalnum():
            chars[i], inner = "“", inner + 1
        elif ch == "’" and inner and not after.isalpha():
            chars[i], inner = "”", inner - 1
    return _with_text(doc, "".join(chars))


def wrapped(doc: dict, width: int) -> dict:
    """Return the document wrapped at ``width`` columns the way plain-text copy is, at the
    same offsets: in each line, the last space that keeps a line within the width becomes a
    line break."""
    chars = list(doc["text"])
    start, space = 0, -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            start, space = i + 1, -1
            continue
        if ch == " ":
            space = i
        if i - start >= width and space > start:
            chars[space] = "\n"
            start, space = space + 1, -1
    return _with_text(doc, "".join(chars))


def no_break_spaces(doc: dict, fraction: float, seed: int = 0) -> dict:
    """Return the document with about ``fraction`` of its spaces made no-break spaces (as
    some editors and feeds write them, "Mr.\u00a0Trump"), chosen by a generator seeded from
    ``seed`` and the document id, at the same offsets."""
    rng = random.Random(f"{seed}:{doc.get('id')}")
    return _with_text(doc, "".join("\u00a0" if ch == " " and rng.random() < fraction else ch
                                   for ch in doc["text"]))


def windows_line_ends(doc: dict) -> dict:
    """Return the document with its lines ending "\\r\\n" (as Windows editors and some feeds
    write them), its quotes' and ignore spans' offsets moved past the "\\r"s inserted."""
    text = doc["text"]
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]

    def at(offset: int) -> int:
        return offset + bisect.bisect_left(breaks, offset)

    windows = text.replace("\n", "\r\n")
    return {**doc, "text": windows,
            "quotes": [{**q, "start": at(q["start"]), "end": at(q["end"]),
                        "text": windows[at(q["start"]):at(q["end"])]} for q in doc["quotes"]],
            "ignore": [{**s, "start": at(s["start"]), "end": at(s["end"])}
                       for s in doc.get("ignore", [])]}


def grouped_by(doc: dict, field: str) -> dict:
    """Return the document with its ``source`` (the scorer's row) set to the value of
    ``field`` in its ``meta`` (a publisher, say), or to "?" when it has none."""
    return {**doc, "source": str((doc.get("meta") or {}).get(field, "?"))}


def _with_text(doc: dict, text: str) -> dict:
    """Return the document with ``text`` (the same length) and its quotes' words read from it."""
    return {**doc, "text": text,
            "quotes": [{**q, "text": text[q["start"]:q["end"]]} for q in doc["quotes"]]}


def run_pipeline(docs: list[dict]):
    """Extract every document; return predictions, per-document ms and failures."""
    from service.pipeline import extract

    extract("Warm-up, she said. “Imports and compiled patterns are not per-document cost.”")
    gc.freeze()  # as the service does after start-up (service/__init__.py)
    preds, times, failures = [], [], []
    for doc in docs:
        t0 = time.perf_counter()
        try:
            ex = extract(doc["text"])
            quotes = extraction_quotes(doc["text"], ex)
        except Exception as exc:  # a failing document is counted, never fatal
            failures.append({"id": doc["id"], "error": f"{type(exc).__name__}: {exc}"})
            quotes = []
        else:
            times.append((time.perf_counter() - t0) * 1000)
        preds.append(pred_record(doc, quotes))
    return preds, times, failures


def error_records(scorer, errors: dict, coref_errors: dict) -> list[dict]:
    """Flatten score.py's error lists into one record each, with snippets."""
    fixed_by_coref = {(g["id"], gq["start"]) for g, gq, _ in errors["misattribution"]} - {
        (g["id"], gq["start"]) for g, gq, _ in coref_errors["misattribution"]}
    out = []
    for kind in ("miss", "false_positive", "misattribution"):
        for gdoc, gq, pq in errors[kind]:
            text = gdoc["text"]
            rec = {"kind": kind, "id": gdoc["id"], "source": gdoc.get("source"),
                   "publisher": (gdoc.get("meta") or {}).get("publisher")}
            if gq is not None:
                rec.update(gold_start=gq["start"], gold_end=gq["end"], gold_text=gq.get("text"),
                           gold_speaker=gq.get("speaker"), gold_named=gq.get("speaker_is_named"),
                           gold_coref=gq.get("speaker_coref"))
            if pq is not None:
                s, e = pq["span"]
                rec.update(pred_start=s, pred_end=e, pred_text=text[s:e], pred_speaker=pq["speaker"])
            if kind == "misattribution":
                rec["ok_with_coref"] = (gdoc["id"], gq["start"]) in fixed_by_coref
            s, e = (gq["start"], gq["end"]) if gq is not None else pq["span"]
            rec["snippet"] = scorer.snippet(text, s, e, width=120, maxlen=400)
            out.append(rec)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: %(default)s)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score.py (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=REPO / "eval-out" / "predictions.jsonl",
                    help="predictions file to write (default: %(default)s)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N sampled misses, false positives and misattributions per table")
    ap.add_argument("--errors-out", type=Path, metavar="FILE",
                    help="write every miss, false positive and misattribution as JSONL, with snippets")
    ap.add_argument("--no-ignore", action="store_true", help="count predictions in gold 'ignore' spans")
    ap.add_argument("--json", action="store_true", help="print one JSON summary instead of tables")
    ap.add_argument("--british", action="store_true",
                    help="quote the gold texts the British way first (‘…’ outside, “…” inside)")
    ap.add_argument("--wrap", type=int, metavar="COLUMNS",
                    help="wrap the gold texts at this width first, as plain-text copy is")
    ap.add_argument("--no-break-spaces", type=float, metavar="FRACTION",
                    help="make this fraction of the gold texts' spaces no-break spaces first")
    ap.add_argument("--windows-line-ends", action="store_true",
                    help='end the gold texts\' lines with "\\r\\n" first (offsets moved)')
    ap.add_argument("--by", metavar="FIELD",
                    help="a table row per value of this field of the gold's meta (e.g. publisher) "
                         "in place of one per source")
    args = ap.parse_args(argv)

    require(args.gold, args.scorer)
    scorer = load_scorer(args.scorer)
    docs = load_gold(args.gold)
    if args.british:
        docs = [british(d) for d in docs]
    if args.wrap:
        docs = [wrapped(d, args.wrap) for d in docs]
    if args.no_break_spaces:
        docs = [no_break_spaces(d, args.no_break_spaces) for d in docs]
    if args.windows_line_ends:
        docs = [windows_line_ends(d) for d in docs]
    if args.by:
        docs = [grouped_by(d, args.by) for d in docs]
    preds, times, failures = run_pipeline(docs)
    write_jsonl(args.out, preds)

    runs = {}
    for coref in (False, True):
        runs[coref] = scorer.score(docs, preds, use_ignore=not args.no_ignore, use_coref=coref)
    timing = {"max_ms": max(times, default=None), "p50_ms": percentile(times, 50),
              "p99_ms": percentile(times, 99), "over_50ms": sum(t > SLOW_MS for t in times)}
    if args.errors_out:
        write_jsonl(args.errors_out, error_records(scorer, runs[False][1], runs[True][1]))

    if args.json:
        summary = {"gold": str(args.gold), "predictions": str(args.out), "documents": len(docs),
                   "failed": len(failures), "failures": failures, "timing": timing,
                   "score": runs[False][0], "score_coref": runs[True][0]}
        if args.errors:
            summary["examples"] = scorer.error_examples(runs[False][1], args.errors)
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0

    for coref in (False, True):
        result, errors = runs[coref]
        print(f"\n## score.py{' --coref' if coref else ''}  ({args.gold})")
        scorer.print_table(result)
        if result["warnings"]:
            print("warnings: " + ", ".join(f"{k}={v}" for k, v in sorted(result["warnings"].items())))
        if args.errors:
            scorer.print_errors(errors, args.errors)
    print(f"\npredictions: {args.out}" + (f"   errors: {args.errors_out}" if args.errors_out else ""))
    print(f"documents: {len(docs)}   raised: {len(failures)}")
    for f in failures:
        print(f"  {f['id']}: {f['error']}")
    ms = {k: "-" if v is None else f"{v:.2f}" for k, v in timing.items()}
    print(f"extraction time per document: max {ms['max_ms']} ms, p50 {ms['p50_ms']} ms, "
          f"p99 {ms['p99_ms']} ms; over {SLOW_MS:.0f} ms: {timing['over_50ms']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
