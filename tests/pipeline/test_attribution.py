"""Attribution layouts and speaker resolution, one row per layout, in our own wording."""
from __future__ import annotations

import pytest
from reading import quote_of

from service.pipeline import extract
from service.pipeline.model import MentionForm, QuoteKind, SpeakerType


def who(text: str, words: str, title: str | None = None):
    """Return (speaker name, speaker type, rule) for the quote whose words are ``words``."""
    ex, q = quote_of(text, words, title)
    s = ex.speaker(q.speaker)
    return (s.name if s else None, s.type if s else None, q.cue.rule if q.cue else None)


def first_speaker(text: str):
    """Return the speaker of the first quote of ``text``."""
    ex = extract(text)
    return ex.speaker(ex.quotes[0].speaker)


LAYOUTS = [
    # (id, text, quote words, speaker name)
    ("Q,NV", "“The bridge opens in May,” Mayor Lena Ortiz said.", "The bridge opens in May,",
     "Lena Ortiz"),
    ("Q,VN", "“The bridge opens in May,” said Lena Ortiz.", "The bridge opens in May,", "Lena Ortiz"),
    ("NV:Q", "Lena Ortiz said: “The bridge opens in May.”", "The bridge opens in May.", "Lena Ortiz"),
    ("NV,Q", "Lena Ortiz told the council, “The bridge opens in May.”", "The bridge opens in May.",
     "Lena Ortiz"),
    ("NV that Q", "Lena Ortiz said that the bridge “opens in May” if the weather holds.",
     "opens in May", "Lena Ortiz"),
    ("NV-as-Q", "It was a plan the mayor's office described as “overdue.”", "overdue.",
     "mayor's office"),
    ("split", "“The bridge opens in May,” Lena Ortiz said, “and the tunnel in June.”",
     "and the tunnel in June.", "Lena Ortiz"),
    ("ACC", "According to Lena Ortiz, the council wants “a faster timetable.”",
     "a faster timetable.", "Lena Ortiz"),
    ("told reporters", "Lena Ortiz told reporters on Monday that the budget is “in good shape.”",
     "in good shape.", "Lena Ortiz"),
    ("wrote in a post", "Lena Ortiz wrote in a post on Mastodon that the delay was “unacceptable.”",
     "unacceptable.", "Lena Ortiz"),
    ("appositive", "Tom Reyes, a civil engineer, said: “The steel is sound.”", "The steel is sound.",
     "Tom Reyes"),
    ("appositive after", "“The steel is sound,” said Tom Reyes, a civil engineer who inspected it.",
     "The steel is sound,", "Tom Reyes"),
    ("dash sign-off", "“Build it once and build it well.” — Tom Reyes",
     "Build it once and build it well.", "Tom Reyes"),
    ("headline", "Ortiz: ‘The bridge will open’\nThe mayor spoke on Monday.", "The bridge will open",
     "Ortiz"),
    ("continuation", "“The bridge opens in May,” Lena Ortiz said. “The tunnel follows in June.”",
     "The tunnel follows in June.", "Lena Ortiz"),
    ("role before name", "“We ran the numbers twice,” county budget director Amy Lin said.",
     "We ran the numbers twice,", "Amy Lin"),
    ("name of org", "“We ran the numbers twice,” said Amy Lin of the Civic Budget Project.",
     "We ran the numbers twice,", "Amy Lin"),
    ("party tag", "“The vote is Tuesday,” Sen. Paul Grant (D-Ore.) said in a statement.",
     "The vote is Tuesday,", "Paul Grant"),
    ("long appositive", ("“The vote is Tuesday,” Paul Grant, who has chaired the committee since "
                        "the spring and rarely talks to the press, told reporters."),
     "The vote is Tuesday,", "Paul Grant"),
    ("participle", "Paul Grant closed the hearing, saying: “We are done here.”", "We are done here.",
     "Paul Grant"),
    ("colon after a sentence", "Paul Grant had a short answer for the committee: “No.”", "No.",
     "Paul Grant"),
    ("organisation", "“The filing was on time,” the Harbor Authority said.", "The filing was on time,",
     "Harbor Authority"),
    ("spokesperson speaks for the organisation",
     "“The filing was on time,” a Harbor Authority spokeswoman said.", "The filing was on time,",
     "Harbor Authority"),
    ("unnamed positioned", "“The deal is close,” a senior trade official said.", "The deal is close,",
     "a senior trade official"),
    ("unnamed vague", "“The deal is close,” said two people familiar with the talks.",
     "The deal is close,", "two people familiar with the talks"),
    ("written source", "“Payment is overdue,” the letter said.", "Payment is overdue,", "the letter"),
    ("appositive chain", ("Rosa Diaz, editor of The Ledger, a weekly paper in the valley, wrote, "
                         "“The mill will close.”"), "The mill will close.", "Rosa Diaz"),
    ("possessive owner", "“We have the votes,” the Harbor Party’s Nils Berg told the AP.",
     "We have the votes,", "Nils Berg"),
    ("ordinal in a title", "“Hold the line,” said Army 2nd Lt. Omar Haddad.", "Hold the line,",
     "Omar Haddad"),
    ("clause's first verb", ("Nils Berg wrote in a letter explaining why he is speaking out, "
                            "“The harbor deserves better.”"), "The harbor deserves better.",
     "Nils Berg"),
    ("subordinate clause first", ("After Mayor Ortiz criticized the plan, Councilman Ed Park shot "
                                 "back, “The plan is fine.”"), "The plan is fine.", "Ed Park"),
    ("relative clause verb", ("As for the residents who claim the plan is rushed, Ed Park said, "
                             "“They will be heard.”"), "They will be heard.", "Ed Park"),
    ("passive agent", ("Ed Park was asked by host Nora Quint, who had covered the story for "
                      "months, “Will the plan pass?”"), "Will the plan pass?", "Nora Quint"),
    ("new sentence after a full stop", ("“We will appeal,” Ed Park said. “The ruling is wrong.” "
                                       "Mayor Lena Ortiz said she would not."),
     "The ruling is wrong.", "Ed Park"),
    ("generic speaker", "“Boo!” the crowd shouted, and the mayor left.", "Boo!", "the crowd"),
    ("nearest verb after 'as'", "Ed Park kept talking as the heckler yelled: “Go home!”",
     "Go home!", "the heckler"),
    ("two authors", "“The race is close,” Rosa Diaz and Nils Berg wrote.", "The race is close,",
     "Rosa Diaz"),
    ("relative clause, nothing else", ("Radio host Sam Ortiz, who lamented the coverage in an "
                                      "interview, added: “We built this.”"), "We built this.", "Sam Ortiz"),
    ("relative clause names the source", ("Shirts appeared bearing a message that said, "
                                         "“Closed for good.”"), "Closed for good.", "a message"),
    ("complement clause, nothing else", ("The hearing ran so long that Senator Ada Price said, "
                                        "“We need a break.”"), "We need a break.", "Ada Price"),
    ("infinitive", "The clerk, Ana Ruiz, stood up to announce, “The vote is final.”",
     "The vote is final.", "Ana Ruiz"),
    ("as X put it", "As Nils Berg, who chairs the panel, put it: “We are out of time.”",
     "We are out of time.", "Nils Berg"),
    ("reported speaker after the verb", ("The plan will pass, said Ada Price. “It has the votes,” "
                                        "she said."), "It has the votes,", "Ada Price"),
    ("introductory clause", ("Ever since she joined the board, Rosa Diaz has had one message: "
                            "“Fix the roof.”"), "Fix the roof.", "Rosa Diaz"),
    ("description the reader cuts short, then the name", ("“The odds are good,” said another "
                                                        "leading Supreme Court advocate, Nils "
                                                        "Berg of the firm."),
     "The odds are good,", "Nils Berg"),
    ("opening subordinate clause", ("When Nils Berg died in 1998, Mayor Lena Ortiz released the "
                                   "following statement:\n\n“We will miss him.”"),
     "We will miss him.", "Lena Ortiz"),
    ("name after words the reader cannot take", ("“We are ready,” Valley Radio This Week co-host "
                                                "Ana Ruiz said."), "We are ready,", "Ana Ruiz"),
    ("participle after the quote", ("Paul Grant defended “small-town values,” saying the county "
                                   "embodied them."), "small-town values,", "Paul Grant"),
    ("dash, then the sentence going on", ("“The key group is older voters,” said Ana Ruiz. “Grant "
                                         "has to do the two-step” - raising his name recognition "
                                         "and then convincing voters."),
     "Grant has to do the two-step", "Ana Ruiz"),
    ("opening prepositional phrase", ("Maria Kent spoke on Sunday. On Valley Radio the day "
                                     "before, she stated, “It is bad,” adding, “We will fix it.”"),
     "We will fix it.", "Maria Kent"),
    ("relative clause after a comma", ("The ruling falls to Judge Ana Ruiz, who told the panel "
                                      "when asked about it: “No date is set.”"),
     "No date is set.", "Ana Ruiz"),
    ("relative clause after an appositive", ("The plan went to Ed Park, the harbor chief, who "
                                            "wrote to the board, “It is too late.”"),
     "It is too late.", "Ed Park"),
    ("relative clause, comma after an opening phrase", ("In March, the board heard from Nils "
                                                       "Berg, who warned: “The pier will fail.”"),
     "The pier will fail.", "Nils Berg"),
]


@pytest.mark.parametrize("rule,text,words,name", LAYOUTS, ids=[r[0] for r in LAYOUTS])
def test_layout(rule, text, words, name):
    assert who(text, words)[0] == name


def test_a_description_after_the_name_is_the_role():
    ex = extract("“It is a dark day,” said Gareth Stace, director general of the Steel Council.")
    (speaker,) = ex.speakers
    assert (speaker.name, speaker.role) == ("Gareth Stace",
                                            "director general of the Steel Council")


def test_titles_are_roles_and_surnames_resolve():
    text = ("Harbor Authority Chief Executive Dana Whitfield opened the meeting. "
            "“We have the money,” Whitfield said.")
    ex = extract(text)
    (q,) = ex.quotes
    s = ex.speaker(q.speaker)
    assert (s.name, s.role) == ("Dana Whitfield", "Harbor Authority Chief Executive")


@pytest.mark.parametrize("text,words,name", [
    # the pronoun goes to the sentence subject, not to the nearest name
    ("Maria Kent met Paul Grant on Monday. “It went well,” she said.", "It went well,", "Maria Kent"),
    ("Maria Kent met Paul Grant on Monday. “It went well,” he said.", "It went well,", "Paul Grant"),
    ("Paul Grant praised Maria Kent and her staff. “They did the work,” he said.",
     "They did the work,", "Paul Grant"),
    # a person introduced with an age or a description, though the first name is unfamiliar
    ("Odalys Verhoeven, 61, a nurse from Dayton, backs the plan. “It is overdue,” she said.",
     "It is overdue,", "Odalys Verhoeven"),
    # an opening participle is not a name
    ("Smiling broadly, Maria Kent thanked the crowd and then said: “We did it.”", "We did it.",
     "Maria Kent"),
    # a reported speaker outranks the subject of what they report
    ("Paul Grant won the county easily, Maria Kent said. “He earned it,” she said.",
     "He earned it,", "Maria Kent"),
    ("Paul Grant is right on the budget, Tom Reyes argues. “He has done the work,” he says.",
     "He has done the work,", "Tom Reyes"),
    (("Whether Paul Grant wins will be clear by fall, said Tom Reyes, editor of the Ledger. "
     "“Nobody knows yet,” he said."), "Nobody knows yet,", "Tom Reyes"),
    # ... but the source of a fragment quoted in the subject's sentence does not
    (("Paul Grant was asked by the moderator, Tom Reyes, whether the plan was “too costly.” "
     "“We can pay for it,” he said."), "We can pay for it,", "Paul Grant"),
    # a name after a preposition is not the subject; the name after it is
    ("Like Ed Park, Maria Kent opposes the plan. “It costs too much,” she said.",
     "It costs too much,", "Maria Kent"),
    ("On Twitter, Maria Kent answered the mayor. “Try again,” she wrote.", "Try again,",
     "Maria Kent"),
    (("Nils Berg sued. Tom Reyes sued too. Like Berg, Reyes does not want to fight anymore. "
     "“I am tired,” he said."), "I am tired,", "Tom Reyes"),
    # a surname once given a title is a person's wherever it recurs alone
    (("Mayor Okafor opened the meeting. Tom Reyes said: “The budget is short.” And Okafor, for "
     "all the noise, seems to agree. “We will cut costs,” he said."), "We will cut costs,",
     "Okafor"),
    # names inside the quote are not antecedents
    ("Ms. Kent spoke after the vote. “Paul Grant will be fine,” she said.",
     "Paul Grant will be fine,", "Kent"),
])
def test_pronoun_speakers(text, words, name):
    got = who(text, words)[0]
    assert got is not None and got.split()[-1] == name.split()[-1] and name in got or got == name


def test_a_short_paragraph_about_the_speaker_does_not_change_who_speaks():
    text = ("“We will hold the line,” said Councilwoman Ada Price.\n\n"
            "Price is upbeat about the vote.\n\n"
            "“The numbers are on our side.”")
    assert who(text, "The numbers are on our side.")[0] == "Ada Price"
    other = ("“We will hold the line,” said Councilwoman Ada Price.\n\n"
             "Mayor Tom Reyes disagreed on Monday.\n\n"
             "“The numbers are on our side.”")
    assert who(other, "The numbers are on our side.")[0] != "Ada Price"


def test_role_noun_returns_to_the_person_with_that_role():
    text = ("Governor Alice Moreno signed the bill on Friday. The governor was brief. "
            "“This is a good day,” the governor said.")
    assert who(text, "This is a good day,")[0] == "Alice Moreno"


def test_the_official_returns_to_the_unnamed_official():
    text = ("A senior treasury official called the plan “workable.” "
            "“We expect a vote soon,” the official said.")
    ex = extract(text)
    a, b = ex.quotes
    assert a.speaker == b.speaker
    assert ex.speaker(a.speaker).type is SpeakerType.ANONYMOUS
    assert b.mention.form is MentionForm.TITLE


@pytest.mark.parametrize("text, words, name, level", [
    # an unnamed office holder who is a sentence's subject is who a later pronoun means,
    # though they had not spoken yet (graded as the office)
    ("The minister struck a defiant tone. “We will not back down,” she told parliament.",
     "We will not back down,", "The minister", 3),
    ("The senator paused before answering. “I have not decided,” he said.",
     "I have not decided,", "The senator", 3),
    ("The foreign minister arrived late in Geneva. “We came to listen,” she told reporters.",
     "We came to listen,", "The foreign minister", 3),
    (("The governor toured the flooded towns on Sunday. Roads stayed closed for a third day. "
      "“We will rebuild,” she said."), "We will rebuild,", "The governor", 3),
    # ... and when the woman named before holds another office, the minister is someone else
    (("Mayor Ann Keller arrived late. The minister struck a defiant tone. “We will not back "
      "down,” she said."), "We will not back down,", "The minister", 3),
    # controls: the office held by someone named, a woman named before with no office (the
    # minister may be her, described again), a named person in a later sentence, an office
    # of the other gender, an office inside a quote
    (("Ann Keller arrived late. The minister struck a defiant tone. “We will not back down,” "
      "she said."), "We will not back down,", "Ann Keller", 5),
    (("Ann Keller was fired on Monday. The judge ruled that her conduct was unacceptable. "
      "“I will appeal,” she said."), "I will appeal,", "Ann Keller", 5),
    (("Finance Minister Ann Keller arrived late. The minister struck a defiant tone. “We will "
      "not back down,” she told parliament."), "We will not back down,", "Ann Keller", 5),
    (("The minister struck a defiant tone. Ann Keller, the opposition leader, was unmoved. "
      "“It is theatre,” she said."), "It is theatre,", "Ann Keller", 5),
    ("The chairman struck a defiant tone. “We will not back down,” she said.",
     "We will not back down,", "she", 1),
    (("Ann Keller spoke first. “The minister struck a deal,” she said. “We will not back "
      "down,” she added."), "We will not back down,", "Ann Keller", 5),
])
def test_a_pronoun_points_back_to_an_unnamed_office_holder_who_was_the_subject(
        text, words, name, level):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    assert (ex.speaker(q.speaker).name, q.sourcing.level) == (name, level)


def test_headline_names_the_person_a_surname_means():
    body = "“We will keep going,” Moreno said."
    assert who(body, "We will keep going,", title="Governor Alice Moreno vows to fight on")[0] == \
        "Alice Moreno"


@pytest.mark.parametrize("later, expected", [
    ("“Not yet,” Grant Jr. added.", "Paul Grant Jr."),
    ("“Not yet,” Paul Grant Jr. added.", "Paul Grant Jr."),
])
def test_a_generational_suffix_is_another_person(later, expected):
    text = ("Paul A. Grant opened the rally. “We will win,” Paul Grant Jr. said. " + later)
    assert who(text, "We will win,")[0] == "Paul Grant Jr."
    assert who(text, "Not yet,")[0] == expected


def test_people_sharing_a_surname_stay_apart():
    text = ("Paul Grant and his daughter Emma Grant spoke at the rally. "
            "“We will win this,” Emma Grant said. “Keep going,” Paul Grant said.")
    ex = extract(text)
    names = {ex.speaker(q.speaker).name for q in ex.quotes}
    assert names == {"Emma Grant", "Paul Grant"}


@pytest.mark.parametrize("text, words, name", [
    ("Edward Whitfield, a jazz pianist, died on Saturday. His death was confirmed by his "
     "daughter, Clara Whitfield. “He played until the end,” Ms. Whitfield said.",
     "He played until the end,", "Clara Whitfield"),
    ("Tom Reyes and his wife, Maria Reyes, have run the farm since 1990. “We lost half the "
     "crop,” Mrs. Reyes said.", "We lost half the crop,", "Maria Reyes"),
    ("Ann Boyd sued her brother, Paul Boyd, in March. “She owes me money,” Mr. Boyd said.",
     "She owes me money,", "Paul Boyd"),
    # controls: the first-named fits the honorific; one person; no full name of that gender
    ("Ann Boyd sued her brother, Paul Boyd, in March. “He owes me money,” Ms. Boyd said.",
     "He owes me money,", "Ann Boyd"),
    ("Jordan Lee spoke first. “We won,” Mr. Lee said.", "We won,", "Jordan Lee"),
])
def test_an_honorific_picks_the_one_of_its_gender_among_people_sharing_a_surname(
        text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name, mention", [
    ("Tom Reyes and his wife, Maria Reyes, have run the farm since 1990. “We lost half the "
     "crop,” Mrs Reyes said.", "We lost half the crop,", "Maria Reyes", "Mrs Reyes"),
    ("Ann Boyd sued her brother, Paul Boyd, in March. ‘She owes me money,’ said Mr Boyd.",
     "She owes me money,", "Paul Boyd", "Mr Boyd"),
    ("Edward Whitfield died on Saturday, his daughter, Clara Whitfield, said. Ms Whitfield "
     "added: ‘He played until the end.’", "He played until the end.", "Clara Whitfield",
     "Ms Whitfield"),
    ("‘The ward is full,’ Dr Ann Boyd said.", "The ward is full,", "Ann Boyd", "Dr Ann Boyd"),
    # control: the honorific with a full stop
    ("Ann Boyd sued her brother, Paul Boyd, in March. “She owes me money,” said Mr. Boyd.",
     "She owes me money,", "Paul Boyd", "Mr. Boyd"),
])
def test_a_british_honorific_without_a_full_stop_is_read_as_one_with_it(
        text, words, name, mention):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    assert (ex.speaker(q.speaker).name, q.mention.text) == (name, mention)


@pytest.mark.parametrize("text,words", [
    ("The so-called “reform package” passed on Monday.", "reform package"),
    ("She starred in “The Long Road Home” last year.", "The Long Road Home"),
    ("The “plan” turned out to be a single page.", "plan"),
    ('<tweet tweet-id="12345"></tweet>', "12345"),
])
def test_non_speech_is_kept_but_never_attributed(text, words):
    ex = extract(text)
    (q,) = [q for q in ex.quotes if q.text == words]
    assert q.kind is QuoteKind.NON_SPEECH
    assert q.speaker is None and q.cue is None


def test_unresolvable_pronoun_is_kept_as_written():
    ex = extract("“It is over,” he said.")
    (q,) = ex.quotes
    s = ex.speaker(q.speaker)
    assert (s.name, s.type) == ("he", SpeakerType.UNKNOWN)


def test_nothing_before_the_quote_attributes_nothing():
    ex = extract("“Nobody claims these words at all, not even in the next sentence.”")
    (q,) = ex.quotes
    assert q.speaker is None and q.kind is QuoteKind.FULL


@pytest.mark.parametrize("opener", ["Later", "Yesterday", "Afterward", "Separately", "Again",
                                    "Privately", "Publicly", "Eventually"])
def test_an_adverb_opening_the_sentence_is_not_part_of_the_name(opener):
    text = (f"The board met on Tuesday. {opener} Omar Haddad said the vote was rushed. "
            "“We needed another week,” he said.")
    assert who(text, "We needed another week,")[0] == "Omar Haddad"


def test_a_label_before_a_colon_is_not_a_speaker():
    text = ("Name: Rosa Lind Age: 44 City: Tulsa Job: Nurse Why she is marching: "
            "“I work nights and still cannot pay the rent.”")
    assert who(text, "I work nights and still cannot pay the rent.")[0] != "Name"


