"""Verify: is a claimed quote in a stored article, in those words, said by that speaker?"""
from __future__ import annotations

import json
from typing import Any, Mapping

import orjson
from flask import Response, current_app, jsonify
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import RAISE
from sqlite_utils import Database

from schemas.verify import VerifyDraftIn, VerifyDraftOut, VerifyIn, VerifyOut, VerifyQueryArgs

from .. import repository
from ..db import get_db
from ..pipeline import extract
from ..pipeline.claims import SeveralSpeakers, named, read_attribution
from ..pipeline.identity import claimed_name_words, spelt_alike
from ..pipeline.matching import (
    CLOSE,
    EXACT,
    FAR,
    STOPWORDS,
    Alignment,
    Matcher,
    index_terms,
    prepare_form,
)
from .blueprint import Blueprint
from .extract import speaker_ref
from .quotes import paragraph_context

blp = Blueprint("verify", __name__, url_prefix="/v1/verify",
                description="Check a claimed quote against every stored article.")


def _close_terms(frequencies: Mapping[str, int], count: int) -> list[str]:
    """Return the ``count`` rarest stored words of a claim to look up close quotes by.

    Function words only when the claim has fewer than two other stored words.
    """
    content = {w: n for w, n in frequencies.items() if w not in STOPWORDS and len(w) > 1}
    terms = repository.rarest(content, count)
    return terms if len(terms) >= 2 else repository.rarest(frequencies, count)


def _shared(exact: list[str], close: list[str], frequencies: Mapping[str, int],
            scan: int) -> bool:
    """Tell whether the exact and close lookups can share their index lookups: the quotes
    holding the two rarest of the same three words (``repository.quotes_holding``) or all
    three, for the exact lookup to look among, and for the close lookup to know the quotes
    holding all three and two or more (``quotes_by_pairs``, with one more lookup when it
    is given the first).

    The close lookup ranks the quotes holding all three first, and needs the set complete:
    it is when every pair of the words (each holds one of the two rarest) is in at most
    ``scan`` quotes, so no lookup stops at ``scan``.
    """
    return len(close) == 3 and exact == close and frequencies[close[1]] <= scan


_UNALIGNED = Alignment(FAR, 0.0, 0, 0, ())


def _score(rows: list[dict], matcher: Matcher, speaker: str | None,
           contained: int = 0) -> list[dict]:
    """Align the rows with the claim, say whose speaker is the claimed one; return them.

    The first ``contained`` rows hold the claim's words in a row (the exact lookup checked
    it): their alignment is found by a substring search. Of the others, rows the alignment
    can prove far and less similar than the most similar one are not aligned
    (Matcher.align_best): they decide nothing and are never shown.
    """
    for row in rows[:contained]:
        row["alignment"] = matcher.align_contained(row["norm"]) or \
            matcher.align_prepared(prepare_form(row["norm"]))
    rest = rows[contained:]
    best = 1.0 if contained else -1.0
    for row, alignment in zip(rest, matcher.align_best(
            [prepare_form(row["norm"]) for row in rest], best=best)):
        row["alignment"] = alignment or _UNALIGNED
    for row in rows:
        # null when no speaker is claimed, or when the stored quote names none
        row["speaker_match"] = None if row["claimed"] in (None, repository.SPEAKER_UNKNOWN) \
            else bool(row["claimed"])
    return rows


def _second_look(db: Database, pool: repository.Candidates, seen: set[int],
                 matcher: Matcher, speaker: str | None, close: dict) -> list[dict]:
    """Return the close candidates read and aligned after the first ones held nothing close.

    More quotes than were read may hold all the words looked up (a wording quoted in many
    articles, each cut differently): of those, the ones holding enough of the claim's words
    to be close (``Matcher.bound_form``) are read, the most first.
    """
    rest = {i: at for at, i in enumerate(
        i for i in pool.ranked if i in pool.holding_all and i not in seen)}
    if not rest:
        return []
    likely = sorted((-bound, rest[i], i) for i, form in repository.quote_forms(db, list(rest))
                    if (bound := matcher.bound_form(form)) >= matcher.min_similarity)
    return _score(repository.close_rows(db, [i for _, _, i in likely], **close),
                  matcher, speaker) if likely else []


