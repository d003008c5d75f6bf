"""Verification latency at 10k, 100k and 1M stored quotes, in the app and over HTTP.

Builds a reproducible corpus (fixed seed) of news-like quotes: sentences of the eval articles
(../shared/eval/polnear_dev.jsonl) cut and recombined, or of seeds/*.json when the eval set
is missing (said on the first line of the output). Ten quotes per article, three speakers per
article out of 5,000 people. The corpus is loaded through repository.save_batches (the
storage code of the API, which stores batches of one, and of the import command), 1,000
articles per batch and transaction, into bench-out/verify.db, growing from one size to the
next; the load rate times only those calls (the articles come with hand-built extractions,
generated untimed, 10 batches at a time). After each load
the word index is merged (repository.optimize_quote_index) and the pages written to disk
(os.sync, with the MB it found unwritten printed). At each size it verifies probes
of every verdict class through the Flask test
client and over HTTP to gunicorn (started here on a free loopback port, stopped after) and
prints latency percentiles per class (and for the supported probes again with date
bounds, and the altered ones without their speaker), the verdicts the probes got, the load rate and the
peak RSS of the gunicorn workers. At each size the app is timed again after a pass of other
probes, on probes not asked before (the first pass meets the file cache as the load left
it: on a kept 1M database in a new process, 18 ms p50 cold, 3 ms a pass later). Last, the
two largest sizes again in the app, in
alternating rounds (a copy of the database was kept at the smaller size): the growth from one
to the other measured while the machine is in the same state for both, since this VM's speed
drifts by up to 1.7x between minutes. And last, untimed: how many stored quotes the
probes' index lookups meet at the two largest sizes (what the latency grows with).

    .venv/bin/python bench/verify_latency.py            # 10k, 100k, 1M (about 15 minutes)
    .venv/bin/python bench/verify_latency.py --quick    # 10k, 100k
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:      # run as `python bench/verify_latency.py` from anywhere
    sys.path.insert(0, str(REPO))

import regex  # noqa: E402

from service import create_app, repository  # noqa: E402
from service.db import connect, migrate  # noqa: E402
from service.pipeline.matching import Matcher, index_terms  # noqa: E402
from service.pipeline.model import (  # noqa: E402
    Extraction,
    Quote,
    QuoteKind,
    Sourcing,
    Speaker,
    SpeakerType,
)

GOLD = REPO.parent / "shared" / "eval" / "polnear_dev.jsonl"
OUT = REPO / "bench-out"
SEED = 20251016
QUOTES_PER_ARTICLE = 10
SPEAKERS_PER_ARTICLE = 3
PEOPLE = 5000
BATCH_ARTICLES = 1000
GROUP_BATCHES = 10          # batches generated, then stored in one stream
CLASSES = ("supported", "altered", "misattributed", "not_found")
# Also timed: the supported probes again with both date bounds (every article is inside
# them, so the verdict stays supported), for the lookups' date filters.
DATED = "supported+dates"
# And the altered probes again without their speaker: the close lookup cannot then rank the
# claimed speaker's quotes first.
UNCLAIMED = "altered w/o spk"
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=[\p{Lu}“\"‘'])")
_SYLLABLES = ("ka", "lo", "mi", "ren", "dor", "va", "sel", "tis", "bru", "no", "gar", "pe",
              "lin", "ov", "ast", "ric", "mon", "del", "ha", "ber", "tu", "sky", "wen", "ola")
_GIVEN = ("John", "Mary", "Ann", "Peter", "Luis", "Ines", "Omar", "Yuki", "Sara", "Tom",
          "Ada", "Bram", "Chen", "Dana", "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Jorge")
_OUTLETS = tuple(f"{a} {b}" for a in ("Daily", "Evening", "Morning", "National", "City")
                 for b in ("Post", "Herald", "Courier", "Gazette", "Times", "Ledger",
                       "Tribune", "Observer", "Record", "Chronicle"))
# A probe expects a verdict; contractions the altered probes expand.
_CONTRACTIONS = {"it's": "it is", "don't": "do not", "we're": "we are", "can't": "cannot",
                 "i'm": "I am", "won't": "will not", "isn't": "is not", "we'll": "we will"}


def source_sentences() -> tuple[list[list[str]], str]:
    """Return sentences as word lists, from the eval set or, failing that, the seeds."""
    if GOLD.is_file():
        texts = [json.loads(line)["text"] for line in GOLD.open(encoding="utf-8")
                 if line.strip()]
        origin = f"sentences of {GOLD.name} ({len(texts)} articles) recombined"
    else:
        texts = [json.loads(p.read_text(encoding="utf-8"))["text"]
                 for p in sorted((REPO / "seeds").glob("*.json"))]
        origin = "FALLBACK: sentences of seeds/*.json recombined (eval set not found)"
    sentences = []
    for text in texts:
        for paragraph in text.split("\n"):
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                words = sentence.replace("“", "").replace("”", "").replace('"', "").split()
                if 5 <= len(words) <= 45:
                    sentences.append(words)
    return sentences, origin


class Corpus:
    """Generates articles of recombined sentences, the same ones for the same seed."""

    def __init__(self, sentences: list[list[str]], seed: int = SEED) -> None:
        self.sentences = sentences
        self.rng = random.Random(seed)
        seen: set[str] = set()
        self.people: list[str] = []
        while len(self.people) < PEOPLE:
            surname = "".join(self.rng.choice(_SYLLABLES) for _ in range(3)).capitalize()
            if surname not in seen:
                seen.add(surname)
                self.people.append(f"{self.rng.choice(_GIVEN)} {surname}")
        self.count = 0

    def quote_text(self) -> str:
        """Return the tail of one sentence joined to the head of another: 6 to 40 words."""
        rng = self.rng
        a, b = rng.choice(self.sentences), rng.choice(self.sentences)
        head = a[rng.randrange(0, max(1, len(a) // 3)):]
        tail = b[:rng.randrange(max(2, len(b) // 3), len(b) + 1)]
        return " ".join((head + tail)[:40])

    def article(self) -> tuple[dict, Extraction]:
        """Return the fields and hand-built extraction of the next article."""
        rng = self.rng
        self.count += 1
        names = rng.sample(self.people, SPEAKERS_PER_ARTICLE)
        speakers = tuple(Speaker(key=f"s{i}", name=n, type=SpeakerType.PERSON,
                                 aliases=(n, n.split()[-1])) for i, n in enumerate(names))
        text, quotes = "", []
        for position in range(QUOTES_PER_ARTICLE):
            said = rng.randrange(SPEAKERS_PER_ARTICLE)
            words = self.quote_text()
            start = len(text) + 1
            text += f"“{words},” {names[said]} said.\n"
            quotes.append(Quote(start=start, end=start + len(words), text=words,
                                kind=QuoteKind.FULL, paragraph=position, speaker=f"s{said}",
                                confidence=0.9, sourcing=Sourcing(6, "named_on_record",
                                                                  {"plural": False})))
        day = rng.randrange(0, 6 * 365)
        fields = {"title": f"Report {self.count}", "text": text,
                  "url": f"https://news.example/{self.count}",
                  "outlet": rng.choice(_OUTLETS),
                  "published_at": time.strftime("%Y-%m-%d",
                                                time.gmtime(1577836800 + day * 86400))}
        return fields, Extraction(text=text, quotes=tuple(quotes), speakers=speakers)


def load(db, corpus: Corpus, articles: int) -> tuple[float, float]:
    """Store ``articles`` more articles through save_batches, 1,000 per batch.

    Return (seconds storing, seconds generating): only the storage calls count for the load
    rate; generating the articles (their hand-built extractions: no pipeline) is timed apart,
    ten batches at a time (a stream of batches would generate them while it stores).
    """
    stored = generated = 0.0
    done = 0
    while done < articles:
        started = time.perf_counter()
        group = []
        while done < articles and len(group) < GROUP_BATCHES:
            group.append([corpus.article() for _ in range(min(BATCH_ARTICLES, articles - done))])
            done += len(group[-1])
        between = time.perf_counter()
        for _ in repository.save_batches(db, group):
            pass
        stored += time.perf_counter() - between
        generated += between - started
    return stored, generated


def _typography(text: str, rng: random.Random) -> str:
    """Vary typography the way people retype quotes: case, curly marks, end punctuation."""
    text = text.replace("'", "’") if rng.random() < 0.5 else text.replace("’", "'")
    if rng.random() < 0.5:
        text = text.lower()
    return "“" + text.rstrip(".,") + ".”" if rng.random() < 0.5 else text


def _window(words: list[str], rng: random.Random, size: int) -> list[str]:
    start = rng.randrange(0, max(1, len(words) - size + 1))
    return words[start:start + size]


def make_probes(db, corpus: Corpus, per_class: int, seed: int) -> list[tuple[str, dict]]:
    """Return (expected verdict, query) probes drawn from the stored quotes."""
    rng = random.Random(seed)
    top = next(db.query("SELECT max(id) AS n FROM quotes"))["n"]
    probes: list[tuple[str, dict]] = []
    vocabulary = [w for s in corpus.sentences[:2000] for w in s if w.isalpha() and len(w) > 3]
    while len(probes) < 4 * per_class:
        row = next(db.query(
            "SELECT q.text, s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id"
            " WHERE q.id = ?", [rng.randrange(1, top + 1)]), None)
        if row is None or len(row["text"].split()) < 10:
            continue
        words = row["text"].split()
        kind = CLASSES[len(probes) % 4]
        surname = row["name"].split()[-1]
        if kind == "supported":
            claim = " ".join(_window(words, rng, rng.randrange(10, min(len(words), 20) + 1)))
            probes.append((kind, {"quote": _typography(claim, rng), "speaker": surname}))
        elif kind == "altered":
            window = _window(words, rng, rng.randrange(10, min(len(words), 20) + 1))
            i = rng.randrange(1, len(window) - 1)
            change = rng.randrange(3)
            if change == 0:
                window[i] = rng.choice(vocabulary)
            elif change == 1:
                del window[i]
            else:
                window.insert(i, rng.choice(vocabulary))
            probes.append((kind, {"quote": _typography(" ".join(window), rng),
                                  "speaker": row["name"]}))
        elif kind == "misattributed":
            claim = " ".join(_window(words, rng, rng.randrange(10, min(len(words), 20) + 1)))
            other = rng.choice([p for p in corpus.people[:50] if p != row["name"]])
            probes.append((kind, {"quote": _typography(claim, rng), "speaker": other}))
        else:
            # Four-word pieces of four unrelated sentences: news words, no stored wording.
            pieces = [_window(rng.choice(corpus.sentences), rng, 4) for _ in range(4)]
            probes.append((kind, {"quote": " ".join(w for p in pieces for w in p)}))
    return probes


def _unwritten_mb() -> float | None:
    """Return the page cache not yet on disk (Dirty + Writeback of /proc/meminfo), in MB;
    None where there is no /proc/meminfo."""
    try:
        with open("/proc/meminfo") as f:
            kb = {k: int(v.split()[0]) for k, v in (line.split(":", 1) for line in f)}
    except (OSError, ValueError):
        return None
    return (kb.get("Dirty", 0) + kb.get("Writeback", 0)) / 1024


def settle() -> tuple[float | None, float]:
    """Write the load's pages to disk before probes are timed (os.sync), so that no
    writeback of the load runs under the timing; return the MB not yet written and the
    seconds the sync took. (Measured on 2026-11-24: 0-6 MB, no time: the checkpoint after
    the load has written it already, so writeback is not why the 1M probes timed apart run
    slower than in the alternating rounds.)"""
    unwritten = _unwritten_mb()
    started = time.perf_counter()
    os.sync()
    return unwritten, time.perf_counter() - started


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    """Return p50, p90 and p99 in milliseconds."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[89] * 1000, cuts[98] * 1000