@pytest.mark.parametrize("text, words, name", [
    # an interview's question and answer labels are no people called "Q" or "Question"
    ("Nadia Orlov runs the city’s shelters.\nQ: “Why are the beds full?”\nOrlov: “Winter came "
     "early.”", "Why are the beds full?", None),
    ("We spoke to the coach after training.\n\nQ: “Was the defeat a shock?”\n\nA: “Not "
     "really.”", "Was the defeat a shock?", None),
    ("Nadia Orlov runs the city’s shelters.\n\nQuestion: “Why are the beds full?”\n\n"
     "Answer: “Winter came early,” she said.", "Why are the beds full?", None),
    ("Nadia Orlov runs the city’s shelters.\n\nQuestion: “Why are the beds full?”\n\n"
     "Answer: “Winter came early,” she said.", "Winter came early,", "Nadia Orlov"),
    # controls: a name as the label, and a speaker before the colon
    ("Nadia Orlov runs the city’s shelters.\nQ: “Why are the beds full?”\nOrlov: “Winter came "
     "early.”", "Winter came early.", "Nadia Orlov"),
    ("The mayor had a short answer for critics: “Winter came early.”", "Winter came early.",
     "The mayor"),
])
def test_an_interview_label_is_no_speaker(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("written, name, role", [
    ("Undersecretary for Trade Affairs Helen Voss", "Helen Voss", "Undersecretary for Trade Affairs"),
    ("Director of National Parks Marcus Lindqvist", "Marcus Lindqvist",
     "Director of National Parks"),
    ("Harbor Freight Logistics Owen Brandt", "Owen Brandt", "Harbor Freight Logistics"),
    ("Kofi Anthony Mensah", "Kofi Anthony Mensah", None),      # one word before: a first name
    ("Secretary of State Mary Ann Ruiz", "Mary Ann Ruiz", "Secretary of State"),
])
def test_office_or_firm_words_before_a_given_name_are_the_role(written, name, role):
    s = first_speaker(f"“The convoy has left,” {written} wrote.")
    assert (s.name, s.role) == (name, role)


def test_she_goes_to_the_woman_named_not_to_the_man_in_the_subject():
    text = ("“Good news,” Denis Harlow wrote to his staff. Harlow was answering a note from "
            "Deputy Director Wendy Marsh, reporting that the flight had landed. "
            "“Wheels down a minute ago,” she wrote.")
    assert who(text, "Wheels down a minute ago,")[0] == "Wendy Marsh"


@pytest.mark.parametrize("first,other,pronoun", [
    ("Trent Lott", "Juliet Baxter", "she"),     # neither name is in the hand-made lists:
    ("Juliet Baxter", "Trent Lott", "he"),      # the census tells their genders
])
def test_a_pronoun_skips_a_person_whose_first_name_is_of_the_other_gender(first, other, pronoun):
    text = (f"Senator {first} thanked Governor {other} at the dinner.\n\n"
            f"“We agreed on the plan,” {pronoun} said.")
    assert who(text, "We agreed on the plan,")[0] == other


@pytest.mark.parametrize("aside", [", and I quote,", ", and I quote:", ", I quote,"])
def test_the_writers_i_quote_is_not_the_speaker(aside):
    text = f"No wonder Dana Holt said{aside} “We love the tired voters.” She was wrong."
    assert who(text, "We love the tired voters.")[0] == "Dana Holt"


@pytest.mark.parametrize("later", ["Mr. King said", "King said", "Ms. Singer said",
                                   "Singer said",
                                   "Mr. Backer says"])    # a plain surname, for comparison
def test_a_surname_that_is_also_a_title_or_role_word_is_the_person(later):
    surname = later.split()[-2]
    first = "Ruth" if later.startswith("Ms.") else "Tobias"
    text = (f"{first} {surname}, a former party director, spoke first. "
            f"“If turnout drops, we lose the state,” {later}.")
    assert who(text, "If turnout drops, we lose the state,")[0] == f"{first} {surname}"


def label_of(text: str, words: str) -> str:
    """Return the sourcing label of the quote whose words are ``words``."""
    for q in extract(text).quotes:
        if q.text == words:
            return q.sourcing.label
    raise AssertionError(f"no quote {words!r}")


@pytest.mark.parametrize("text, words, name, kind, label", [
    # a capitalised role noun with no article as a reporting verb's subject is a surname
    ("“The ferry runs late,” Baker said. “Every single day.”", "The ferry runs late,",
     "Baker", SpeakerType.PERSON, "named_on_record"),
    ("“The ferry runs late,” Baker said. “Every single day.”", "Every single day.",
     "Baker", SpeakerType.PERSON, "named_resolved"),
    ("“The ferry runs late,” said Bishop, who sits on the board.", "The ferry runs late,",
     "Bishop", SpeakerType.PERSON, "named_on_record"),
    ("Judge told the board: “The ferry runs late.”", "The ferry runs late.",
     "Judge", SpeakerType.PERSON, "named_on_record"),
    ("Singer said the timetable was fiction. “The ferry runs late,” he added.",
     "The ferry runs late,", "Singer", SpeakerType.PERSON, "named_resolved"),
    # controls: an article, a title before a name, a plural, a mass noun, a headline
    ("“The ferry runs late,” the bishop said.", "The ferry runs late,",
     "the bishop", SpeakerType.UNKNOWN, "anonymous_positioned"),
    ("“The ferry runs late,” a judge said.", "The ferry runs late,",
     "a judge", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The ferry runs late,” Bishop Ana Ruiz said.", "The ferry runs late,",
     "Ana Ruiz", SpeakerType.PERSON, "named_on_record"),
    ("“The ferry runs late,” Inspectors said.", "The ferry runs late,",
     "Inspectors", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The ferry runs late,” Staff said.", "The ferry runs late,",
     "Staff", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("Judge says ‘ferry runs late’\nThe board met on Monday.", "ferry runs late",
     "Judge", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("Interviewer: “Does the ferry run late?”\nBoyd: “Every day.”", "Does the ferry run late?",
     "Interviewer", SpeakerType.ANONYMOUS, "anonymous_positioned"),
])
def test_a_role_noun_with_no_article_before_a_reporting_verb_is_a_surname(
        text, words, name, kind, label):
    assert who(text, words)[:2] == (name, kind)
    assert label_of(text, words) == label


@pytest.mark.parametrize("text, name, kind, label", [
    # a proper name set before the role noun, with a plural's apostrophe or an "of" in it
    ("“The wards are full,” said a Porters’ Guild official.",
     "a Porters’ Guild official", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The wards are full,” said a Porters' Guild official.",
     "a Porters' Guild official", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The wards are full,” a Porters’ Guild official said.",
     "a Porters’ Guild official", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The wards are full,” said a Porters' Guild spokeswoman.",
     "Porters' Guild", SpeakerType.ORGANIZATION, "institutional"),
    ("“The wards are full,” said a Board of Health spokeswoman in Derry.",
     "Board of Health", SpeakerType.ORGANIZATION, "institutional"),
    ("“The wards are full,” said a Bank of Ireland official familiar with the loan.",
     "a Bank of Ireland official familiar with the loan", SpeakerType.ANONYMOUS,
     "anonymous_positioned"),
    # controls: the organisation itself, one in lower case, a plural owner of a role noun
    ("“The wards are full,” said the Porters’ Guild.",
     "Porters’ Guild", SpeakerType.ORGANIZATION, "institutional"),
    ("“The wards are full,” the Porters’ Guild said.",
     "Porters’ Guild", SpeakerType.ORGANIZATION, "institutional"),
    ("“The wards are full,” said a guild official.",
     "a guild official", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The wards are full,” said the porters’ lawyer.",
     "the porters’ lawyer", SpeakerType.ANONYMOUS, "anonymous_positioned"),
])
def test_a_name_with_a_plurals_apostrophe_before_a_role_noun_is_the_sources_employer(
        text, name, kind, label):
    assert who(text, "The wards are full,")[:2] == (name, kind)
    assert label_of(text, "The wards are full,") == label


@pytest.mark.parametrize("text, name, kind", [
    # how the words came, or when, after a speaker who follows the verb is no part of it
    ("“The road stays shut,” said the Office of Roads in a statement.",
     "Office of Roads", SpeakerType.ORGANIZATION),
    ("“The road stays shut,” said the Office of Roads on Thursday.",
     "Office of Roads", SpeakerType.ORGANIZATION),
    ("“The road stays shut,” said Ingrid Falk’s office in an emailed reply.",
     "Ingrid Falk’s office", SpeakerType.ORGANIZATION),
    ("“The road stays shut,” said Falk’s campaign on Facebook.",
     "Falk’s campaign", SpeakerType.ORGANIZATION),
    ("“The road stays shut,” said a spokesman for the county in a statement late Monday.",
     "county", SpeakerType.ORGANIZATION),
    ("“The road stays shut,” said the county’s engineer in a brief interview.",
     "the county’s engineer", SpeakerType.UNKNOWN),
    # controls: a place or a thing the description holds stays in it
    ("“The road stays shut,” said an engineer in the county office.",
     "an engineer in the county office", SpeakerType.ANONYMOUS),
    ("“The road stays shut,” said a driver in the video.",
     "a driver in the video", SpeakerType.ANONYMOUS),
])
def test_a_channel_or_a_date_after_the_speaker_is_not_part_of_the_speaker(text, name, kind):
    assert who(text, "The road stays shut,")[:2] == (name, kind)


@pytest.mark.parametrize("text, name", [
    # the one who answers a question is not the one who put it
    ("“Will the mill close?” a reporter asked Tom Weller. “Not this year,” he replied.",
     "Tom Weller"),
    ("“Will the mill close?” a reporter asked Tom Weller. “Not this year,” he said.",
     "Tom Weller"),
    ("Tom Weller took questions.\n\n“Will the mill close?” one reporter asked.\n\n"
     "“Not this year,” he answered.", "Tom Weller"),
    # controls: a speaker who answers their own question, one who asks a crowd
    ("Tom Weller spoke at the gates. “Will the mill close?” he asked. “Not this year,” he said.",
     "Tom Weller"),
    ("Tom Weller spoke. “Will the mill close?” he asked the crowd. “Not this year,” he said.",
     "Tom Weller"),
    ("Ruth Lane, a reporter, spoke first. “Will the mill close?” she asked Tom Weller. "
     "“Not this year,” she said.", "Ruth Lane"),
])
def test_the_answer_to_a_question_is_not_the_askers(text, name):
    assert who(text, "Not this year,")[0] == name


@pytest.mark.parametrize("text, name", [
    # "someone" and "one" with how near they are to what they speak of
    ("“The vote is lost,” said someone close to the whip’s office.",
     "someone close to the whip’s office"),
    ("“The vote is lost,” someone familiar with the count said.",
     "someone familiar with the count"),
    ("“The vote is lost,” said one with knowledge of the count.",
     "one with knowledge of the count"),
    # controls: alone, and in a place
    ("“The vote is lost,” someone said.", "someone"),
    ("“The vote is lost,” said someone in the gallery.", "someone in the gallery"),
])
def test_someone_close_to_something_is_one_vague_source(text, name):
    assert who(text, "The vote is lost,")[:2] == (name, SpeakerType.ANONYMOUS)
    assert label_of(text, "The vote is lost,") == "anonymous_vague"


@pytest.mark.parametrize("text, name", [
    # a spokesperson speaks for the body named after "for", without the clause after it
    ("“The vote is lost,” said a spokeswoman for the port authority who declined to be named.",
     "port authority"),
    ("“The vote is lost,” said a spokesman for the Harbor Trust who asked not to be named.",
     "Harbor Trust"),
    # controls: no clause; initials that are a relative pronoun's letters
    ("“The vote is lost,” said a spokeswoman for the port authority.", "port authority"),
    ("“The vote is lost,” said a spokeswoman for the WHO.", "WHO"),
])
def test_a_spokesperson_speaks_for_the_body_not_the_clause_after_it(text, name):
    assert who(text, "The vote is lost,")[:2] == (name, SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, words, name, rule", [
    # the words named as someone's: their reply, in their words, as they put it
    ("The reply from Carmen Ostrova was short: “We are not selling.”", "We are not selling.",
     "Carmen Ostrova", "S:Q"),
    ("The answer from the dock board came quickly: “We are not selling.”",
     "We are not selling.", "dock board", "S:Q"),
    ("In Carmen Ostrova’s words, “We are not selling.”", "We are not selling.",
     "Carmen Ostrova", "ACC"),
    ("Carmen Ostrova spoke last. In her own words, “We are not selling.”",
     "We are not selling.", "Carmen Ostrova", "ACC"),
    ("“We are not selling,” as Carmen Ostrova put it.", "We are not selling,",
     "Carmen Ostrova", "Q,NV"),
    # controls: no one's words, no one who put it
    ("In other words, “we are not selling.”", "we are not selling.", None, None),
    ("“We are not selling,” as the board had hoped.", "We are not selling,", None, None),
])
def test_words_named_as_someones_are_theirs(text, words, name, rule):
    got = who(text, words)
    assert (got[0], got[2]) == (name, rule)


@pytest.mark.parametrize("text, name, kind", [
    # "the", a capitalised word, a role in lower case, then a name: the person so described
    ("“Prices will fall,” the Oxford economist Lena Varga said.", "Lena Varga",
     SpeakerType.PERSON),
    ("“Prices will fall,” said the Dublin-born economist Lena Varga.", "Lena Varga",
     SpeakerType.PERSON),
    # controls: an organisation's name, a role with no name after it
    ("“Prices will fall,” the Oxford Economics Institute said.", "Oxford Economics Institute",
     SpeakerType.ORGANIZATION),
    ("“Prices will fall,” the Oxford economist said.", "the Oxford economist",
     SpeakerType.UNKNOWN),
])
def test_a_capitalised_word_before_a_role_and_a_name_is_the_persons_role(text, name, kind):
    assert who(text, "Prices will fall,")[:2] == (name, kind)


@pytest.mark.parametrize("text, words, role", [
    ("“The bill is dead,” said the governor, Nora Lindqvist.", "The bill is dead,", "the governor"),
    ("“The bill is dead,” said the union’s chief negotiator, Nora Lindqvist, on Friday.",
     "The bill is dead,", "the union’s chief negotiator"),
    ("“The bill is dead,” the union’s chief negotiator, Nora Lindqvist, told reporters.",
     "The bill is dead,", "the union’s chief negotiator"),
    ("“The bill is dead,” a longtime negotiator, Nora Lindqvist, said.", "The bill is dead,",
     "a longtime negotiator"),
    ("The union’s chief negotiator, Nora Lindqvist, said: “The bill is dead.”",
     "The bill is dead.", "The union’s chief negotiator"),
    ("Her sister, Nora Lindqvist, said: “The bill is dead.”", "The bill is dead.", "Her sister"),
])
def test_a_name_beside_a_description_is_the_speaker_and_the_description_her_role(
        text, words, role):
    ex = extract(text)
    (q,) = [q for q in ex.quotes if q.text == words]
    s = ex.speaker(q.speaker)
    assert (s.name, s.role, s.type) == ("Nora Lindqvist", role, SpeakerType.PERSON)
    assert q.sourcing.label == "named_on_record"


@pytest.mark.parametrize("text, name", [
    ("“The well is dry,” a farmer who sells to Halvorsen, Jonas Berg, said.", "Jonas Berg"),
    # controls: a name in the last link that is not the whole link, or beside no person
    ("“The well is dry,” said Jonas Berg, who farms near the county seat, Millbrook.",
     "Jonas Berg"),
    ("Jonas Berg, who farms outside the county seat, Millbrook, said: “The well is dry.”",
     "Jonas Berg"),
    # control: a name first in the chain speaks, not a name further on
    (("Jonas Berg, the editor of the weekly paper, The Millbrook Ledger, said: “The well is "
     "dry.”"), "Jonas Berg"),
])
def test_the_apposition_rule_keeps_the_person_who_speaks(text, name):
    assert who(text, "The well is dry." if "said:" in text else "The well is dry,")[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("“The dam will hold,” the agency quoted Ingrid Falk as saying.", "The dam will hold,",
     "Ingrid Falk"),
    ("The agency quoted Ingrid Falk as saying the dam was “sound.”", "sound.", "Ingrid Falk"),
    (("Ingrid Falk toured the site. The radio station quoted her as saying: “The dam will "
     "hold.”"), "The dam will hold.", "Ingrid Falk"),
    ("A wire service quoted the Water Authority as saying that the dam was “sound.”", "sound.",
     "Water Authority"),
    # the one quoted has no name: the quoting verb has an object of its own all the same
    ("“The dam will hold,” the agency quoted an engineer as saying.", "The dam will hold,",
     "an engineer"),
    # a sentence opened by a capitalized word that is a verb's base form: no verb there
    ("State media quoted President Falk as saying the dam was “sound.”", "sound.", "Falk"),
    ("Note that the agency quoted Ingrid Falk as saying the dam was “sound.”", "sound.",
     "Ingrid Falk"),
    # control: quoting a text is still the one who quotes it
    ("Ingrid Falk quoted the engineers' report: “The dam will hold.”", "The dam will hold.",
     "Ingrid Falk"),
])
def test_whoever_is_quoted_as_saying_speaks_not_who_quotes(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name, kind", [
    ("“Repairs start Monday,” according to a statement from the Water Authority.",
     "Repairs start Monday,", "Water Authority", SpeakerType.ORGANIZATION),
    ("“Repairs start Monday,” read a press release from the Water Authority.",
     "Repairs start Monday,", "Water Authority", SpeakerType.ORGANIZATION),
    ("A letter from Ingrid Falk said: “Repairs start Monday.”", "Repairs start Monday.",
     "Ingrid Falk", SpeakerType.PERSON),
    (("“Repairs start Monday,” according to a court filing signed by county counsel Ingrid "
     "Falk."), "Repairs start Monday,", "Ingrid Falk", SpeakerType.PERSON),
])
def test_a_statement_from_someone_is_theirs(text, words, name, kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, name, kind, label", [
    # a date between the participle and "by", or after the one who issued it
    ("“Repairs start Monday,” read a notice issued on Tuesday by the Water Authority.",
     "Water Authority", SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” read a notice issued late last week by the Water Authority.",
     "Water Authority", SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” read a notice issued by the Water Authority on 4 March.",
     "Water Authority", SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” a notice released Tuesday by Councillor Ingrid Falk said.",
     "Ingrid Falk", SpeakerType.PERSON, "named_on_record"),
    ("“Repairs start Monday,” said a notice issued on Tuesday by Ingrid Falk’s office.",
     "Ingrid Falk’s office", SpeakerType.ORGANIZATION, "institutional"),
    # the participle set off by commas after the document
    ("“Repairs start Monday,” the notice, issued by the Water Authority, said.",
     "Water Authority", SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” read the notice, which was signed by Ingrid Falk.",
     "Ingrid Falk", SpeakerType.PERSON, "named_on_record"),
    # controls: no one issued it, the one who has it did not write it, words that are no date
    ("“Repairs start Monday,” read a notice.",
     "a notice", SpeakerType.UNKNOWN, "anonymous_vague"),
    ("“Repairs start Monday,” according to a memo obtained by the Courier.",
     "a memo", SpeakerType.UNKNOWN, "anonymous_vague"),
    ("“Repairs start Monday,” read the notice, issued to tenants by the Water Authority.",
     "the notice", SpeakerType.UNKNOWN, "anonymous_vague"),
    # posted on its own site or page: the site's owner posted it
    ("“Repairs start Monday,” read a notice posted on the Water Authority’s website.",
     "Water Authority", SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” said a post on Ingrid Falk’s Facebook page.",
     "Ingrid Falk", SpeakerType.PERSON, "named_on_record"),
    # controls: a site of no one named, a place that is no one's own site
    ("“Repairs start Monday,” read a notice posted on the website.",
     "a notice", SpeakerType.UNKNOWN, "anonymous_vague"),
    ("“Repairs start Monday,” read a notice posted on the mayor’s door.",
     "a notice", SpeakerType.UNKNOWN, "anonymous_vague"),
])
def test_a_document_issued_by_someone_is_theirs_whatever_its_date(text, name, kind, label):
    assert who(text, "Repairs start Monday,")[:2] == (name, kind)
    assert label_of(text, "Repairs start Monday,") == label


def test_an_age_after_the_name_is_not_the_role():
    ex = extract("“Repairs start Monday,” said Ingrid Falk, 61, of Dover.")
    (speaker,) = ex.speakers
    assert (speaker.name, speaker.role) == ("Ingrid Falk", None)


@pytest.mark.parametrize("later, name", [
    ("the senator said", "Ann Boyd"),              # the title was abbreviated: "Sen."
    ("the 58-year-old Democrat added", "Ann Boyd"),
    ("the front-runner said", "Ann Boyd"),
    ("the former prosecutor said", "Ann Boyd"),    # an office held before: someone known
    ("the lawyer said", "the lawyer"),             # control: a new participant stays unnamed
    ("the former aide said", "the former aide"),   # control: an unnamed source's head
    ("the lawmaker said", "Ann Boyd"),             # another word for her office
])
def test_a_description_points_back_to_the_person_named_before(later, name):
    text = (f"Sen. Ann Boyd toured the mill on Friday. “Jobs first,” Boyd said. "
            f"Later, {later}: “We will win.”")
    assert who(text, "We will win.")[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("Marta Jelenska beat the fourth seed on Wednesday. “I am so happy,” the 21-year-old Pole "
     "said.", "I am so happy,", "Marta Jelenska"),
    ("Gordon Reid lost in the second round. “I’m gutted,” the Scot said.", "I’m gutted,",
     "Gordon Reid"),
    ("Mary Kiprono won the marathon in 2:04. ‘The wind was hard,’ the Kenyan said.",
     "The wind was hard,", "Mary Kiprono"),
    ("Jules Moreau crashed on the final lap. “I made a mistake,” said the Frenchman.",
     "I made a mistake,", "Jules Moreau"),
    # controls: a woman is no Frenchman; a given name that is also a demonym
    ("Ann Boyd won the stage. “I made a mistake,” said the Frenchman.", "I made a mistake,",
     "the Frenchman"),
    ("“Prices will rise,” Scot Peterson said.", "Prices will rise,", "Scot Peterson"),
    # "German" ends in "man" but tells no gender; "-woman" is a woman's
    ("Lena Vogt took silver in the downhill. “The snow was soft,” the German said.",
     "The snow was soft,", "Lena Vogt"),
    ("Tom Hale fell early. Fiona Reid won the sprint. “I felt strong,” the Scotswoman said.",
     "I felt strong,", "Fiona Reid"),
])
def test_a_nationality_after_the_points_back_to_the_athlete_named_before(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # a performer's or player's trade describes the person named before
    ("Marisol Vega has played a queen and a spy. “It was the hardest part I have had,” the "
     "actress said.", "Marisol Vega"),
    ("Arjun Mehta hit an unbeaten 94 as the hosts levelled the series. “It was the hardest part "
     "I have had,” the all-rounder said.", "Arjun Mehta"),
    ("Jake Morrison retired from Test cricket on Friday. “It was the hardest part I have had,” "
     "the veteran opener said.", "Jake Morrison"),
    ("Striker Liam Doherty scored twice. “It was the hardest part I have had,” the striker "
     "said.", "Liam Doherty"),
    ("Dev Kapoor, the drummer, left the band in May. “It was the hardest part I have had,” the "
     "singer said.", "the singer"),     # control: one with another trade is someone else
    # controls: no one named; an office is still its holder's, not the last person's
    ("“It was the hardest part I have had,” the actress said.", "the actress"),
    ("Manager Ange Kovac praised his side. “It was the hardest part I have had,” the striker "
     "said.", "the striker"),
])
def test_a_trade_after_the_points_back_to_the_performer_named_before(text, name):
    assert who(text, "It was the hardest part I have had,")[0] == name


@pytest.mark.parametrize("text, name", [
    # a place's adjective before an office describes someone named before
    ("Mayor Ivo Marek met Olaf Brandt, who leads Norway. The Norwegian leader said: “We will "
     "win.”", "Olaf Brandt"),
    ("Gov. Ann Boyd and Mayor Ivo Marek met. Then the Vermont governor said: “We will win.”",
     "Ann Boyd"),
    ("Gov. Ann Boyd and Norwegian Premier Olaf Brandt met. Then the Norwegian premier said: "
     "“We will win.”", "Olaf Brandt"),
    # ... not someone holding an office of the article's own country, written bare, nor
    # another place's
    ("President Ann Boyd phoned Olaf Brandt. Afterward, the Norwegian president said: “We "
     "will win.”", "Olaf Brandt"),
    ("Swedish President Ann Boyd phoned Norwegian President Olaf Brandt. Afterward, the "
     "Swedish president said: “We will win.”", "Ann Boyd"),
    ("President Ann Boyd phoned Prime Minister Olaf Brandt. Afterward, the Norwegian prime "
     "minister said: “We will win.”", "the Norwegian prime minister"),
    # control: an office a nationality qualifies is no epithet when it is a portfolio's
    ("Olaf Brandt spoke first. Then the Norwegian foreign minister said: “We will win.”",
     "the Norwegian foreign minister"),
])
def test_a_place_and_an_office_point_back_to_the_one_who_holds_it(text, name):
    assert who(text, "We will win.")[0] == name


@pytest.mark.parametrize("text, words, name, role", [
    # "<Office> of <Place>" before a name: the name is the person's, the office her role
    ("“The trams must run on time,” Mayor of Leeds Idris Okafor said on Monday.",
     "The trams must run on time,", "Idris Okafor", "Mayor of Leeds"),
    ("“It is wrong,” Mayor of Greater Manchester Idris Okafor said.", "It is wrong,",
     "Idris Okafor", "Mayor of Greater Manchester"),
    ("Mayor of Leeds Idris Okafor opened the line. Later the mayor said: “We will not cut "
     "services.”", "We will not cut services.", "Idris Okafor", "Mayor of Leeds"),
    # ... and written alone after "the", the office of the person named with it
    ("Prince Edmund, the Duke of Wessex, gave evidence on Tuesday. “I was followed for years,” "
     "the Duke of Wessex said.", "I was followed for years,", "Edmund", None),
    ("Prince Edmund, the Duke of Wessex, gave evidence on Tuesday. “It has to stop,” the Duke "
     "added.", "It has to stop,", "Edmund", None),
    ("Tom Weller, the Mayor of Greater Manchester, asked for more money. “The north has been "
     "ignored,” the mayor said.", "The north has been ignored,", "Tom Weller", None),
    ("“The north has been ignored,” said the Mayor of Greater Manchester, Tom Weller.",
     "The north has been ignored,", "Tom Weller", None),
    ("The Mayor of Greater Manchester, Tom Weller, said: “The north has been ignored.”",
     "The north has been ignored.", "Tom Weller", None),
    # controls: an office, an organisation, a person "of" an organisation, a given name
    ("“We will pray,” the Archbishop of Canterbury said.", "We will pray,",
     "the Archbishop of Canterbury", None),
    ("“Rates stay put,” the Bank of England said.", "Rates stay put,", "Bank of England", None),
    ("“It is wrong,” Mira Lenz of Open Rights Watch said.", "It is wrong,", "Mira Lenz",
     "of Open Rights Watch"),
    ("“We need help,” said Secretary of State John Kerry.", "We need help,", "John Kerry",
     "Secretary of State"),
])
def test_an_office_of_a_place_is_the_role_of_the_person_named_with_it(text, words, name, role):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert s.name == name
    if role is not None:
        assert s.role == role


@pytest.mark.parametrize("text, words", [
    ("Sen. Ann Boyd (D-Vt.) said the levy was “a tax on work.”", "a tax on work."),
    ("Ann Boyd (D-Vt.) called the levy “a tax on work.”", "a tax on work."),
    ("Ann Boyd called it “a tax on work” in a speech on Monday.", "a tax on work"),
])
def test_a_party_aside_or_calling_it_something_keeps_the_speaker(text, words):
    assert who(text, words)[0] == "Ann Boyd"


@pytest.mark.parametrize("text, words", [
    ("Ann Boyd's response: “Not one cent.”", "Not one cent."),
    ("Ann Boyd’s reply was short: “Not one cent.”", "Not one cent."),
    ("“Not one cent,” read Ann Boyd’s statement.", "Not one cent,"),
    ("The new ad features Ann Boyd saying, “Not one cent.”", "Not one cent."),
    ("Ann Boyd left early. A camera caught her saying, “Not one cent.”", "Not one cent."),
])
def test_her_response_or_an_ad_showing_her_saying_is_hers(text, words):
    assert who(text, words)[0] == "Ann Boyd"


def test_a_comma_less_participle_after_an_object_stays_the_subjects():
    text = "Tom Weller defended Ann Boyd saying “she will never fold.”"
    assert who(text, "she will never fold.")[0] == "Tom Weller"


@pytest.mark.parametrize("intro", [
    "Tsegaye Wolde is the chair of the Riverside Tenants Union.",
    "Tsegaye Wolde was a night-shift nurse for twenty years.",
    "Tsegaye Wolde, 52, runs the Riverside Tenants Union.",      # control: an age
])
def test_a_name_the_text_describes_as_someone_is_a_person_pronouns_reach(intro):
    text = f"{intro} Last week he wrote to the council, “Fix the boilers.”"
    assert who(text, "Fix the boilers.")[0] == "Tsegaye Wolde"