def _misspelt(rows: list[dict], matcher: Matcher, config: Mapping[str, Any]) -> None:
    """Align again, reading misspelt words as the stored ones (``Matcher.align_misspelt``),
    the VERIFY_MISSPELT_CANDIDATES most similar quotes read (at least
    VERIFY_MISSPELT_MIN_SIMILARITY), when none is exact or close: a claim retyped with a few
    slips ("rebuld", "harbor", "were" for "we're") is then close. (The quotes the alignment
    left unaligned share fewer words with the claim than the one aligned first.)"""
    floor = config["VERIFY_MISSPELT_MIN_SIMILARITY"]
    likely = sorted((r for r in rows if r["alignment"].similarity >= floor),
                    key=lambda r: (-r["alignment"].similarity, r["id"]))
    for row in likely[:config["VERIFY_MISSPELT_CANDIDATES"]]:
        alignment = matcher.align_misspelt(prepare_form(row["norm"]))
        if alignment is not None and alignment.similarity > row["alignment"].similarity:
            row["alignment"] = alignment


def _joined(db: Database, rows: list[dict], matcher: Matcher,
            config: Mapping[str, Any]) -> list[dict]:
    """Return the quotes read joined to the one before or after them by the same speaker,
    when the claim is closer to the two together: a split quote ("A," she said, "B.") or
    two quotes in a row are often quoted as one ("A B").

    Looked at when no quote read is exact: the VERIFY_JOIN_CANDIDATES most similar ones
    (at least VERIFY_JOIN_MIN_SIMILARITY) shorter than the claim. With three rarest words
    looked up, one half of a claim cut in two holds two of them, so it is among the close
    candidates.
    """
    words = len(matcher.claim.surface)
    base = sorted((r for r in rows
                   if r["alignment"].similarity >= config["VERIFY_JOIN_MIN_SIMILARITY"]
                   and r["norm"].count(" ") + 1 < words),
                  key=lambda r: -r["alignment"].similarity)[:config["VERIFY_JOIN_CANDIDATES"]]
    if not base:
        return []
    by_id = {r["id"]: r for r in base}
    out: dict[tuple[int, int], dict] = {}
    for row_id, side, other, form in repository.same_speaker_neighbours(db, list(by_id)):
        row = by_id[row_id]
        ids = (row_id, other) if side > 0 else (other, row_id)
        if ids in out or not form:
            continue
        joined = f"{row['norm']} {form}" if side > 0 else f"{form} {row['norm']}"
        alignment = matcher.align_prepared(prepare_form(joined))
        if alignment.level != FAR and alignment.similarity > row["alignment"].similarity:
            out[ids] = {**row, "id": ids[0], "quote_ids": list(ids), "norm": joined,
                        "alignment": alignment}
    return list(out.values())