def run_probes(call, probes) -> dict[str, dict]:
    """Time every probe; return per class the samples and the verdicts obtained."""
    out = {k: {"times": [], "verdicts": {}} for k in (*CLASSES, DATED, UNCLAIMED)}
    for expected, query in probes:
        started = time.perf_counter()
        verdict = call(query)
        out[expected]["times"].append(time.perf_counter() - started)
        out[expected]["verdicts"][verdict] = out[expected]["verdicts"].get(verdict, 0) + 1
    return out


def app_verdicts(database: Path):
    """Return a function that verifies a probe in the app on ``database`` (Flask test
    client) and returns the verdict."""
    client = create_app({"DATABASE": str(database), "SEED_ON_EMPTY": False}).test_client()

    def verdict(query):
        response = client.get("/v1/verify", query_string=query)
        assert response.status_code == 200, response.json
        return response.json["verdict"]
    return verdict


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(database: Path, port: int, workers: int) -> subprocess.Popen:
    """Start gunicorn on the bench database and wait until /healthz answers."""
    env = {**os.environ, "QUOTES_DATABASE": str(database), "QUOTES_SEED_ON_EMPTY": "false"}
    log = open(OUT / "gunicorn.log", "ab")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "service:create_app()"],
        cwd=REPO, env=env, stdout=log, stderr=log)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("gunicorn did not start; see bench-out/gunicorn.log")


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def peak_rss_mb(pid: int) -> float:
    """Return the peak resident set (VmHWM) of a process in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def lookup_work(db, probes) -> dict[str, tuple[list[int], ...]]:
    """Return, per verdict class, how many stored quotes hold each probe's three rarest words
    (the exact lookup's candidates), two or more of them (the close lookup's) and its words
    in a row (its exact matches, all of them): the quotes a verification reads or ranks.
    The generator recombines a fixed set of sentences, so each recurs ten times as often at
    ten times the quotes."""
    out: dict[str, tuple[list[int], ...]] = {}
    for kind, query in probes:
        if kind not in CLASSES:
            continue
        matcher = Matcher(query["quote"], min_similarity=0.75)
        form = " ".join(max(matcher.parts, key=len))
        frequencies = repository.word_frequencies(db, index_terms(form))
        counts = out.setdefault(kind, ([], [], []))
        if not frequencies or not all(frequencies.values()):
            for c in counts:
                c.append(0)
            continue
        terms = repository.rarest(frequencies, 3)
        if len(terms) == 3:
            holding = repository.quotes_by_pairs(db, terms)
            all_three, two = len(holding.all_three), len(holding.two_or_more)
        else:
            all_three = two = len(repository.quotes_holding(db, terms))
        exact = len(repository.find_exact(db, form, terms, speaker=None, limit=10**6,
                                          scan=10**6))
        for c, n in zip(counts, (all_three, two, exact)):
            c.append(n)
    return out


def _spread(counts: list[int]) -> str:
    ordered = sorted(counts)
    share = sum(n >= 50 for n in ordered) / len(ordered)
    return f"{ordered[len(ordered) // 2]}/{ordered[int(len(ordered) * 0.9)]}/{share:.0%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k quotes only")
    parser.add_argument("--per-class", type=int, default=300, help="probes per verdict class")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    args = parser.parse_args()

    sizes = (10_000, 100_000) if args.quick else (10_000, 100_000, 1_000_000)
    OUT.mkdir(exist_ok=True)
    database = OUT / "verify.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    sentences, origin = source_sentences()
    print(f"corpus: {origin}; {len(sentences)} sentences; seed {SEED}")
    corpus = Corpus(sentences)
    db = connect(database)
    migrate(db)
    logging.getLogger("service.requests").disabled = True   # one line per request otherwise
    in_app = app_verdicts(database)

    results, loads, memory, optimize, probes_at, copies, settled = {}, [], {}, {}, {}, {}, {}
    warmed: dict[int, dict] = {}
    stored = 0
    for size in sizes:
        seconds, generating = load(db, corpus, (size - stored) // QUOTES_PER_ARTICLE)
        loads.append((size - stored, seconds, generating))
        stored = size
        started = time.perf_counter()
        repository.optimize_quote_index(db)
        optimize[size] = time.perf_counter() - started
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        probes = make_probes(db, corpus, args.per_class, seed=size)
        probes += [(DATED, {**q, "published_after": "2019-12-31",
                            "published_before": "2100-01-01"})
                   for kind, q in probes if kind == "supported"] + \
            [(UNCLAIMED, {k: v for k, v in q.items() if k != "speaker"})
             for kind, q in probes if kind == "altered"]
        probes_at[size] = probes
        if size == sizes[-2:][0] and size != sizes[-1]:      # kept for the rounds at the end
            copies[size] = OUT / f"verify-{size}.db"
            copies[size].unlink(missing_ok=True)
            copy = sqlite3.connect(copies[size])
            db.conn.backup(copy)
            copy.close()
        settled[size] = settle()
        run_probes(in_app, probes[:40])                       # warm caches
        results[(size, "app")] = run_probes(in_app, probes)
        # Again after a pass of other probes, on probes not asked before: a service that has
        # been answering queries for a while, without having seen these ones (the first
        # pass, 40 probes after the load, meets the file cache as the load left it)
        run_probes(in_app, [(k, q) for k, q in make_probes(db, corpus, args.per_class,
                                                           seed=size + 1)])
        warmed[size] = run_probes(in_app, make_probes(db, corpus, args.per_class,
                                                      seed=size + 2))
        port = free_port()
        server = start_gunicorn(database, port, args.workers)
        try:
            def over_http(query):
                url = f"http://127.0.0.1:{port}/v1/verify?" + urllib.parse.urlencode(
                    {k: v for k, v in query.items() if v is not None})
                with urllib.request.urlopen(url, timeout=30) as response:
                    return json.loads(response.read())["verdict"]
            run_probes(over_http, probes[:40])
            results[(size, "http")] = run_probes(over_http, probes)
            workers = children(server.pid)
            memory[size] = max(peak_rss_mb(p) for p in workers) if workers else 0.0
        finally:
            server.terminate()
            server.wait(timeout=30)
        print(f"  {size:>9,} quotes loaded ({stored // QUOTES_PER_ARTICLE:,} articles), "
              f"file {database.stat().st_size / 2**20:,.0f} MB", flush=True)

    print()
    print(f"{'quotes':>9} {'via':<5} {'class':<16} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7}"
          f"  verdicts obtained")
    for (size, via), by_class in results.items():
        for kind in (*CLASSES, DATED, UNCLAIMED):
            p50, p90, p99 = percentiles(by_class[kind]["times"])
            got = ", ".join(f"{v} {n}" for v, n in sorted(by_class[kind]["verdicts"].items()))
            print(f"{size:>9,} {via:<5} {kind:<16} {p50:7.2f} {p90:7.2f} {p99:7.2f}  {got}")
    total = sum(n for n, _, _ in loads)
    seconds = sum(s for _, s, _ in loads)
    print()
    print("load, timing repository.save_batches only (1,000 articles of hand-built extractions"
          " per batch and transaction; generating the articles is not timed): " +
          "; ".join(f"{n:,} quotes in {s:.1f} s = {n / s:,.0f}/s (generating them {g:.1f} s)"
                    for n, s, g in loads) + f"; overall {total / seconds:,.0f} quotes/s")
    print("index optimize after each load (merge FTS5 segments): " +
          ", ".join(f"{size:,} quotes {s:.1f} s" for size, s in optimize.items()))
    print("written to disk before timing (os.sync; MB not yet written, seconds): " + ", ".join(
        f"{size:,} quotes {'?' if mb is None else f'{mb:,.0f}'} MB {s:.1f} s"
        for size, (mb, s) in settled.items()))
    print("peak RSS of a gunicorn worker (VmHWM): " +
          ", ".join(f"{size:,} quotes {mb:.0f} MB" for size, mb in memory.items()))
    if len(sizes) > 1:
        a, b = sizes[-2], sizes[-1]
        growth = ", ".join(
            f"{k} {percentiles(results[(b, 'app')][k]['times'])[0] / percentiles(results[(a, 'app')][k]['times'])[0]:.2f}x"
            for k in CLASSES)
        print(f"p50 growth {a:,} -> {b:,} (app): {growth}")
        print(f"\nin the app after a pass of {4 * args.per_class} other probes, on probes not "
              "asked before (p50 / p99 ms):")
        for size, by_class in warmed.items():
            print(f"{size:>9,} " + ", ".join(
                f"{k} {percentiles(by_class[k]['times'])[0]:.2f} / "
                f"{percentiles(by_class[k]['times'])[2]:.2f}" for k in CLASSES))
        print(f"p50 growth {a:,} -> {b:,} so warmed (app): " + ", ".join(
            f"{k} {percentiles(warmed[b][k]['times'])[0] / percentiles(warmed[a][k]['times'])[0]:.2f}x"
            for k in CLASSES))
        _interleaved(copies[a], a, probes_at[a], database, b, probes_at[b])
        # Untimed, last: reading what the probes read would warm the file cache for them.
        print("\nstored quotes a probe's lookups read or rank, what the latency grows with"
              " (p50/p90/share of probes with 50 or more): holding its three rarest words;"
              " two or more of them; its words in a row")
        for size, path in ((a, copies[a]), (b, database)):
            by_class = lookup_work(connect(path), probes_at[size])
            print(f"{size:>9,} " + ", ".join(
                f"{k} {'; '.join(map(_spread, counts))}" for k, counts in by_class.items()))


def _interleaved(small_db: Path, small: int, small_probes, large_db: Path, large: int,
                 large_probes, rounds: int = 6) -> None:
    """Time the probes of two sizes in the app in alternating rounds, and print p50/p99
    per class for both and the growth: the machine's drift then weighs on both alike."""
    databases = {small: small_db, large: large_db}
    probes = {small: [(k, q) for k, q in small_probes if k in CLASSES],
              large: [(k, q) for k, q in large_probes if k in CLASSES]}
    calls = {size: app_verdicts(path) for size, path in databases.items()}
    for size, call in calls.items():
        run_probes(call, probes[size][:40])                   # warm caches
    samples = {size: {k: [] for k in CLASSES} for size in databases}
    for r in range(rounds):
        for size in (small, large) if r % 2 == 0 else (large, small):
            timed = run_probes(calls[size], probes[size][r::rounds])
            for kind in CLASSES:
                samples[size][kind] += timed[kind]["times"]
    p50 = {size: {k: percentiles(v)[0] for k, v in by.items()} for size, by in samples.items()}
    p99 = {size: {k: percentiles(v)[2] for k, v in by.items()} for size, by in samples.items()}
    print(f"\ninterleaved: {small:,} and {large:,} quotes in {rounds} alternating rounds"
          " in the app")
    print(f"{'class':<16} {small:>9,} p50/p99 ms {large:>9,} p50/p99 ms  p50 growth")
    for k in CLASSES:
        print(f"{k:<16} {p50[small][k]:9.2f} / {p99[small][k]:5.2f}  "
              f"{p50[large][k]:9.2f} / {p99[large][k]:5.2f}  {p50[large][k] / p50[small][k]:9.2f}x")


if __name__ == "__main__":
    main()