def test_british_forms_sir_and_first_name_an_mp_and_no_10():
    text = ("Opposition leader Alan Whitby has called the budget a gamble.\n\n"
            "Sir Alan told the BBC: 'We will vote against it.'\n\n"
            "'It is a shambles,' said one Tory MP, who asked not to be named.\n\n"
            "A No 10 spokesman said: 'The budget stands.'")
    assert who(text, "We will vote against it.")[0] == "Alan Whitby"
    assert who(text, "It is a shambles,")[:2] == ("one Tory MP", SpeakerType.ANONYMOUS)
    assert who(text, "The budget stands.")[:2] == ("No 10", SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, words, name", [
    # "Sir" or "Dame" and a given name after the knight's full name, honour written with it
    ("Sir Graham Lowe, who chairs the committee, called the plan reckless. “I will vote "
     "against it,” Sir Graham said.", "I will vote against it,", "Sir Graham Lowe"),
    ("Dame Ann Boyd opened the new ward on Monday. “It is a fine day,” Dame Ann said.",
     "It is a fine day,", "Dame Ann Boyd"),
    ("“We are ready,” said Sir Keith Ogilvy-Hart. “The squad is fit,” Sir Keith added.",
     "The squad is fit,", "Sir Keith Ogilvy-Hart"),
    # controls: the full name without the honour, as before; another knight's given name
    ("Graham Lowe, who chairs the committee, called the plan reckless. “I will vote against "
     "it,” Sir Graham said.", "I will vote against it,", "Graham Lowe"),
    ("Sir Graham Lowe called the plan reckless. “It will pass,” Sir Alan said.", "It will pass,",
     "Sir Alan"),
])
def test_sir_and_a_given_name_is_the_knight_named_in_full(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("before, name", [
    ("“The recall is voluntary,” the Harbor Water Authority said.", "Harbor Water Authority"),
    ("“The recall is voluntary,” Ann Boyd said.", "It"),   # control: "it" is no person
])
def test_it_is_the_organisation_that_just_spoke(before, name):
    text = f"{before} It added: “Refunds start Monday.”"
    assert who(text, "Refunds start Monday.")[0] == name


_SINGER = "Tom Aldous, the band’s lead singer, said his voice was gone."


@pytest.mark.parametrize("text, words, name, kind", [
    # a collective noun speaks as the collective, not as the member named before it
    (_SINGER + " “We are taking a break,” the band said in a post.", "We are taking a break,",
     "band", SpeakerType.ORGANIZATION),
    (_SINGER + "\n“We are taking a break,” the band wrote on Instagram.",
     "We are taking a break,", "band", SpeakerType.ORGANIZATION),
    ("Mira Lenz, who conducts the orchestra, said the hall was unsafe. “Tonight’s concert is "
     "off,” the orchestra said in a statement.", "Tonight’s concert is off,", "orchestra",
     SpeakerType.ORGANIZATION),
    ("Ivan Petrov founded the troupe in 1998. “He will be missed,” the troupe said.",
     "He will be missed,", "troupe", SpeakerType.ORGANIZATION),
    ("“We are taking a break,” the band said.", "We are taking a break,", "band",
     SpeakerType.ORGANIZATION),
    # controls: the member speaking, and the group and the team as before
    (_SINGER + " He added: “We are taking a break.”", "We are taking a break.", "Tom Aldous",
     SpeakerType.PERSON),
    ("“We are taking a break,” the band’s lead singer, Tom Aldous, said.",
     "We are taking a break,", "Tom Aldous", SpeakerType.PERSON),
    ("Ann Boyd, the group’s founder, said it was over. “We are taking a break,” the group "
     "said.", "We are taking a break,", "group", SpeakerType.ORGANIZATION),
    ("Coach Ann Boyd has led the side since 2019. “We owe the fans more,” the team said.",
     "We owe the fans more,", "team", SpeakerType.ORGANIZATION),
    # a surname that is a collective noun is a person's
    ("Doug Band, a former aide, spoke last. “It is important,” Mr. Band said.",
     "It is important,", "Doug Band", SpeakerType.PERSON),
])
def test_a_collective_noun_speaks_as_the_collective_not_its_member(text, words, name, kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, name, kind", [
    # the organisation a reporter contacted answers through its spokesperson
    ("The Ledger contacted the ministry on Friday. “We do not comment on individual cases,” a "
     "spokeswoman said.", "ministry", SpeakerType.ORGANIZATION),
    ("The Ledger contacted Harbor Mills Inc. about the spill. “We do not comment on individual "
     "cases,” a spokesman said.", "Harbor Mills Inc", SpeakerType.ORGANIZATION),
    ("Reporters reached out to the Harbor Water Authority. A spokesperson replied: “We do not "
     "comment on individual cases.”", "Harbor Water Authority", SpeakerType.ORGANIZATION),
    ("The Ledger approached the council for comment. “We do not comment on individual cases,” "
     "a spokesman said.", "council", SpeakerType.ORGANIZATION),
    # controls: the organisation that is the subject, and one the spokesperson names
    ("The ministry declined to give details. “We do not comment on individual cases,” a "
     "spokeswoman said.", "ministry", SpeakerType.ORGANIZATION),
    ("The Ledger contacted the ministry. “We do not comment on individual cases,” a spokeswoman "
     "for the Harbor Water Authority said.", "Harbor Water Authority", SpeakerType.ORGANIZATION),
])
def test_the_organisation_contacted_answers_through_its_spokesperson(text, name, kind):
    assert who(text, next(q.text for q in extract(text).quotes))[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name", [
    ("Ingrid Falk, author of “The Quiet River,” said the levy was “a tax on work.”",
     "a tax on work.", "Ingrid Falk"),
    # control: found before too, by the sentence's subject
    ("Ingrid Falk, the author of “The Quiet River,” said: “The levy is a tax on work.”",
     "The levy is a tax on work.", "Ingrid Falk"),
    ("As Ingrid Falk, author of “The Quiet River,” put it, “The levy is a tax on work.”",
     "The levy is a tax on work.", "Ingrid Falk"),
    ("“The levy is a tax on work,” said the author of “The Quiet River,” Ingrid Falk.",
     "The levy is a tax on work,", "Ingrid Falk"),
    ("“The levy is a tax on work,” wrote the editors of “The Dover Ledger.” Readers agreed.",
     "The levy is a tax on work,", "the editors of “The Dover Ledger.”"),
    ("The host of “Evening Roundtable” said the levy was “a tax on work.”", "a tax on work.",
     "The host of “Evening Roundtable”"),
])
def test_a_quoted_title_inside_the_speakers_description_is_read_across(text, words, name):
    ex = extract(text)
    assert who(text, words)[0] == name
    (title,) = [q for q in ex.quotes if q.text not in (words,)]
    assert title.kind is QuoteKind.NON_SPEECH and title.speaker is None


@pytest.mark.parametrize("text, name", [
    ("“The levy is a tax on work,” wrote the authors of the county report.",
     "the authors of the county report"),
    ("“The levy is a tax on work,” the paper’s editors wrote.", "the paper’s editors"),
    # control: a clause after the comma is no name in apposition
    (("“The levy is a tax on work,” wrote the authors of the report, giving the example of "
     "the 2019 nominee Jonas Berg."), "the authors of the report"),
])
def test_plural_role_nouns_describe_speakers(text, name):
    assert who(text, "The levy is a tax on work,")[0] == name


@pytest.mark.parametrize("text, words, name", [
    # those who put questions at an event speak as a group, as reporters would
    (("At the briefing, the mayor's first three questioners ranged from curious to hostile: "
      "“Is the plan failing?”"), "Is the plan failing?", "three questioners"),
    ("“Why now?” asked one caller from the east side.", "Why now?", "one caller"),
    ("The interviewer pressed on: “Did you sign it?”", "Did you sign it?", "interviewer"),
])
def test_questioners_callers_and_interviewers_describe_speakers(text, words, name):
    got = who(text, words)[0]
    assert got is not None and name in got


@pytest.mark.parametrize("text, words", [
    ("Ingrid Falk’s motto was, “Measure twice, pour once.”", "Measure twice, pour once."),
    ("Ingrid Falk’s motto for her crews was, “Measure twice, pour once.”",
     "Measure twice, pour once."),
    ("Ingrid Falk’s dictum to her apprentices was: “Measure twice, pour once.”",
     "Measure twice, pour once."),
    ("Ingrid Falk builds dams. She coined a new phrase, “concrete patience,” for the job.",
     "concrete patience,"),
    (("When Tom Weller was young, he worked for Ingrid Falk, a builder; Falk’s dictum to her "
     "crews (repeated to me often) was, “Measure twice, pour once.”"),
     "Measure twice, pour once."),
])
def test_a_saying_owned_or_coined_by_someone_is_theirs(text, words):
    assert who(text, words)[0] == "Ingrid Falk"


def test_a_copula_and_comma_without_a_saying_names_no_owner():
    # control: "X's first dam was, …" is not what X said
    assert who("Ingrid Falk’s first dam was, “a disaster.”", "a disaster.")[0] is None


@pytest.mark.parametrize("text, words, name", [
    ("Ingrid Falk’s husband said: “We are proud of her.”", "We are proud of her.",
     "Ingrid Falk’s husband"),
    ("“We are proud of her,” Ingrid Falk’s husband said.", "We are proud of her,",
     "Ingrid Falk’s husband"),
    ("Falk’s sister told the paper: “We are proud of her.”", "We are proud of her.",
     "Falk’s sister"),
])
def test_someone_described_by_whose_relative_they_are_is_not_that_person(text, words, name):
    assert who(text, words)[0] == name


def test_one_and_another_are_unnamed_speakers():
    text = "Engineers were split. “The dam will hold,” one said. “I doubt it,” another said."
    ex = extract(text)
    speakers = [ex.speaker(q.speaker) for q in ex.quotes]
    assert [(s.name, s.type) for s in speakers] == [("one", SpeakerType.ANONYMOUS),
                                                    ("another", SpeakerType.ANONYMOUS)]
    assert [q.sourcing.label for q in ex.quotes] == ["anonymous_vague"] * 2


def test_some_in_a_clause_does_not_take_the_named_speakers_words():
    # control: "some" and "many" are not bare speakers
    text = "Ann Boyd spoke at noon. Some cheer when she insists that “the dam will hold.”"
    assert who(text, "the dam will hold.")[0] == "Ann Boyd"


@pytest.mark.parametrize("text, name", [
    ("The Water Authority defended the plan. “The dam will hold,” the authority said.",
     "Water Authority"),
    ("Acme Corp. denied the report. “The dam will hold,” the company said.", "Acme Corp"),
    ("The Dover Ledger ran the story first. “The dam will hold,” the paper said.",
     "Dover Ledger"),
    # control: nothing named before, so the words stay as written
    ("“The dam will hold,” the company said.", "company"),
    # two named in one sentence: the one that opened it, not the one after its verb
    ("Acme Corp. sued Bolt Inc. on Monday. “The dam will hold,” the company said.",
     "Acme Corp"),
    ("The Water Authority fined the Harbor Authority. “The dam will hold,” the authority "
     "said.", "Water Authority"),
    # controls: the one named later in its own sentence, after the opener's sentence
    ("Acme Corp. fell. Investors sold Bolt Inc. “The dam will hold,” the company said.",
     "Bolt Inc"),
    ("The regulator fined Bolt Inc. on Monday. “The dam will hold,” the company said.",
     "Bolt Inc"),
])
def test_the_company_is_the_organisation_named_before(text, name):
    ex = extract(text)
    (q,) = ex.quotes
    s = ex.speaker(q.speaker)
    assert (s.name, s.type) == (name, SpeakerType.ORGANIZATION)
    assert q.sourcing.label == "institutional"


def test_a_company_name_is_not_a_person():
    ex = extract("Acme Corp said on Monday: “The dam will hold.”")
    assert ex.speakers[0].type is SpeakerType.ORGANIZATION


@pytest.mark.parametrize("text, words, name, type_", [
    ("“Margins will recover next year,” Tamsin Energy said in an emailed statement.",
     "Margins will recover next year,", "Tamsin Energy", SpeakerType.ORGANIZATION),
    ("Corvane Pharmaceuticals said in a filing that the trial had ended early. “The data "
     "were clear,” the company said.", "The data were clear,", "Corvane Pharmaceuticals",
     SpeakerType.ORGANIZATION),
    ("“We apologise to every passenger,” Harlow Airways said. “Flights resume at noon,” "
     "the firm added.", "Flights resume at noon,", "Harlow Airways", SpeakerType.ORGANIZATION),
    ("Pelican Foods posted a loss. “Demand is soft,” said Pelican Foods, which makes "
     "frozen meals.", "Demand is soft,", "Pelican Foods", SpeakerType.ORGANIZATION),
    # controls: people, whose surnames are no trade; a named spokeswoman of such a firm
    ("“The vote is close,” Samantha Power said.", "The vote is close,", "Samantha Power",
     SpeakerType.PERSON),
    ("“The plant stays open,” Tamsin Energy spokeswoman Ann Boyd said.",
     "The plant stays open,", "Ann Boyd", SpeakerType.PERSON),
    ("“The plant stays open,” said Ann Boyd of Tamsin Energy.", "The plant stays open,",
     "Ann Boyd", SpeakerType.PERSON),
])
def test_a_firm_named_for_its_trade_is_an_organisation(text, words, name, type_):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert (s.name, s.type) == (name, type_)
    if type_ is SpeakerType.ORGANIZATION:
        assert q.sourcing.label == "institutional"


@pytest.mark.parametrize("text, words, name, type_", [
    ("Juniper Air grounded its fleet on Monday. “We are sorry for the disruption,” the "
     "airline said in a statement.", "We are sorry for the disruption,", "Juniper Air",
     SpeakerType.ORGANIZATION),
    ("Marlow Bank cut its forecast. “Conditions are tough,” the lender said.",
     "Conditions are tough,", "Marlow Bank", SpeakerType.ORGANIZATION),
    ("“We will appeal the fine,” the carmaker said on Tuesday.", "We will appeal the fine,",
     "carmaker", SpeakerType.ORGANIZATION),
    ("The Financial Conduct Authority fined the broker. “These failings were serious,” the "
     "watchdog said.", "These failings were serious,", "Financial Conduct Authority",
     SpeakerType.ORGANIZATION),
    ("“Shoppers are cautious,” a spokeswoman for the retailer said.", "Shoppers are cautious,",
     "retailer", SpeakerType.ORGANIZATION),
    ("Tovey Airways cut 40 routes. The carrier gave few details. In a statement, it said the "
     "cuts were “painful but necessary.”", "painful but necessary.", "Tovey Airways",
     SpeakerType.ORGANIZATION),
    # controls: a person's job, and a trade that is also a worker
    ("“We are sorry for the delay,” the pilot said.", "We are sorry for the delay,",
     "the pilot", SpeakerType.UNKNOWN),
    ("“The shaft is safe,” the miner said.", "The shaft is safe,", "the miner",
     SpeakerType.UNKNOWN),
])
def test_a_firm_described_by_its_trade_is_an_organisation(text, words, name, type_):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert (s.name, s.type) == (name, type_)
    if type_ is SpeakerType.ORGANIZATION:
        assert q.sourcing.label == "institutional"


@pytest.mark.parametrize("text, words, name", [
    # a firm named by one bare word opening the sentence before, as wire copy does
    ("Nordair cut its summer forecast. “Fares are softer than we hoped,” the airline said.",
     "Fares are softer than we hoped,", "Nordair"),
    ("Kestrova posted a quarterly loss. “We remain confident,” the lender said.",
     "We remain confident,", "Kestrova"),
    ("Vantrel said its trial met every goal. “The data are clear,” the drugmaker said.",
     "The data are clear,", "Vantrel"),
    # controls: a person's surname, named in full before; a common noun the text also writes
    # in lower case; nothing but an adverb opening the sentence
    ("Ada Kessel runs the bank. Kessel paid the fine. “We want change,” the bank said.",
     "We want change,", "bank"),
    ("Markets closed lower as markets fell. “Fares are softer,” the airline said.",
     "Fares are softer,", "airline"),
    ("Late last month, the firm sued. “We want change,” the company said.",
     "We want change,", "company"),
])
def test_the_company_is_a_firm_named_by_one_word_opening_the_sentence_before(text, words,
                                                                            name):
    assert who(text, words)[:2] == (name, SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, words, name", [
    # a spokesperson for no one named speaks for the firm named bare the sentence before
    ("Nordair said two routes would close. “Demand is weak,” a spokesman added.",
     "Demand is weak,", "Nordair"),
    ("Kestrova cut 300 jobs on Monday. “It was a hard choice,” a spokeswoman said.",
     "It was a hard choice,", "Kestrova"),
    # control: a person's surname named in full before is no firm
    ("Ada Kessel runs the bank. Kessel paid the fine. “We want change,” a spokeswoman said.",
     "We want change,", "a spokeswoman"),
])
def test_a_spokesperson_speaks_for_a_firm_named_by_one_word_the_sentence_before(text, words,
                                                                               name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("intro", [
    "The county sheriff, Jonas Berg, closed the port on Monday.",
    "Jonas Berg, the county sheriff, closed the port on Monday.",
    "Jonas Berg, her sheriff, closed the port on Monday.",
    "Jonas Berg, a county sheriff, closed the port on Monday.",
])
def test_a_description_beside_a_name_lets_it_point_back_later(intro):
    text = f"{intro} The storm grew. Later the sheriff added: “The port stays shut.”"
    assert who(text, "The port stays shut.")[0] == "Jonas Berg"


@pytest.mark.parametrize("text, words, name", [
    ("“The dam will hold,” per Ingrid Falk.", "The dam will hold,", "Ingrid Falk"),
    ("“The dam will hold,” per a statement from the Water Authority.", "The dam will hold,",
     "Water Authority"),
    ("The report calls the dam “sound and safe” for now, Ingrid Falk said.",
     "sound and safe", "Ingrid Falk"),
    ("The mayor “felt a duty to act” on the dam, Ingrid Falk said.", "felt a duty to act",
     "Ingrid Falk"),
])
def test_per_and_a_reporting_clause_closing_the_sentence(text, words, name):
    assert who(text, words)[0] == name


def test_a_title_before_a_clause_is_not_spoken_by_its_subject():
    # control: a book title, then the sentence's own subject and verb
    text = ("According to “The Falks: Three Generations,” by Ann Boyd, Ingrid told her "
            "friend the plan had changed.")
    ex = extract(text)
    assert all(q.speaker is None for q in ex.quotes)


@pytest.mark.parametrize("text, name", [
    ("The Water Authority released its report on Monday. “The dam will hold,” it said.",
     "Water Authority"),
    # control: an organisation that is only the object is not what "it" is
    (("A coalition of groups sent a letter urging the Water Authority to act. “The dam will "
     "not hold,” it read."), "it"),
])
def test_it_said_is_the_organisation_the_sentence_before_is_about(text, name):
    assert who(text, "The dam will hold," if "will hold" in text else
               "The dam will not hold,")[0] == name


def test_one_of_them_is_an_unnamed_source():
    ex = extract("Two aides disagreed. “The dam will hold,” one of them said.")
    (q,) = ex.quotes
    assert (ex.speaker(q.speaker).name, q.sourcing.label) == ("one of them", "anonymous_vague")


def test_a_quote_ending_a_sentence_then_a_new_speaker_with_an_object_clause():
    text = ("The ministry said the talks were “constructive.” Spokesman Jonas Berg told state "
            "radio that the port was “open for business.”")
    assert who(text, "open for business.")[0] == "Jonas Berg"
    # control: a short attribution after the stop is still the quote's own
    assert who("“The port is open.” Jonas Berg said.", "The port is open.")[0] == "Jonas Berg"


def test_a_quote_ending_a_sentence_then_a_new_speaker_with_a_quote_of_their_own():
    text = "The sign read “No entry.” Jonas Berg said it was “a joke.”"
    assert who(text, "a joke.")[0] == "Jonas Berg"
    # controls: the attribution after the stop closes its clause (a comma, a time, the end)
    for after in ("Jonas Berg said.", "Jonas Berg said on Monday.",
                  "Jonas Berg said, “and it will stay open.”"):
        assert who(f"“The port is open.” {after}", "The port is open.")[0] == "Jonas Berg"


def test_a_name_after_an_appositive_and_said_is_not_a_reported_speaker():
    # (fails once the sentences above are split right, unless "Weller, said Berg was" is
    # read as Weller speaking about Berg)
    text = ("The port's lawyer, Tom Weller, said Jonas Berg was “looking for publicity.” "
            "He said the contract was “standard practice.”")
    assert who(text, "standard practice.")[0] == "Tom Weller"


def test_a_long_unnamed_source_is_cut_before_its_relative_clause_not_mid_clause():
    text = ("“The dam will hold,” said one aide who inspected the dam but spoke on the "
            "condition of anonymity because of the inquiry.")
    assert who(text, "The dam will hold,")[0] == "one aide"
    # control: a short description keeps its clause
    assert who("“The dam will hold,” said a person who attended the meeting.",
               "The dam will hold,")[0] == "a person who attended the meeting"


@pytest.mark.parametrize("text, words, name", [
    (("“Many would call that a defeat” if she did not win by a wider margin than that, said "
     "Tom Weller, an analyst at the institute."), "Many would call that a defeat", "Tom Weller"),
    # controls: a clause after the comma that does not close the quote's sentence
    (("Ann Boyd says that Jonas Berg “broke the story” of the standoff in Dover, Del., others "
     "argue that he caused it."), "broke the story", "Ann Boyd"),
    (("Ann Boyd said she asked the question “to build on his comments,” in regards to a "
     "question posed by Jonas Berg, a supporter who has criticized Boyd."),
     "to build on his comments,", "Ann Boyd"),
])
def test_a_reporting_clause_must_close_the_sentence_the_quote_began(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    (("“It is not do or die,” Tom Weller said outside. But “The endorsement helps the "
     "campaign.”"), "The endorsement helps the campaign.", "Tom Weller"),
    (("Ann Boyd is an “able conservative” who won twice, the editorial board writes. “It is a "
     "sign of the times that some doubt her.”"), "It is a sign of the times that some doubt her.",
     "editorial board"),
])
def test_a_quote_after_but_or_after_a_reporting_sentence_with_scare_quotes(text, words, name):
    assert who(text, words)[0] == name


def test_the_one_heard_asking_speaks_and_an_epithet_points_back_to_a_named_person():
    text = ("Tom Weller spoke in Dover on Monday.\n\n“Should the port close?” a reporter can be "
            "heard asking Weller after the event.\n\n“It should not,” the businessman replied.")
    assert who(text, "Should the port close?")[0] == "a reporter"
    assert who(text, "It should not,")[0] == "Tom Weller"


@pytest.mark.parametrize("text, words, name", [
    ("“I was wrong,” Ingrid Falk admitted.", "I was wrong,", "Ingrid Falk"),
    ("“We won,” Ingrid Falk bragged, and the crowd cheered.", "We won,", "Ingrid Falk"),
    ("Ingrid Falk slammed the plan as “a waste.”", "a waste.", "Ingrid Falk"),
    ("Once, Ingrid Falk circled the boat as her friends jeered, “Goodbye!”", "Goodbye!",
     "her friends"),
    # controls: a place after the last comma of a chain, a word after a dash that goes on
    ("Ingrid Falk, a pastor in Elizabeth, Colorado, slammed the plan as “a waste.”",
     "a waste.", "Ingrid Falk"),
    ("Ingrid Falk waved. “Do svidaniya!” - Russian for “goodbye.”", "Do svidaniya!", None),
])
def test_reporting_verbs_with_doubled_consonants_and_clause_subjects(text, words, name):
    assert who(text, words)[0] == name


def test_a_title_case_headline_is_not_a_name_with_a_role():
    text = ("Former Dover Pollster Says Falk Is In Trouble In Coastal Primaries.\n\n"
            "Former Dover pollster Jonas Berg spoke on Monday.\n\n"
            "The former pollster said, “She is behind in a number of polls.”")
    ex = extract(text)
    assert "Coastal Primaries" not in [s.name for s in ex.speakers]
    assert who(text, "She is behind in a number of polls.")[0] != "Coastal Primaries"


@pytest.mark.parametrize("text, words, name", [
    (("Former Dover pollster Jonas Berg spoke on Monday. Later the pollster said, “She is "
     "behind.”"), "She is behind.", "Jonas Berg"),
    (("Norland's foreign minister, Erlan Vass, plays down the fears. The port is good news, he "
     "says. “We should welcome it,” he said."), "We should welcome it,", "Erlan Vass"),
])
def test_a_role_written_before_a_name_makes_it_a_person_later_words_point_back_to(
        text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name, kind", [
    ("The Rev. Ann Boyd said: “We march at noon.”", "We march at noon.", "Ann Boyd",
     SpeakerType.PERSON),
    ("“We march at noon,” the Rev. Ann Boyd said.", "We march at noon,", "Ann Boyd",
     SpeakerType.PERSON),
    ("“Rates will hold,” the Fed said.", "Rates will hold,", "Fed", SpeakerType.ORGANIZATION),
    # control
    ("“Rates will hold,” the White House said.", "Rates will hold,", "White House",
     SpeakerType.ORGANIZATION),
])
def test_the_before_a_titled_name_or_a_short_organisation_name(text, words, name, kind):
    assert who(text, words)[:2] == (name, kind)


def test_a_full_name_after_a_description_the_reader_cannot_take_speaks():
    ex = extract("The first lady, Ingrid Falk, said in a statement that she was “deeply "
                 "saddened.”")
    (q,) = ex.quotes
    s = ex.speaker(q.speaker)
    assert (s.name, s.role, q.sourcing.label) == ("Ingrid Falk", "The first lady",
                                                  "named_on_record")


@pytest.mark.parametrize("text, words, name", [
    ("Striker Tom Weller, who scored twice, was modest. “It was a team effort,” he said.",
     "It was a team effort,", "Tom Weller"),
    ("“The levee will hold,” Engineer Ann Boyd said.", "The levee will hold,", "Ann Boyd"),
    # controls: a first name that is also a role noun, a noun after an owner
    ("“The levee will hold,” said Guy Weller, an engineer.", "The levee will hold,",
     "Guy Weller"),
    ("Even before the engineers' report about him, Tom Weller had called it “a hit job.”",
     "a hit job.", "Tom Weller"),
])
def test_role_nouns_before_names_and_nouns_after_owners(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    (("Ingrid Falk toured the dam. When a reporter asked, “Will it hold?” Falk replied, "
     "“Without a doubt.”"), "Will it hold?", "a reporter"),
    (("Ingrid Falk toured the dam. When Tom Weller shouted, “Resign,” Falk answered, "
     "“Not today.”"), "Resign,", "Tom Weller"),
    # controls: a clause joined by "and"; the answer is still the answerer's; a split quote
    # has no clause before it
    (("Ingrid Falk toured the dam. A heckler yelled, “Liar,” and Falk shot back, with a "
     "smile, “Prove it.”"), "Liar,", "A heckler"),
    (("Ingrid Falk toured the dam. When a reporter asked, “Will it hold?” Falk replied, "
     "“Without a doubt.”"), "Without a doubt.", "Ingrid Falk"),
    ("“The dam will hold,” Ingrid Falk said, “for a century.”", "The dam will hold,",
     "Ingrid Falk"),
])
def test_a_question_answered_in_the_same_sentence_is_the_askers(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name, kind", [
    ("Ingrid Falk left the board. Her statement said “the matter is closed.”",
     "the matter is closed.", "Ingrid Falk", SpeakerType.PERSON),
    ("Acme Corp fired Ingrid Falk. Its statement said “the matter is closed.”",
     "the matter is closed.", "Acme Corp", SpeakerType.ORGANIZATION),
    ("Ingrid Falk left the board. The campaign’s statement declared “the matter is closed.”",
     "the matter is closed.", "campaign", SpeakerType.ORGANIZATION),
])
def test_an_owners_statement_is_the_owners_when_a_pronoun_or_a_description_owns_it(
        text, words, name, kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name, type_, level", [
    # a statement on its website is the organisation "its" points back to
    (("The Water Agency warned residents on Sunday. “Boil all tap water,” according to a "
      "statement on its website."), "Boil all tap water,", "Water Agency",
     SpeakerType.ORGANIZATION, 4),
    (("The Harbor Port Authority closed the terminal on Friday. “The cranes are unsafe,” a "
      "statement on its website said."), "The cranes are unsafe,", "Harbor Port Authority",
     SpeakerType.ORGANIZATION, 4),
    (("Acme Corp. recalled 4,000 heaters on Monday. The heaters are “a fire risk,” according "
      "to a notice on its website."), "a fire risk,", "Acme Corp", SpeakerType.ORGANIZATION, 4),
    # ... and a post on her website is the woman's
    ("Sen. Ann Keller left the race. “I am done,” according to a post on her website.",
     "I am done,", "Ann Keller", SpeakerType.PERSON, 5),
    # controls: said in a statement on its website (right before); no organisation for "its"
    # (a written source kept as written, typed unknown as a report is); a report on its
    # finances is about it, not by it
    (("The Water Agency warned residents on Sunday. “Boil all tap water,” the agency said in a "
      "statement on its website."), "Boil all tap water,", "Water Agency",
     SpeakerType.ORGANIZATION, 4),
    (("Residents were told to stay home. “Boil all tap water,” according to a statement on its "
      "website."), "Boil all tap water,", "a statement on its website", SpeakerType.UNKNOWN,
     2),
    (("The Water Agency cut its budget on Sunday. The cuts are “deep and lasting,” according to "
      "a report on its finances."), "deep and lasting,", "a report on its finances",
     SpeakerType.UNKNOWN, 2),
])
def test_a_statement_on_its_website_is_the_organisations(text, words, name, type_, level):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert (s.name, s.type, q.sourcing.level) == (name, type_, level)