def _respelt_speaker(db: Database, rows: list[dict], speaker: str | None) -> dict | None:
    """Take a stored speaker whose name the claimed one mistypes for the claimed speaker.

    When the words are found (exact or close) but none of those quotes is the claimed
    speaker's, one of their speakers has an alias holding the claimed name with one word
    mistyped (``spelt_alike``: "Hilary Clinton" for Hillary Clinton), and no stored
    speaker's alias holds the claimed name as written (that would be someone else), that
    speaker's quotes count as the claimed speaker's. Two speakers spelt alike is a guess:
    none is taken. Return {claimed, stored}: the name as claimed and the alias it was read
    as; None when no speaker is taken.
    """
    found = [r for r in rows if r["alignment"].level in (EXACT, CLOSE)]
    if speaker is None or any(r["speaker_match"] for r in found):
        return None
    others: dict[int, list[dict]] = {}     # by (first) quote id: a joined match shares it
    for row in found:
        if row["speaker_match"] is False:
            others.setdefault(row["id"], []).append(row)
    if not others:
        return None
    words = claimed_name_words(speaker)
    speakers = repository.speaker_aliases_of(db, list(others))
    alike: dict[int, list[tuple[int, str]]] = {}      # (words, alias) of each speaker
    # each speaker once, however many of the quotes found are theirs
    for speaker_id, aliases in dict(speakers.values()).items():
        spelt = [(len(norm.split()), alias) for alias, norm in aliases
                 if spelt_alike(words, norm)]
        if spelt:
            alike[speaker_id] = spelt
    if len(alike) != 1 or repository.names_a_speaker(db, words):
        return None
    ((speaker_id, spelt),) = alike.items()
    alias = min(spelt)[1]           # the shortest: "Okafor" for "Okafr", not "Jane Okafor"
    for quote_id, (of, _) in speakers.items():
        for row in others[quote_id] if of == speaker_id else ():
            row["claimed"], row["speaker_match"] = 1, True
    return {"claimed": speaker, "stored": alias}


def _speaker_rank(row: dict) -> int:
    """0: said by the claimed speaker, or none is claimed; 1: by someone else; 2: the stored
    quote names no speaker, so it neither confirms nor contradicts the claimed one."""
    return 2 if row["claimed"] == repository.SPEAKER_UNKNOWN else int(row["speaker_match"] is False)


def _verdict(matches: list[dict]) -> str:
    ranks = {(r["alignment"].level == EXACT, _speaker_rank(r)) for r in matches}
    if (True, 0) in ranks:
        return "supported"
    if (False, 0) in ranks:
        return "altered"
    if (True, 1) in ranks or (False, 1) in ranks:
        return "misattributed"
    return "unattributed" if matches else "not_found"


def _rank(row: dict) -> tuple:
    """Best match first: claimed speaker (then someone else, then no one named), exact
    words, similarity, sourcing, earliest."""
    published = row["published_at"]
    return (_speaker_rank(row), row["alignment"].level != EXACT,
            -row["alignment"].similarity, -(row["sourcing_level"] if row["sourcing_level"]
                                            is not None else -1),
            published is None, published or "", row["id"])


def _mark_first_appearances(matches: list[dict]) -> None:
    """Mark the earliest published match of each wording (ties: lowest article id)."""
    first: dict[str, dict] = {}   # by stored normal form
    for row in matches:
        row["first_appearance"] = False
        key = row["norm"]
        best = first.get(key)
        if best is None or (row["published_at"] is not None and (
                best["published_at"] is None or
                (row["published_at"], row["article_id"]) <
                (best["published_at"], best["article_id"]))):
            first[key] = row
    for row in first.values():
        row["first_appearance"] = True


def _speaker(row: dict) -> dict | None:
    if row["speaker_id"] is None:
        return None
    return {"id": row["speaker_id"], "name": row["speaker_name"], "type": row["speaker_type"],
            "role": row["speaker_role"]}


def _signals(sourcing: str | None) -> dict:
    """Return the signals of a stored grade's JSON; parsed by orjson (0.7 us, json.loads
    4.8 us: a verification shows up to eleven quotes)."""
    if not sourcing:
        return {}
    try:
        return orjson.loads(sourcing)["signals"]
    except orjson.JSONDecodeError:     # NaN or a lone surrogate, as json.dumps once stored
        return json.loads(sourcing)["signals"]


def _with_whole(row: dict, whole: dict[int, dict]) -> dict | None:
    """Return a match with what is shown of it (``repository.quote_rows``); the quotes a
    joined match spans give their words joined, from the first one's start to the last
    one's end. None if one was deleted since it was found."""
    ids = row.get("quote_ids", (row["id"],))
    if any(i not in whole for i in ids):
        return None
    out = {**row, **whole[ids[0]], "quote_ids": list(ids)}
    if len(ids) > 1:
        out.update(text=" ".join(whole[i]["text"] for i in ids), end=whole[ids[-1]]["end"])
    return out


