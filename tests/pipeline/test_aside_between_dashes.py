"""An aside between dashes after the speaker and before the verb ("“…,” Gov. Ray Castellano
— who has faced criticism — said") leaves the speaker the name before it, as an aside between
commas does (nineteenth probe round: US political copy). Sentences in our own wording."""
from __future__ import annotations

import pytest

from reading import speaker_name


@pytest.mark.parametrize("text, name", [
    ("“I respect women,” Gov. Ray Castellano — who has faced criticism — said on Monday.",
     "Ray Castellano"),
    ("“I respect women,” Gov. Ray Castellano — the Republican nominee — said.",
     "Ray Castellano"),
    ("“We are ready,” Laura Whitfield – a former senator – told reporters.", "Laura Whitfield"),
    ("“We lost,” the campaign — which spent millions — said.", "campaign"),
    # controls: an aside between commas or brackets, and the speaker right before the verb
    ("“I respect women,” Gov. Ray Castellano, who has faced criticism, said on Monday.",
     "Ray Castellano"),
    ("“I respect women,” Gov. Ray Castellano (who has faced criticism) said.",
     "Ray Castellano"),
    ("“We lost,” he said — and then he left — Whitfield said.", "he"),
    ("“We lost,” Laura Whitfield said.", "Laura Whitfield"),
])
def test_an_aside_between_dashes_keeps_the_speaker_before_it(text, name):
    assert speaker_name(text) == name