_BUDGET = "Mayor Ann Keller unveiled the budget. “It is balanced,” she said. "


@pytest.mark.parametrize("text, words, name, kind", [
    # the owner of a reply, an answer, a verdict … speaks, resolved as the owner would be
    ("Rep. Ann Keller defended the plan. “It works,” she said. Her opponent’s reply: “It "
     "does not.”", "It does not.", "Her opponent", SpeakerType.ANONYMOUS),
    (("Prosecutors charged Tom Weller. “The evidence is clear,” said District Attorney Ann "
      "Keller. His lawyer’s response was blunt: “My client is innocent.”"),
     "My client is innocent.", "His lawyer", SpeakerType.ANONYMOUS),
    (("Regulators fined Acme Corp. on Tuesday. “The fine is fair,” said Ann Keller, who chairs "
      "the board. The company’s answer: “We will appeal.”"), "We will appeal.", "Acme Corp",
     SpeakerType.ORGANIZATION),
    (_BUDGET + "Their rivals’ message was simple: “Vote no.”", "Vote no.", "Their rivals",
     SpeakerType.ANONYMOUS),
    (_BUDGET + "One critic’s comment summed up the mood: “Too little, too late.”",
     "Too little, too late.", "One critic", SpeakerType.ANONYMOUS),
    (_BUDGET + "Her rival’s verdict was harsh: “It is a fantasy.”", "It is a fantasy.",
     "Her rival", SpeakerType.ANONYMOUS),
    # a named owner, as before
    (_BUDGET + "Council member Tom Dolan was unmoved. Dolan’s retort: “It is a fantasy.”",
     "It is a fantasy.", "Tom Dolan", SpeakerType.PERSON),
    (_BUDGET + "Her mother’s words stayed with her: “Count every penny.”", "Count every penny.",
     "Her mother", SpeakerType.ANONYMOUS),
    # controls: an owner's reply read out by someone who speaks, an owner's lawyer
    ("Ann Keller read her opponent’s reply aloud, then said: “It is nonsense.”",
     "It is nonsense.", "Ann Keller", SpeakerType.PERSON),
    (_BUDGET + "Her opponent’s lawyer said: “It is nonsense.”", "It is nonsense.",
     "Her opponent’s lawyer", SpeakerType.ANONYMOUS),
])
def test_an_utterance_owned_by_a_description_is_the_owners(text, words, name, kind):
    assert who(text, words)[:2] == (name, kind)


def test_a_thing_that_owns_a_message_is_no_speaker():
    text = _BUDGET + "The budget’s message to voters: “Taxes stay flat.”"
    assert who(text, "Taxes stay flat.")[0] not in ("budget", "The budget")


@pytest.mark.parametrize("text, words, name", [
    (("Ingrid Falk spoke for an hour. When someone in the audience shouted, “Resign,” Falk "
     "laughed."), "Resign,", "someone in the audience"),
    ("Ingrid Falk spoke for an hour. Someone at the back yelled, “Resign!”", "Resign!",
     "Someone at the back"),
])
def test_someone_placed_somewhere_is_an_unnamed_speaker(text, words, name):
    assert who(text, words)[:2] == (name, SpeakerType.ANONYMOUS)


def test_a_pronoun_after_a_sentence_with_two_speakers_prefers_the_named_one():
    text = ("When someone in the audience shouted, “Resign,” Ingrid Falk joked, with a "
            "wink, “Not today.” Then she went on: “The dam will hold.”")
    assert who(text, "The dam will hold.")[0] == "Ingrid Falk"


@pytest.mark.parametrize("text, words, name", [
    ("Ingrid Falk on Tuesday said the dam was “safe for now.”", "safe for now.", "Ingrid Falk"),
    ("The Water Authority late Monday said it was “reviewing” the order.", "reviewing",
     "Water Authority"),
    ("Ingrid Falk earlier this week told reporters she was “not worried.”", "not worried.",
     "Ingrid Falk"),
    # controls: a colon before the quote (the sentence's subject); the time after the verb
    ("Ingrid Falk on Tuesday night said: “The dam will hold.”", "The dam will hold.",
     "Ingrid Falk"),
    ("Ingrid Falk said on Tuesday that the dam was “safe for now.”", "safe for now.",
     "Ingrid Falk"),
    # an unnamed source's description ends before the time
    ("A state official on Friday closed the dam, calling it “unsafe for now.”",
     "unsafe for now.", "A state official"),
    ("Two senior officials late Monday closed the dam, saying it was “unsafe for now.”",
     "unsafe for now.", "Two senior officials"),
])
def test_a_time_between_the_subject_and_the_verb(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a thing and the source that describes it, with no "that" between: the source's words
    ("It was a call one union official called “a turning point.”", "a turning point.",
     "one union official"),
    ("There’s a promise many voters make: “Never again.”", "Never again.", "many voters"),
    ("The two union officials said the deal was “a turning point.”", "a turning point.",
     "The two union officials"),                                          # control
])
def test_a_source_after_the_thing_it_describes(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("Ingrid Falk called the report “a whitewash.”", "a whitewash.", "Ingrid Falk"),
    ("Tom Weller branded the book “a pack of lies.”", "a pack of lies.", "Tom Weller"),
    ("Tom Weller remembers her as “fearless.”", "fearless.", "Tom Weller"),
    ("Ingrid Falk recalled the judge as “a giant of the law.”", "a giant of the law.",
     "Ingrid Falk"),
    # in a relative clause: the clause's subject, or what "who" stands for
    ("Boyd gave a speech that Tom Weller called “a turning point.”", "a turning point.",
     "Tom Weller"),
    ("The levy, which Ingrid Falk described as “a tax on work,” passed.", "a tax on work,",
     "Ingrid Falk"),
    ("Voters heard from Ingrid Falk, who called the levy “a tax on work.”", "a tax on work.",
     "Ingrid Falk"),
])
def test_what_someone_calls_a_report_or_a_book_is_theirs(text, words, name):
    assert who(text, words)[:2] == (name, SpeakerType.PERSON)


def test_the_title_of_a_report_is_not_speech():
    # control for the rows above: no verb names the report's words
    ex = extract("Ingrid Falk wrote the report “Dams of the North” in 2019.")
    assert [q.kind for q in ex.quotes] == [QuoteKind.NON_SPEECH]


@pytest.mark.parametrize("text", [
    "Asked if she would run again, Ingrid Falk laughed. “Ask me next year.”",
    # controls: an opening participle that reports nothing; none
    "Pressed on the cost, Ingrid Falk shrugged. “Ask me next year.”",
    "Ingrid Falk laughed. “Ask me next year.”",
])
def test_an_opening_participle_does_not_hide_the_reporting_sentences_speaker(text):
    assert who(text, "Ask me next year.")[0] == "Ingrid Falk"


@pytest.mark.parametrize("text, name", [
    ("Falk, 52, who has led the board since 2015, said that she was “confident.”", "Falk"),
    ("Ingrid Falk, 52, a nurse from Ohio, said that she was “confident.”", "Ingrid Falk"),
    # controls: an age alone; a relative clause alone
    ("Ingrid Falk, 52, said that she was “confident.”", "Ingrid Falk"),
    ("Falk, who has led the board since 2015, said that she was “confident.”", "Falk"),
])
def test_an_age_inside_a_chain_of_appositives_is_passed_over(text, name):
    assert who(text, "confident.")[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("Ola Brandt, 47, a ferry pilot, has crossed the strait for years. “The swell is worse now,” "
     "the pilot said.", "The swell is worse now,", "Ola Brandt"),
    ("Mika Sorel, 33, a student at the college. “Nobody told us,” the student said.",
     "Nobody told us,", "Mika Sorel"),
    # control: the age alone gives no role, so the role noun is someone new
    ("Ola Brandt, 47, has crossed the strait for years. “The swell is worse now,” the pilot "
     "said.", "The swell is worse now,", "the pilot"),
])
def test_a_role_after_an_age_is_the_role_a_later_role_noun_points_back_to(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a description whose complement says where the person is from or near
    ("Ines Barra, a teacher from Coimbra, joined the strike. “We have no choice,” the teacher "
     "said.", "We have no choice,", "Ines Barra"),
    ("Rolf Ekdahl, 58, a farmer near Uppsala, sowed late. “The spring was wet,” the farmer "
     "said.", "The spring was wet,", "Rolf Ekdahl"),
    # control: a complement with "in" read as before
    ("Ines Barra, a teacher in Coimbra, joined the strike. “We have no choice,” the teacher "
     "said.", "We have no choice,", "Ines Barra"),
])
def test_a_role_from_or_near_a_place_is_the_role_a_later_role_noun_points_back_to(
        text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a vox pop's trade or walk of life, given after the name, is who "the <trade>" means
    ("Pia Lund, a bus driver from Malmo, waited two hours. “Nobody warned us,” the driver "
     "said.", "Nobody warned us,", "Pia Lund"),
    ("Arlo Fenn, 44, an electrician, lost his contract. “I have sent fifty letters,” the "
     "electrician said.", "I have sent fifty letters,", "Arlo Fenn"),
    ("Vera Holm, a pensioner, lives alone. “The bills scare me,” the pensioner said.",
     "The bills scare me,", "Vera Holm"),
    # control: a trade nobody was given stays an unnamed speaker
    ("Vera Holm, a pensioner, lives alone. “The bills scare me,” the plumber said.",
     "The bills scare me,", "the plumber"),
])
def test_a_trade_after_the_name_is_the_role_a_later_trade_noun_points_back_to(text, words,
                                                                             name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("“We were not good enough,” Manchester United manager Erik ten Hag said.",
     "We were not good enough,", "Erik ten Hag"),
    ("Erik ten Hag spoke after the match. “We were not good enough,” he said.",
     "We were not good enough,", "Erik ten Hag"),
    ("“We will act,” Ursula von der Leyen said.", "We will act,", "Ursula von der Leyen"),
    ("Guillermo del Toro was asked about it. “I loved it,” he said.", "I loved it,",
     "Guillermo del Toro"),
    # controls: one particle the name scan already knew
    ("“Peace is near,” said Mohammed bin Salman.", "Peace is near,", "Mohammed bin Salman"),
])
def test_lower_case_particles_inside_a_name(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("Obama Warns Congress: ‘Time Is Running Out’\n\nBarack Obama spoke on Monday.",
     "Time Is Running Out", "Barack Obama"),
    ("Falk Addresses the Flood: ‘We Will Rebuild’\n\nIngrid Falk spoke on Monday.",
     "We Will Rebuild", "Ingrid Falk"),
    # control: a headline label that is only the name
    ("Ingrid Falk: ‘We Will Rebuild’\n\nIngrid Falk spoke on Monday.", "We Will Rebuild",
     "Ingrid Falk"),
])
def test_a_title_case_headline_label_ends_before_its_verb(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("Ingrid Falk: Council ‘Cannot Pay for This Plan and Should Not Pretend That It Can.’"
     "\n\nFalk spoke on Monday.",
     "Cannot Pay for This Plan and Should Not Pretend That It Can.", "Ingrid Falk"),
    ("FALK: The council plan is “dead on arrival, and everyone in this room knows it.”",
     "dead on arrival, and everyone in this room knows it.", "FALK"),
    ("Sen. Ingrid Falk: The plan is “dead on arrival, and everyone in this room knows it.”",
     "dead on arrival, and everyone in this room knows it.", "Ingrid Falk"),
    # section labels and a form's fields are not speakers
    ("The Latest: the council plan is “dead on arrival, and everyone in this room knows it.”",
     "dead on arrival, and everyone in this room knows it.", None),
    ("Update: the council plan is “dead on arrival, and everyone in this room knows it.”",
     "dead on arrival, and everyone in this room knows it.", None),
    # a label of four words is no one's name
    ("Harbor Town Council Rejects Bid: Only “Two or Three Members Read the Plan at All.”",
     "Two or Three Members Read the Plan at All.", None),
    # control: a reporting verb in the sentence speaks first
    ("Update: the mayor said the plan was “dead on arrival, and everyone knows it.”",
     "dead on arrival, and everyone knows it.", "the mayor"),
])
def test_a_labelled_line_is_the_labels_words(text, words, name):
    ex = extract(text)
    spoken = [q for q in ex.quotes if q.text == words and q.kind is not QuoteKind.NON_SPEECH]
    if name is None:
        assert all(q.speaker is None for q in spoken)
    else:
        assert [ex.speaker(q.speaker).name for q in spoken] == [name]


@pytest.mark.parametrize("text, words, name", [
    # a "she" that is a sentence's subject keeps her in view past a name in passing
    ("Reporter Nadia Brooks said Corey Lindqvist grabbed her arm. Brooks did not reply to a "
     "request for comment on Tuesday. She resigned from the paper in March after it raised "
     "questions about whether Lindqvist had actually grabbed her. On Twitter, she responded "
     "by saying, “Stop lying.”", "Stop lying.", "Nadia Brooks"),
    # "he said Olsen" names whom he chose: he is still the subject
    ("Council member Peter Olsen was absent. Mayor Tom Reyes softened his tone on Monday. "
     "Asked who leads the council, he said Olsen. “I would say Peter, for now,” he said.",
     "I would say Peter, for now,", "Tom Reyes"),
    # a chain of "she" that starts with no one named does not reach back to a name
    ("Ingrid Falk won the seat in 2019. The count took a week. Turnout was low. Rain fell all "
     "day. A volunteer said she was elated. She remembers the raids. She fears the army. "
     "“We have to be careful,” she said.", "We have to be careful,", "she"),
    # controls: a pronoun of the other gender, and no pronoun subject between
    ("Tom Reyes met Ann Fields. She nodded at him. “Fine,” he said.", "Fine,", "Tom Reyes"),
    ("Ann Fields spoke first. “We are ready,” she said.", "We are ready,", "Ann Fields"),
])
def test_a_pronoun_subject_carries_whom_it_means(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("first, pronoun", [
    # a given name that many men and many women have tells no gender
    ("Lee", "she"), ("Lee", "he"), ("Terry", "she"), ("Dana", "he"),
])
def test_a_unisex_given_name_fits_either_pronoun(first, pronoun):
    text = (f"Judge Ann Fields wrote the ruling. The study was by {first} Okafor, a law "
            f"professor. The court is divided, Professor Okafor said. “The votes were close,” "
            f"{pronoun} said.")
    assert who(text, "The votes were close,")[0] == f"{first} Okafor"


@pytest.mark.parametrize("text, name", [
    # a person named as the owner that opens the sentence is whom its "she" is about
    (("Ann Okoro spoke on Monday. “We will win,” Okoro said. “Lines were long,” said Maria "
      "Lund of the monitors. Okoro's fate is unclear, but she said she would govern. "
      "“I am going to lead,” she said."), "Ann Okoro"),
    # controls: a capitalized word that only opens the sentence, before an organisation
    (("“Lines were long,” said Maria Lund of the monitors. Outside Carrier's plant, the "
      "mood was grim. “I am going to lead,” she said."), "Maria Lund"),
    (("“Lines were long,” said Maria Lund of the monitors. Walmart's profits fell, but "
      "she said the plan held. “I am going to lead,” she said."), "Maria Lund"),
])
def test_an_owner_opening_the_sentence_before_she(text, name):
    assert who(text, "I am going to lead,")[0] == name


def test_a_surname_that_is_also_a_given_name_keeps_the_persons_gender():
    # "Boyd" after "Ann Boyd" is her surname, not a man called Boyd
    text = ("Ann Boyd and Maria Lund spoke at the rally. Lund left early. Boyd stayed until "
            "dusk. “We will win,” she said.")
    assert who(text, "We will win,")[0] == "Ann Boyd"


def test_a_headline_does_not_change_who_the_first_sentence_is_about():
    text = "At the meeting with Maria Lopez, Ann Fields voted no. “We are not ready,” she said."
    for title in (None, "Mayor Lena Ortiz visits the harbour"):
        ex = extract(text, title=title)
        assert [ex.speaker(q.speaker).name for q in ex.quotes] == ["Ann Fields"], title


@pytest.mark.parametrize("text, words, name", [
    ("“We will deliver the plan,” Theresa May said.", "We will deliver the plan,",
     "Theresa May"),
    ("Prime Minister Theresa May spoke on Monday. “We will deliver,” May told reporters.",
     "We will deliver,", "Theresa May"),
    ("Theresa May said: “We will deliver.”", "We will deliver.", "Theresa May"),
    ("“It is late,” said Brian May, the guitarist.", "It is late,", "Brian May"),
    ("“We are ready,” Mark June said.", "We are ready,", "Mark June"),
    # a month that is a given name, before a name word
    ("“It is late,” April Ryan said.", "It is late,", "April Ryan"),
    ("April Ryan said: “It is late.”", "It is late.", "April Ryan"),
    ("White House correspondent April Ryan asked a question. “Is it late?” she asked.",
     "Is it late?", "April Ryan"),
    ("“It is late,” said June Carter.", "It is late,", "June Carter"),
    ("“It is late,” said Correspondent April Ryan.", "It is late,", "April Ryan"),
    # controls: dates and modal verbs
    ("In April Ann Boyd said the plan was “dead on arrival.”", "dead on arrival.", "Ann Boyd"),
    ("Since June Ann Boyd has said the plan is “dead on arrival.”", "dead on arrival.",
     "Ann Boyd"),
    ("In May Ann Boyd said the plan was “dead on arrival.”", "dead on arrival.", "Ann Boyd"),
    ("“It is late,” Ann Boyd said on May 5.", "It is late,", "Ann Boyd"),
    ("“It is late,” Boyd may have said.", "It is late,", "Boyd"),
])
def test_a_month_in_a_name_is_part_of_it(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a capitalized modal before a lower-case verb is a surname, not "will"
    ("“The plan is dead,” Tom Will said.", "The plan is dead,", "Tom Will"),
    ("Tom Will said: “The plan is dead.”", "The plan is dead.", "Tom Will"),
    ("Columnist Tom Will spoke on Monday. “The plan is dead,” Will wrote.",
     "The plan is dead,", "Tom Will"),
    ("Tom Will, a columnist, spoke on Monday. Will said: “The plan is dead.”",
     "The plan is dead.", "Tom Will"),
    # controls: the modal written in lower case, and a title-case headline's verb group
    ("“The plan is dead,” Ann Boyd will say.", "The plan is dead,", "Ann Boyd"),
    ("“The plan is dead,” will say Ann Boyd.", "The plan is dead,", "Ann Boyd"),
])
def test_a_surname_that_is_a_modal_verb(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name, role", [
    # a given name that is also a common word is part of the name before a lone surname
    ("“The strike goes ahead,” said Ally Brannigan, the union's convenor.",
     "The strike goes ahead,", "Ally Brannigan", "the union's convenor"),
    ("Ally Brannigan said: “The strike goes ahead.”", "The strike goes ahead.",
     "Ally Brannigan", None),
    ("“The strike goes ahead,” Ally Brannigan told reporters.", "The strike goes ahead,",
     "Ally Brannigan", None),
    ("“The strike goes ahead,” said Will Brannigan.", "The strike goes ahead,",
     "Will Brannigan", None),
    ("“The strike goes ahead,” said Hope Brannigan.", "The strike goes ahead,",
     "Hope Brannigan", None),
    ("Drew Brannigan said: “The strike goes ahead.”", "The strike goes ahead.",
     "Drew Brannigan", None),
    ("“The strike goes ahead,” said Dean Brannigan.", "The strike goes ahead,",
     "Dean Brannigan", None),
    # controls: the role noun in lower case, and a title before a surname
    ("“The strike goes ahead,” said Labour ally Ann Brannigan.", "The strike goes ahead,",
     "Ann Brannigan", "Labour ally"),
    ("“The strike goes ahead,” said Major Brannigan.", "The strike goes ahead,",
     "Brannigan", "Major"),
])
def test_a_given_name_that_is_also_a_common_word(text, words, name, role):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, words, name, kind", [
    # two-letter acronyms of organisations are written in capitals: "Un" is a name's word
    ("“The test was a success,” Kim Jong Un said.", "The test was a success,",
     "Kim Jong Un", SpeakerType.PERSON),
    ("State radio quoted Kim Jong Un as saying the test was “a success.”", "a success.",
     "Kim Jong Un", SpeakerType.PERSON),
    # controls: the acronyms themselves
    ("“The test was a failure,” the UN said.", "The test was a failure,", "UN",
     SpeakerType.ORGANIZATION),
    ("“The test was a failure,” said the EU.", "The test was a failure,", "EU",
     SpeakerType.ORGANIZATION),
])
def test_a_two_letter_acronym_only_in_capitals(text, words, name, kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name", [
    # religious and royal offices: roles of people, and titles before their names
    ("“Peace is possible,” the pontiff said.", "Peace is possible,", "the pontiff"),
    ("“We will rebuild,” the emir told reporters.", "We will rebuild,", "the emir"),
    ("“We will rebuild,” said Ayatollah Reza Tavani.", "We will rebuild,", "Reza Tavani"),
    ("“We will rebuild,” Sultan Omar Hadi said.", "We will rebuild,", "Omar Hadi"),
])
def test_offices_of_faith_and_crown(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name, kind", [
    # a title "of" a place is an office, not a person named after the place
    ("“The bridge is safe,” the Governor of Vermont said.", "the Governor of Vermont",
     SpeakerType.UNKNOWN),
    ("“The bridge is safe,” said the Bishop of Dover.", "the Bishop of Dover",
     SpeakerType.UNKNOWN),
    ("Archbishop Ann Okoro toured the site. “The bridge is safe,” the Archbishop of Dover said.",
     "Ann Okoro", SpeakerType.PERSON),
    # controls: an organisation's noun "of" what it is of, and an office with a name
    ("“The bridge is safe,” the Department of Transport said.", "Department of Transport",
     SpeakerType.ORGANIZATION),
    ("“The bridge is safe,” Secretary of State Ann Okoro said.", "Ann Okoro",
     SpeakerType.PERSON),
])
def test_a_title_of_a_place_is_an_office(text, name, kind):
    assert who(text, "The bridge is safe,")[:2] == (name, kind)


def test_a_modal_in_a_title_case_headline_names_no_one():
    ex = extract("Boyd Will Say ‘The Plan Is Dead’ at Rally")
    assert all(q.speaker is None or ex.speaker(q.speaker).name != "Boyd Will"
               for q in ex.quotes)