def _match_out(row: dict) -> dict:
    alignment = row["alignment"]
    signals = _signals(row["sourcing"])
    return {
        "article": {"id": row["article_id"], "title": row["title"], "url": row["url"],
                    "outlet": row["outlet"], "published_at": row["published_at"]},
        "quote_id": row["id"], "quote_ids": row["quote_ids"], "text": row["text"],
        "start": row["start"], "end": row["end"],
        "context": paragraph_context(row["article_text"], row["start"], row["end"]),
        "speaker": _speaker(row), "speaker_match": row["speaker_match"],
        "sourcing": None if row["sourcing_level"] is None else {
            "level": row["sourcing_level"], "label": row["sourcing_label"], "signals": signals},
        "level": alignment.level, "similarity": alignment.similarity,
        "diff": [{"op": d.op, "stored": list(d.stored), "claimed": list(d.claimed)}
                 for d in alignment.diff],
        "first_appearance": row.get("first_appearance", False),
    }


class SeveralSpeakersClaim(ValueError):
    """A claim pasted with quotes of more than one speaker: there is no one quote to check."""

    def __init__(self, speakers: tuple[str, ...]) -> None:
        super().__init__(
            f"The quote holds quotes attributed to {len(speakers)} speakers "
            f"({'; '.join(speakers)}): verify one at a time, or send the text to "
            "POST /v1/verify/draft, which checks every quote of a text.")
        self.speakers = speakers


