"""The compiled pipeline (setup.py, Cython) gives what its source gives, and a stale build
never runs.

Without compiled modules (no C compiler at install, or QUOTES_PURE_PYTHON=1) the comparisons
skip, unless QUOTES_REQUIRE_COMPILED=1 (set by .ci/run), when they fail.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from service.pipeline import _native
from test_invariants import random_text

REPO = Path(__file__).resolve().parents[2]

# Every kind of speaker, cue and grade, and a quote over paragraphs.
OWN_TEXTS = [
    "“We will rebuild the pier by June,” Mayor Ann Boyd said on Tuesday. “It is overdue.”\n\n"
    "The council was less sure. A city official, who asked not to be named because the talks "
    "are private, called the plan “a wish list.” She added: “Nobody has the money.”",
    "Sources familiar with the talks said the deal was “close.” The company said in a "
    "statement that it “welcomes scrutiny,” and the Texas senator called it “a giveaway.”\n\n"
    "“First,” he said, “we read the contract.\n\n“Then we vote.”",
    "In the words of one neighbor, the fire was “terrifying.” “Not again,” came the reply "
    "from Chief Raj Patel. Both Lee Chan and Mara Voss said they were “relieved.”",
]


def _texts() -> list[str]:
    seeds = [json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in sorted((REPO / "seeds").glob("*.json"))]
    rng = random.Random(11)
    return seeds + OWN_TEXTS + [random_text(rng) for _ in range(200)]


# Run in a subprocess: extract the texts given on stdin with the pipeline as imported there,
# and print every field of every extraction.
_CHILD = """
import dataclasses, enum, json, sys
from service.pipeline import extract
from service.pipeline._native import running_compiled

def plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(type(value))

texts = json.load(sys.stdin)
dump = json.dumps([dataclasses.asdict(extract(t)) for t in texts], default=plain)
print(json.dumps({"compiled": running_compiled(), "dump": dump}))
"""


def _child(env_extra: dict[str, str], cwd: Path = REPO, texts: list[str] | None = None) -> dict:
    env = {**os.environ, **env_extra}
    proc = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(texts or []),
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-4000:]
    return json.loads(proc.stdout)


@pytest.fixture
def compiled() -> list[str]:
    """The modules running compiled in this process; skip (or fail, under
    QUOTES_REQUIRE_COMPILED=1) when there are none."""
    names = _native.running_compiled()
    if not names:
        reason = "the pipeline is not compiled here (no C compiler at install?)"
        if os.environ.get("QUOTES_REQUIRE_COMPILED") == "1":
            pytest.fail(f"QUOTES_REQUIRE_COMPILED=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return names


def test_compiled_pipeline_extracts_what_the_source_extracts(compiled):
    texts = _texts()
    source = _child({"QUOTES_PURE_PYTHON": "1"}, texts=texts)
    built = _child({}, texts=texts)
    assert source["compiled"] == [] and built["compiled"] == compiled
    assert len(source["dump"]) > 100_000       # the texts' quotes, speakers and grades
    assert built["dump"] == source["dump"]


def test_the_busiest_modules_are_the_compiled_ones(compiled):
    missing = {"speakers", "tokens", "attribution", "cues"} - set(compiled)
    assert not missing, (f"{sorted(missing)} run from source: edited since the build? "
                         "`make test` rebuilds them")


def test_an_edited_module_runs_from_its_source(compiled, tmp_path):
    """A copy of the package whose tokens.py was edited after the build: tokens loads from
    source, and so do the modules that cimport its Tok (tokens.pxd); the others stay
    compiled, and extraction still works."""
    shutil.copytree(REPO / "service", tmp_path / "service",
                    ignore=shutil.ignore_patterns("__pycache__", "*.c"))
    tokens = tmp_path / "service" / "pipeline" / "tokens.py"
    tokens.write_text(tokens.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    child = _child({"PYTHONPATH": str(tmp_path)}, cwd=tmp_path, texts=OWN_TEXTS)
    assert "tokens" not in child["compiled"]
    cimport_tokens = {name for name, used in _native.cimported().items() if "tokens" in used}
    assert {"cues", "attribution"} <= cimport_tokens
    assert set(child["compiled"]) == set(compiled) - {"tokens"} - cimport_tokens
    assert child["compiled"]
    assert child["dump"] == _child({}, texts=OWN_TEXTS)["dump"]


@pytest.mark.parametrize("compiled_names, built, sources, pure, expected", [
    ({"a", "b"}, {"a": "1", "b": "2"}, {"a": "1", "b": "2"}, False, set()),     # all current
    ({"a", "b"}, {"a": "1", "b": "2"}, {"a": "1", "b": "3"}, False, {"b"}),     # b edited
    ({"a", "b"}, {"a": "1"}, {"a": "1", "b": "2"}, False, {"b"}),               # b unrecorded
    ({"a"}, {}, {"a": "1"}, False, {"a"}),                                      # no record
    ({"a", "b"}, {"a": "1", "b": "2"}, {}, True, {"a", "b"}),                   # forced
    (set(), {"a": "1"}, {"a": "1"}, True, set()),                               # none built
])
def test_stale(compiled_names, built, sources, pure, expected):
    assert _native.stale(compiled_names, built, sources, pure) == expected


@pytest.mark.parametrize("sources, expected", [
    ({"a": "1", "b": "2", "c": "3", "d": "4"}, set()),
    ({"a": "9", "b": "2", "c": "3", "d": "4"}, {"a", "b", "c"}),   # b cimports a, c cimports b
    ({"a": "1", "b": "9", "c": "3", "d": "4"}, {"b", "c"}),
    ({"a": "1", "b": "2", "c": "9", "d": "4"}, {"c"}),
])
def test_a_module_that_cimports_a_stale_one_is_stale(sources, expected):
    built = {"a": "1", "b": "2", "c": "3", "d": "4"}
    cimports = {"b": {"a"}, "c": {"b"}, "d": {"x"}}
    assert _native.stale(set(built), built, sources, False, cimports) == expected