@pytest.mark.parametrize("text, words, name", [
    # a verb after the quote with an object of its own reports something else
    (("Ann Boyd ended her speech with a plea: “Keep the port open!” Dock workers still praise "
      "her stand on the lease."), "Keep the port open!", "Ann Boyd"),
    (("The ministry posted its reply. “We have filed the appeal.” The minister further "
      "announced that the court would rule in May."), "We have filed the appeal.", "ministry"),
    # controls: a verb whose object is who was told, a time, or the document read from
    ("“Keep the port open,” Ann Boyd told the dock workers.", "Keep the port open,", "Ann Boyd"),
    ("“Keep the port open,” Ann Boyd wrote the next morning.", "Keep the port open,", "Ann Boyd"),
    ("“Keep the port open,” Ann Boyd warned the council.", "Keep the port open,", "Ann Boyd"),
    ("“The port stays open,” the spokesman read the statement aloud.", "The port stays open,",
     "the spokesman"),
    ("“Keep the port open!” Ann Boyd still insists.", "Keep the port open!", "Ann Boyd"),
])
def test_a_verb_with_an_object_of_its_own_is_not_the_quotes_cue(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("written, name, type_", [
    # an organisation's noun, "of", and what it is of: the organisation, not a person
    ("said Bank of Dover", "Bank of Dover", SpeakerType.ORGANIZATION),
    ("said University of Eastmoor", "University of Eastmoor", SpeakerType.ORGANIZATION),
    ("said Council of Eastmoor", "Council of Eastmoor", SpeakerType.ORGANIZATION),
    ("said Chamber of Shipping", "Chamber of Shipping", SpeakerType.ORGANIZATION),
    ("said Department of Justice", "Department of Justice", SpeakerType.ORGANIZATION),
    # controls: a title or a role and a name after it, a title before "of"
    ("said Bank of Dover CEO Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said University of Eastmoor professor Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Secretary of State Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Ann Boyd of Harbor Watch", "Ann Boyd", SpeakerType.PERSON),
    # state and local offices are titles, not part of the name
    ("said Assemblywoman Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Comptroller Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Alderman Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Maj. Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Councilor Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Cllr Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Trustee Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Co-star Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("said Co-host Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    # a capital that stands for its government
    ("said Beijing", "Beijing", SpeakerType.ORGANIZATION),
    # a company's legal ending, and the same letters before a name
    ("said Eastmoor Shipping AG", "Eastmoor Shipping AG", SpeakerType.ORGANIZATION),
    ("said Harbor Bank AG, the lender", "Harbor Bank AG", SpeakerType.ORGANIZATION),
    ("AG Boyd said", "Boyd", SpeakerType.PERSON),
    # organisations by their last word, or joined by an ampersand
    ("said Harbor Watch International", "Harbor Watch International", SpeakerType.ORGANIZATION),
    ("said Eastmoor Relief Corps", "Eastmoor Relief Corps", SpeakerType.ORGANIZATION),
    ("said the National Guard", "National Guard", SpeakerType.ORGANIZATION),
    ("said the Federal Reserve", "Federal Reserve", SpeakerType.ORGANIZATION),
    ("said Boyd & Weller", "Boyd & Weller", SpeakerType.ORGANIZATION),
    ("said Harbor & Rail Co.", "Harbor & Rail Co.", SpeakerType.ORGANIZATION),
    ("said EB&W", "EB&W", SpeakerType.ORGANIZATION),
    ("Boyd & Weller spokeswoman Ann Lu said", "Ann Lu", SpeakerType.PERSON),
    # hyphenated titles
    ("said U.N. Secretary-General Ann Boyd", "Ann Boyd", SpeakerType.PERSON),
    ("Director-General Ann Boyd said", "Ann Boyd", SpeakerType.PERSON),
])
def test_an_organisation_of_somewhere_and_local_titles(written, name, type_):
    s = first_speaker(f"“The port stays open,” {written}.")
    assert (s.name, s.type) == (name, type_)


@pytest.mark.parametrize("after, role", [
    (", Harbor Bank’s state director", "Harbor Bank’s state director"),     # a possessive
    (", the state senator", "the state senator"),         # "state" before a role is no verb
    (", a lawyer who represents them", "a lawyer"),       # control: up to the clause
])
def test_a_description_after_the_name_who_speaks_is_the_role(after, role):
    s = first_speaker(f"“The port stays open,” said Ann Boyd{after}.")
    assert (s.name, s.role) == ("Ann Boyd", role)


@pytest.mark.parametrize("speaker, name, type_", [
    # the armed forces are an institution
    ("the Eastmoor military", "Eastmoor military", SpeakerType.ORGANIZATION),
    # a document that someone obtained or saw speaks, not who has it
    ("an internal memo obtained by The Harbor Times", "an internal memo", None),
    ("a draft seen by Harbor Wire", "a draft", None),
    ("a letter from Ann Boyd", "Ann Boyd", SpeakerType.PERSON),      # control: its author
])
def test_institutions_and_documents_that_speak(speaker, name, type_):
    s = first_speaker(f"“The port stays open,” {speaker} said.")
    assert s.name == name
    if type_ is not None:
        assert s.type == type_


@pytest.mark.parametrize("text, name, type_", [
    # police written bare in lower case, as crime copy does, are an institution that speaks
    ("“Speed was a factor,” police said.", "police", SpeakerType.ORGANIZATION),
    ("A man was hurt. “Speed was a factor,” police said in a statement.", "police",
     SpeakerType.ORGANIZATION),
    ("“Speed was a factor,” said police.", "police", SpeakerType.ORGANIZATION),
    ("“Speed was a factor,” state police said.", "police", SpeakerType.ORGANIZATION),
    # controls: read before
    ("“Speed was a factor,” the police said.", "police", SpeakerType.ORGANIZATION),
    ("“Speed was a factor,” prosecutors said.", "prosecutors", SpeakerType.ANONYMOUS),
    ("“Speed was a factor,” a police officer said.", "a police officer", SpeakerType.ANONYMOUS),
])
def test_police_written_bare_speak(text, name, type_):
    speaker, kind, _ = who(text, "Speed was a factor,")
    assert (speaker, kind) == (name, type_)


@pytest.mark.parametrize("text, name, type_", [
    # a spokesperson for someone a title, a first name or the text says is a person: theirs
    ("“The port stays open,” said a spokesperson for Sen. Ann Boyd.", "Ann Boyd",
     SpeakerType.PERSON),
    ("Ann Boyd voted no. “The port stays open,” a spokesman for Boyd said.", "Ann Boyd",
     SpeakerType.PERSON),
    # controls: a firm, and a campaign or office named after the person, speak for themselves
    ("“The port stays open,” said a spokesman for Harbor Bank.", "Harbor Bank",
     SpeakerType.ORGANIZATION),
    ("Ann Boyd voted no. “The port stays open,” a Boyd campaign spokesman said.",
     "Boyd campaign", SpeakerType.ORGANIZATION),
])
def test_a_spokesperson_for_a_person_speaks_for_that_person(text, name, type_):
    s = first_speaker(text)
    assert (s.name, s.type) == (name, type_)


@pytest.mark.parametrize("text, words, name, type_", [
    ("“Our thoughts are with the family,” a spokesperson for the Metropolitan Police said. "
     "“Anyone with information should call us,” the spokesperson added.",
     "Anyone with information should call us,", "Metropolitan Police", SpeakerType.ORGANIZATION),
    ("A spokesman for Harlow Council said: “The road will reopen on Friday.” The spokesman "
     "added: “We apologise for the delay.”", "We apologise for the delay.", "Harlow Council",
     SpeakerType.ORGANIZATION),
    ("“He is comfortable,” a spokeswoman for St. Jude’s Hospital said. “He will stay "
     "overnight,” she said.", "He will stay overnight,", "St. Jude’s Hospital",
     SpeakerType.ORGANIZATION),
    ("“No decision has been made,” a Treasury spokesman told reporters. “We keep every "
     "option open,” he said.", "We keep every option open,", "Treasury",
     SpeakerType.ORGANIZATION),
    # controls: a person speaks in between; "he" after a spokeswoman; an unnamed source's own
    ("“We will appeal,” a spokeswoman for the club said. “The ban is harsh,” Ann Boyd said. "
     "“It is unfair,” she added.", "It is unfair,", "Ann Boyd", SpeakerType.PERSON),
    ("“No decision has been made,” a spokeswoman for the ministry said. “It is a disgrace,” "
     "he said.", "It is a disgrace,", "he", SpeakerType.UNKNOWN),
    ("“Come forward,” a spokesman said. “Call us,” the spokesman added.", "Call us,",
     "a spokesman", SpeakerType.ANONYMOUS),
    # (a spokesman of an institution written in lower case speaks for it, as one of one
    # written in capitals does)
    ("“Come forward,” a police spokesman said. “Call us,” the spokesman added.", "Call us,",
     "police", SpeakerType.ORGANIZATION),
])
def test_the_spokesperson_again_speaks_for_the_same_organisation(text, words, name, type_):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert (s.name, s.type) == (name, type_)


@pytest.mark.parametrize("text, name, initials", [
    # an organisation named in full and by its initials in one article is one speaker, named
    # as a first reference is written
    ("The World Health Organization raised its alert on Monday. “Cases are rising,” a "
     "spokesperson for the WHO said. “Stocks are low,” the World Health Organization said.",
     "World Health Organization", "WHO"),
    ("“We will help,” the Federal Bureau of Investigation said. “Agents are on site,” the FBI "
     "said.", "Federal Bureau of Investigation", "FBI"),
    ("“The port is closed,” the IMO said. “Ships should wait,” the International Maritime "
     "Organization said.", "International Maritime Organization", "IMO"),
    ("The National Union of Teachers (NUT) called the strike. “Pay has fallen,” the NUT said. "
     "“We are ready,” the National Union of Teachers said.", "National Union of Teachers",
     "NUT"),
])
def test_an_organisation_and_its_initials_are_one_speaker(text, name, initials):
    ex = extract(text)
    (s,) = {ex.speaker(q.speaker) for q in ex.quotes}
    assert s.name == f"{name} ({initials})" and {name, initials} <= set(s.aliases)


@pytest.mark.parametrize("text", [
    # controls: initials that are another organisation's, and a person's initials
    "“We will help,” the Federal Bureau of Prisons said. “Agents are on site,” the FBI said.",
    "“The plan works,” Anna Brandt Carlsen said. “It does not,” the ABC said.",
])
def test_initials_of_another_name_are_another_speaker(text):
    ex = extract(text)
    assert len({q.speaker for q in ex.quotes}) == 2


@pytest.mark.parametrize("text, words, name, role", [
    # a name with a role set beside it that runs on into its complement ("for …", "at …")
    ("Tomas Ferrer, a spokesman for the regional water board, said the pipes held. “It may "
     "take a week,” the spokesman said.", "It may take a week,", "Tomas Ferrer",
     "a spokesman for the regional water board"),
    ("Greta Lind, the head coach at Norrby’s youth academy, watched from the stand. “We were "
     "tired,” the coach said.", "We were tired,", "Greta Lind",
     "the head coach at Norrby’s youth academy"),
    ("Officers found the van on Friday, said Ian Royce, a spokesman for the county sheriff’s "
     "office. “We are still searching,” the spokesman added.", "We are still searching,",
     "Ian Royce", "a spokesman for the county sheriff’s office"),
    ("Ada Kwan, a senior lawyer with the tenants’ union, filed the claim. “The rent rise is "
     "unlawful,” the lawyer said.", "The rent rise is unlawful,", "Ada Kwan",
     "a senior lawyer with the tenants’ union"),
    # controls: a role in the complement is someone else's ("an aide to the senator" is not
    # the senator); a short role, as before
    ("Sen. Ann Boyd voted no. Ian Royce, an aide to the senator, stayed away. “It is a bad "
     "bill,” the senator said.", "It is a bad bill,", "Ann Boyd", None),
    ("Ann Boyd, the mayor, opened the bridge. “It is a good day,” the mayor said.",
     "It is a good day,", "Ann Boyd", "the mayor"),
])
def test_an_apposed_role_with_its_complement_is_kept(text, words, name, role):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert s.name == name
    if role is not None:
        assert role in s.roles


@pytest.mark.parametrize("headline, words, name", [
    # a headline in title case writes its reporting verb with a capital too
    ("Ortiz Says ‘The Bridge Will Open’ in May", "The Bridge Will Open", "Ortiz"),
    ("Lena Ortiz Calls Harbor Plan ‘A Waste.’", "A Waste.", "Lena Ortiz"),
    ("‘The Bridge Will Open,’ Ortiz Tells Council", "The Bridge Will Open,", "Ortiz"),
    ("Ortiz: ‘The Bridge Will Open’", "The Bridge Will Open", "Ortiz"),     # the label form
    # controls: the same words in a sentence, and a title-case line with no such verb
    ("Ortiz says the bridge “will open” in May.", "will open", "Ortiz"),
    ("The ‘Harbor First’ Plan Goes to the Council", "Harbor First", None),
])
def test_a_headline_in_title_case_names_its_speaker(headline, words, name):
    assert who(f"{headline}\n\nThe council met on Monday.", words)[0] == name


@pytest.mark.parametrize("text, name, type_", [
    # a firm named after someone: in a speaker's slot a possessive owns nothing
    ("“The port stays open,” Boyd’s said in a statement.", "Boyd’s", SpeakerType.ORGANIZATION),
    ("“The port stays open,” said Boyd’s.", "Boyd’s", SpeakerType.ORGANIZATION),
    ("In a statement, Boyd’s said: “The port stays open.”", "Boyd’s", SpeakerType.ORGANIZATION),
    # controls: an owner of what speaks
    ("“The port stays open,” Boyd’s lawyer said.", "Boyd’s lawyer", None),
    ("Boyd’s campaign said: “The port stays open.”", "Boyd’s campaign", None),
])
def test_a_firm_named_after_someone_speaks(text, name, type_):
    s = first_speaker(text)
    assert s.name == name
    if type_ is not None:
        assert s.type == type_


@pytest.mark.parametrize("text, words, name, type_", [
    # a name the text also writes with a legal ending, or as the firm whose shares trade, is
    # the firm when written bare
    ("Shares of Nordvik fell 8% after the shipbuilder cut its outlook. “Margins have "
     "suffered,” Nordvik said in an emailed statement.", "Margins have suffered,", "Nordvik",
     SpeakerType.ORGANIZATION),
    ("Shares in Nordvik slid on Tuesday. “Margins have suffered,” Nordvik said in an emailed "
     "statement. The company added that it expected “a slow recovery.”", "a slow recovery.",
     "Nordvik", SpeakerType.ORGANIZATION),
    ("Shares of Nordvik ASA slid. “Margins have suffered,” Nordvik said. The company added "
     "that it expected “a slow recovery.”", "a slow recovery.", "Nordvik ASA",
     SpeakerType.ORGANIZATION),
    ("Harbor Mills Inc. cut its outlook on Monday. “Margins have suffered,” Harbor Mills said "
     "in a statement.", "Margins have suffered,", "Harbor Mills Inc", SpeakerType.ORGANIZATION),
    ("Brightwater Plc lowered its forecast. “Margins have suffered,” Brightwater said.",
     "Margins have suffered,", "Brightwater Plc", SpeakerType.ORGANIZATION),
    ("“Margins have suffered,” Kestrel said on Friday. Kestrel Holdings employs 900 people.",
     "Margins have suffered,", "Kestrel Holdings", SpeakerType.ORGANIZATION),
    # controls: a person named in full with the word; no signal; a verb "shares"
    ("Shares of Nordvik fell. Its chief executive, Lars Nordvik, was defiant. “Margins have "
     "suffered,” Nordvik said.", "Margins have suffered,", "Lars Nordvik", SpeakerType.PERSON),
    ("“Margins have suffered,” Nordvik said in an emailed statement.",
     "Margins have suffered,", "Nordvik", SpeakerType.PERSON),
    ("Ann Boyd shares of her time freely. “Margins have suffered,” Boyd said.",
     "Margins have suffered,", "Ann Boyd", SpeakerType.PERSON),
])
def test_a_bare_name_the_text_writes_as_a_firm_is_the_firm(text, words, name, type_):
    speaker, kind, _ = who(text, words)
    assert (speaker, kind) == (name, type_)


_LONG = "the committee will meet again in the spring, and Senator Mary Hale will chair it"
NAME_SCAN_TEXTS = [
    # (id, text): the name scan leaves out long quotes only where no run can cross a mark
    ("double marks", f"Tom Reyes said: “{_LONG},” Ann Boyd added."),
    ("straight marks", f'Tom Reyes said: "{_LONG}" Ann Boyd added.'),
    ("apostrophe closes", f"Tom Reyes said: ‘{_LONG} Bob’ Smith added."),
    ("two-mark closes", f"Tom Reyes said: ``{_LONG} Bob'' Smith added."),
    ("nested", f"Tom Reyes said: “{_LONG}, ‘Ann Boyd’ and Jim Cole,” Ed Lu added."),
    ("name at the mark", f"Reyes“{_LONG}”Boyd said."),
    ("short quote", "Tom Reyes called it “Ann Boyd's plan” on Monday."),
]


@pytest.mark.parametrize("text", [t for _, t in NAME_SCAN_TEXTS],
                         ids=[i for i, _ in NAME_SCAN_TEXTS])
def test_name_runs_outside_quotes_are_those_of_one_scan(text):
    from bisect import bisect_right

    from service.pipeline import attribution
    from service.pipeline.quotes import find_quotes

    raw, _ = find_quotes(text)
    regions = sorted((r.open, r.close + attribution._mark_len(text, r.close)) for r in raw)
    opens = [o for o, _ in regions]

    def outside(matches):
        spans = [m.span() for m in matches]
        return [(s, e) for s, e in spans
                if not (bisect_right(opens, s) > 0 and s < regions[bisect_right(opens, s) - 1][1])]

    assert outside(attribution._name_runs(text, raw)) == outside(
        attribution._NAME_RUN.finditer(text))


@pytest.mark.parametrize("text, words, name", [
    # "they" after two people named as one subject: the first-named, as "X and Y said" gives
    ("The board met first. Sen. Ann Boyd and Rep. Tom Weller then issued a statement. “This "
     "is wrong,” they said.", "This is wrong,", "Ann Boyd"),
    ("Ann Boyd and Tom Weller left early. “We are done,” they said.", "We are done,",
     "Ann Boyd"),
    # controls: "she" is one of them; "they" with no pair named stays unresolved
    ("Sen. Ann Boyd and Rep. Tom Weller issued a statement. “This is wrong,” she said.",
     "This is wrong,", "Ann Boyd"),
    ("Ann Boyd spoke to Tom Weller. Later, “we are done,” they said.", "we are done,", "they"),
])
def test_they_after_two_people_named_together(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # "in the words of X": X's words, whoever the sentence is about
    ("The plan was “dead on arrival,” in the words of Sen. Ann Boyd.", "dead on arrival,",
     "Ann Boyd"),
    ("The council insists that “the budget is final,” in the words of its chairman, Tom Weller.",
     "the budget is final,", "Tom Weller"),
    # "… that is how X described it": the one who described it
    ("“We want peace, but not at any price” — that is how one union official described the "
     "mood.", "We want peace, but not at any price", "one union official"),
    ("“A casino with better lighting,” is how Ann Boyd put it.", "A casino with better lighting,",
     "Ann Boyd"),
    # control: "how" that asks, not says who described it
    ("Ann Boyd spoke first. “What now?” is how the meeting began.", "What now?", "Ann Boyd"),
])
def test_in_the_words_of_and_that_is_how_someone_put_it(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("later, name", [
    # the vice president's office is not the president's, either way round
    ("the president said", "Ann Boyd"),
    ("the vice president said", "Tom Weller"),
    ("the deputy mayor said", "Ivo Marek"),
    ("the mayor said", "Olaf Brandt"),
])
def test_a_lower_office_is_another_office(later, name):
    text = ("President Ann Boyd spoke first. Vice President Tom Weller followed. Mayor Olaf "
            f"Brandt and Deputy Mayor Ivo Marek came last. “We will win,” {later}.")
    assert who(text, "We will win,")[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a negated reporting verb gives way to one that reports
    ("Mayor Ann Boyd did not speak publicly, but an aide said the deal was “fully agreed.”",
     "fully agreed.", "an aide"),
    ("Tom Weller never said so himself, but his lawyer said he felt “betrayed.”", "betrayed.",
     "his lawyer"),
    # control: the only verb, negated, still gives the words their speaker
    ("Ann Boyd did not say the deal was “fully agreed.”", "fully agreed.", "Ann Boyd"),
])
def test_a_negated_verb_gives_way_to_one_that_reports(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("later, name", [
    # a longer name's last two words, or a middle word, are the person named in full
    ("Vander Plaats said", "Robert Vander Plaats"),
    ("Ortiz Rubio said", "Ana Lucía Ortiz Rubio"),
    ("Lucía said", "Ana Lucía Ortiz Rubio"),
    # control: another first name with the same surname is someone else
    ("Tom Plaats said", "Tom Plaats"),
])
def test_a_part_of_a_long_name_is_that_person(later, name):
    text = ("Robert Vander Plaats and Ana Lucía Ortiz Rubio met on Monday. "
            f"“We will win,” {later}.")
    assert who(text, "We will win,")[0] == name


@pytest.mark.parametrize("text, name", [
    # another word for an office points back to the one who holds it
    ("Pope Leo spoke first. “We will pray,” the pontiff said.", "Leo"),
    ("Queen Ann spoke first. “We will pray,” the monarch said.", "Ann"),
    ("Assemblywoman Ann Boyd spoke first. “We will pray,” the lawmaker said.", "Ann Boyd"),
    ("Prime Minister Ann Boyd spoke first. “We will pray,” the PM said.", "Ann Boyd"),
    ("“We will pray,” said PM Ann Boyd.", "Ann Boyd"),
])
def test_another_word_for_the_office(text, name):
    assert who(text, "We will pray,")[0] == name


@pytest.mark.parametrize("text, name, role", [
    # a rank or title written short with a full stop does not end the sentence
    ("“The road was icy,” said Cpl. Dana Whitford.", "Dana Whitford", "Cpl."),
    ("Mounties charged a driver. “The road was icy,” said Cpl. Dana Whitford.", "Dana Whitford",
     "Cpl."),
    ("“The road was icy,” said Det. Ruth Carney.", "Ruth Carney", "Det."),
    ("The hearing ran late. “The road was icy,” said Cllr. Ruth Carney.", "Ruth Carney",
     "Cllr."),
    ("“The road was icy,” said Pvt. Tom Weller.", "Tom Weller", "Pvt."),
    ("Asked about the crash, Insp. Raj Malhotra said: “We are checking.” “The road was icy,” "
     "the inspector said.", "Raj Malhotra", "Insp."),
    # controls: titles read before, and a full stop that ends a sentence
    ("“The road was icy,” said Sgt. Tom Weller.", "Tom Weller", "Sgt."),
    ("Mounties charged a driver. “The road was icy,” said Capt. Tom Weller.", "Tom Weller",
     "Capt."),
])
def test_a_short_rank_with_a_stop_is_part_of_the_name(text, name, role):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == "The road was icy,")
    s = ex.speaker(q.speaker)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, words, name", [
    # papers read together speak as a document does
    ("According to documents reviewed by the Courier, the plan was “in the works for months.”",
     "in the works for months.", "documents"),
    ("Court records say the mill was “never inspected.”", "never inspected.", "Court records"),
    # control: a plural paper noun that only starts a longer phrase is no speaker
    ("Ann Boyd sent emails in a way Tom Weller called “reckless.”", "reckless.", "Tom Weller"),
])
def test_papers_read_together_speak(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name, kind", [
    # a capital that is a surname too: the government, unless a person is named so
    ("Officials said Washington had urged “maximum restraint.”", "Washington",
     SpeakerType.ORGANIZATION),
    ("Actor Tom Washington spoke. Washington had urged “maximum restraint.”", "Tom Washington",
     SpeakerType.PERSON),
])
def test_a_capital_that_is_a_surname_too(text, name, kind):
    assert who(text, "maximum restraint.")[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name", [
    # the words after a quote say whose message, reply or verdict it was
    ("“We will win.” That was the message from Gov. Ann Boyd on Monday.", "We will win.",
     "Ann Boyd"),
    ("“Not a chance,” came the reply from the Water Authority.", "Not a chance,",
     "Water Authority"),
    ("“We will win,” was the verdict of one senior aide.", "We will win,", "one senior aide"),
    ("“A disaster” was the blunt assessment of Tom Weller, a former aide.", "A disaster",
     "Tom Weller"),
])
def test_whose_message_reply_or_verdict_it_was(text, words, name):
    assert who(text, words)[0] == name


_SAID_BEFORE = "Tom Weller, a grain trader, said the harvest was thin.\n"


@pytest.mark.parametrize("text, words, name", [
    # the sentence right after a quote with no cue of its own says whose words they were,
    # over the one who spoke before (NV.PQ, NV.Q) and over the speaker it would continue
    (_SAID_BEFORE + "“Every ton we grow is already sold.” That was the verdict of Hana "
     "Kobayashi, who farms 400 acres.", "Every ton we grow is already sold.", "Hana Kobayashi"),
    (_SAID_BEFORE + "“We will not be back.” So said Nora Bell, the owner, as she locked up.",
     "We will not be back.", "Nora Bell"),
    ("Tom Weller said the deal was dead. “We will not be back.” So says Nora Bell, the owner.",
     "We will not be back.", "Nora Bell"),
    (_SAID_BEFORE + "“We will not be back.” The words came from Ivan Petrov, the owner.",
     "We will not be back.", "Ivan Petrov"),
    (_SAID_BEFORE + "“We will not be back.” Those were the words of Ivan Petrov, the owner.",
     "We will not be back.", "Ivan Petrov"),
    ("“We will rebuild,” Mayor Tom Weller said on Monday. “Not with our money.” That was the "
     "reply from Ann Boyd, the county’s budget chief.", "Not with our money.", "Ann Boyd"),
    ("“We will rebuild,” Mayor Tom Weller said on Monday. “Not with our money.” Those were the "
     "words of Ann Boyd, the county’s budget chief.", "Not with our money.", "Ann Boyd"),
    # controls: no such sentence, and the previous speaker stays
    (_SAID_BEFORE + "“We will not be back.” So the shop closed for good.",
     "We will not be back.", "Tom Weller"),
    (_SAID_BEFORE + "“We will not be back.” The words came as a shock to Ivan Petrov.",
     "We will not be back.", "Tom Weller"),
    ("“We will rebuild,” Mayor Tom Weller said on Monday. “It will take a year.” The work "
     "starts in May.", "It will take a year.", "Tom Weller"),
])
def test_the_sentence_after_a_quote_says_whose_words_they_were(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("later, name", [
    # "the latter" and "the former": the last and the one before of the last two named
    ("the latter said", "Tom Weller"),
    ("the former said", "Ann Boyd"),
    # "both" and "the two": as "they" after two people named together
    ("both said", "Ann Boyd"),
    ("the two said", "Ann Boyd"),
])
def test_the_latter_the_former_and_both(later, name):
    text = f"Ann Boyd and Tom Weller met on Monday. “We will win,” {later}."
    assert who(text, "We will win,")[0] == name


def test_the_former_with_one_person_named_stays_unresolved():
    assert who("Ann Boyd spoke. “We will win,” the former said.", "We will win,")[0] == \
        "the former"


@pytest.mark.parametrize("text, name", [
    # a surname that ends place names too, after a known given name, is a person's
    ("Mill spokeswoman Linda Park disputed that. “Nothing has changed,” she said.", "Linda Park"),
    ("Ann Hill spoke last. “Nothing has changed,” she said.", "Ann Hill"),
    # an institution with an owner's name is no person, and speaks as one
    ("Ann Boyd spoke first. St. Mary’s Hospital disputed that. “Nothing has changed,” it "
     "said.", "St. Mary’s Hospital"),
    # control: a place named after a given name stays a place
    ("Ann Boyd spoke at Grant Park. “Nothing has changed,” she said.", "Ann Boyd"),
])
def test_surnames_that_end_places_and_institutions_owned_by_a_name(text, name):
    assert who(text, "Nothing has changed,")[0] == name


@pytest.mark.parametrize("text, name", [
    # a description's post-modifier ends before the sentence's reporting verb
    ("People with knowledge of the plan said the sale could be announced “by spring.”",
     "People with knowledge of the plan"),
    ("Aides familiar with the talks told reporters the sale would be announced “by spring.”",
     "Aides familiar with the talks"),
    # ... after a relative clause of its own, which stays in the description
    ("Two aides who spoke on condition of anonymity said the sale would be announced "
     "“by spring.”", "Two aides who spoke on condition of anonymity"),
    # control: a reporting verb as a participle is part of the description
    ("“By spring,” said a person familiar with what was said at the meeting.",
     "a person familiar with what was said at the meeting"),
])
def test_a_description_ends_before_the_reporting_verb(text, name):
    words = "by spring." if "“by spring.”" in text else "By spring,"
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text", [
    "Others called the plan “a gamble.”",
    "Others, including Ann Boyd, said the plan was “a gamble.”",
])
def test_others_is_a_crowd_not_a_name(text):
    assert who(text, "a gamble.")[:2] == ("Others", SpeakerType.ANONYMOUS)


@pytest.mark.parametrize("text, words, name", [
    # a named person and others, colleagues, other officials: the one named speaks
    ("“We are delighted with the result,” Ina Marsh and others said.",
     "We are delighted with the result,", "Ina Marsh"),
    ("Ina Marsh and colleagues said: “The data are clear.”", "The data are clear.", "Ina Marsh"),
    (("Ina Marsh and other officials said in a joint statement that the plan was “dead on "
      "arrival.”"), "dead on arrival.", "Ina Marsh"),
    ("“The vote was rigged,” Sen. Ina Marsh and several colleagues wrote in a letter.",
     "The vote was rigged,", "Ina Marsh"),
    # controls: the verb first (right before), two people named, others alone, and a name
    # inside a description
    ("“The data are clear,” said Ina Marsh and others.", "The data are clear,", "Ina Marsh"),
    ("“The data are clear,” Ina Marsh and Tom Weller said.", "The data are clear,", "Ina Marsh"),
    ("“The data are clear,” others said.", "The data are clear,", "others"),
    ("“The data are clear,” a lawyer for Ina Marsh and others said.", "The data are clear,",
     "a lawyer for Ina Marsh and others"),
])
def test_a_name_and_others_is_the_named_persons(text, words, name):
    assert who(text, words)[0] == name