def verify_quote(db: Database, claim: str, *, speaker: str | None = None,
                 published_before: str | None = None, published_after: str | None = None,
                 config: Mapping[str, Any], pasted: bool = True) -> dict:
    """Return the verdict on a claimed quote with the stored quotes that decide it.

    Two index lookups, each on the claim's rarest words by stored frequency, the claimed
    speaker's quotes first. The first finds the quotes holding the claim's words in a row
    (its longest part, when ellipses or an editor's brackets cut it; skipped when a claim
    word is in no stored quote): the VERIFY_MAX_MATCHES best, the most that can be shown,
    since all are exact and ranked as the lookup ranks them (a cut claim: the
    FUZZY_MAX_CANDIDATES best, which the alignment may find close); the second the
    FUZZY_CLOSE_CANDIDATES quotes holding the most of its FUZZY_CLOSE_WORDS rarest content
    words (two at least), for the word alignment to call close or far; it is skipped when
    VERIFY_MAX_MATCHES exact quotes not said by someone else fill the matches already. When
    both look up the same three words, the index is read once for both (``_shared``). When
    none of the quotes read is exact or close, the other quotes holding all of those words
    that hold enough of the claim's words to be close are read too (a second look).

    A claim pasted with its attribution ("“…,” Trump said") is checked as its quoted words,
    said by the speaker it names unless ``speaker`` is given (``read_attribution``); not
    when ``pasted`` is false (a quote found by the pipeline: its words are the claim).
    """
    reading = read_attribution(claim) if pasted else None
    if isinstance(reading, SeveralSpeakers):
        raise SeveralSpeakersClaim(reading.speakers)
    answer = {"verdict": None, "quote": claim, "speaker": speaker,
              "read_as": None if reading is None else
              {"quote": reading.quote, "speaker": reading.speaker}}
    if reading is not None:
        claim, speaker = reading.quote, speaker if speaker is not None else reading.speaker
    matcher = Matcher(claim, min_similarity=config["FUZZY_MIN_SIMILARITY"])
    frequencies = repository.word_frequencies(db, index_terms(" ".join(matcher.claim.surface)))
    uncut = len(matcher.parts) == 1
    lookup = {"speaker": speaker, "limit": config["VERIFY_MAX_MATCHES"] if uncut else
              max(config["FUZZY_MAX_CANDIDATES"], config["VERIFY_MAX_MATCHES"]),
              "scan": config["VERIFY_MAX_SCANNED"], "published_before": published_before,
              "published_after": published_after}
    candidates: list[dict] = []
    pool = None
    close_terms = _close_terms(frequencies, config["FUZZY_CLOSE_WORDS"])
    both = holding = None
    if frequencies and all(frequencies.values()):
        # The claim's words in a row; cut by "…" or "[…]" marks, its longest part's
        form = " ".join(max(matcher.parts, key=len))
        terms = repository.rarest({w: frequencies[w] for w in index_terms(form)},
                                  config["FUZZY_RARE_WORDS"])
        if _shared(terms, close_terms, frequencies, config["VERIFY_MAX_SCANNED"]):
            # A claimed speaker's close quotes are looked for unless VERIFY_MAX_MATCHES
            # exact ones are theirs: both index lookups at once. Without one, the close
            # lookup is skipped when exact quotes fill the matches: the third word waits.
            if speaker is None:
                both = repository.quotes_holding(db, terms[:2])
            else:
                holding = repository.quotes_by_pairs(db, terms)
                both = holding.all_three
        candidates = repository.find_exact(db, form, terms, **lookup, among=both)
    contained = len(candidates)
    # Exact candidates hold the claim's words in order (the SQL checks it). When enough of
    # them are neither someone else's nor naming nobody to fill the matches, no close quote
    # could be shown. (A cut claim's hold only its longest part: they may be close, and a
    # closer quote not.)
    if not uncut or \
            sum(r["claimed"] is None or r["claimed"] > 0 for r in candidates) \
            < config["VERIFY_MAX_MATCHES"]:
        seen = {r["id"] for r in candidates}
        close = {"speaker": speaker, "limit": config["FUZZY_CLOSE_CANDIDATES"],
                 "published_before": published_before, "published_after": published_after}
        if holding is None and both is not None:
            holding = repository.quotes_by_pairs(db, close_terms, both)
        pool = repository.close_candidates(db, close_terms, speaker=speaker,
                                           scan=lookup["scan"], holding=holding)
        candidates += [r for r in repository.close_rows(db, pool.ranked, **close)
                       if r["id"] not in seen]
    _score(candidates, matcher, speaker, contained)
    if pool is not None and not any(r["alignment"].level in (EXACT, CLOSE)
                                    for r in candidates):
        candidates += _second_look(db, pool, {r["id"] for r in candidates}, matcher,
                                   speaker, close)
    if not any(r["alignment"].level in (EXACT, CLOSE) for r in candidates):
        _misspelt(candidates, matcher, config)
    if not any(r["alignment"].level == EXACT for r in candidates):
        candidates += _joined(db, candidates, matcher, config)
    respelt = _respelt_speaker(db, candidates, speaker)
    rows = sorted(candidates, key=_rank)
    matches = [r for r in rows if r["alignment"].level in (EXACT, CLOSE)]
    closest = None
    if not matches and rows:
        closest = max(rows, key=lambda r: (r["alignment"].similarity, -r["id"]))
    # Candidates came with what ranking needs; the rest (their article's text too) is read
    # for the ones shown only (one deleted since it was found is left out).
    matches = matches[:config["VERIFY_MAX_MATCHES"]]
    whole = repository.quote_rows(
        db, [i for r in matches + [closest] if r for i in r.get("quote_ids", (r["id"],))])
    matches = [m for m in (_with_whole(r, whole) for r in matches) if m is not None]
    _mark_first_appearances(matches)        # among the matches shown
    closest = _with_whole(closest, whole) if closest else None
    verdict = _verdict(matches)
    actual: dict[int, dict] = {}
    if verdict == "misattributed":
        actual = {r["speaker_id"]: _speaker(r) for r in matches
                  if r["speaker_id"] is not None and r["claimed"] != repository.SPEAKER_UNKNOWN}
    return {
        **answer, "verdict": verdict, "speaker_spelling": respelt,
        "best_similarity": max((r["alignment"].similarity for r in rows), default=0.0),
        "matches": [_match_out(r) for r in matches],
        "actual_speakers": list(actual.values()),
        "closest": _match_out(closest) if closest else None,
    }


