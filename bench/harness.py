"""Shared pieces of the bench scripts: find the eval set, load score.py, shape predictions."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
DEFAULT_GOLD = SHARED_EVAL / "polnear_dev.jsonl"
DEFAULT_SCORER = SHARED_EVAL / "score.py"

if str(REPO) not in sys.path:      # run as `python bench/x.py` from anywhere, installed or not
    sys.path.insert(0, str(REPO))


def require(*paths: Path) -> None:
    """Exit with status 2 and a clear message if any of ``paths`` is missing."""
    missing = [str(p) for p in paths if not Path(p).is_file()]
    if missing:
        print("missing: " + ", ".join(missing) + "\n"
              "The annotated eval set and score.py live in ../shared/eval beside the repository "
              "and are not part of a clone; pass --gold and --scorer to point at them.",
              file=sys.stderr)
        sys.exit(2)


def load_scorer(path: Path):
    """Import score.py from its file path."""
    spec = importlib.util.spec_from_file_location("quote_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(path: Path) -> list[dict]:
    """Read one JSON document per non-empty line."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pred_record(doc: dict, quotes: list[dict]) -> dict:
    """One prediction line in the scorer's format."""
    return {"id": doc["id"], "source": doc.get("source"), "text": doc["text"], "quotes": quotes}


def extraction_quotes(text: str, ex) -> list[dict]:
    """Turn an Extraction into scorer quotes: one per paragraph part, NON_SPEECH dropped."""
    from service.pipeline.model import QuoteKind

    out = []
    for q in ex.quotes:
        if q.kind == QuoteKind.NON_SPEECH:
            continue
        speaker = ex.speaker(q.speaker) if q.speaker is not None else None
        name = speaker.name if speaker is not None else None
        for part in q.parts or ((q.start, q.end),):
            s, e = (part.start, part.end) if hasattr(part, "start") else part
            out.append({"start": s, "end": e, "text": text[s:e], "speaker": name})
    return out


def write_jsonl(path: Path, records: list[dict]) -> None:
    """Write ``records`` one per line, creating the parent folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
