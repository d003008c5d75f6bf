"""Verification on real news: store annotated articles through the API, then ask about their
gold quotes the way a newsroom would, and count the verdicts against the ones expected.

The gold file (default ../shared/eval/polnear_dev.jsonl; any file in score.py's format) gives
each article's direct quotes and speakers. Its articles are stored with POST /v1/articles (the
pipeline finds and attributes the quotes; nothing from the gold is stored), then every claim
below goes to GET /v1/verify through the Flask test client:

- ``supported``: a gold quote of a named speaker, word for word, claimed for that speaker;
- ``retyped``: the same retyped (lower case, straight marks, end punctuation dropped), which
  must also be ``supported``;
- ``fragment``: five to eight words from inside a gold quote of 12 words or more, with no
  speaker claimed, which must be ``supported``;
- ``joined``: two gold quotes in a row of one named speaker in one paragraph (a split quote,
  "A," she said, "B.", or a quote and the one going on with it) claimed as one, which must
  be ``supported``;
- ``altered``: the same with one word in the middle changed, dropped or added (quotes of 8
  words or more; never a word next to an editor's ellipsis or brackets, where a word left
  out is no misquote), which must be ``altered``;
- ``misspelt``: the same with three words of five letters or more mistyped (a letter
  dropped or two swapped; quotes of 8 words or more), which must be ``altered``;
- ``misspelt_speaker``: a gold quote word for word, claimed for its speaker with one word
  of the name, of five letters or more, mistyped as ``misspelt`` mistypes (the only change,
  so the name must be no one's as written: the claim is dropped if it is another gold
  speaker's name word): ``supported``, the verdict reading the name as the gold speaker's;
- ``misattributed``: the same claimed for a named speaker of another article who shares no
  name word with the gold speaker, which must be ``misattributed``, naming the gold speaker
  among the actual speakers;
- ``pasted``: a gold quote pasted with an attribution to its gold speaker ("“…,” Ann
  Smith said."), no speaker claimed apart: ``supported``, the claim read as
  the quote said by a name that matches the gold speaker;
- ``pasted_other``: the same attributed to the other article's speaker of
  ``misattributed``: ``misattributed``, naming the gold speaker;
- ``not_found``: a sentence of the articles' own narration (8 to 25 words, no quote mark, no
  overlap with a quote or an ignored span), which no stored quote holds: ``not_found``.

Last, each article's own text is sent to POST /v1/verify/draft: every quote the pipeline
finds in it is stored, so each should come back supported; the verdicts and the time per
draft are printed.

A claim counts as right when its verdict is the expected one and, but for not_found, the
best match is in the gold article (or one with the same text). The wrong answers are written
to bench-out/verify-accuracy-errors.jsonl with the verdict, the best match and the gold.

A speaker "matches" as score.py decides (every word of the shorter name in the longer one,
titles dropped). Claims are built reproducibly (fixed seed).

    .venv/bin/python bench/verify_accuracy.py [--gold GOLD.jsonl] [--scorer score.py] [--errors N]
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

import regex
from harness import DEFAULT_GOLD, DEFAULT_SCORER, REPO, load_gold, load_scorer, require

from service import create_app

OUT = REPO / "bench-out"
SEED = 20261123
CLASSES = ("supported", "retyped", "fragment", "joined", "altered", "misspelt",
           "misspelt_speaker", "misattributed", "pasted", "pasted_other", "not_found")
RIGHT_SPEAKER = ("supported", "retyped", "fragment", "joined", "altered", "misspelt", "pasted",
                 "misspelt_speaker")
_SENTENCE = regex.compile(r"[^.!?\n]+[.!?]")
_QUOTE_MARKS = set("\"“”‘’'`«»")
# Words that replace or join a claim's word in an altered claim: common in news, so that the
# change reads as a plausible misquote.
_SWAPS = ("really", "never", "always", "very", "not", "all", "public", "great", "new", "strong",
          "people", "country", "today", "clearly", "simply")


def _retype(text: str, rng: random.Random) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return text.rstrip(".,;:!?\"' ") if rng.random() < 0.5 else text


def _editorial(word: str) -> bool:
    """Tell whether a word of a gold quote is or touches an editor's mark: a word changed
    next to an ellipsis or in brackets is a word left out or the editor's, not a misquote."""
    return any(c in word for c in "[]…") or word.strip(".") == ""


def _alter(words: list[str], rng: random.Random) -> list[str] | None:
    """Return the words with one in the middle changed, dropped or added, away from the
    editor's marks; None if every middle word is next to one."""
    words = list(words)
    places = [i for i in range(2, len(words) - 2)
              if any(c.isalnum() for c in words[i])      # a word, not a dash
              and not any(map(_editorial, words[i - 1:i + 2]))]
    if not places:
        return None
    i = rng.choice(places)
    change = rng.randrange(3)
    if change == 0:
        words[i] = rng.choice([w for w in _SWAPS if w != words[i].lower()])
    elif change == 1:
        del words[i]
    else:
        words.insert(i, rng.choice(_SWAPS))
    return words