def _respond(args: dict, location: str) -> Response:
    """Return the verdict as JSON; 422 for a claim of several speakers' quotes (``location``:
    where its quote field came from). verify_quote builds the verdict in VerifyOut's shape
    already, so it is not dumped through the schema again (about 1 ms a request with ten
    matches); the schema documents it, and every verify test checks that dumping would
    change nothing."""
    try:
        return jsonify(verify_quote(get_db(), args.pop("quote"), config=current_app.config,
                                    **args))
    except SeveralSpeakersClaim as error:
        abort(422, messages={location: {"quote": [str(error)]}})


def verify_draft(db: Database, text: str, *, title: str | None = None,
                 published_before: str | None = None, published_after: str | None = None,
                 config: Mapping[str, Any]) -> dict:
    """Return every quote of a draft (found and attributed by the pipeline, as a stored
    article's would be) with the verdict on its words, claimed for its speaker when that is
    a person or an organisation. 422 when the draft holds more than VERIFY_DRAFT_MAX_QUOTES
    quotes, or (TooManyQuotes, before they are attributed) MAX_QUOTES_PER_ARTICLE quoted
    passages."""
    extraction = extract(text, title=title, max_quotes=config["MAX_QUOTES_PER_ARTICLE"])
    most = config["VERIFY_DRAFT_MAX_QUOTES"]
    if len(extraction.quotes) > most:
        abort(422, messages={"json": {"text": [
            f"The draft holds {len(extraction.quotes)} quotes; at most {most} are verified "
            "in one request."]}})
    speakers = {s.key: s for s in extraction.speakers}
    out = []
    for quote in extraction.quotes:
        speaker = speakers.get(quote.speaker)
        claimed = named(speaker)
        # (a quote of marks only, "“…”", has no word to look up: not_found)
        answer = verify_quote(db, quote.text, speaker=claimed, config=config, pasted=False,
                              published_before=published_before,
                              published_after=published_after)
        out.append({
            "start": quote.start, "end": quote.end, "text": quote.text,
            "speaker": speaker_ref(speaker),
            "claimed_speaker": claimed, "verdict": answer["verdict"],
            "speaker_spelling": answer["speaker_spelling"],
            "best_similarity": answer["best_similarity"],
            "match": answer["matches"][0] if answer["matches"] else None,
            "actual_speakers": answer["actual_speakers"], "closest": answer["closest"]})
    return {"quotes": out}


# Schemas are given as instances, here and in the other views: given a class, webargs
# builds a new schema on every request (about 0.2 ms of a verification).
@blp.route("")
class Verify(MethodView):
    @blp.arguments(VerifyQueryArgs(), location="query", unknown=RAISE)
    @blp.response(200, VerifyOut)
    def get(self, args):
        """Verify a claimed quote given in the query string (same as POST)."""
        return _respond(args, "query")

    @blp.arguments(VerifyIn())
    @blp.response(200, VerifyOut)
    def post(self, args):
        """Verify a claimed quote: supported, altered, misattributed, unattributed or
        not_found."""
        return _respond(args, "json")


@blp.route("/draft")
class VerifyDraft(MethodView):
    @blp.arguments(VerifyDraftIn())
    @blp.response(200, VerifyDraftOut)
    def post(self, body):
        """Verify every quote of a draft: each is found and attributed as in a stored
        article, then checked as a claim for its speaker. Nothing is stored."""
        return jsonify(verify_draft(get_db(), body.pop("text"), config=current_app.config,
                                    **body))