def test_supporters_of_a_name_and_others_are_not_the_named_person():
    text = "Supporters of Ina Marsh and others said: “The data are clear.”"
    assert who(text, "The data are clear.")[0] != "Ina Marsh"


@pytest.mark.parametrize("text, name", [
    # the body that runs an organisation speaks as one
    ("Clinic management, in a note to patients, called the closure “unavoidable.”",
     "Clinic management"),
    ("Team leadership called the closure “unavoidable.”", "Team leadership"),
    ("Management said the closure was “unavoidable.”", "Management"),
    ("The mill’s management said the closure was “unavoidable.”", "mill’s management"),
])
def test_management_and_leadership_are_organisations(text, name):
    speaker, kind, _ = who(text, "unavoidable.")
    assert (speaker, kind) == (name, SpeakerType.ORGANIZATION)
    assert extract(text).quotes[0].sourcing.label == "institutional"


@pytest.mark.parametrize("text, name", [
    # a name opening its sentence with a given name the hand-made lists lack (the census
    # knows it) is a person a later "she" can mean
    ("Mayor Ann Boyd spoke first. “Nothing has changed,” she said. Traci Lomax was unmoved. "
     "“Everything has changed,” she said.", "Traci Lomax"),
    # control: such a word inside a sentence is no person ("a 1930s-era Art Deco cinema")
    ("Ann Boyd stood near a 1930s-era Art Deco cinema. “Everything has changed,” he said.",
     "he"),
])
def test_a_census_given_name_opening_a_sentence(text, name):
    assert who(text, "Everything has changed,")[0] == name


@pytest.mark.parametrize("text, words, name", [
    # the one described in the passive is not the one describing
    ("Ann Boyd was described as “a loner” by her neighbors.", "a loner", "her neighbors"),
    ("The plan was described by Tom Weller as “a disaster.”", "a disaster.", "Tom Weller"),
    ("Ann Boyd was praised as “a hero.”", "a hero.", None),
    ("Ann Boyd was charged with “reckless driving.”", "reckless driving.", None),
    ("Ann Boyd was told: “You are fired.”", "You are fired.", None),
    ("Ann Boyd had a message for voters: “You are fired.”", "You are fired.", "Ann Boyd"),
    ("Ann Boyd was criticized by Tom Weller for her “reckless driving.”", "reckless driving.",
     "Tom Weller"),
    # control: the active voice
    ("Tom Weller described Ann Boyd as “a loner.”", "a loner.", "Tom Weller"),
])
def test_a_passive_description_is_the_agents(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # two joined reporting clauses: the quote is the speaker's of the clause that holds it
    ("Ann Boyd says the plan is dead and Tom Weller says it is “alive.”", "Tom Weller"),
    ("Ann Boyd said the plan was dead, while Tom Weller said it was “alive.”", "Tom Weller"),
    ("Ann Boyd said the plan was dead; Tom Weller said it was “alive.”", "Tom Weller"),
    # controls: two people as one subject; "and" inside what was said; a participle
    ("Ann Boyd and Tom Weller said the plan was “alive.”", "Ann Boyd"),
    ("Ann Boyd said the plan and the budget were “alive.”", "Ann Boyd"),
    ("Ann Boyd spoke on TV, praising the plan and telling voters it was “alive.”", "Ann Boyd"),
])
def test_two_joined_reporting_clauses(text, name):
    assert who(text, "alive.")[0] == name


@pytest.mark.parametrize("text, words, name", [
    # what someone accuses another of is the accuser's words
    ("Opposition leader Ann Boyd accused him of “running scared.”", "running scared.",
     "Ann Boyd"),
    ("Ann Boyd accuses the mayor of “hiding the truth” and Tom Weller says he is “lying.”",
     "lying.", "Tom Weller"),
    ("Ann Boyd was accused of “running scared.”", "running scared.", None),   # the passive
])
def test_what_someone_accuses_another_of(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # "it said" after a sentence that opens with "The <organisation noun>"
    ("The company was more muted. In a statement, it said the deal was “fair.”", "company"),
    ("Harbor Mills Inc. hired 40 people. The company was more muted. In a statement, it said "
     "the deal was “fair.”", "Harbor Mills Inc"),     # (its full stop ends the sentence)
    # control: a thing opening the sentence is no speaker
    ("The deal was signed. In a statement, it said the terms were “fair.”", "it"),
])
def test_it_after_the_organisation_noun_opening_a_sentence(text, name):
    assert who(text, "fair.")[0] == name


# The speaker book looks people up by the words of their names and roles (an article of
# thousands of speakers read every one of them for each lookup): a name that grows after it
# was filed, and a role given to someone made before others, must still be found.
@pytest.mark.parametrize("text, words, name", [
    # filed as "Hollis", renamed "Greta Hollis"; "Greta" alone is then her given name's
    ("“We start on Monday,” Hollis said. Greta Hollis, the site manager, showed the plans. "
     "Pavel Ostrow said he was pleased. “The crane arrives first,” Greta said.",
     "The crane arrives first,", "Greta Hollis"),
    # the sheriff's role is given to Weller after Quint and Boyd were made
    ("“The road is closed,” Tom Weller said. “Fine by me,” said Rik Quint. “We will wait,” Ann "
     "Boyd said. “It stays closed until noon,” said Tom Weller, the county sheriff. “Then I "
     "walk,” Quint said. “Nobody goes through,” the sheriff said.", "Nobody goes through,",
     "Tom Weller"),
    # two people hold the role: the latest made is meant
    ("“The road is closed,” said Tom Weller, the county sheriff. “Fine by me,” said Rik Quint. "
     "“We will wait,” said Ann Boyd, the city sheriff. “Nobody goes through,” the sheriff said.",
     "Nobody goes through,", "Ann Boyd"),
    # two people share a surname: the bare surname is the one named first
    ("Maja Lind, the coach, picked the team. Her brother Olof Lind, a defender, was left out. "
     "“It was a hard call,” Lind said.", "It was a hard call,", "Maja Lind"),
])
def test_speakers_are_found_by_the_words_they_were_filed_under(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # a two-word name whose given name the lists lack is a person's when "he" or "she" is
    # the next sentence's subject, or the next sentence's quote is "he said", "the Kenyan said"
    ("Kibet Rotich retained his title in the Rotterdam marathon on Sunday. He broke clear "
     "after 30 kilometres. “The wind made it hard,” he said.", "Kibet Rotich"),
    ("Kibet Rotich retained the title in Rotterdam on Sunday. “The wind made it hard,” the "
     "Kenyan said.", "Kibet Rotich"),
    ("Tadesse Abera finished second in Boston on Monday. “The wind made it hard,” he said.",
     "Tadesse Abera"),
    ("Ngozi Okafor took gold in the 400 metres hurdles. “The wind made it hard,” the "
     "27-year-old said.", "Ngozi Okafor"),
    # signals read before: an age, an apposed role, the surname alone with a reporting verb
    ("Kibet Rotich, 31, retained the title. “The wind made it hard,” he said.", "Kibet Rotich"),
    ("Kibet Rotich, the defending champion, retained the title. “The wind made it hard,” he "
     "said.", "Kibet Rotich"),
    ("Kibet Rotich retained the title. “The wind made it hard,” Rotich said.", "Kibet Rotich"),
    # a surname alone (not in -s, as plurals are), its sentence's subject before a verb in
    # the past tense, even after another person's quote
    ("Coach Tom Weller spoke first. “We were slow,” he said.\n\nAbera dodged the question "
     "and left. “The wind made it hard,” he said.", "Abera"),
    ("Rotich retained the title on Sunday. “The wind made it hard,” he said.", "Rotich"),
    # ... not a word opening its sentence before a noun or a verb in -s, nor a firm's name
    # that "its" follows
    ("Coach Tom Weller spoke first.\n\nSimilar races start at dawn. “The wind made it hard,” "
     "he said.", "Tom Weller"),
    ("Coach Tom Weller spoke first.\n\nFinishing second hurt. “The wind made it hard,” he "
     "said.", "Tom Weller"),
    ("Coach Tom Weller spoke first.\n\nRoads stayed shut on Sunday. “The wind made it hard,” "
     "he said.", "Tom Weller"),
    ("Coach Tom Weller spoke first.\n\nPeople stayed home on Sunday. “The wind made it hard,” "
     "he said.", "Tom Weller"),
    ("Coach Tom Weller spoke first.\n\nNordvik cut its sponsorship on Monday. “The wind made "
     "it hard,” he said.", "Tom Weller"),
    # controls: places and firms are not people; a person named before keeps the pronoun
    ("Costa Rica beat Panama 2-1 in their opening game. “The wind made it hard,” he said.",
     "he"),
    ("Goldman Sachs cut its growth forecast on Monday. “The wind made it hard,” she said.",
     "she"),
    ("Buenos Aires was hit by floods. Mayor Ann Boyd toured the worst streets in Buenos Aires. "
     "“The wind made it hard,” she said.", "Ann Boyd"),
    ("Coach Tom Weller was furious. Deportivo Saprissa lost 2-1 on Sunday. “The wind made it "
     "hard,” he said.", "Tom Weller"),
    # a club's name is no person's
    ("Real Madrid beat Sevilla 2-0 on Sunday. “The wind made it hard,” he said.", "he"),
    ("Vardo United lost at home again. “The wind made it hard,” the 24-year-old said.",
     "the 24-year-old"),
    ("Halden Athletic drew 1-1 in the rain. “The wind made it hard,” the Norwegian said.",
     "the Norwegian"),
])
def test_an_unknown_given_name_is_a_person_a_pronoun_points_back_to(text, name):
    assert who(text, "The wind made it hard,")[0] == name



@pytest.mark.parametrize("text,words,name", [
    ("“The dam will hold.” Those were Greta Olsen's words at the briefing.",
     "The dam will hold.", "Greta Olsen"),
    ("The engineers left early. “The dam will hold.” These were Hamid Qureshi’s words to the "
     "board on Monday.", "The dam will hold.", "Hamid Qureshi"),
    ("“We hold the line,” Tom Weller said. “The dam will hold.” That was Ada Lindgren's answer.",
     "The dam will hold.", "Ada Lindgren"),
])
def test_those_were_someones_words_after_a_quote_makes_them_the_speaker(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text,name", [
    ("The Copper Kites postponed the rest of their tour. “We need to rest,” the band said.",
     "Copper Kites"),
    ("The Tin Orchard announced a new album on Friday. “We need to rest,” the group said.",
     "Tin Orchard"),
    ("Kelso Wanderers appointed a new manager on Friday after a poor start. “We need to rest,” "
     "the club said.", "Kelso Wanderers"),
])
def test_the_band_group_or_club_is_the_body_named_before(text, name):
    assert who(text, "We need to rest,")[0] == name


@pytest.mark.parametrize("text,name", [
    # a time opening the sentence before the name
    ("On Tuesday, Tendai Moyo broke the course record in Gaborone. “The wind made it hard,” "
     "she said.", "Tendai Moyo"),
    ("Last weekend, Kibwana Otieno won his first race. “The wind made it hard,” he said.",
     "Kibwana Otieno"),
    # a particle inside the name
    ("Femke van Dijk took gold in the sprint. “The wind made it hard,” the 24-year-old said.",
     "Femke van Dijk"),
    # a quote over two paragraphs, its reporting clause after the last part
    ("Odhran Keegan still farms the hill above the lough. “The winters were longer then.\n"
     "“The wind made it hard,” he said.", "Odhran Keegan"),
])
def test_an_unknown_given_name_after_a_time_with_a_particle_or_before_a_long_quote(text, name):
    ex = extract(text)
    assert ex.speaker(ex.quotes[-1].speaker).name == name


@pytest.mark.parametrize("text,name", [
    ("“The ferry runs twice a day,” Yusuf Said replied.", "Yusuf Said"),
    ("“The ferry runs twice a day,” Nadia Told said on Monday.", "Nadia Told"),
    ("“The ferry runs twice a day,” said Yusuf Said.", "Yusuf Said"),
    ("Yusuf Said said the timetable was fixed. “The ferry runs twice a day,” he added.",
     "Yusuf Said"),
])
def test_a_surname_that_is_a_reporting_verb(text, name):
    assert who(text, "The ferry runs twice a day,")[0] == name


def test_a_title_case_headline_verb_after_a_given_name_is_no_surname():
    text = "Yusuf Said To Quit The Board. “The ferry runs twice a day,” he added."
    assert who(text, "The ferry runs twice a day,")[0] != "Yusuf Said"


@pytest.mark.parametrize("text,name,role", [
    ("“The river is rising,” Mayor of Cedar Falls Thandeka Vilakazi said.",
     "Thandeka Vilakazi", "Mayor of Cedar Falls"),
    ("Mayor of Colorado Springs Ebiere Okonjo-Briggs said: “The river is rising.”",
     "Ebiere Okonjo-Briggs", "Mayor of Colorado Springs"),
    ("“The river is rising,” Mayor of Fort Lauderdale Thandeka Vilakazi said.",
     "Thandeka Vilakazi", "Mayor of Fort Lauderdale"),
])
def test_a_place_of_two_words_between_an_office_and_an_unknown_given_name(text, name, role):
    s = first_speaker(text)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text,name", [
    # a given name alone is the one person named in full with it
    ("Will Okonkwo-Reyes runs the food bank on Dock Street. “We ran out of rice by noon,” Will "
     "said.", "Will Okonkwo-Reyes"),
    ("Ana Ramaswamy teaches the night class. “We ran out of rice by noon,” Ana said.",
     "Ana Ramaswamy"),
    # a month that is a given name, before a surname in the speaker's slot
    ("“We ran out of rice by noon,” May Abernathy told the trustees.", "May Abernathy"),
])
def test_a_given_name_that_is_a_common_word_or_alone(text, name):
    assert who(text, "We ran out of rice by noon,")[0] == name


def test_a_given_name_two_people_share_stays_as_written():
    text = ("Dana Okonkwo met Dana Hartley at the depot. “We ran out of rice by noon,” "
            "Dana said.")
    assert who(text, "We ran out of rice by noon,")[0] == "Dana"


@pytest.mark.parametrize("text,words,name", [
    ("The Halifax Otters have waived forward Lamar Quist. “We thank Lamar for three good years,” "
     "the Otters said in a statement.", "We thank Lamar for three good years,", "Halifax Otters"),
    ("The Baltimore Ledger printed the memo in full. “Every line of it is accurate,” the Ledger "
     "said.", "Every line of it is accurate,", "Baltimore Ledger"),
])
def test_the_last_word_of_a_body_named_before_is_that_body(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text,name", [
    ("The Paper Moths cancelled the second night in Leeds. “We need to rest,” the band said.",
     "Paper Moths"),
    ("The Union Foxes pulled out of the festival on Friday. “We need to rest,” the group said.",
     "Union Foxes"),
])
def test_a_bodys_name_that_starts_with_an_organisation_noun(text, name):
    assert who(text, "We need to rest,")[0] == name


@pytest.mark.parametrize("text,words,name", [
    ("The letter, signed by housing officer Dana Whitlow, reached tenants on Friday. It read: "
     "“Dear Mrs. Okafor, your lease ends in May.”", "Dear Mrs. Okafor, your lease ends in May.",
     "Dana Whitlow"),
    ("A note written by Tom Okereke was taped to the till. “Back in ten minutes,” it read.",
     "Back in ten minutes,", "Tom Okereke"),
])
def test_it_read_is_the_writer_named_for_the_letter(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text,words,name", [
    ("Councillor Ruth Adeyemi was asked about the depot vote. Her spokeswoman's reply: “She "
     "backs the plan.”", "She backs the plan.", "Ruth Adeyemi"),
    ("Tom Castellano did not return calls on Tuesday. His spokesman said: “He is abroad.”",
     "He is abroad.", "Tom Castellano"),
    ("Rep. Ruth Adeyemi has not explained her vote. We contacted her office on Monday. A "
     "spokesperson said: “The congresswoman stands by it.”", "The congresswoman stands by it.",
     "Ruth Adeyemi"),
])
def test_his_or_her_spokesperson_speaks_for_the_person_pointed_back_to(text, words, name):
    assert who(text, words)[0] == name


def test_a_spokesperson_for_no_one_named_stays_anonymous():
    text = "We asked about the depot vote. Her spokeswoman said: “No comment.”"
    name, kind, _ = who(text, "No comment.")
    assert kind is SpeakerType.ANONYMOUS


@pytest.mark.parametrize("written, name, role", [
    ("Taoiseach Brendan Gilroy", "Brendan Gilroy", "Taoiseach"),
    ("Tánaiste Orla Keating", "Orla Keating", "Tánaiste"),
    ("Inspector Sunil Varma", "Sunil Varma", "Inspector"),
    ("PC Hannah Croft", "Hannah Croft", "PC"),
    ("DCI Marcus Bell", "Marcus Bell", "DCI"),
    ("Baroness Helen Stroud", "Helen Stroud", "Baroness"),
    ("Recorder Ian Fairley", "Ian Fairley", "Recorder"),
    # controls: given names that are also ranks of the peerage stay names
    ("Earl Whitcombe", "Earl Whitcombe", None),
    ("Baron Okoro", "Baron Okoro", None),
])
def test_irish_and_british_offices_and_ranks_before_a_name_are_the_role(written, name, role):
    s = first_speaker(f"“The road stays closed tonight,” said {written}.")
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("intro, later, name", [
    ("Taoiseach Brendan Gilroy met the unions.", "the Taoiseach", "Brendan Gilroy"),
    ("Coroner Ruth Fenwick opened the inquest.", "the coroner", "Ruth Fenwick"),
    ("Inspector Sunil Varma led the search.", "the inspector", "Sunil Varma"),
])
def test_an_irish_or_british_office_points_back_to_its_holder(intro, later, name):
    text = f"{intro} “The road stays closed tonight,” {later} said."
    assert who(text, "The road stays closed tonight,")[0] == name


@pytest.mark.parametrize("written, name, role", [
    ("Gemma Rourke MP", "Gemma Rourke", "MP"),
    ("Declan Moyles TD", "Declan Moyles", None),
    ("Harriet Vane KC", "Harriet Vane", None),
    ("Rupert Ashdown QC", "Rupert Ashdown", None),
    ("Professor Nell Gwyther OBE", "Nell Gwyther", "Professor"),
    # controls: two words, a club's name and its letters, are left as they are
    ("Harlow SC", "Harlow SC", None),
])
def test_letters_after_a_name_are_not_part_of_it(written, name, role):
    s = first_speaker(f"“The appeal will be heard in June,” said {written}.")
    assert (s.name, s.role) == (name, role)


def test_a_member_named_with_her_letters_is_the_mp_later():
    text = ("Gemma Rourke MP tabled the question. “The appeal will be heard in June,” the MP "
            "said.")
    assert who(text, "The appeal will be heard in June,")[0] == "Gemma Rourke"


@pytest.mark.parametrize("text, name", [
    # the trade opens the sentence, its "The" capitalised
    ("Rhona Kerr pulled out of the festival on Friday. The singer wrote on Instagram: “My voice "
     "needs a rest.”", "Rhona Kerr"),
    ("Marcus Bello was left out of the squad. The winger said: “My voice needs a rest.”",
     "Marcus Bello"),
    # controls: a trade known for a part, and no one named
    ("Rhona Kerr pulled out of the festival. The Hamlet actor said: “My voice needs a rest.”",
     "The Hamlet actor"),
    ("The singer wrote on Instagram: “My voice needs a rest.”", "The singer"),
])
def test_a_trade_opening_a_sentence_points_back_to_the_performer_named_before(text, name):
    assert who(text, "My voice needs a rest.")[0] == name


@pytest.mark.parametrize("text, name", [
    ("Hal Brennan, the harbour master for forty years, died on Tuesday. “He loved the sea more "
     "than any of us,” his family said in a statement.", "his family"),
    ("Hal Brennan died on Tuesday. In a statement, the family said: “He loved the sea more than "
     "any of us.”", "the family"),
    ("“He loved the sea more than any of us,” the Brennan family said.", "the Brennan family"),
    # controls: one who speaks for the family, or is close to it, is not the family
    ("“He loved the sea more than any of us,” a family friend said.", "a family friend"),
    ("“He loved the sea more than any of us,” said a lawyer for the family.",
     "a lawyer for the family"),
])
def test_a_family_speaks_as_one_unnamed_source(text, name):
    words = next(q.text for q in extract(text).quotes)
    speaker, kind, _ = who(text, words)
    assert speaker == name and kind is not SpeakerType.PERSON


@pytest.mark.parametrize("text, name, role", [
    ("Ines Alvaro ran the bakery until last year. Her grandson, Daniel, said: “She never "
     "closed on a Sunday.”", "Daniel", "Her grandson"),
    ("Ines Alvaro ran the bakery. “She never closed on a Sunday,” her husband, Victor, told "
     "the paper.", "Victor", "her husband"),
    ("The driver's sister, Clara, said: “She never closed on a Sunday.”", "Clara",
     "The driver's sister"),
    # kin the lists lacked: a description that can speak
    ("Ines Alvaro ran the bakery. “She never closed on a Sunday,” her stepson said.",
     "her stepson", "her stepson"),
    # control: an office is not kin; the name beside it is not read as the holder's
    ("The chairman, Victor, said: “She never closed on a Sunday.”", "The chairman",
     "The chairman"),
])
def test_a_given_name_in_apposition_after_a_relative_is_the_relatives(text, name, role):
    ex = extract(text)
    s = ex.speaker(ex.quotes[0].speaker)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, name, kind, level", [
    ("“The ward reopens on Monday,” a hospital spokeswoman said.", "hospital",
     SpeakerType.ORGANIZATION, 4),
    ("“The ward reopens on Monday,” said a police spokesman.", "police",
     SpeakerType.ORGANIZATION, 4),
    ("Tollbridge Athletic have appealed. “The ward reopens on Monday,” a club spokeswoman "
     "said.", "Tollbridge Athletic", SpeakerType.ORGANIZATION, 4),
    # controls: the council the sentence before is about (so read before this rule); a
    # spokesperson for no one, and a police officer, who speaks as herself
    ("Kelby District Council closed the ward in May. A council spokesman said: “The ward "
     "reopens on Monday.”", "Kelby District Council", SpeakerType.ORGANIZATION, 4),
    ("“The ward reopens on Monday,” a spokeswoman said.", "a spokeswoman",
     SpeakerType.ANONYMOUS, 3),
    ("“The ward reopens on Monday,” a police officer said.", "a police officer",
     SpeakerType.ANONYMOUS, 3),
])
def test_a_spokesperson_of_an_institution_in_lower_case_speaks_for_it(text, name, kind, level):
    ex = extract(text)
    q = ex.quotes[0]
    s = ex.speaker(q.speaker)
    assert (s.name, s.type, q.sourcing.level) == (name, kind, level)


@pytest.mark.parametrize("text, name", [
    ("Wexmoor Police have referred the case to the watchdog. “We share the family's concern,” "
     "the force said.", "Wexmoor Police"),
    ("Dunmere Constabulary apologised on Friday. “We share the family's concern,” the force "
     "said in a statement.", "Dunmere Constabulary"),
    ("The Eastgate Hospitals NHS Trust has opened an inquiry. “We share the family's concern,” "
     "the trust said.", "Eastgate Hospitals NHS Trust"),
    # control: a person speaks, and "trust" in the sentence before is no organisation
    ("The ruling dented public trust. “We share the family's concern,” Ann Boyd said.",
     "Ann Boyd"),
])
def test_the_force_and_the_trust_point_back_to_the_police_force_or_trust_named_before(
        text, name):
    assert who(text, "We share the family's concern,")[0] == name


@pytest.mark.parametrize("text, name", [
    ("Pryce & Tolland closed two stores in March. “Footfall has not come back,” the retailer "
     "said.", "Pryce & Tolland"),
    ("Shares in Garrow & Finch fell on Monday. “We expect a better spring,” the company said.",
     "Garrow & Finch"),
    ("Corbin & Vale reported a loss. In a statement, it said: “We expect a better spring.”",
     "Corbin & Vale"),
    # control: a firm named bare in the speaker's slot, as before
    ("“We expect a better spring,” Garrow & Finch said.", "Garrow & Finch"),
])
def test_a_firm_named_x_and_y_is_found_again_by_its_trade_word(text, name):
    ex = extract(text)
    q = ex.quotes[0]
    s = ex.speaker(q.speaker)
    assert (s.name, s.type) == (name, SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, name", [
    # a given name the lists lack, then an epithet opening the next sentence before its verb
    ("Idris Kamau came off the bench to score. The striker said: “The goal was for my mother.”",
     "Idris Kamau"),
    ("Oyelaran Diop set a course record. The Kenyan told reporters: “The goal was for my "
     "mother.”", "Oyelaran Diop"),
    ("Tomasz Wrzos turned 30 this week. The 30-year-old added: “The goal was for my mother.”",
     "Tomasz Wrzos"),
    # control: what opens the next sentence is no person's epithet
    ("Ravel Tandy opened in May. The museum said: “The goal was for my mother.”", "museum"),
])
def test_an_unknown_given_name_before_an_epithet_that_speaks_is_a_person(text, name):
    assert who(text, "The goal was for my mother.")[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a question with no cue after the answer is the questioner's; an answer after it the
    # answerer's
    ("“Will the mill reopen?” the reporter asked. “Not this year,” Ruth Oduya said. “And "
     "next year?”", "And next year?", "the reporter"),
    ("“Will the mill reopen?” the reporter asked. “Not this year,” Ruth Oduya said. “And "
     "next year?” the reporter asked. “Ask the owners.”", "Ask the owners.", "Ruth Oduya"),
    # controls: a speaker who asks and answers herself, and a question with no exchange before
    ("“Who pays for it?” Ruth Oduya asked. “The town does.”", "The town does.",
     "Ruth Oduya"),
    ("“Not this year,” Ruth Oduya said. “And next year?”", "And next year?", "Ruth Oduya"),
])
def test_a_question_and_answer_with_no_cue_take_turns(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("The painter Oscar Lind talked to us in his studio.\n\nQ: “Why the sea?”\n\nA: “Because "
     "it never sits still.”", "Because it never sits still.", "Oscar Lind"),
    ("Nadia Farrow, 41, runs the ferry.\n\nQuestion: “Is it hard work?”\n\nAnswer: “Only in "
     "winter.”", "Only in winter.", "Nadia Farrow"),
    # controls: the question stays without a speaker; with no one named, the answer too
    ("The painter Oscar Lind talked to us.\n\nQ: “Why the sea?”\n\nA: “Because it never sits "
     "still.”", "Why the sea?", None),
    ("We talked to a painter.\n\nQ: “Why the sea?”\n\nA: “Because it never sits still.”",
     "Because it never sits still.", None),
])
def test_an_interviews_answer_line_is_the_interviewees(text, words, name):
    assert who(text, words)[0] == name


