""""took to" a platform is a cue verb whose channel is a post ("Ann Boyd took to Twitter.")
(round 11 probes). Our own wording."""
from __future__ import annotations

import pytest

from service.pipeline import extract


def attribution(text: str):
    ex = extract(text)
    q = ex.quotes[0]
    sp = ex.speaker(q.speaker)
    ch = q.sourcing.signals.get("channel")
    return (sp.name if sp else None), (ch["kind"], ch["text"]) if ch else None


@pytest.mark.parametrize("text, expected", [
    ("“The ferry is late again.” Odile Marsh took to Twitter.",
     ("Odile Marsh", ("social post", "took to Twitter"))),
    ("Odile Marsh took to Facebook: “The ferry is late again.”",
     ("Odile Marsh", ("social post", "took to Facebook"))),
    # controls: the streets and the stage are no platform
    ("“The ferry is late again.” Odile Marsh took to the streets.", (None, None)),
    ("Riders took to the streets. “The ferry is late again,” Odile Marsh said.",
     ("Odile Marsh", None)),
])
def test_took_to_a_platform(text, expected):
    assert attribution(text) == expected