def _misspell(words: list[str], rng: random.Random, slips: int = 3) -> list[str] | None:
    """Return the words with ``slips`` words of five letters or more each missing one inner
    letter or with two inner letters swapped, as quick typing does; None if there are too
    few such words."""
    places = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if len(places) < slips:
        return None
    words = list(words)
    for i in rng.sample(places, slips):
        w, k = words[i], rng.randrange(1, len(words[i]) - 2)
        words[i] = w[:k] + w[k + 1:] if rng.random() < 0.5 else w[:k] + w[k + 1] + w[k] + w[k + 2:]
    return words


def narration(doc: dict) -> list[str]:
    """Sentences of the article's own narration: no quote mark, outside quotes and ignores."""
    text = doc["text"]
    taken = [(q["start"] - 1, q["end"] + 1) for q in doc["quotes"]] + \
        [(s["start"], s["end"]) for s in doc.get("ignore", [])]
    first_line = text.find("\n")
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        sentence = m.group().strip()
        if s <= first_line or any(c in _QUOTE_MARKS for c in sentence):
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        if 8 <= len(sentence.split()) <= 25:
            out.append(sentence)
    return out


def build_claims(docs: list[dict], rng: random.Random) -> list[tuple[str, dict, dict]]:
    """Return (class, query, gold) triples."""
    named = [(d["id"], q["speaker"]) for d in docs for q in d["quotes"]
             if q.get("speaker_is_named") and q.get("speaker")]
    name_words = {w.lower() for _, s in named for w in s.split()}
    # its own generator: the other classes' claims are the same with or without it
    slips = random.Random(SEED + 1)
    claims = []
    for doc in docs:
        for q in doc["quotes"]:
            speaker, words = q.get("speaker"), q["text"].split()
            if not (q.get("speaker_is_named") and speaker) or len(words) < 3:
                continue
            gold = {"doc": doc["id"], "speaker": speaker, "text": q["text"]}
            claims.append(("supported", {"quote": q["text"], "speaker": speaker}, gold))
            claims.append(("retyped", {"quote": _retype(q["text"], rng), "speaker": speaker},
                           gold))
            if len(words) >= 12:
                size = rng.randrange(5, 9)
                at = rng.randrange(1, len(words) - size)
                claims.append(("fragment", {"quote": " ".join(words[at:at + size])}, gold))
            altered = _alter(words, rng) if len(words) >= 8 else None
            if altered is not None:
                claims.append(("altered", {"quote": " ".join(altered), "speaker": speaker},
                               gold))
            misspelt = _misspell(words, rng) if len(words) >= 8 else None
            if misspelt is not None:
                claims.append(("misspelt", {"quote": " ".join(misspelt), "speaker": speaker},
                               gold))
            mistyped = _misspell(speaker.split(), slips, slips=1)
            if mistyped is not None and not {w.lower() for w in mistyped} - \
                    {w.lower() for w in speaker.split()} <= name_words:
                claims.append(("misspelt_speaker", {"quote": q["text"],
                                                    "speaker": " ".join(mistyped)}, gold))
            others = [s for d, s in named if d != doc["id"]
                      and not set(s.lower().split()) & set(speaker.lower().split())]
            other = rng.choice(others)
            claims.append(("misattributed", {"quote": q["text"], "speaker": other}, gold))
            quoted = q["text"].rstrip(".,")
            claims.append(("pasted", {"quote": f"“{quoted},” {speaker} said."}, gold))
            claims.append(("pasted_other", {"quote": f"“{quoted},” {other} said."}, gold))
        quotes = sorted(doc["quotes"], key=lambda q: q["start"])
        for first, second in zip(quotes, quotes[1:]):
            between = doc["text"][first["end"]:second["start"]]
            if first.get("speaker_is_named") and first.get("speaker") and \
                    first.get("speaker") == second.get("speaker") and \
                    "\n" not in between and len(between) < 80:
                claims.append(("joined", {"quote": f"{first['text']} {second['text']}",
                                          "speaker": first["speaker"]},
                               {"doc": doc["id"], "speaker": first["speaker"],
                                "text": f"{first['text']} {second['text']}"}))
        for sentence in rng.sample(narration(doc), min(2, len(narration(doc)))):
            claims.append(("not_found", {"quote": sentence}, {"doc": doc["id"]}))
    return claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER,
                        help="score.py, for its speaker comparison")
    parser.add_argument("--errors", type=int, default=5, help="wrong answers shown per class")
    args = parser.parse_args()
    require(args.gold, args.scorer)
    speaker_match = load_scorer(args.scorer).speaker_match   # score.py's rule, not a copy
    docs = load_gold(args.gold)
    logging.getLogger("service.requests").disabled = True
    with tempfile.TemporaryDirectory() as tmp:
        client = create_app({"DATABASE": str(Path(tmp) / "accuracy.db"),
                             "SEED_ON_EMPTY": False}).test_client()
        article_of: dict[str, int] = {}
        for doc in docs:
            title = doc.get("meta", {}).get("title") or doc["text"].split("\n", 1)[0][:200]
            r = client.post("/v1/articles", json={"title": title, "text": doc["text"],
                                                  "url": f"https://gold.example/{doc['id']}"})
            assert r.status_code in (200, 201), r.json
            article_of[doc["id"]] = r.json["id"]
        same_text = Counter(d["text"] for d in docs)
        claims = build_claims(docs, random.Random(SEED))
        tally = {k: Counter() for k in CLASSES}
        errors = []
        for kind, query, gold in claims:
            r = client.get("/v1/verify", query_string=query)
            assert r.status_code in (200, 422), (query, r.json)
            # 422: read as quotes of several speakers (counted wrong, as "422")
            answer = r.json if r.status_code == 200 else {
                "verdict": "422", "matches": [], "read_as": None, "actual_speakers": []}
            verdict = answer["verdict"]
            best = answer["matches"][0] if answer["matches"] else None
            expected = "supported" if kind in ("retyped", "fragment", "joined", "pasted",
                                               "misspelt_speaker") \
                else "altered" if kind == "misspelt" \
                else "misattributed" if kind == "pasted_other" else kind
            right = verdict == expected
            if right and kind != "not_found":
                in_gold = best is not None and (
                    best["article"]["id"] == article_of[gold["doc"]]
                    or same_text[next(d["text"] for d in docs if d["id"] == gold["doc"])] > 1)
                right = in_gold
            if right and kind == "pasted":
                read = answer["read_as"]
                right = read is not None and read["speaker"] is not None \
                    and speaker_match(gold["speaker"], read["speaker"])
            if right and kind in ("misattributed", "pasted_other"):
                right = any(speaker_match(gold["speaker"], s["name"])
                            for s in answer["actual_speakers"])
            tally[kind]["right" if right else f"got {verdict}"] += 1
            if not right:
                errors.append({"class": kind, "verdict": verdict, "query": query, "gold": gold,
                               "best": None if best is None else {
                                   "text": best["text"], "speaker": best["speaker"]["name"]
                                   if best.get("speaker") else None,
                                   "similarity": best["similarity"]},
                               "actual_speakers": [s["name"] for s in
                                                   answer.get("actual_speakers") or []]})
        # Each stored article's own text as a draft: every quote the pipeline finds in it is
        # stored, so each must come back supported, said by the speaker the draft gives.
        drafted, draft_verdicts, draft_ms = 0, Counter(), []
        for doc in docs:
            started = time.perf_counter()
            r = client.post("/v1/verify/draft", json={"text": doc["text"]})
            draft_ms.append((time.perf_counter() - started) * 1000)
            assert r.status_code == 200, r.json
            drafted += len(r.json["quotes"])
            draft_verdicts.update(q["verdict"] for q in r.json["quotes"])
    OUT.mkdir(exist_ok=True)
    with (OUT / "verify-accuracy-errors.jsonl").open("w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"{len(docs)} articles of {args.gold.name} stored through POST /v1/articles; "
          f"{len(claims)} claims through GET /v1/verify")
    print(f"{'class':<14} {'claims':>6} {'right':>7}  wrong answers")
    for kind in CLASSES:
        n = sum(tally[kind].values())
        wrong = ", ".join(f"{k} {v}" for k, v in tally[kind].most_common() if k != "right")
        print(f"{kind:<14} {n:6} {tally[kind]['right'] / n:7.3f}  {wrong}")
    accused = sum(tally[k]["got misattributed"] for k in RIGHT_SPEAKER)
    asked = sum(sum(tally[k].values()) for k in RIGHT_SPEAKER)
    print(f"claims for the gold speaker answered misattributed: {accused} of {asked}"
          f" ({accused / asked:.1%}); answered unattributed (the stored quotes name nobody): "
          f"{sum(tally[k]['got unattributed'] for k in RIGHT_SPEAKER)}")
    total = sum(sum(t.values()) for t in tally.values())
    print(f"{'all':<14} {total:6} {sum(t['right'] for t in tally.values()) / total:7.3f}")
    print(f"wrong answers: {OUT / 'verify-accuracy-errors.jsonl'}")
    draft_ms.sort()
    print(f"drafts: the {len(docs)} articles' own texts through POST /v1/verify/draft, "
          f"{drafted} quotes: " + ", ".join(f"{k} {v}" for k, v in draft_verdicts.most_common())
          + f"; per draft p50 {draft_ms[len(draft_ms) // 2]:.1f} ms, max {draft_ms[-1]:.1f} ms")
    for kind in CLASSES:
        for e in [e for e in errors if e["class"] == kind][:args.errors]:
            print(f"  {kind}: got {e['verdict']}; claimed {e['query']}; gold {e['gold']}; "
                  f"best {e['best']}; actual {e['actual_speakers']}")


if __name__ == "__main__":
    main()