def test_an_interviews_answer_is_graded_as_named_elsewhere():
    ex = extract("The painter Oscar Lind talked to us.\n\nQ: “Why the sea?”\n\nA: “Because "
                 "it never sits still.”")
    q = ex.quotes[-1]
    assert (q.cue.rule, q.sourcing.label) == ("A:Q", "named_resolved")


@pytest.mark.parametrize("text, name, role", [
    ("“The grants go out next week,” Administrator Lyle Petrakis said.", "Lyle Petrakis",
     "Administrator"),
    ("“The grants go out next week,” said FEMA Administrator Dara Quaye.", "Dara Quaye",
     "FEMA Administrator"),
])
def test_administrator_before_a_name_is_the_role(text, name, role):
    s = first_speaker(text)
    assert (s.name, s.role) == (name, role)


@pytest.mark.parametrize("text, name", [
    ("The agency Tasnim quoted the mayor, Reza Tabrizi, as saying: “The water will be back by "
     "noon.”", "Reza Tabrizi"),
    ("Kyodo quoted Aiko Mori, a port official, as saying: “The water will be back by noon.”",
     "Aiko Mori"),
    ("“The water will be back by noon,” the agency quoted its director, Lin Baoshan, as "
     "saying.", "Lin Baoshan"),
    # control: one quoted with no apposition, as before
    ("Kyodo quoted Aiko Mori as saying: “The water will be back by noon.”", "Aiko Mori"),
])
def test_the_one_quoted_as_saying_is_the_name_in_an_apposition(text, name):
    words = extract(text).quotes[0].text
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    ("“The rent goes up in June.” That was how Wendy Alcott, the building's owner, put it to "
     "the tenants.", "Wendy Alcott"),
    ("“The rent goes up in June.” That is how the owner, Wendy Alcott, described it.",
     "Wendy Alcott"),
    # control: no apposition, as before
    ("“The rent goes up in June.” That was how Wendy Alcott put it.", "Wendy Alcott"),
])
def test_how_someone_put_it_with_an_apposition(text, name):
    assert who(text, "The rent goes up in June.")[0] == name


@pytest.mark.parametrize("text, words, name", [
    ("Governor Vows ‘No New Tolls’ on Bridge\nThe bill passed.", "No New Tolls", "Governor"),
    ("‘We Will Not Fold,’ Senator Tells Members\nThe strike goes on.", "We Will Not Fold,",
     "Senator"),
    # control: a name, as before
    ("Okafor Vows ‘No New Tolls’ on Bridge\nThe bill passed.", "No New Tolls", "Okafor"),
])
def test_a_title_case_headline_verb_after_an_office(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    ("The mayor's chief of staff (who later said the plan was “never serious”) left in May.",
     "The mayor's chief of staff"),
    ("Rosa Fenwick (who later said the plan was “never serious”) left in May.", "Rosa Fenwick"),
    # control: the relative clause set off by commas, as before
    ("Rosa Fenwick, who later said the plan was “never serious,” left in May.", "Rosa Fenwick"),
])
def test_a_relative_clause_in_parentheses_reports_the_one_before_it(text, name):
    words = extract(text).quotes[0].text
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # a question put to someone is not theirs: the agent's, or no one's
    ("“Did you sign it?” the contractor was asked.", None),
    ("“Did you sign it?” Dale Voss was asked by Rep. Irma Scholl.", "Irma Scholl"),
    ("“Did you sign it?” the witnesses were asked.", None),
    # control: an active "asked" is the asker's
    ("“Did you sign it?” the contractor asked.", "the contractor"),
])
def test_a_quote_someone_was_asked_is_not_theirs(text, name):
    assert who(text, "Did you sign it?")[0] == name


@pytest.mark.parametrize("text, name", [
    # a question put to someone, no asker named: not the witness introduced the sentence before
    ("Marta Quill testified all morning. “Did the board know?” the engineer was asked.",
     None),
    ("Marta Quill spoke to the panel. “Did the board know?” she was asked. “Yes,” she said.",
     None),
    # control: an asker named after "by" asks, as before
    ("Marta Quill spoke to the panel. “Did the board know?” she was asked by Ivo Brandt.",
     "Ivo Brandt"),
])
def test_a_question_put_to_someone_takes_no_speaker_from_the_sentence_before(text, name):
    assert who(text, "Did the board know?")[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a description set before a name with a title is the person's role as well
    ("The committee chairwoman, Rep. Ilsa Marrow, opened the hearing. “We start now,” the "
     "chairwoman said.", "We start now,", "Ilsa Marrow"),
    ("The garrison commander, Col. Omar Kessel, left early. “We hold the bridge,” the "
     "commander said.", "We hold the bridge,", "Omar Kessel"),
    # control: no title, as before
    ("The committee chairwoman, Ilsa Marrow, opened the hearing. “We start now,” the "
     "chairwoman said.", "We start now,", "Ilsa Marrow"),
])
def test_a_role_set_before_a_titled_name_is_noted(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # "disclosed" and "averred" report words, as in South Asian and West African copy
    ("The district collector, Anil Rao, disclosed that the dam was “structurally unsound.”",
     "structurally unsound.", "Anil Rao"),
    ("“The land was never sold,” the plaintiff averred.", "The land was never sold,",
     "the plaintiff"),
    # control: "said", as before
    ("“The land was never sold,” the plaintiff said.", "The land was never sold,",
     "the plaintiff"),
])
def test_disclosed_and_averred_report_words(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # "one of" a plural description of sources: one of those sources speaks
    ("“The vote is close,” one of three aides familiar with the count said.", "The vote is close,",
     "one of three aides familiar with the count"),
    ("“The vote is close,” said one of the officials who briefed reporters.",
     "The vote is close,", "one of the officials who briefed reporters"),
    # control: "one of them", as before
    ("“The vote is close,” one of them said.", "The vote is close,", "one of them"),
])
def test_one_of_a_described_group_speaks(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # an unnamed spokesperson opening a sentence is who a later "she said" means: the body
    # the spokesperson speaks for, as in the speaker's slot
    ("A spokeswoman for Corran Freight declined to say more. “The audit is routine,” she said.",
     "Corran Freight"),
    ("Lena Ostrava quit in May. A spokesman for the Velde Trust called it amicable. “The audit "
     "is routine,” he said.", "Velde Trust"),
    # not of the pronoun's gender: the woman named before, as before
    ("Lena Ostrava quit in May. A spokesman for the Velde Trust called it amicable. “The audit "
     "is routine,” she said.", "Lena Ostrava"),
])
def test_a_spokesperson_opening_a_sentence_is_the_later_pronoun(text, name):
    assert who(text, "The audit is routine,")[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a police rank abbreviated before a name is a title, not part of the name
    ("“The road is closed,” said DSP Kavita Rao.", "The road is closed,", "Kavita Rao"),
    ("“The road is closed,” IGP Musa Danjuma told reporters.", "The road is closed,",
     "Musa Danjuma"),
    # control: a full title, as before
    ("“The road is closed,” said Superintendent Kavita Rao.", "The road is closed,",
     "Kavita Rao"),
])
def test_an_abbreviated_police_rank_is_a_title(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a name, then a description someone owns ("his lawyer"), then a name: the description is
    # the second name's, and the second name speaks
    ("Once the court freed Ivo Strand, his attorney, Celia Moravec, said: “We never doubted "
     "it.”", "We never doubted it.", "Celia Moravec"),
    ("When the board fired Nell Haskins, her agent, Omar Pettifer, said she was “relieved.”",
     "relieved.", "Omar Pettifer"),
    # controls: the name with a description only, and a description before the name
    ("The ruling came late. Ivo Strand, his attorney, said: “We never doubted it.”",
     "We never doubted it.", "Ivo Strand"),
    ("Celia Moravec, the editor of the weekly, The Ledger, said: “We never doubted it.”",
     "We never doubted it.", "Celia Moravec"),
])
def test_a_name_after_an_owned_description_speaks(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a place after a preposition of place or motion is not who chants or shouts after it
    ("Dozens filed along Orchard Road chanting “Open the books!” into the rain.",
     "Open the books!", None),
    ("Students massed outside Delmore Hall shouting “Not in our name!” for an hour.",
     "Not in our name!", None),
    # controls: a person before the place still speaks; a finite verb is untouched
    ("Pia Laskaris walked down Orchard Road saying “Open the books!” to anyone near.",
     "Open the books!", "Pia Laskaris"),
    ("Pia Laskaris said outside Delmore Hall: “Open the books!”", "Open the books!",
     "Pia Laskaris"),
])
def test_a_place_is_not_the_subject_of_a_participle(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a noun ending in "-ly" ends the subject: it is not an adverb before the verb
    ("The Brannagh family said: “He loved this town.”", "He loved this town.",
     "The Brannagh family"),
    ("In a statement, the Okafor family said he “never stopped teaching.”",
     "never stopped teaching.", "the Okafor family"),
    # control: an adverb before the verb is still skipped
    ("Tomas Brannagh quietly said: “He loved this town.”", "He loved this town.",
     "Tomas Brannagh"),
])
def test_a_noun_ending_in_ly_ends_the_subject(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a bare plural for those at a march, a funeral or a match opens a sentence: a
    # description of a crowd, not a person's name
    ("Marchers chanted “Hands off the harbour!” past the town hall.",
     "Hands off the harbour!", "Marchers"),
    ("Mourners sang “Rest now, friend” at the graveside.", "Rest now, friend", "Mourners"),
    ("Picketers yelled “Not one more shift!” at the gates.", "Not one more shift!", "Picketers"),
])
def test_a_bare_plural_for_a_crowd_is_not_a_name(text, words, name):
    ex = extract(text)
    q = next(q for q in ex.quotes if q.text == words)
    s = ex.speaker(q.speaker)
    assert (s.name, s.type) == (name, SpeakerType.ANONYMOUS)
    assert q.sourcing.label == "anonymous_vague"


@pytest.mark.parametrize("text, words, name", [
    # a relative's given name in apposition, from the census lists as well as the lexicon's
    ("Her husband, Tomas, said: “She sang every morning.”", "She sang every morning.", "Tomas"),
    ("His widow, Marta, said: “He fixed every radio in the street.”",
     "He fixed every radio in the street.", "Marta"),
    # controls: a lexicon name as before; no name, the relative
    ("Her son, Patrick, said: “She sang every morning.”", "She sang every morning.", "Patrick"),
    ("Her son, however, said: “She sang every morning.”", "She sang every morning.", "Her son"),
])
def test_a_relatives_census_given_name_speaks(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # sport and work relations are role nouns before a name: the name speaks
    ("“He never missed a session,” wrote former teammate Oska Verhoef on X.",
     "He never missed a session,", "Oska Verhoef"),
    ("“That was never offside,” fumed Wanderers boss Gil Treharne.", "That was never offside,",
     "Gil Treharne"),
    # control: a role noun already known, as before
    ("“That was never offside,” said Wanderers manager Gil Treharne.", "That was never offside,",
     "Gil Treharne"),
])
def test_sport_and_work_relations_are_roles(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # court papers are documents whose words can be quoted, as a lawsuit's are
    ("The suit says the landlord “ignored every complaint.”", "ignored every complaint.",
     "The suit"),
    ("The motion argues that the search was “unlawful from the start.”",
     "unlawful from the start.", "The motion"),
    ("The settlement requires the insurer to “act in good faith.”", "act in good faith.", None),
    # control: a lawsuit, as before
    ("The lawsuit says the landlord “ignored every complaint.”", "ignored every complaint.",
     "The lawsuit"),
])
def test_court_papers_are_documents(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a firm whose name joins two with "&", before its verb: the whole firm speaks
    ("Tully & Brand said the kettle is “silent at any setting.”", "silent at any setting.",
     "Tully & Brand"),
    ("Tully & Brand, the maker, calls the kettle “silent at any setting.”",
     "silent at any setting.", "Tully & Brand"),
    # control: after the quote, as before
    ("“Silent at any setting,” Tully & Brand said.", "Silent at any setting,", "Tully & Brand"),
])
def test_a_firm_joined_by_an_ampersand_speaks_whole(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # how a maker sells a thing "as" the quoted words is what it calls it
    ("The company bills the scooter as “the only one you will need.”",
     "the only one you will need.", "company"),
    ("The firm pitches its app as “a bank in your pocket.”", "a bank in your pocket.", "firm"),
    ("The company touts the lamp as “bright enough for surgeons.”",
     "bright enough for surgeons.", "company"),
    # control: no one who sells, no speaker
    ("The scooter was billed as “the only one you will need.”", "the only one you will need.",
     None),
])
def test_selling_a_thing_as_the_words_is_calling_it(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a firm's legal ending written with a full stop, or as Indian and Australian copy has it
    ("Hesketh Looms Ltd. said: “Orders are up.”", "Orders are up.", "Hesketh Looms Ltd."),
    ("“Orders are up,” Varanasi Weaves Pvt. Ltd. said.", "Orders are up,",
     "Varanasi Weaves Pvt. Ltd."),
    # control: without the full stop, as before
    ("Hesketh Looms Ltd said: “Orders are up.”", "Orders are up.", "Hesketh Looms Ltd"),
])
def test_a_firms_legal_ending_with_a_full_stop(text, words, name):
    name_, type_, _ = who(text, words)
    assert (name_, type_) == (name, SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, words, name", [
    # publishing, film, music and farm trades end a firm's name
    ("Marden Books said: “We will reprint it.”", "We will reprint it.", "Marden Books"),
    ("“We will reprint it,” said Ostler Records.", "We will reprint it,", "Ostler Records"),
    # a firm set after its description speaks, not the description
    ("Her publisher, Marden Books, said the novel would be “back in print by spring.”",
     "back in print by spring.", "Marden Books"),
    ("The airline, Corve Airways, said: “We regret the delay.”", "We regret the delay.",
     "Corve Airways"),
    # control: a person set after a description, as before
    ("Her editor, Lisa Marden, said: “We will reprint it.”", "We will reprint it.",
     "Lisa Marden"),
])
def test_a_firm_by_its_trade_and_after_its_description(text, words, name):
    name_, type_, _ = who(text, words)
    assert name_ == name
    assert type_ is (SpeakerType.PERSON if name == "Lisa Marden" else SpeakerType.ORGANIZATION)


@pytest.mark.parametrize("text, words, name", [
    # a title that is also a role noun speaks without a name after it
    ("“The bridge is gone,” said a deputy.", "The bridge is gone,", "a deputy"),
    ("A county deputy, who was not cleared to talk to reporters, said: “The bridge is gone.”",
     "The bridge is gone.", "A county deputy"),
    # control: the title before a name, as before
    ("“The bridge is gone,” said Deputy Mara Olsen.", "The bridge is gone,", "Mara Olsen"),
])
def test_a_title_that_is_a_role_speaks_without_a_name(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a role owned by a place opens a sentence: a later pronoun points back to it
    ("The county's flood manager ordered the valley cleared. “Go while the road is open,” she "
     "said.", "Go while the road is open,", "The county's flood manager"),
    ("The town's fire chief drove the last truck out. “Nobody stays,” he said.", "Nobody stays,",
     "The town's fire chief"),
    # control: without an owner, as before
    ("The fire chief drove the last truck out. “Nobody stays,” he said.", "Nobody stays,",
     "The fire chief"),
])
def test_a_role_owned_by_a_place_is_a_later_pronoun(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a participle after a document is not its head: the document speaks
    ("“Leave the island now,” said a message sent to every phone.", "Leave the island now,",
     "a message"),
    ("“Leave the island now,” read an alert sent before dawn.", "Leave the island now,",
     "an alert"),
    # control: someone with an agent's ending, as before
    ("“Leave the island now,” said a boatman.", "Leave the island now,", "a boatman"),
])
def test_a_document_then_a_participle(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, title, words, name", [
    # a title after the noun for its work is no speech, though a reporting clause follows it,
    # so the outlet that reported it speaks for no one and "he" stays with the subject
    (("Joel Varga, who runs a chapel in Elko, mocked the league on his weekly radio show, "
      "“Hour of Joel Varga,” Open Skies Watch first reported.\n\nHe then said the coaches "
      "should resign.\n\n“Teach your sons to be kind,” he said."),
     "Hour of Joel Varga,", "Teach your sons to be kind,", "Joel Varga"),
    (("Ada Price read from her memoir, “Small Mercies in Hard Times,” the Ledger noted. "
      "“I wrote it at night,” she said."),
     "Small Mercies in Hard Times,", "I wrote it at night,", "Ada Price"),
])
def test_a_title_after_the_noun_for_its_work_is_no_speech(text, title, words, name):
    ex = extract(text)
    (q,) = [q for q in ex.quotes if q.text == title]
    assert q.kind is QuoteKind.NON_SPEECH and q.speaker is None
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # not a title: words that read as a sentence after the noun are still speech
    ("On her radio show, “We will not back down,” Ada Price said.", "We will not back down,",
     "Ada Price"),
])
def test_speech_after_the_noun_for_a_work_is_still_speech(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a given name and a place's last word that is a common surname too make a person
    (("One of the two hikers, Dale Kemp, 62, had walked the trail before. The other, his "
      "nephew Oscar York, 31, worried about the weather. “It could turn fast,” he said."),
     "It could turn fast,", "Oscar York"),
    (("The other volunteer, his cousin Leon Field, 44, stayed behind. “Someone had to,” he "
      "said."), "Someone had to,", "Leon Field"),
])
def test_a_given_name_before_a_surname_that_ends_place_names_is_a_person(text, words, name):
    assert who(text, words)[0] == name


def test_a_place_ending_in_york_after_new_is_still_a_place():
    text = "Officials in New York rejected the plan. “It is too late,” said Mayor Ann Boyd."
    assert who(text, "It is too late,")[0] == "Ann Boyd"


@pytest.mark.parametrize("text, words, name", [
    # "he" is not the one the quote names by title and surname: nobody speaks of himself so
    (("His campaign manager, Rob Tell, said Boyd believes the ads will pay off. He should "
      "also get a lift from the win, Boyd said.\n\n“Voters asked whether Senator Boyd's "
      "message could carry the state, and I think he proved it could,” he said."),
     "Voters asked whether Senator Boyd's message could carry the state, and I think he "
     "proved it could,", "Rob Tell"),
    (("Lisa Price met Ann Boyd on Friday. “Mrs. Price has been a good friend,” she said."),
     "Mrs. Price has been a good friend,", "Ann Boyd"),
    # control: with no one else to be "she", she is still the one named
    ("Ann Boyd spoke on Monday. “Senator Boyd will win,” she said.", "Senator Boyd will win,",
     "Ann Boyd"),
    # control: a surname without a title in the quote does not move the pronoun
    ("Ann Boyd met Lisa Price. “Boyd family farms come first,” she said.",
     "Boyd family farms come first,", "Ann Boyd"),
])
def test_a_pronoun_is_not_the_person_the_quote_names_by_title(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a surname alone opening its sentence with a reporting verb is the "he" that follows,
    # not the person named in full before it
    (("Dana Holt backed the favourite in a radio interview on Sunday.\n\nOkafor openly admitted "
      "that his pick was about the primary. “I have an eye on March,” he said."),
     "I have an eye on March,", "Okafor"),
    (("Ann Boyd chairs the panel.\n\nLindqvist said the vote was rushed. “Nobody read the "
      "bill,” she said."), "Nobody read the bill,", "Lindqvist"),
    # controls: a word opening the sentence with no reporting verb, and a firm that says "it"
    (("Dana Holt won the seat in May.\n\nStaying home was never an option for the family. "
      "“We had to vote,” he said."), "We had to vote,", "Dana Holt"),
    (("Ann Boyd chairs the panel.\n\nNordvik said it would appeal the ruling. “The ruling is "
      "wrong,” she said."), "The ruling is wrong,", "Ann Boyd"),
])
def test_a_lone_surname_that_reports_speech_is_the_pronoun_that_follows(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a capitalised preposition or conjunction that a reporting verb follows is a surname
    ("“We needed the banks then,” From said. “Now they are the villains.”",
     "We needed the banks then,", "From"),
    ("“We needed the banks then,” Upon said.", "We needed the banks then,", "Upon"),
    # controls: words that can be a verb's subject keep their reading
    ("Ann Boyd wrote to the bank. “We needed the money,” she said.",
     "We needed the money,", "Ann Boyd"),
    ("“Nobody was told,” one said.", "Nobody was told,", "one"),
])
def test_a_capitalised_preposition_before_said_is_a_surname(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a quote opening its own sentence after one whose subject acts (no verb of speech):
    # that subject speaks
    ("The judge then turned to the witness. “Ms. Ruiz?”", "Ms. Ruiz?", "The judge"),
    ("Ann Boyd leaned toward the microphone. “We are not done.”", "We are not done.",
     "Ann Boyd"),
    # after ", but" the later clause's subject
    (("The Ledger won't go that far, but Ana Ruiz wants a real-time check. “We know the "
      "town.”"), "We know the town.", "Ana Ruiz"),
])
def test_the_subject_of_the_sentence_before_a_quote_speaks_it(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words", [
    # controls: "it" and a thing are no speakers
    ("It rained all day. “We stayed in.”", "We stayed in."),
    ("The budget passed on Monday. “It is a good day.”", "It is a good day."),
])
def test_a_sentence_about_a_thing_before_a_quote_names_no_speaker(text, words):
    assert who(text, words)[0] is None


@pytest.mark.parametrize("text, words, name, kind", [
    # an institution whose proper name has "of" or "and" in it, set before a spokesperson
    ("“The file is closed,” a Ministry of Transport spokeswoman said.", "The file is closed,",
     "Ministry of Transport", SpeakerType.ORGANIZATION),
    ("A Bank of Scotland spokesman said: “Rates are under review.”", "Rates are under review.",
     "Bank of Scotland", SpeakerType.ORGANIZATION),
    ("“No recall is planned,” a Food and Drug Administration spokesperson told the paper.",
     "No recall is planned,", "Food and Drug Administration", SpeakerType.ORGANIZATION),
    # an official of one is an unnamed person, not the institution
    ("“The file is closed,” a Ministry of Transport official said.", "The file is closed,",
     "a Ministry of Transport official", SpeakerType.ANONYMOUS),
    # controls: "of" after a title starts what the title is of
    ("“The file is closed,” a spokeswoman for the Ministry of Transport said.",
     "The file is closed,", "Ministry of Transport", SpeakerType.ORGANIZATION),
    ("“The file is closed,” the Mayor of Leeds said.", "The file is closed,",
     "the Mayor of Leeds", SpeakerType.UNKNOWN),
])
def test_a_proper_name_with_of_before_a_spokesperson_is_the_institution(text, words, name,
                                                                         kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name", [
    # an office that nobody holds, reporting that someone "added" something right after a
    # named person spoke: that person, described by their office
    ("“Rates stay where they are,” Vale told the committee. The governor added: “We will "
     "watch prices.”", "We will watch prices.", "Vale"),
    ("Ines Moll was blunt. “We were poor,” Moll said. “We must improve,” the Town coach "
     "added.", "We must improve,", "Ines Moll"),
    # controls: someone holds the office; the one who spoke last is known with another
    # office or is of the other gender; a source that is not named
    ("Gov. Ruth Pell spoke first. “Rates stay where they are,” Vale said. “We must improve,” "
     "the governor added.", "We must improve,", "Ruth Pell"),
    ("“Rates stay where they are,” Sen. Ola Vale said. “We must improve,” the governor added.",
     "We must improve,", "the governor"),
    ("“Rates stay where they are,” Mary Moll said. “We must improve,” the chairman added.",
     "We must improve,", "the chairman"),
    ("“Rates stay where they are,” Vale said. “We must improve,” the official added.",
     "We must improve,", "the official"),
])
def test_an_office_that_adds_goes_on_for_the_one_who_spoke_last(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # an unnamed source or spokesperson opening a sentence of reported speech is who a
    # later "the official", "the spokeswoman" or "he" means
    ("A senior port official, who asked not to be named, said the cranes were idle. “Nothing "
     "moves,” the official said.", "Nothing moves,", "A senior port official"),
    ("A senior port official said the cranes were idle. “Nothing moves,” he said.",
     "Nothing moves,", "A senior port official"),
    ("A diplomat said the cranes were idle. “Nothing moves,” the diplomat said.",
     "Nothing moves,", "A diplomat"),
    ("A spokeswoman for Delta Freight declined to discuss the cranes. “Nothing moves,” the "
     "spokeswoman said.", "Nothing moves,", "Delta Freight"),
    # controls: another head is someone else; a person named in between is meant by "she"
    ("A diplomat said the cranes were idle. “Nothing moves,” the official said.",
     "Nothing moves,", "the official"),
    ("A diplomat said the cranes were idle. Ruth Pell, the envoy, disagreed. “Nothing moves,” "
     "she said.", "Nothing moves,", "Ruth Pell"),
])
def test_an_unnamed_source_in_reported_speech_is_who_a_later_role_noun_means(text, words,
                                                                            name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # a role, then a surname under an honorific or a judge's title set off by commas: the
    # person speaks, the role is theirs
    ("The trust's chairman, Mr Okafor, said: “The wards reopen in June.”", "Okafor"),
    ("The judge, Mrs Justice Amberley, said: “The wards reopen in June.”", "Amberley"),
    ("“The wards reopen in June,” the judge, Mr Justice Penrose, said.", "Penrose"),
    ("The appeal judge, Lady Justice Marr, said: “The wards reopen in June.”", "Marr"),
    # controls: a place in the chain is no one; a full name reads as before
    ("The mayor of Tulsa, Oklahoma, said: “The wards reopen in June.”", "The mayor of Tulsa"),
    ("The trust's chairman, Ade Okafor, said: “The wards reopen in June.”", "Ade Okafor"),
])
def test_a_titled_surname_in_apposition_after_a_role_speaks(text, name):
    ex = extract(text)
    assert ex.speaker(ex.quotes[0].speaker).name == name


