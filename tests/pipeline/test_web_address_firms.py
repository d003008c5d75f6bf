"""A firm or a site named by its web address ("Shopwise.com said") is an organisation, not a
person, and a later "the website" may mean it (round 18, from the dev set's
misattributions). "The company" after such a name is not linked yet: on dev the one such
quote is the gold's "the company", which the site's name would not match. Our own wording."""
from __future__ import annotations

import pytest

from reading import read

_COMPANY_NOT_LINKED = pytest.mark.xfail(
    strict=True, reason="'the company' is not linked to a web address (scored on dev)")


@pytest.mark.parametrize("text, words, speaker", [
    ("Shopwise.com said: “We take no part in this.”", "We take no part in this.",
     ("Shopwise.com", "organization", False)),
    ("“We take no part in this,” Fixmystreet.org.uk said.", "We take no part in this,",
     ("Fixmystreet.org.uk", "organization", False)),
    ("Shopwise.com pulled the listing. “We take no part in this,” the website said.",
     "We take no part in this,", ("Shopwise.com", "organization", False)),
    ("Shopwise.com pulled the listing. “We take no part in this,” the website said. It added: "
     "“We are sorry.”", "We are sorry.", ("Shopwise.com", "organization", False)),
    pytest.param("A notice on Shopwise.com said listings are checked. “We take no part in "
                 "this,” the company said.", "We take no part in this,",
                 ("Shopwise.com", "organization", False), marks=_COMPANY_NOT_LINKED),
    # controls: a person, a company with no address, and a website no one names
    ("Ann Boyd said: “We take no part in this.”", "We take no part in this.",
     ("Ann Boyd", "person", False)),
    ("Tesco said profits fell. “We take no part in this,” the company said.",
     "We take no part in this,", ("Tesco", "organization", False)),
    ("The council updated its pages. “We take no part in this,” the website said.",
     "We take no part in this,", ("the website", "unknown", False)),
])
def test_a_web_address_names_an_organisation(text, words, speaker):
    assert read(text, words)[0][:3] == speaker