@pytest.mark.parametrize("text, words, name", [
    # a company's ending, a name's suffix, a state's, a dotted word: each ends the sentence
    # when the next word only opens one, so the pronoun is not read into a description
    ("“Sales rose,” said Ann Boyd, chief executive of Tamsin Corp. She added, “Costs fell.”",
     "Costs fell.", "Ann Boyd"),
    ("“Sales rose,” said Ann Boyd, a director of Tamsin Ltd. She added: “Costs fell.”",
     "Costs fell.", "Ann Boyd"),
    ("“We lost,” said Tom Reyes, who coached at Dover, Fla. He added, “We will be back.”",
     "We will be back.", "Tom Reyes"),
    ("“We lost,” said Tom Reyes, who coached in the U.K. He added, “We will be back.”",
     "We will be back.", "Tom Reyes"),
    # control: a title before a name never ends a sentence
    ("“We lost,” Coach Reyes said. Asked again, Sen. Ann Boyd said: “We will be back.”",
     "We will be back.", "Ann Boyd"),
])
def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # a judge named under a judge's title ("Mr Justice", "Lady Justice", "Justice") is who a
    # later "the judge" means
    ("Mr Justice Royle dismissed the claim. “The contract was clear,” the judge told the "
     "court.", "Royle"),
    ("Lady Justice Fenwick allowed the appeal. “The contract was clear,” the judge said.",
     "Fenwick"),
    ("Justice Miriam Osei wrote for the majority. “The contract was clear,” the judge wrote.",
     "Miriam Osei"),
    # control: nobody named a judge, so the judge is someone new
    ("The Justice Department filed the claim. “The contract was clear,” the judge said.",
     "the judge"),
])
def test_the_judge_is_the_one_named_under_a_judges_title(text, name):
    ex = extract(text)
    assert ex.speaker(ex.quotes[0].speaker).name == name


@pytest.mark.parametrize("text, words, name", [
    # a nationality written before a given name and a surname is where the person is from,
    # not the first word of the name (nor, after "the", an organisation's name)
    ("“The wind beat us,” said the Spaniard Ramon Ibarra after the stage.", "The wind beat us,",
     "Ramon Ibarra"),
    ("Norwegian Ingrid Solberg crossed the line first. She said: “My legs were gone.”",
     "My legs were gone.", "Ingrid Solberg"),
    ("“I served badly,” the veteran Dane Karin Lund admitted.", "I served badly,", "Karin Lund"),
    ("The Frenchman Jules Perrin, who won in 2019, said: “The course is harder now.”",
     "The course is harder now.", "Jules Perrin"),
    # controls: two words stay a name; an institution keeps its nationality
    ("“Prices will rise,” Scot Peterson said.", "Prices will rise,", "Scot Peterson"),
    ("“Doctors are exhausted,” said the Indian Medical Association.", "Doctors are exhausted,",
     "Indian Medical Association"),
])
def test_a_nationality_before_a_full_name_is_not_part_of_it(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # an opening "As X said," that only says whose words the main clause quotes: X's
    ("As the critic Nora Vance put it last spring, the sequel is “a cash grab with a fine "
     "score.”", "a cash grab with a fine score.", "Nora Vance"),
    ("As coach Dale Ortega noted after the game, his defence was “asleep for ten minutes.”",
     "asleep for ten minutes.", "Dale Ortega"),
    ("As Priya Rao told the council, the bridge is “older than anyone in this room.”",
     "older than anyone in this room.", "Priya Rao"),
    # controls: a saying nobody in the text owns; an opening clause with an object of its own
    ("As they say, the sequel is “a cash grab with a fine score.”",
     "a cash grab with a fine score.", None),
    ("As Nora Vance said the sequel would flop, its score is “a cash grab.”",
     "a cash grab.", None),
    # control: "as X spoke" says when, not whose words
    ("As Nora Vance spoke, the studio was lobbying against “any more sequels.”",
     "any more sequels.", None),
])
def test_an_opening_as_x_said_gives_x_the_quote_in_the_main_clause(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # after a quote that ends its sentence, a subject, a reporting aside set in commas and a
    # verb that goes on the subject start a new sentence: the aside's speaker has its quote
    ("The ferry, in the words of its captain, is “older than the harbour.” Fares, one "
     "commuter said, are “a scandal.”", "a scandal.", "one commuter"),
    ("The show, according to its producer, is “sold out.” The second act, as Omar Reyes told "
     "me, was “the best hour of theatre this year.”", "the best hour of theatre this year.",
     "Omar Reyes"),
    # control: a name, an apposition and the verb are the quote's own cue
    ("“We held on,” Omar Reyes, the captain, said. “Just.”", "We held on,", "Omar Reyes"),
])
def test_a_reporting_aside_after_a_quote_opens_a_new_sentence(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # "his daughter Laura Mills" after the verb, no commas: the relative named speaks
    ("Walter Kemp ran the ferry for forty years. “He knew every tide,” said his daughter "
     "Laura Kemp.", "He knew every tide,", "Laura Kemp"),
    ("Edith Shaw died at home on Sunday. “She read to the very end,” said her son Michael.",
     "She read to the very end,", "Michael"),
    ("“He never missed a shift,” recalled his longtime friend Carol Vance.",
     "He never missed a shift,", "Carol Vance"),
    # control: a possessive before a club's name says nothing of a relative
    ("“We were second best,” said their rivals Dunmore United.", "We were second best,",
     "their rivals"),
])
def test_a_relative_named_after_a_possessive_speaks(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # "while The Ledger's Ann Boyd described it as …" is a clause of its own after the
    # quote: its subject does not speak the quote before it
    ("The Courier called the opera “a long evening,” while The Ledger's Ann Boyd described it "
     "as “a triumph.”", "a long evening,", "Courier"),
    ("One review called the band “tired,” while the Gazette’s Tom Weller said they were "
     "“reborn.”", "tired,", "One review"),
    # control: an owner's name before a person, read as her role
    ("“The show sold out,” the Ledger’s Ann Boyd wrote.", "The show sold out,", "Ann Boyd"),
])
def test_a_clause_after_a_quote_that_opens_with_a_conjunction_is_not_its_cue(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # "whereas" opens a clause of its own, as "while" does: its subject does not speak the
    # quote before it
    ("Ann Boyd said the levy was “fair,” whereas Tom Weller said it was “a tax on the poor.”",
     "fair,", "Ann Boyd"),
    ("The panel called the levy “fair,” whereas Tom Weller said it was “a tax on the poor.”",
     "fair,", "The panel"),
    ("Ann Boyd said the levy was “fair,” whereas Tom Weller said it was “a tax on the poor.”",
     "a tax on the poor.", "Tom Weller"),
])
def test_whereas_opens_a_clause_whose_subject_does_not_speak_the_quote_before(text, words,
                                                                              name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # a science or medical profession after a name is her role, and "the <profession>" later
    # points back to her
    ("Ruth Adair, a seismologist at the institute, mapped the fault. “It will slip again,” "
     "the seismologist said.", "It will slip again,", "Ruth Adair"),
    ("Omar Haddad, a cardiologist, led the trial. “The effect was small,” the cardiologist "
     "said.", "The effect was small,", "Omar Haddad"),
    # control: no one named with that profession
    ("Omar Haddad led the trial. “The effect was small,” the cardiologist said.",
     "The effect was small,", "the cardiologist"),
])
def test_a_science_or_medical_profession_is_a_role_a_later_description_points_back_to(
        text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name", [
    # "according to" a description with a name set beside it: the name speaks, the
    # description is her role
    ("“The ferry will run all winter,” according to the harbour board’s chairwoman, Ingrid "
     "Solberg.", "The ferry will run all winter,", "Ingrid Solberg"),
    ("According to her solicitor, Rhys Pugh, the charge was “absurd.”", "absurd.", "Rhys Pugh"),
    # control: a clause goes on from the name, so the description is still the source
    ("According to the sheriff, Dale Varga admitted the fire was “a mistake.”", "a mistake.",
     "the sheriff"),
    # control: no name beside the description
    ("“The ferry will run all winter,” according to the harbour board.",
     "The ferry will run all winter,", "harbour board"),
])
def test_according_to_a_description_and_a_name_beside_it_gives_the_name(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, words, name, kind", [
    # a capitalised plural ending in an apostrophe is part of an organisation's name, not an
    # owner: "the Dockers’ Federation" speaks as an organisation
    ("“We will not load the ships,” said the Dockers’ Federation.",
     "We will not load the ships,", "Dockers’ Federation", SpeakerType.ORGANIZATION),
    ("“The offer is an insult,” the Midwives' Union said in a statement.",
     "The offer is an insult,", "Midwives' Union", SpeakerType.ORGANIZATION),
    ("“We will strike,” said the Midwives’ Union on Tuesday.", "We will strike,",
     "Midwives’ Union", SpeakerType.ORGANIZATION),
    # control: an official of such an organisation is still an unnamed person
    ("“We will strike,” said a Nurses’ Union official.", "We will strike,",
     "a Nurses’ Union official", SpeakerType.ANONYMOUS),
])
def test_a_plural_with_an_apostrophe_in_an_organisations_name_is_part_of_it(text, words, name,
                                                                           kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name, kind", [
    # a role noun opening the sentence, "for" and lower-case words: a description (read as
    # it is lower case), not an organisation named "Counsel for the trust"
    ("Counsel for the trust, Mirela Dobre, said: “The sale was lawful.”",
     "The sale was lawful.", "Mirela Dobre", SpeakerType.PERSON),
    ("Counsel for the trust told the tribunal the sale was “entirely lawful.”",
     "entirely lawful.", "Counsel for the trust", SpeakerType.ANONYMOUS),
    # control: the same description written lower case after the quote
    ("“The sale was lawful,” counsel for the trust said.", "The sale was lawful,",
     "counsel for the trust", SpeakerType.ANONYMOUS),
])
def test_a_capitalised_role_noun_opening_a_sentence_is_no_organisation(text, words, name,
                                                                       kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name, kind", [
    # a plural owner before the head ("the tenants’ lawyer"): the head after the mark
    # speaks, one lawyer whom "she" can point back to, and a union is an organisation
    ("“The eviction is void,” said the tenants’ lawyer. “We will see them in court,” she "
     "added.", "We will see them in court,", "the tenants’ lawyer", SpeakerType.ANONYMOUS),
    ("“The offer falls short,” the drivers’ union said.", "The offer falls short,",
     "drivers’ union", SpeakerType.ORGANIZATION),
    # control: a plural head after the owner stays plural
    ("“The eviction is void,” the tenants’ lawyers said.", "The eviction is void,",
     "the tenants’ lawyers", SpeakerType.ANONYMOUS),
])
def test_the_head_after_a_plural_owner_is_who_speaks(text, words, name, kind):
    assert who(text, words)[:2] == (name, kind)


@pytest.mark.parametrize("text, words, name", [
    # a live blog's entry opens with its time: the role noun after it is still the subject
    # a later "she" points back to
    ("11:40 GMT – The health minister has left the talks. “There is no deal tonight,” she told "
     "reporters.", "There is no deal tonight,", "The health minister"),
    ("16.05 The trade minister has landed in Oslo. “We expect a long night,” she said.",
     "We expect a long night,", "The trade minister"),
    # control: without a role noun after the time, the pronoun stays unresolved
    ("11:40 GMT – The talks have broken up. “There is no deal tonight,” she told reporters.",
     "There is no deal tonight,", "she"),
])
def test_a_live_blog_time_before_a_role_noun_subject_is_skipped(text, words, name):
    assert who(text, words)[0] == name


@pytest.mark.parametrize("text, name", [
    # a surname alone, never given in full, with "it" in its clause: the next sentence's
    # "he" or "she" is that person's when nobody else was named just before
    ("Halvorsen said it was the worst flood in memory. “The river rose in an hour,” she said.",
     "Halvorsen"),
    ("Halvorsen called it the worst flood in memory. “The river rose in an hour,” she said.",
     "Halvorsen"),
    ("Rivers called it the worst flood in memory. “The river rose in an hour,” he said.",
     "Rivers"),
    # controls: someone named in the two sentences before keeps the pronoun, and "its" or
    # "their" after the name still make it a firm's or a group's
    ("Mayor Ann Boyd toured the town. Halvorsen said it would close the plant. “The river "
     "rose in an hour,” she said.", "Ann Boyd"),
    ("Halvorsen said its plant would close. “The river rose in an hour,” she said.", "she"),
    ("Halvorsen said their plant would close. “The river rose in an hour,” she said.", "she"),
])
def test_it_after_a_lone_surname_does_not_make_it_a_firm(text, name):
    assert who(text, "The river rose in an hour,")[0] == name


@pytest.mark.parametrize("text, name, kind", [
    # "the" before a spokesperson of a named institution speaks for it, as "a" does
    ("“The pier stays shut,” the Harbor Authority spokeswoman said.", "Harbor Authority",
     SpeakerType.ORGANIZATION),
    ("“The pier stays shut,” the Dockworkers’ Guild spokesman said.", "Dockworkers’ Guild",
     SpeakerType.ORGANIZATION),
    ("“The pier stays shut,” the spokeswoman for the Harbor Authority said.",
     "Harbor Authority", SpeakerType.ORGANIZATION),
    ("“The pier stays shut,” a Harbor Authority spokeswoman said.", "Harbor Authority",
     SpeakerType.ORGANIZATION),
    # controls: a spokesperson named before is that person; a bare one stays unnamed
    ("Ana Ruiz, a spokeswoman for the authority, met reporters. “The pier stays shut,” the "
     "authority spokeswoman said.", "Ana Ruiz", SpeakerType.PERSON),
    ("“The pier stays shut,” the spokeswoman said.", "the spokeswoman", SpeakerType.UNKNOWN),
])
def test_the_spokesperson_of_a_named_institution_speaks_for_it(text, name, kind):
    assert who(text, "The pier stays shut,")[:2] == (name, kind)


@pytest.mark.parametrize("text, name, kind, plural", [
    # organisations of one kind counted together speak as one plural speaker
    ("“The border reopens on Monday,” said a joint statement issued by the two ministries.",
     "two ministries", SpeakerType.ORGANIZATION, True),
    ("“The border reopens on Monday,” both agencies said.", "both agencies",
     SpeakerType.ORGANIZATION, True),
    ("The three companies said: “The border reopens on Monday.”", "three companies",
     SpeakerType.ORGANIZATION, True),
    # controls: one organisation, and counted people
    ("“The border reopens on Monday,” said a statement issued by the ministry.", "ministry",
     SpeakerType.ORGANIZATION, False),
    ("“The border reopens on Monday,” the two officials said.", "the two officials",
     SpeakerType.ANONYMOUS, True),
])
def test_counted_organisations_speak_together(text, name, kind, plural):
    ex = extract(text)
    s = ex.speaker(ex.quotes[0].speaker)
    assert (s.name, s.type, s.plural) == (name, kind, plural)


@pytest.mark.parametrize("text, name", [
    # one capitalised word whose "it" says what it will do is a firm's bare name: a later
    # "he" or "she" is not the firm, so it stays unresolved with nobody else named
    ("Brekke said it would cut jobs. “We have no choice,” she said.", "she"),
    ("Brekke said it will close two plants. “We have no choice,” he said.", "he"),
    ("Brekke said it would not comment. “We have no choice,” she said.", "she"),
    ("Brekke said it plans to appeal. “We have no choice,” she said.", "she"),
    # ... or goes to the last fitting person named before
    ("Ann Boyd chairs the works council. Brekke said it would cut jobs. “We have no "
     "choice,” she said.", "Ann Boyd"),
    # controls: "it" as a state of things leaves the word a surname the pronoun means
    ("Brekke said it was a disaster. “We have no choice,” she said.", "Brekke"),
    ("Brekke said it would be a disaster. “We have no choice,” she said.", "Brekke"),
    ("Brekke said it will take years. “We have no choice,” he said.", "Brekke"),
    ("Brekke called it a disaster. “We have no choice,” she said.", "Brekke"),
])
def test_a_lone_word_saying_what_it_will_do_is_a_firm_not_a_pronouns_person(text, name):
    assert who(text, "We have no choice,")[0] == name


@pytest.mark.parametrize("text, words, name, kind, label", [
    # a capitalised role word that is no surname, with no article before a reporting verb,
    # is copy that dropped the article: the office, unnamed, or whoever holds it
    ("“The port stays open,” President said.", "The port stays open,",
     "President", SpeakerType.UNKNOWN, "anonymous_positioned"),
    ("“The port stays open,” said Minister.", "The port stays open,",
     "Minister", SpeakerType.UNKNOWN, "anonymous_positioned"),
    ("“The port stays open,” Official said.", "The port stays open,",
     "Official", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The port stays open,” Spokeswoman said.", "The port stays open,",
     "Spokeswoman", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("Senator Ann Boyd toured the port. “The port stays open,” Senator said.",
     "The port stays open,", "Ann Boyd", SpeakerType.PERSON, "named_resolved"),
    # controls: a role word that is also a surname stays the surname; an article, a plural
    # and a mass noun keep their reading
    ("“The port stays open,” King said.", "The port stays open,",
     "King", SpeakerType.PERSON, "named_on_record"),
    ("“The port stays open,” said Chancellor.", "The port stays open,",
     "Chancellor", SpeakerType.PERSON, "named_on_record"),
    ("“The port stays open,” the president said.", "The port stays open,",
     "the president", SpeakerType.UNKNOWN, "anonymous_positioned"),
    ("“The port stays open,” Officials said.", "The port stays open,",
     "Officials", SpeakerType.ANONYMOUS, "anonymous_positioned"),
    ("“The port stays open,” Staff said.", "The port stays open,",
     "Staff", SpeakerType.ANONYMOUS, "anonymous_positioned"),
])
def test_a_role_word_that_is_no_surname_keeps_its_office_without_an_article(
        text, words, name, kind, label):
    assert who(text, words)[:2] == (name, kind)
    assert label_of(text, words) == label


def test_every_role_surname_is_a_role_word():
    from service.pipeline.lexicon import PERSON_ROLE_NOUNS, ROLE_SURNAMES, TITLE_WORDS
    assert ROLE_SURNAMES <= PERSON_ROLE_NOUNS | TITLE_WORDS


@pytest.mark.parametrize("text, name, kind", [
    # a definite spokesperson of a body is the person introduced with that role, the body's
    # name written before the noun ("Ann Boyd, a White House spokeswoman,")
    ("Ann Boyd, a White House spokeswoman, said the talks had stalled. “We are far apart,” "
     "the White House spokeswoman said.", "Ann Boyd", SpeakerType.PERSON),
    ("Ann Boyd, the Harbor Authority spokeswoman, said the talks had stalled. “We are far "
     "apart,” the Harbor Authority spokeswoman said.", "Ann Boyd", SpeakerType.PERSON),
    ("Tom Reyes, a Dover Council spokesman, said the talks had stalled. “We are far apart,” "
     "the spokesman said.", "Tom Reyes", SpeakerType.PERSON),
    # controls: nobody named with the role, the institution speaks; another body's
    # spokesperson is not the one named with this body's role
    ("A White House spokeswoman said the talks had stalled. “We are far apart,” the White "
     "House spokeswoman said.", "White House", SpeakerType.ORGANIZATION),
    ("Ann Boyd, a White House spokeswoman, said the talks had stalled. “We are far apart,” "
     "the Treasury spokeswoman said.", "Treasury", SpeakerType.ORGANIZATION),
    ("Ann Boyd, a spokeswoman for the authority, said the talks had stalled. “We are far "
     "apart,” the union spokeswoman said.", "union", SpeakerType.ORGANIZATION),
    ("Ann Boyd, a spokeswoman for the authority, said the talks had stalled. “We are far "
     "apart,” the authority spokeswoman said.", "Ann Boyd", SpeakerType.PERSON),
])
def test_the_spokesperson_of_a_body_is_the_person_introduced_with_that_role(text, name, kind):
    assert who(text, "We are far apart,")[:2] == (name, kind)


@pytest.mark.parametrize("text, name, kind, label", [
    # a statement that names no body is a written source, as "the report" is: kept as
    # written, vague, not an organisation called "statement"
    ("“Repairs start Monday,” the statement said.", "the statement", SpeakerType.UNKNOWN,
     "anonymous_vague"),
    ("“Repairs start Monday,” the joint statement said.", "the joint statement",
     SpeakerType.UNKNOWN, "anonymous_vague"),
    ("“Repairs start Monday,” a statement said.", "a statement", SpeakerType.UNKNOWN,
     "anonymous_vague"),
    ("“Repairs start Monday,” the website explains.", "the website", SpeakerType.UNKNOWN,
     "anonymous_vague"),
    # controls: a statement that names its body, or is issued by or from one, is the body's
    ("“Repairs start Monday,” the Water Authority statement said.", "Water Authority",
     SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” a statement from the Water Authority said.", "Water Authority",
     SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” the statement, issued by the Water Authority, said.",
     "Water Authority", SpeakerType.ORGANIZATION, "institutional"),
    ("“Repairs start Monday,” the report said.", "the report", SpeakerType.UNKNOWN,
     "anonymous_vague"),
])
def test_a_statement_that_names_no_body_is_a_document(text, name, kind, label):
    found, found_kind, _ = who(text, "Repairs start Monday,")
    assert found_kind == kind and name in (None, found)
    assert label_of(text, "Repairs start Monday,") == label


@pytest.mark.parametrize("text, words, name, kind, label", [
    # "the statement" put out by the subject of the sentence before speaks for them, through
    # the document (graded as reached, not as named in the quote's own sentence)
    ("The Water Authority issued a statement on Friday. “Repairs start Monday,” the statement "
     "said.", "Repairs start Monday,", "Water Authority", SpeakerType.ORGANIZATION,
     "institutional"),
    ("The Water Authority published a short report. “Pipes are old,” the report said.",
     "Pipes are old,", "Water Authority", SpeakerType.ORGANIZATION, "institutional"),
    ("Ann Boyd released a letter to parents. “Repairs start Monday,” the letter said.",
     "Repairs start Monday,", "Ann Boyd", SpeakerType.PERSON, "named_resolved"),
    # controls: another document; a subject after an opening clause; too far back; the
    # words "issued a statement" inside the quote itself
    ("The Water Authority issued a statement on Friday. “Repairs start Monday,” the report "
     "said.", "Repairs start Monday,", "the report", SpeakerType.UNKNOWN, "anonymous_vague"),
    ("Days later, the Water Authority issued a statement. “Repairs start Monday,” the "
     "statement said.", "Repairs start Monday,", "the statement", SpeakerType.UNKNOWN,
     "anonymous_vague"),
    ("The Water Authority issued a statement on Friday. It was short. Few read it. “Repairs "
     "start Monday,” the statement said.", "Repairs start Monday,", "the statement",
     SpeakerType.UNKNOWN, "anonymous_vague"),
    ("The union met on Friday. “We issued a statement,” the statement said.",
     "We issued a statement,", "the statement", SpeakerType.UNKNOWN, "anonymous_vague"),
])
def test_a_document_put_out_by_the_subject_before_speaks_for_them(text, words, name, kind,
                                                                   label):
    assert who(text, words)[:2] == (name, kind)
    assert label_of(text, words) == label


@pytest.mark.parametrize("text, name", [
    ("The Water Authority on Friday issued a statement. “Repairs start Monday,” the statement "
     "said.", "Water Authority"),
    ("The ministry on Friday issued a statement. “Repairs start Monday,” the statement said.",
     "ministry"),
    # controls: the sentence's opening words are not the verb's subject
    ("Boyd's feud with the Water Authority grew after Tom Reyes filed a complaint. “Repairs "
     "start Monday,” the complaint said.", "the complaint"),
    ("Ann Boyd, who chairs the board, said Tom Reyes issued a statement. “Repairs start "
     "Monday,” the statement said.", "the statement"),
])
def test_the_document_is_the_verbs_subjects_only(text, name):
    assert who(text, "Repairs start Monday,")[0] == name


@pytest.mark.parametrize("text, words, name, kind", [
    # a document noun after a body's capitalised name: the body speaks through it
    ("“Fares rise in March,” the Transit Board statement said.", "Fares rise in March,",
     "Transit Board", SpeakerType.ORGANIZATION),
    ("The Kremlin statement called the talks “useful but early.”", "useful but early.",
     "Kremlin", SpeakerType.ORGANIZATION),
    ("“Fares rise in March,” the Bank of Corrow statement said.", "Fares rise in March,",
     "Bank of Corrow", SpeakerType.ORGANIZATION),
    ("“Fares rise in March,” the Transit Board website says.", "Fares rise in March,",
     "Transit Board", SpeakerType.ORGANIZATION),
    # the same body named before and through its statement is one speaker
    ("The Transit Board met on Monday. “Fares rise in March,” the Transit Board statement "
     "said.", "Fares rise in March,", "Transit Board", SpeakerType.ORGANIZATION),
    # controls: a paper whose name ends in a document noun is the paper; the body itself; a
    # statement from the body
    ("“Fares rise in March,” the Corrow Post reported.", "Fares rise in March,",
     "Corrow Post", SpeakerType.ORGANIZATION),
    ("“Fares rise in March,” the Transit Board said in a statement.", "Fares rise in March,",
     "Transit Board", SpeakerType.ORGANIZATION),
    ("“Fares rise in March,” a statement from the Transit Board said.", "Fares rise in March,",
     "Transit Board", SpeakerType.ORGANIZATION),
])
def test_a_bodys_statement_is_the_bodys(text, words, name, kind):
    found, found_kind, _ = who(text, words)
    assert (found, found_kind) == (name, kind)


def test_a_bodys_statement_is_graded_as_the_body():
    ex = extract("“Fares rise in March,” the Transit Board statement said.")
    assert ex.quotes[0].sourcing.label == "institutional"
    assert [s.name for s in ex.speakers] == ["Transit Board"]


@pytest.mark.parametrize("text, words, name", [
    # a title written once with a bare surname is the role of the one who then speaks by
    # that surname: "the governor" is Lind, not the chairman named in passing later
    ("Gov. Lind toured the plant on Monday. “It is safe,” Lind said after lunch with Harbor "
     "Trust Governor Ed Marsh. The governor added that the site was “sound.”", "sound.", "Lind"),
    ("On a wet morning, President Oduya had reason to smile. “We won,” Oduya said after golf "
     "with Chess Federation President Ed Marsh. “It was close,” the president said.",
     "It was close,", "Oduya"),
    # controls: another role stays the other person's; no title before the surname
    ("Gov. Lind toured the plant on Monday. “It is safe,” Lind said after lunch with Harbor "
     "Trust Chairman Ed Marsh. The chairman added that the site was “sound.”", "sound.",
     "Ed Marsh"),
    ("Lind toured the plant on Monday. “It is safe,” Lind said after lunch with Harbor Trust "
     "Governor Ed Marsh. The governor added that the site was “sound.”", "sound.", "Ed Marsh"),
])
def test_a_title_with_a_bare_surname_is_the_speakers_role(text, words, name):
    assert who(text, words)[0] == name
