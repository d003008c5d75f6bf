"""Word lists the rules read: reporting verbs, titles, role nouns, anonymity and vagueness.

Data only. Every entry is lower case; matching code lower-cases the text it compares.
"""
from __future__ import annotations


def _inflect(lemmas: str) -> frozenset[str]:
    """Return every form of the given verb lemmas: 'say:said:said:saying:says' or a regular 'add'."""
    forms: set[str] = set()
    for entry in lemmas.split():
        if ":" in entry:
            forms.update(entry.split(":"))
            continue
        forms.add(entry)
        stem = entry[:-1] if entry.endswith("e") else entry
        if entry.endswith("y") and entry[-2] not in "aeiou":
            forms.update({entry[:-1] + "ied", entry[:-1] + "ies", entry + "ing"})
        else:
            forms.update({stem + "ed", stem + "ing",
                          entry + ("es" if entry.endswith(("s", "sh", "ch", "x", "z")) else "s")})
    return frozenset(forms)


# Verbs that introduce the words of a speaker. Irregular forms are spelled out as
# lemma:past:participle:gerund:third-person.
SPEECH_VERBS = _inflect(
    "say:said:said:saying:says tell:told:told:telling:tells write:wrote:written:writing:writes "
    "add ask answer reply respond state explain note argue insist declare continue recall "
    "warn claim acknowledge admit:admitted:admitted:admitting:admits announce complain concede "
    "joke quip remark observe suggest "
    "predict promise vow shout yell chant post tweet describe characterize urge boast counter "
    "caution emphasize emphasise stress exclaim whisper muse lament gripe charge contend maintain "
    "agree offer retort reiterate testify thunder assert allege affirm confirm deny:denied:denied:denying:denies "
    "mention report repeat sing:sang:sung:singing:sings speak:spoke:spoken:speaking:speaks "
    "scream murmur mutter sneer scoff laugh cry:cried:cried:crying:cries plead pledge "
    "proclaim recount reveal reason rail "
    "quote concur:concurred:concurred:concurring:concurs demand add interject interrupt "
    "begin:began:begun:beginning:begins "
    "tout hail blast slam:slammed:slammed:slamming:slams criticize criticise praise "
    "dismiss mock conclude summarize summarise elaborate clarify:clarified:clarified:clarifying:clarifies "
    "wonder opine posit "
    "quip:quipped:quipped:quipping:quips chat:chatted:chatted:chatting:chats "
    "snap:snapped:snapped:snapping:snaps plead:pleaded:pled:pleading:pleads "
    "assure reassure fume scold gush rave relate sneer tease confide ponder protest reckon "
    "marvel:marveled:marvelled:marveling:marvelling:marvels "
    "jeer heckle groan holler beg:begged:begged:begging:begs brag:bragged:bragged:bragging:brags "
    "rejoin inquire query roar enthuse sniff huff "
    "remind shrug:shrugged:shrugged:shrugging:shrugs sigh vent vouch wail boom bellow cheer "
    "grumble growl hiss howl preach rant recite snarl speculate stammer taunt underscore "
    "volunteer inform advise instruct highlight underline react surmise exhort implore "
    "read:read:read:reading:reads "
    "explain accuse "
    "disclose aver:averred:averred:averring:avers "
    # a verb that names its channel: "“…,” Boyd texted." (only these forms: "the text said"
    # and "the email said" keep their nouns)
    "texted:texting emailed:emailing"
)

# Reporting verbs whose object is the person spoken to ("…,” Obama told the crowd), and the
# say verbs, which take no object of their own ("…,” she said the next day).
ADDRESSEE_VERBS = _inflect(
    "say:said:said:saying:says tell:told:told:telling:tells add ask assure reassure remind "
    "warn urge advise inform instruct promise caution implore exhort answer question press "
    "quiz:quizzed:quizzed:quizzing:quizzes scold tease taunt heckle interrupt thank "
    "beg:begged:begged:begging:begs"
)

# Verbs of thought: they attribute a quote only when no speech verb is in the sentence.
COGNITION_VERBS = _inflect(
    "think:thought:thought:thinking:thinks believe feel:felt:felt:feeling:feels hope fear "
    "consider:considered:considered:considering:considers worry:worried:worried:worrying:worries "
    "call:called:called:calling:calls label"
)

# Multi-word cues whose first word alone means nothing: "went on", "pointed out".
PHRASAL_VERBS = frozenset({
    "went on", "goes on", "go on", "going on", "pointed out", "points out", "point out",
    "shot back", "fired back", "fires back", "chimed in", "chimes in", "followed up",
    "spoke up", "weighed in", "weighs in", "summed up", "sums up", "put it", "puts it",
    "made clear", "makes clear", "told reporters", "tells reporters", "wrote on", "posted on",
    "said in a statement", "added in a statement",
})

# Verbs that report speech with a complement: "X described it as 'Y'".
AS_VERBS = frozenset({
    "described", "describes", "describing", "characterized", "characterizes", "characterizing",
    "characterised", "called", "calls", "calling", "labeled", "labelled", "labels", "dubbed",
    "branded", "termed", "hailed", "praised", "dismissed", "touted", "referred", "refers",
    "portrayed", "framed", "cast", "depicted", "coined", "coins", "coining",
    "remembers", "remembered", "recalls", "recalled", "eulogized", "mourned",
    # the other tenses, and how a maker sells a thing: "Orvo bills the vacuum as “…”"
    "describe", "dubs", "brands", "hails", "praises", "dismisses", "touts", "touting",
    "portrays", "frames", "depicts", "bills", "billed", "billing", "markets", "marketed",
    "marketing", "pitches", "pitched", "pitching", "advertises", "advertised", "advertising",
    "promotes", "promoted", "promoting",
})

# Verbs that name a thing with the quoted words and need no "as": "what Grant called a 'farce'".
NAMING_VERBS = frozenset({"called", "calls", "calling", "dubbed", "labeled", "labelled", "branded",
                          "termed", "deemed", "declared", "pronounced"})
# What a coined word is called: "coined a new phrase, Q", "coined the term Q".
COINAGE_NOUNS = frozenset({"phrase", "term", "word", "expression", "nickname", "slogan",
                           "label", "catchphrase", "moniker"})

# Words that may sit between a subject and its verb without changing who speaks.
ADVERBS = frozenset({
    "also", "later", "then", "again", "previously", "recently", "once", "repeatedly", "has", "had",
    "have", "would", "will", "was", "is", "were", "are", "reportedly", "often", "frequently",
    "first", "still", "even", "just", "simply", "publicly", "privately", "separately", "further",
    "angrily", "quickly", "flatly", "bluntly", "recently", "earlier", "subsequently", "himself",
    "herself", "themselves", "itself", "too", "previously", "jokingly", "famously", "once",
    "finally", "initially", "had", "did", "does", "do", "not", "never", "may", "might", "could",
    "should", "can", "shall", "must", "would", "been", "being", "be", "already", "yet",
    "immediately", "afterward", "afterwards", "now", "today", "tonight", "yesterday", "only",
})

# Dates and times that follow a verb: "said Thursday", "told reporters on Sunday".
# The days a time or date names: "on Friday", "late Monday", "released today".
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "yesterday", "tonight"})
TIME_WORDS = DAY_WORDS | frozenset({
    "earlier", "later", "recently", "afterward", "afterwards", "then",
    "last", "this", "next", "week", "month", "year", "morning", "afternoon", "evening", "night",
    "on", "in", "at",
})

PRONOUNS = {
    "he": "male", "she": "female", "they": "plural", "i": "self", "we": "plural_self",
    "it": "neuter",
}

HONORIFICS = {"mr.": "male", "mr": "male", "mrs.": "female", "mrs": "female", "ms.": "female",
              "ms": "female", "miss": "female", "dr.": None, "dr": None, "prof.": None,
              "sir": "male", "dame": "female", "lord": "male", "lady": "female"}

# Titles and office words: when they precede a name they are the person's role, not their name.
TITLE_WORDS = frozenset({
    "president", "vice", "president-elect", "pres.", "sen.", "sens.", "senator", "rep.", "reps.",
    "representative", "congressman", "congresswoman", "gov.", "governor", "lt.", "mayor",
    "secretary", "minister", "premier", "chancellor", "judge", "justice", "gen.", "general",
    "col.", "capt.", "sgt.", "adm.", "admiral", "rev.", "reverend", "pastor", "father", "rabbi",
    "imam", "king", "queen", "prince", "princess", "pope", "cardinal", "archbishop", "bishop",
    "sheikh", "emir", "sultan", "ayatollah", "emperor", "empress", "chairman", "chairwoman",
    "chair", "speaker",
    "leader", "whip", "attorney", "prosecutor", "commissioner", "director", "chief", "ambassador",
    "deputy", "assistant", "press", "spokesman", "spokeswoman", "spokesperson", "adviser",
    "advisor", "manager", "strategist", "pollster", "candidate", "nominee", "former", "then",
    "acting", "interim", "senior", "ceo", "cfo", "coo", "founder", "co-founder", "chief",
    "executive", "officer", "treasurer", "clerk", "sheriff", "councilman", "councilwoman",
    "councilmember", "delegate", "state", "u.s.", "us", "house", "white", "national", "security",
    "federal", "department", "campaign", "majority", "minority", "democratic", "republican",
    "gop", "first", "lady", "prime", "foreign", "defense", "defence", "interior", "treasury",
    "homeland", "commerce", "energy", "labor", "health", "education", "transportation",
    "agriculture", "justice", "of", "the", "for", "and", "senate", "committee", "economic",
    "council", "party", "supreme", "court", "district", "county", "city", "general", "surgeon",
    "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "presidential", "hopeful", "rival",
    "republicans", "democrats", "independent", "sen", "rep", "gov", "mr", "mrs", "ms", "dr",
    "anchor", "host", "correspondent", "editor", "reporter", "columnist", "author", "actor",
    "actress", "comedian", "singer", "rapper", "star", "coach", "owner", "billionaire",
    "businessman", "businesswoman", "economist", "analyst", "scholar", "historian",
    "lawyer", "attorney", "counsel", "aide", "official", "operative", "activist", "organizer",
    "chairperson", "head", "team", "emeritus", "magnate", "mogul", "tycoon", "lawmaker",
    "administrator",     # "Administrator Ann Boyd", an agency head (FEMA, EPA, NASA)
    # state and local offices, and abbreviations newsrooms write before a name
    # ("Assemblywoman Ann Boyd", "Maj. Tom Weller"); not "DA", which starts surnames ("Da
    # Silva"); "AG" is a company's ending (ORG_NOUNS), which before a name reads as a role
    "assemblyman", "assemblywoman", "assemblymember", "comptroller", "controller", "auditor",
    "supervisor", "alderman", "alderwoman", "alderperson", "selectman", "selectwoman",
    "freeholder", "legislator", "magistrate", "coroner", "superintendent", "councilor",
    "councillor", "cllr", "cllr.", "cr", "ald.", "trustee", "regent", "marshal", "constable",
    "maj.", "atty.", "supt.", "cmdr.", "amb.", "det.", "insp.", "cpl.", "pvt.", "msgr.",
    "hon.", "govs.", "gens.", "secretary-general", "director-general", "attorney-general",
    "governor-general", "solicitor-general", "inspector-general", "surgeon-general",
    "vice-president", "vice-chairman", "vice-chair", "co-chair", "co-chairman",
    "pm",       # "PM Narendra Modi", "the PM said": the prime minister
    "co-star", "co-host", "co-anchor", "co-author", "co-owner", "co-president", "co-director",
    # Irish and British offices and ranks ("Taoiseach Ann Boyd", "Inspector Tom Weller", "PC
    # Ann Lu", "DCI Tom Weller", "Baroness Boyd"): not "DC" or "DS" (Washington DC, DS Smith),
    # nor "Earl" or "Baron", which are given names too
    "taoiseach", "tánaiste", "tanaiste", "inspector", "pc", "pcso", "dci", "dcs",
    "baroness", "viscount", "viscountess", "countess", "marquess", "recorder",
    # police ranks South Asian and West African copy writes before a name ("SP Ann Boyd",
    # "DSP Tom Weller", "IGP Ruth Lane"): not "CP" (the Canadian Press) nor "DIG" (a verb)
    "sp", "ssp", "dsp", "asp", "acp", "igp", "aig",
})

# Letters written after a person's name for a seat, a rank at the bar or an honour ("Ann Boyd
# MP", "Tom Weller KC", "Ruth Lane OBE"): not part of the name. As written, in capitals.
POST_NOMINALS = frozenset({
    "MP", "MEP", "MSP", "MLA", "TD", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE",
    "FRS", "PhD",
})


def _plural(noun: str) -> str:
    """Return the regular English plural of a role noun (spokesman -> spokesmen)."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x")) and not noun.endswith("arch"):   # monarchs
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Nouns that head a description of a person: "a senior administration official", and their
# plurals ("the authors of the report").
_PERSON_ROLE_NOUNS = frozenset({
    "pm",
    "official", "officials", "source", "sources", "aide", "aides", "adviser", "advisers",
    "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
    "spokesmen", "person", "people", "persons", "expert", "experts", "analyst", "analysts",
    "diplomat", "diplomats", "lawmaker", "lawmakers", "senator", "senators", "member", "members",
    "strategist", "strategists", "operative", "operatives", "staffer", "staffers", "insider",
    "insiders", "observer", "observers", "critic", "critics", "others", "supporter",
    "supporters", "voter", "voters", "resident", "residents", "officer", "officers", "executive",
    "executives",
    "president", "minister", "secretary", "governor", "mayor", "candidate", "nominee",
    "congressman", "congresswoman", "representative", "leader", "leaders", "chairman",
    "chairwoman", "director", "manager", "consultant", "consultants", "pollster", "pollsters",
    "economist", "economists", "attendee", "attendees", "delegate", "delegates", "donor",
    "donors", "fundraiser", "fundraisers", "organizer", "organizers", "organiser", "organisers",
    "activist", "activists",
    "protester", "protesters", "protestor", "protestors", "veteran", "veterans", "worker",
    "workers", "employee", "employees", "colleague", "colleagues", "friend", "friends", "pal",
    "pals", "ally",
    "allies", "associate", "associates", "confidant", "confidante", "negotiator", "negotiators",
    "investigator", "investigators", "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney",
    "attorneys", "judge", "ambassador", "envoy", "general", "commander", "soldier", "soldiers",
    "doctor", "doctors", "scientist", "scientists", "researcher", "researchers", "professor",
    "professors", "historian", "historians", "scholar", "scholars", "student", "students",
    "teacher", "teachers", "parent", "parents", "mother", "father", "woman", "women", "man", "men",
    "guy", "individual", "individuals", "republican", "republicans", "democrat", "democrats",
    "conservative", "conservatives", "liberal", "liberals", "billionaire", "businessman",
    "businesswoman", "mogul", "tycoon", "candidate", "contender", "hopeful", "rival", "opponent",
    "host", "anchor", "moderator", "reporter", "reporters", "journalist", "journalists",
    "correspondent", "columnist", "commentator", "commentators", "pundit", "pundits", "author",
    "writer", "editor", "operative", "loyalist", "loyalists", "backer", "backers", "whip",
    "speaker", "chief", "counsel", "representative", "senior", "commissioner", "sheriff",
    "surrogate", "surrogates", "campaigner", "official", "agent", "agents", "lobbyist",
    "lobbyists", "owner", "founder", "ceo", "president-elect", "witness", "witnesses", "victim",
    "eyewitness", "eyewitnesses", "passer-by", "passers-by", "passerby", "passersby", "medic",
    "medics",
    "defendant", "plaintiff", "entrepreneur", "investor", "investors", "trader", "traders",
    "farmer", "farmers", "pastor", "priest", "bishop", "rabbi", "imam", "chaplain", "aide-de-camp",
    "fan", "fans", "member", "insider", "superdelegate", "superdelegates", "teen", "teenager",
    "year-old", "student", "coach", "player", "players", "actor", "actress", "star", "comedian",
    "singer", "rapper", "musician", "artist", "director", "producer", "nurse", "physician",
    "surgeon", "officer", "trooper", "detective", "spokesperson", "representatives",
    "legislator", "legislators", "councilman", "councilwoman", "chairperson", "adviser",
    "counselor", "counsellor", "partner", "partners", "relative", "relatives", "neighbor",
    "neighbors", "neighbour", "neighbours", "citizen", "citizens", "immigrant", "immigrants",
    "politician", "politicians", "introducer", "voice-over", "narrator", "announcer", "user", "users", "commenter", "commenters",
    "blogger", "bloggers", "spokesmen", "staff", "treasurer", "chancellor", "premier",
    "justice", "clerk", "admiral", "king", "queen", "prince", "princess", "chairwoman",
    "vice-president", "pope", "cardinal", "archbishop", "monarch", "dictator", "strongman",
    "tycoon", "magnate", "lieutenant", "sergeant", "captain", "colonel", "major", "marshal",
    "refugee", "refugees", "figure", "figures", "mouthpiece",
    "mp", "mps", "mep", "meps", "msp", "msps", "peer", "peers", "backbencher", "backbenchers",
    "frontbencher", "frontbenchers", "councillor", "councillors",
    "engineer", "architect", "banker", "accountant", "chef", "pilot", "firefighter",
    "paramedic", "designer", "cfo", "coo", "cto", "quarterback", "pitcher", "striker",
    "goalkeeper", "midfielder", "referee", "umpire", "athlete", "physicist",
    "all-rounder", "batsman", "batswoman", "bowler", "sprinter", "winger", "golfer",
    "novelist", "superstar", "drummer", "guitarist",
    "influencer", "presenter", "podcaster", "youtuber", "blogger", "vlogger", "dancer",
    "epidemiologist", "virologist", "biologist", "meteorologist", "forecaster", "lecturer",
    "principal", "superintendent", "ranger", "curator", "librarian", "pharmacist", "dentist",
    "pontiff", "cleric", "preacher", "monk", "nun", "emperor", "empress", "duke", "duchess",
    "sheikh", "emir", "sultan", "ayatollah",
    "taoiseach", "tánaiste", "tanaiste", "inspector", "constable", "coroner",
    "family",       # "her family said in a statement": the relatives speak as one
    # those at a march or a match: "Demonstrators chanted …" is not a person "Demonstrators"
    "demonstrator", "marcher", "mourner", "spectator", "onlooker", "bystander", "picketer",
    "rioter", "heckler", "questioner", "interviewer", "caller",
    # sport and work relations: "said former teammate Sol Abara", "Rovers boss Alan Birch"
    "teammate", "boss", "skipper", "bandmate", "classmate", "mentor", "successor",
    "predecessor", "defender", "goalie", "jockey", "trainer", "caddie",
    "forward", "playmaker", "full-back", "fullback", "centre-back", "center-back",
    "fly-half", "scrum-half", "flanker", "spinner", "seamer", "paceman", "wicketkeeper",
    "wicket-keeper", "keeper", "batter",
    "deputy",   # (a title as well: "Deputy Ann Boyd")
    # trades and walks of life that vox pops give the people they quote: "Emma Reyes, a lorry
    # driver, …" then "the driver said"
    "driver", "electrician", "plumber", "carpenter", "mechanic", "welder", "builder",
    "labourer", "laborer", "cashier", "waiter", "waitress", "bartender", "cleaner", "baker",
    "butcher", "barber", "hairdresser", "shopkeeper", "fisherman", "rancher", "miner",
    "technician", "contractor", "midwife", "carer", "caregiver", "pensioner", "retiree",
    "homeowner", "landlord", "tenant", "commuter", "passenger", "motorist", "shopper",
    "vendor", "patient",
    # the sciences and medicine, which science and health copy gives its sources: "Lena
    # Fischer, a glaciologist at Bergen, …" then "the glaciologist said"
    "chemist", "biochemist", "geneticist", "geologist", "glaciologist",
    "seismologist", "volcanologist", "climatologist", "hydrologist", "oceanographer",
    "ecologist", "zoologist", "botanist", "entomologist", "ornithologist", "paleontologist",
    "palaeontologist", "archaeologist", "anthropologist", "sociologist", "psychologist",
    "demographer", "statistician", "astronomer", "astrophysicist", "neuroscientist",
    "microbiologist", "immunologist", "pathologist", "pharmacologist", "toxicologist",
    "cardiologist", "oncologist", "neurologist", "psychiatrist", "pediatrician",
    "paediatrician", "dermatologist", "radiologist", "anaesthetist", "anesthesiologist",
    "gynecologist", "obstetrician", "endocrinologist", "gastroenterologist", "nutritionist",
    "dietitian", "physiotherapist",
    # courts, schools, churches and streets, as British, Irish and Australian copy names them:
    # "the magistrate said", "the headteacher wrote", "one villager said"
    "magistrate", "barrister", "solicitor", "juror", "claimant", "complainant", "inmate",
    "prisoner", "garda", "warden", "ombudsman", "alderman", "headteacher", "headmaster",
    "headmistress", "pupil", "registrar", "clinician", "physio", "vet", "publican",
    "landlady", "landowner", "householder", "villager", "islander", "parishioner",
    "worshipper", "cyclist", "pedestrian", "diner", "sailor", "grower", "survivor",
    # sport's: "The former world champion admitted …", "the finalist said"
    "champion", "finalist", "medallist", "medalist", "swimmer", "boxer", "skier", "skater",
    "gymnast", "wrestler", "cricketer", "footballer", "rower", "climber", "debutant",
    "halfback", "half-back", "five-eighth", "hooker", "hurdler", "marathoner", "netballer",
    "olympian", "paralympian",
    # relatives, as local copy writes them before a name or as a subject: "Grandmother Edna
    # Walsh, 88, said", "The victim's sister read a statement." (not "son": "Son Heung-min")
    "wife", "husband", "daughter", "sister", "brother", "widow", "widower", "grandmother",
    "grandfather", "granddaughter", "grandson", "mum", "dad", "aunt", "uncle", "niece",
    "nephew",
    # who leads a body, as wire copy names one before the name: "the head of the agency,
    # Maria Kerkhove, said"
    "head",
})
# A parent by the number of children, as British copy writes one: "The mother-of-two, from
# Bristol, said", "Dad-of-three Tom Reyes"
PARENTS_BY_CHILDREN = frozenset(
    f"{parent}-of-{n}" for parent in ("mother", "father", "mum", "dad", "mom", "grandmother",
                                      "grandfather", "grandad", "granddad")
    for n in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
PERSON_ROLE_NOUNS = _PERSON_ROLE_NOUNS | {
    _plural(n) for n in _PERSON_ROLE_NOUNS if not n.endswith(("s", "men", "people", "staff"))
} | PARENTS_BY_CHILDREN

# Role and title words that are also English surnames (most of them trades: Baker, Bishop,
# Judge, King, Major, Singer). Only these, capitalised with no article before a reporting
# verb ("“…,” King said"), are read as a surname (speakers.bare_role_name); any other role
# word so written is copy that dropped its article ("“…,” President said", "Official said")
# and stays the role it names.
ROLE_SURNAMES = frozenset({
    "baker", "backer", "barber", "bishop", "bowler", "butcher", "cardinal", "carpenter",
    "chancellor", "constable", "driver", "duke", "farmer", "judge", "justice", "king", "major",
    "marshal", "miner", "monk", "nurse", "pitcher", "pope", "priest", "prince", "singer",
    "winger",
})

# Words of a government brief after "Minister for", "Secretary of State for", "Department
# for": "Minister for Foreign Affairs", "the Department for Work and Pensions". A name after
# the brief ("Minister for Finance Ciaran Doyle") starts at the first word not among them.
BRIEF_WORDS = frozenset({
    "affairs", "agriculture", "arts", "business", "care", "children", "climate",
    "communications", "communities", "community", "culture", "defence", "defense",
    "development", "digital", "disability", "education", "employment", "energy", "enterprise",
    "environment", "equalities", "equality", "europe", "european", "expenditure", "finance",
    "food", "foreign", "further", "gaeltacht", "government", "health", "heritage", "higher",
    "home", "housing", "industry", "infrastructure", "innovation", "integration", "ireland",
    "international", "justice", "labour", "levelling", "local", "marine", "media", "mental",
    "northern", "older", "overseas", "pensions", "people", "planning", "policing", "public",
    "reform", "regions", "research", "rural", "science", "scotland", "security", "skills",
    "social", "sport", "state", "technology", "tourism", "trade", "transport", "treasury",
    "wales", "women", "work", "youth", "and", "up",
})

# Kin, as a description of someone by whose relative they are ("her son, Patrick, said"): a
# given name in apposition after one is the relative's name.
KIN_NOUNS = frozenset({
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
    "widower", "partner", "spouse", "fiancé", "fiancée", "fiance", "fiancee", "grandson",
    "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece",
    "stepson", "stepdaughter", "stepfather", "stepmother", "mum", "mom", "dad", "twin",
})

# Spaces other than U+0020 that some editors and feeds put between words: no-break (often
# after "Mr." or between a given name and a surname), thin and narrow no-break (beside quote
# marks, the French way), figure, punctuation, ideographic.
OTHER_SPACES = tuple(chr(c) for c in (0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000))

# Documents in which their owner speaks in their own words, so that a body or a person
# written before one speaks through it: "the ministry statement", "the Ann Boyd letter", "the
# Water Authority report", "the Supreme Court ruling", "the Transit Board website". The other
# DOCUMENT_NOUNS need not be in the words of the one named before them: "the Rove ad" (paid
# for by him), "the Boyd lawsuit" and "the Boyd indictment" (which may be against her), "the
# Gallup poll" (of others): a written source, named by its words.
OWN_WORD_DOCUMENTS = frozenset({
    "statement", "letter", "memo", "memorandum", "email", "e-mail", "tweet", "post",
    "message", "release", "note", "notice", "text", "bulletin", "advisory", "report",
    "filing", "website", "page", "video", "platform", "resolution", "ruling", "order",
    "opinion", "judgment", "judgement", "editorial", "guidance", "proposal", "policy",
    "briefing", "summary", "assessment", "analysis", "audit", "motion", "cable", "alert",
})

# Who speaks for an institution or a person ("a spokesperson for the agency").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople",
                          "spokesmen", "representative", "representatives"})

# Written things that "say": "the email said", "the report stated", "a footnote makes it clear".
DOCUMENT_NOUNS = frozenset({
    "email", "e-mail", "report", "memo", "memorandum", "statement", "letter", "document",
    "footnote", "ad", "advertisement", "post", "tweet", "message", "release", "filing", "sign",
    "website", "page", "video", "survey", "poll", "study", "complaint", "lawsuit", "ruling",
    "indictment", "order", "affidavit", "transcript", "note", "notice", "platform", "petition",
    "editorial", "headline", "caption", "banner", "flyer", "mailer", "ballot", "resolution",
    "bill", "law", "policy", "guidance", "analysis", "assessment", "audit", "summary", "text",
    "draft", "proposal", "cable", "dossier", "briefing",
    # court papers: "The suit says the firm …", "the motion argues …"
    "suit", "motion", "judgment", "judgement", "opinion", "warrant", "subpoena", "contract",
    "settlement", "pleading",
    "alert", "bulletin", "advisory",   # ("read an alert sent to phones")
    # papers read together: "according to documents reviewed by …", "court records show …"
    "documents", "records", "emails", "e-mails", "memos", "filings", "cables", "transcripts",
    "messages", "texts", "letters", "notes", "lawsuits", "suits", "motions",
})

# Nouns that describe a firm or a body by its trade, as wire copy does once it has named
# it: "the airline said", "the lender", "the watchdog". Not trades that are also a worker's
# ("the miner", "the brewer", "the developer", "the publisher").
FIRM_NOUNS = frozenset({
    "airline", "carrier", "lender", "insurer", "retailer", "automaker", "carmaker",
    "drugmaker", "chipmaker", "manufacturer", "shipbuilder", "conglomerate", "supermarket",
    "broadcaster", "utility", "startup", "start-up", "charity", "nonprofit", "regulator",
    "watchdog", "giant",
    "planemaker", "jetmaker", "toymaker", "steelmaker",
})
# Family names written first (Chinese, Korean, Vietnamese, Cambodian usage: "Kim Jong Un",
# "Xi Jinping", "Hun Sen"), which news then uses alone for the person ("Kim said").
FAMILY_FIRST_SURNAMES = frozenset({
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "moon", "han", "shin", "ri",
    "xi", "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
    "sun", "hu", "guo", "lin", "gao", "luo", "zheng", "wen", "deng", "mao",
    "jiang", "hun", "nguyen", "tran", "pham", "vo", "ngo",
})
# Words of a trade before a noun for a firm in its epithet ("the food giant", "the oil
# company", "the state-owned lender"); with a nationality ("the Swiss food giant") they
# describe the firm named before, unlike "the rival carmaker" or "another bank".
EPITHET_TRADES = frozenset({
    "oil", "gas", "energy", "power", "food", "foods", "drinks", "beverage", "tobacco", "tech",
    "technology", "software", "internet", "chip", "chipmaking", "semiconductor", "steel",
    "mining", "metals", "chemicals", "chemical", "media", "entertainment", "fashion",
    "luxury", "retail", "grocery", "supermarket", "drug", "pharmaceutical", "pharma",
    "biotech", "car", "auto", "motor", "truck", "aircraft", "aerospace", "defence", "defense",
    "arms", "engineering", "construction", "telecoms", "telecom", "telecommunications",
    "shipping", "logistics", "travel", "airline", "rail", "insurance", "investment",
    "banking", "financial", "payments", "e-commerce", "online", "social", "streaming",
    "sportswear", "clothing", "toy", "consumer", "goods", "household", "electronics",
    "consulting", "accounting", "private", "equity", "state-owned", "state-run", "listed",
    "family-owned", "multinational", "global",
    # what a firm sells or how ("the electric carmaker", "the budget airline", "the
    # ride-hailing company")
    "electric", "budget", "low-cost", "no-frills", "discount", "high-street", "smartphone",
    "ride-hailing", "fast-food", "fast-fashion", "gaming", "beer", "spirits", "cosmetics",
    "furniture", "mobile", "satellite", "solar", "fintech", "crypto", "cryptocurrency",
})
# Nouns that make a description an organisation: "the ministry", "the Clinton campaign".
ORG_NOUNS = frozenset({
    "palace",   # a royal or presidential household speaks as a body: "Buckingham Palace said"
    "house", "department", "ministry", "committee", "campaign", "party", "agency", "council",
    "commission", "office", "bureau", "company", "corporation", "corp.", "inc.", "co.", "firm",
    "corp", "inc", "llc", "ltd", "plc", "gmbh", "holdings", "industries", "ag", "s.a.",
    "spa", "n.v.", "kgaa", "oyj", "asa",      # ("Deutsche Bank AG"; "AG Lynch" is Lynch)
    "ltd.", "pty", "pty.", "pvt", "pvt.", "bhd", "bhd.",   # ("Orvo Ltd.", "Tarun Pvt. Ltd.")
    "group", "association", "union", "organization", "organisation", "foundation", "institute",
    "university", "college", "school", "court", "senate", "congress", "parliament", "government",
    "administration", "embassy", "kremlin", "pentagon", "police", "army", "navy", "military",
    "network", "times", "post", "journal", "news", "magazine", "newspaper", "paper", "channel",
    "tribune", "herald", "globe", "gazette", "telegraph", "guardian", "daily", "weekly",
    "review", "press", "radio", "tv", "television", "examiner", "chronicle", "inquirer",
    "sentinel", "register", "dispatch", "courier", "bulletin", "monitor", "enquirer", "ledger",
    "board", "bank", "fund", "center", "centre", "coalition", "alliance", "movement", "team",
    "staff", "service", "authority", "federation", "league", "caucus", "pac", "super pac",
    "statement", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
    "secretariat", "cabinet", "regime", "club", "society", "network", "station", "newsroom",
    "website", "outlet", "state", "county", "city", "prosecutors", "tribunal", "commissioner's",
    "nato", "fbi", "cia", "nsa", "dnc", "rnc", "gop", "un", "eu", "who", "imf", "opec", "nra",
    "aclu", "naacp", "fda", "cdc", "epa", "irs", "doj", "dhs", "sec", "fcc", "ftc", "nasa",
    "white house", "museum", "academy", "chamber", "international", "corps", "reserve",
    "guard", "assembly",
    # institutions that issue statements ("St. Mary's Hospital said")
    "hospital", "infirmary", "clinic", "church", "cathedral", "mosque", "synagogue", "library",
    "prison", "hotel", "casino",
    # the bodies that run one ("Hospital management called the strike …")
    "management", "leadership",
    # a police force ("Northshire Police …, the force said"), and a trust, as British health
    # services and charities are named ("the Harrowgate NHS Trust")
    "force", "constabulary", "trust",
    # bodies of a trade or of members ("the Porters’ Guild", "the Farmers' Confederation")
    "guild", "confederation", "syndicate", "consortium", "cooperative",
}) | FIRM_NOUNS

# Collectives that speak as one ("the band said in a post"), and not as the member named
# before: organisation nouns only when written in lower case ("Douglas Band" is a person).
COLLECTIVE_NOUNS = frozenset({"band", "orchestra", "ensemble", "troupe", "squad"})

# Words for a trade that end a firm's name with no legal ending ("Tamsin Energy", "Harlow
# Airways", "Corvane Pharmaceuticals"): the name is an organisation's, and "the company" points
# back to it. Only words that are no one's surname ("Power", "Steel", "Mills" are) and name no
# person's job ("Partners").
COMPANY_TRADES = frozenset({
    "energy", "air", "airlines", "airways", "pharmaceuticals", "pharma", "therapeutics",
    "biosciences", "biotech", "motors", "automotive", "foods", "brands", "retail", "mining",
    "minerals", "resources", "petroleum", "logistics", "shipping", "securities", "financial",
    "bancorp", "insurance", "investments", "ventures", "capital", "entertainment", "media",
    "communications", "telecom", "telecommunications", "networks", "semiconductor",
    "semiconductors", "software", "systems", "technologies", "labs", "laboratories",
    "electronics", "utilities", "airport", "railways", "railroad", "hotels", "restaurants",
    "stores", "studios", "aerospace", "chemicals", "textiles", "construction",
    # publishing, film and music, farms and drink: "Quayle Books", "Tern Pictures"
    "books", "publishing", "publishers", "records", "pictures", "films", "games", "brewing",
    "brewery", "distillery", "farms", "wines", "outfitters", "apparel", "realty",
    "properties", "healthcare", "health",
    # consultancies and research firms: "Harlow Economics", "Vantage Analytics"
    "economics", "analytics", "consulting",
})

# Political parties of English-language news countries and of others in the news, named
# by one word or their initials ("Labour said", "Fidesz said", "the SNP"): an organisation,
# not a person called Labour. Not names that are common words or surnames ("Reform",
# "Alliance", "Vox", "Green").
PARTY_NAMES = frozenset({
    "labour", "labor", "tories", "tory", "snp", "ukip", "dup", "sdlp", "plaid cymru",
    "sinn fein", "sinn féin", "fianna fail", "fianna fáil", "fine gael", "lib dems",
    "liberal democrats", "conservatives", "ndp", "bloc québécois", "bloc quebecois",
    "anc", "eff", "ifp", "bjp", "aap", "zanu-pf", "fidesz", "likud", "syriza", "podemos",
    "afd", "cdu", "csu", "spd", "fdp", "pis", "ennahda", "kmt", "kuomintang", "dpp",
    "pti", "pml-n", "awami league", "zanu pf", "jobbik", "shas",
})
# Firms well known by one word that news writes bare ("Meta said it would appeal"), whose
# name a reader of names would take for a person's or leave untyped; "the company" later
# points back to them. Not surnames ("Ford", "Dell", "Adani").
FIRM_NAMES = frozenset({
    "amazon", "google", "apple", "microsoft", "meta", "alphabet", "nvidia", "tesla", "netflix",
    "uber", "lyft", "airbnb", "spotify",
    "openai", "anthropic", "intel", "qualcomm", "oracle", "samsung", "huawei", "tencent",
    "alibaba", "baidu", "bytedance", "xiaomi", "sony", "nokia", "toyota", "nissan",
    "volkswagen", "boeing", "airbus", "pfizer", "moderna", "astrazeneca", "novartis",
    "walmart", "costco", "starbucks", "tesco", "unilever", "nestle", "nestlé", "vodafone",
    "ryanair", "easyjet", "qantas", "lufthansa", "glencore", "chevron", "exxonmobil",
    "telstra", "optus", "infosys", "wipro", "safaricom", "eskom", "shoprite", "siemens",
    # banks and consultancies that economic copy quotes ("Barclays said in a note")
    "barclays", "natwest", "santander", "hsbc", "ubs", "jpmorgan", "citigroup", "citi",
    "nomura", "macquarie", "westpac", "deloitte", "kpmg", "pwc", "accenture",
})
# Organisation names that need no head noun.
ORG_NAMES = frozenset({
    "white house", "kremlin", "pentagon", "nato", "fbi", "cia", "nsa", "dnc", "rnc", "gop",
    "un", "united nations", "eu", "european union", "who", "imf", "opec", "nra", "aclu", "naacp",
    "fda", "cdc", "epa", "irs", "doj", "dhs", "sec", "fcc", "ftc", "nasa", "congress", "senate",
    "vatican", "downing street", "gardaí", "gardai", "garda síochána", "an garda síochána",
    "elysee", "élysée", "state department", "justice department",
    "defense department", "treasury", "supreme court", "ap", "reuters", "cnn", "fox news",
    "msnbc", "nbc", "cbs", "abc", "bbc", "politico", "breitbart", "axios", "bloomberg",
    "hamas", "hezbollah", "taliban", "idf", "kremlin", "twitter", "facebook", "instagram",
    "youtube", "tiktok", "truth social", "reddit", "snapchat", "linkedin", "google", "apple",
    "amazon", "microsoft",
    # groups whose names start with the Arabic article, which a name's reader would take
    # for a surname ("al-Shabab said")
    "al-qaeda", "al qaeda", "al-qaida", "al-shabab", "al-shabaab", "al jazeera", "al-jazeera",
    "isis", "isil", "islamic state",
    # capitals that stand for their governments ("Moscow insists", "Beijing said"); not
    # "Washington", "London" or "Paris": people's names too
    "moscow", "beijing", "kyiv", "kiev", "tehran", "pyongyang", "ankara", "brussels",
    "damascus", "riyadh", "caracas", "havana", "taipei", "seoul", "tokyo", "new delhi",
    "islamabad", "kabul", "baghdad", "cairo", "minsk", "budapest", "warsaw", "ottawa",
    "canberra", "berlin", "madrid", "beirut", "doha", "tel aviv", "jerusalem",
}) | PARTY_NAMES | FIRM_NAMES

# Descriptions of people whose position is stated ("a senior administration official")
# outrank those described only by proximity or expertise ("people familiar with ...").
VAGUE_HEADS = frozenset({
    "source", "sources", "person", "people", "persons", "individual", "individuals", "expert",
    "experts", "observer", "observers", "insider", "insiders", "someone", "one", "figure",
    "figures", "analyst", "analysts", "critic", "critics", "observer", "many", "some", "others",
    # members of the public: a vox pop, not a position that gives inside knowledge
    "voter", "voters", "resident", "residents", "bystander", "bystanders", "onlooker",
    "onlookers", "passerby", "passersby", "passer-by", "passers-by", "shopper", "shoppers",
    "attendee", "attendees",
    "protester", "protesters", "protestor", "protestors", "supporter", "supporters", "fan",
    "fans", "demonstrator", "demonstrators", "marcher", "marchers", "mourner", "mourners",
    "spectator", "spectators", "picketer", "picketers", "rioter", "rioters", "heckler",
    "hecklers", "villager", "villagers", "islander", "islanders", "householder",
    "householders", "parishioner", "parishioners", "worshipper", "worshippers", "pedestrian",
    "pedestrians", "diner", "diners",
})

# Post-modifiers that mark an unnamed source as known only by proximity.
PROXIMITY_PHRASES = (
    "familiar with", "with knowledge of", "with direct knowledge", "knowledgeable about",
    "close to", "briefed on", "aware of", "privy to", "with access to", "in the room",
    "involved in", "who was briefed", "who were briefed", "who spoke on condition",
    "who requested anonymity", "who asked not to be named", "who declined to be named",
)

# Phrases that state why a source is unnamed.
ANONYMITY_REASONS = (
    "on condition of anonymity", "on the condition of anonymity", "on condition that",
    "not authorized to", "not authorised to", "was not permitted to", "were not permitted to",
    "not allowed to", "requested anonymity", "asked not to be named", "asked not to be identified",
    "declined to be named", "declined to be identified", "speak publicly", "to speak freely",
    "because of the sensitivity", "fear of reprisal", "fear of retribution", "on background",
    "anonymously",
    # a name kept out of print at the source's request: "asked that her name not be used",
    # "on condition that his name be withheld", "did not want to be identified"
    "name not be used", "names not be used", "name not be published", "name be withheld",
    "names be withheld", "name withheld", "not want to be named", "not want to be identified",
)

# Many people at one place, who chant, shout or sing as one: "the crowd chanted", "the
# audience shouted back" (an unnamed plural source, graded as a crowd: unattributed).
CROWD_NOUNS = frozenset({"crowd", "crowds", "audience", "audiences", "congregation",
                         "onlookers", "spectators", "throng", "mob"})

# What a crowd's voice is called: "chants of “…” filled the hall", "shouts of “…”" (the
# crowd speaks; an unnamed plural source named by these words).
CHANT_NOUNS = frozenset({"chants", "chant", "chanting", "shouts", "cries", "cheers",
                         "chorus", "choruses", "jeers", "boos", "roars", "cry", "refrain"})

# Crowd attributions that name nobody: "critics say", "observers note".
ARBITRARY_SPEAKERS = frozenset({
    "critics", "observers", "some", "many", "others", "skeptics", "sceptics", "experts",
    "analysts", "opponents", "supporters", "detractors", "people", "commentators", "pundits",
    "some people", "many people",
})

# Words before a quote that mark it as a name, title or term rather than speech.
NON_SPEECH_CUES = frozenset({
    "so-called", "titled", "entitled", "dubbed", "nicknamed", "known as", "billed as",
    "the word", "the words", "the term", "the phrase", "the slogan", "the hashtag", "hashtag",
    "the book", "the film", "the movie", "the show", "the song", "the album", "the series",
    "the headline", "the program", "the programme", "the documentary", "the play", "the novel",
    "the article", "the column", "the essay", "the op-ed", "the report", "the episode",
    "the letters", "the sign", "the label", "the name", "named", "marked",
})

# Nouns for a work with a title: a quote in title case set right after one ("his radio show,
# “Hour of the Valley,”", "her memoir “Small Mercies”") is the work's title, not speech.
WORK_NOUNS = frozenset({
    "book", "books", "memoir", "novel", "film", "movie", "documentary", "show", "program",
    "programme", "podcast", "series", "song", "album", "play", "musical", "opera", "poem",
    "painting", "column", "newsletter", "blog", "episode", "sitcom", "miniseries",
})

# Channels through which words reached the article (issue: sourcing signals).
CHANNEL_PATTERNS = (
    ("told reporters", "told reporters"),
    ("told journalists", "told reporters"),
    ("in a post on", "social post"),
    ("on social media", "social post"),
    ("at a news conference", "news conference"),
    ("told a news conference", "news conference"),
    ("told a press conference", "news conference"),
    ("at a press conference", "news conference"),
    ("at a press briefing", "briefing"),
    ("told a briefing", "briefing"),
    ("told a press briefing", "briefing"),
    ("told a news briefing", "briefing"),
    ("told the briefing", "briefing"),
    ("at a briefing", "briefing"),
    ("at a rally", "speech"),
    ("took to social media", "social post"),
    ("on air", "broadcast"),
    # a call with analysts, investors or reporters: "told analysts on a call"
    ("on a call", "call"),
    ("on a conference call", "call"),
    ("on an earnings call", "call"),
    # wire copy beyond politics: the state's or the local press, court papers, a hearing
    ("told state media", "interview"),
    ("told state television", "interview"),
    ("told state tv", "interview"),
    ("told local media", "interview"),
    ("told local radio", "interview"),
    ("told local television", "interview"),
    ("at a news briefing", "briefing"),
    ("in court papers", "court filing"),
    ("in court documents", "court filing"),
    ("in court filings", "court filing"),
    ("at a hearing", "hearing"),
    # an outlet after these, as after "told the": "Speaking to the Guardian, she said",
    # "Writing in the Lancet, the authors said", "she wrote in the Harbor Times"
    ("speaking to the", "interview"),
    ("writing in the", "article"),
    ("wrote in the", "article"),
)
# What words were given in, after "in" or "during", a determiner and up to three words
# ("in a statement", "in his opening statement", "in a recent telephone interview", "during
# a Tuesday briefing", "in a blog post"): the channel's kind (with CHANNEL_PATTERNS, the
# phrases of other shapes).
CHANNEL_NOUNS = {
    "statement": "statement", "interview": "interview", "speech": "speech",
    "tweet": "social post", "blog post": "social post", "email": "email", "e-mail": "email",
    "text message": "text message", "letter": "letter", "memo": "letter",
    "briefing": "briefing", "news conference": "news conference",
    "press conference": "news conference", "call": "call",
    # wire copy beyond politics: releases, an analyst's note, a court's papers, an address,
    # an opinion piece, a video or a recording, a hearing
    "press release": "statement", "news release": "statement", "note": "note",
    "filing": "court filing", "ruling": "court filing", "dissent": "court filing",
    "address": "speech", "op-ed": "op-ed", "opinion piece": "op-ed", "video": "video",
    "recording": "recording", "audio message": "recording", "recorded message": "recording",
    "hearing": "hearing",
    # words spoken to an audience ("in his remarks", "in her closing remarks")
    "remarks": "speech",
}
# Channels written as "told" and whom: an audience is told in a speech ("told the crowd",
# "told supporters", "told a town hall audience", "told the party conference"), an outlet or
# its people in an interview ("told the newspaper", "told the Paris daily Le Monde", "told
# the hosts"), a court in court (COURT_NOUNS); a body in a hearing or a debate, no channel
# of these ("told the Senate", "told the committee"), nor a person ("told the President").
# A platform is a channel after "on", "via" or "took to" (PLATFORMS): "wrote on X", "took to
# Facebook".
AUDIENCE_NOUNS = CROWD_NOUNS | frozenset({
    "supporters", "rally", "rallygoers", "rally-goers", "gathering", "protesters",
    "demonstrators", "marchers", "delegates", "convention", "conference", "attendees",
    "faithful", "mourners", "graduates", "meeting", "summit",
})
NEWS_OUTLET_NOUNS = frozenset({
    "newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "show", "program",
    "programme", "station", "network", "channel", "broadcaster", "outlet", "website", "podcast",
    "host", "hosts", "anchor", "anchors", "interviewer", "agency", "radio", "television",
    "publication", "reporter", "journalist", "correspondent", "press", "presenter", "journal",
})
# A court told ("told the jury", "told the High Court"): words said in court, the channel
# kind "court"
COURT_NOUNS = frozenset({
    "court", "jury", "judge", "tribunal", "inquest", "inquiry", "magistrates", "hearing",
})
ASSEMBLY_NOUNS = frozenset({
    "senate", "house", "commons", "lords", "parliament", "congress", "assembly", "committee",
    "subcommittee", "court", "jury", "panel", "council", "commission", "inquiry", "tribunal",
    "board", "cabinet", "hearing",
})
# Reporting verbs that are themselves the channel ("“…,” Boyd tweeted", "Boyd emailed: “…”"):
# the channel a quote's own cue verb names when its sentence names none in other words.
CHANNEL_VERBS = {
    "tweeted": "social post", "tweets": "social post", "tweeting": "social post",
    "posted": "social post", "posts": "social post", "posting": "social post",
    "texted": "text message", "texting": "text message",
    "emailed": "email", "emailing": "email",
}

# Social platforms, as their names are written after "on", "via" or "took to" ("wrote on X",
# "posted on Threads", "took to Truth Social"): a post there is the words' channel, and no
# part of the speaker's name.
PLATFORMS = frozenset({"facebook", "twitter", "x", "instagram", "linkedin", "threads",
                       "bluesky", "telegram", "tiktok", "youtube", "truth social", "mastodon",
                       "weibo", "wechat", "substack", "reddit", "snapchat"})

# Function words that end a name run: "Trump and Putin", "the two".
STOP_CAPITALS = frozenset({
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "with", "by", "as",
    "from", "that", "this", "these", "those", "it", "its", "his", "her", "their", "our", "my",
    "your", "we", "i", "you", "he", "she", "they", "if", "when", "while", "after", "before",
    "because", "so", "yet", "still", "also", "then", "there", "here", "what", "which", "who",
    "whom", "whose", "why", "how", "where", "according", "asked", "said", "says", "not", "no",
    "yes", "all", "some", "many", "most", "one", "two", "three", "four", "five", "more", "even",
    "just", "only", "now", "today", "tonight", "meanwhile", "however", "moreover", "instead",
    "indeed", "still", "though", "although", "since", "until", "unless", "once", "over", "under",
    "about", "into", "during", "without", "within", "between", "among", "against", "upon",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mr", "mrs", "ms", "dr", "ever", "perhaps", "maybe", "despite",
    "following", "unlike", "like", "speaking", "earlier", "last", "next", "finally", "first",
    "already", "recently", "asked", "told", "wait", "well", "oh", "sure", "yes", "please",
    "any", "each", "every", "none", "such", "other", "another", "both", "either", "neither",
    # adverbs that open a sentence before a name: "Later Ana Ruiz said", "Privately, …"
    "later", "yesterday", "tomorrow", "afterward", "afterwards", "again", "soon", "often",
    "sometimes", "usually", "thus", "therefore", "hence", "besides", "otherwise", "likewise",
    "nonetheless", "nevertheless", "overall", "together", "elsewhere", "overnight",
    "privately", "publicly", "separately", "ultimately", "initially", "eventually",
    "previously", "currently", "subsequently", "additionally", "similarly", "originally",
    "lately", "shortly", "immediately", "repeatedly", "frequently", "typically", "generally",
    "specifically", "notably", "importantly", "interestingly", "surprisingly",
    "unfortunately", "fortunately", "clearly", "obviously", "apparently", "reportedly",
    "allegedly", "certainly", "really", "actually", "basically", "essentially",
    "consequently", "accordingly",
})

# Months that are also surnames: "Theresa May", "Brian May", "Mark June". A capitalized one
# after a given name ends the name, and one alone before a reporting verb ("May said") is a
# name, not a date or a modal verb.
MONTH_SURNAMES = frozenset({"may", "june", "april", "august"})

# Labels before a colon that name a section or a form's field, not a speaker ("The Latest:
# …", "Update: …", "Name: … Age: …").
LABEL_WORDS = frozenset({
    "latest", "the latest", "update", "updated", "updates", "report", "name", "age", "city",
    "job", "pay", "watch", "video", "photo", "photos", "editor's note", "note", "correction",
    "clarification", "analysis", "opinion", "exclusive", "breaking", "breaking news", "live",
    "poll", "fact check", "transcript", "source", "sources", "related", "read more", "q", "a",
    "question", "answer", "excerpt", "review", "commentary", "editorial", "interview",
    "listen", "background", "context", "summary", "quote", "quotes", "title", "subject",
    "headline", "caption", "credit", "warning", "alert", "bottom line", "the bottom line",
})

# Words for a country or people, and US states, written before an office: "the Ukrainian
# leader", "the Texas senator" describe someone already named (see speakers._place_of).
NATIONALITIES = frozenset("""
afghan african albanian algerian american arab argentine argentinian armenian asian
australian austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian
brazilian british bulgarian burmese cambodian canadian chilean chinese colombian congolese
croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean
estonian ethiopian european filipino finnish french georgian german ghanaian greek
guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti
kyrgyz latvian lebanese libyan lithuanian macedonian malaysian malian mexican moldovan
mongolian montenegrin moroccan nicaraguan nigerian norwegian pakistani palestinian
panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi
scottish senegalese serbian singaporean slovak slovenian somali spanish sudanese swedish
swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian
uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
""".split()) | {"north korean", "south korean", "south african", "sri lankan", "new zealand"}
# Words for someone of a country that sports and foreign copy use, after "the", for a person
# it has named ("“…,” the 21-year-old Pole said", "said the Frenchman"): the nationalities
# that are also nouns ("Kenyan", "Israeli") and the nouns of the others.
DEMONYMS = frozenset(w for w in NATIONALITIES if w.endswith(("an", "i")) and " " not in w) | {
    "scot", "scotsman", "scotswoman", "pole", "briton", "brit", "spaniard", "dane", "swede",
    "finn", "serb", "croat", "turk", "czech", "greek", "thai", "swiss", "kiwi", "aussie",
    "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman",
    "welshman", "welshwoman", "dutchman", "dutchwoman", "argentine", "filipino", "filipina",
}
# Words of sports clubs' names ("Real Madrid", "Manchester United", "Deportivo Saprissa",
# "Paris Saint-Germain FC"): a "he said" after such a name is not that name's (a player's or
# a coach's), as it may be after a name whose given name the lists lack ("Kibet Rotich").
CLUB_WORDS = frozenset("""
united city real atletico atlético athletic athletico fc sc cf afc ac club rovers wanderers
olympique olympic sporting deportivo dynamo dinamo inter rangers celtic hotspur albion villa
town racing borussia bayern ajax juventus benfica galaxy rapid spartak lokomotiv
""".split())
US_STATES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
""".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
                "north dakota", "rhode island", "south carolina", "south dakota",
                "west virginia"}

# Abbreviations that can end a sentence as well as sit inside one: a company's or a name's
# ending ("Acme Corp.", "John Smith Jr."), a state's ("Tamarac, Fla."); lowercase, without
# the stop. A word written with stops inside ("U.S.", "D.C.", "p.m.") is one as well.
# Titles ("Sen.", "Dr.") and words before a name or number ("St. Louis", "No. 1") never end one.
SENTENCE_ENDING_ABBREVIATIONS = frozenset("""
inc corp co ltd llc plc bros jr sr etc ala ariz ark calif colo conn del fla ga ill ind kan ky
la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
""".split())
# Words written with a capital only when they open a sentence: after one of the abbreviations
# above, such a word shows that the abbreviation ended the sentence ("… of Acme Corp. He added").
SENTENCE_OPENERS = frozenset("""
He She They It We His Her Their Its Our The This That These Those But And Yet So However
When While If As After Before Although Though Asked
""".split())

ARTICLES = frozenset({"a", "an", "the"})
# What introduces someone not named before: "A Dayton woman", "One delegate"
INDEFINITE_ARTICLES = frozenset({"a", "an", "one"})

DETERMINERS = frozenset({
    "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "several", "some", "many", "multiple", "numerous", "other", "another", "both",
    "few", "a few", "dozens", "most", "all", "three", "his", "her", "their", "its", "our",
})

NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "multiple", "numerous", "many", "some", "few", "dozens", "both",
})

# Common given names, for the gender of a person a pronoun may point back to.
MALE_NAMES = frozenset("""
aaron adam adrian al alan albert alex alexander alfred allen andrew andy anthony antonio arthur
austin barack ben benjamin bernard bernie bill billy bob bobby brad bradley brandon brian bruce
bryan carl carlos charles charlie chris christian christopher chuck clarence cory craig curtis dale
dan daniel danny darrell dave david dean dennis derek devin dick don donald doug douglas dwight
earl ed eddie edward eli elijah eric ernest eugene evan frank fred frederick gary gavin gene george
gerald glenn gordon greg gregory harold harry henry herbert howard ian isaac jack jacob jake james
jared jason jay jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan
jordan jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kyle lamar larry
lawrence lee leon lindsey lou louis luis luke marco marcus mark martin matt matthew max michael
mickey miguel mike mitch mitchell nathan neil newt nicholas nick noah norman oliver orrin pat patrick
paul peter phil philip rafael ralph rand randy ray raymond reince richard rick rob robert rod
roger ron ronald roy rudy russell ryan sam samuel scott sean sergei seth shawn sherrod stephen
steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trey troy tyler
vladimir volodymyr viktor walter warren wayne william willie xi zach zachary mitt jeh reince
lindsey chuck harry rahm rex rudy sean stephen vladimir emmanuel boris benjamin recep narendra
justin olaf friedrich kevin hakeem jd marco ron
abraham abdul abdullah ahmed ali alistair alvin amir andre andres angelo anton anwar archie
arnold ashraf barry bart bashar benny bertrand beto blake boyd brendan brent brett bruno bryce
byron caleb calvin cameron cecil cedric cesar chad chester clark claude clayton clifford clint
clyde colin conrad cornelius damian damon darius darren darryl denis denny derrick desmond
dmitry dominic donovan duane dustin dylan edgar edmund edwin ehud elias elliot elliott emil
emilio enrique erik ernesto ethan felix ferdinand fernando floyd francis francisco franklin
gabriel garrett geoffrey gerard gilbert giuseppe glen graham guillermo gus gustavo hamid hank
hans harvey hassan hector herman hosni hugh hugo hunter igor imran ismail ivan jair jamal jarrod
javier jeffery jens jerome joaquin johan jonah jorge josef julio karim keir kenny kirk kurt lance
lars leo leonard leroy lester lewis lionel lloyd lorenzo lucas luiz luther lyndon mahmoud
malcolm manuel marc mario marshall marvin mason mathew matteo maurice mauricio melvin micah
mikhail milton mohamed mohammad mohammed moses murray naftali nate nathaniel nawaz neal ned
nelson nicolas nigel omar oscar otto owen pablo pedro perry pete pierre quentin ramon randall
raul reggie reginald reuven ricardo ricky rishi rocco rodney rodrigo roland roman ross ruben
rupert salman salvador saul sebastian sergey sergio shinzo sidney silvio simon spencer stanley
stefan sterling terrence theodore tobias toby tristan ulysses vernon vicente victor vincent wade
wallace walt wesley wilbur wilfred winston wolfgang xavier yair yevgeny yusuf zeke
""".split())

FEMALE_NAMES = frozenset("""
abigail alice alicia alison allison amanda amber amy andrea angela ann anna anne annie april
ashley barbara betty beverly brenda brittany carly carol caroline carolyn catherine cathy cheryl
christina christine cindy claire claudia connie cynthia dana danielle deborah debbie debra denise
diana diane donna doris dorothy elaine elena elise elizabeth ellen emily emma erin evelyn frances
gloria grace hannah heather helen hillary holly hope huma ivanka jackie jane janet janice jean
jeanne jennifer jessica jill joan joanne jodi joy joyce judith judy julia julie karen karoline kate
katherine kathleen kathryn kathy katie katrina kay kayleigh kelly kellyanne kimberly kirsten kristen
laura lauren linda lisa lori louise lynn madeleine margaret maria marie marilyn marsha martha mary
maxine megan melania melissa michelle mona monica nancy natalie nicole nikki olivia pam pamela
patricia patti paula peggy rachel rebecca regina rose ruth sally samantha sandra sara sarah sharon
shirley sonia sophia stephanie susan suzanne tammy tammy teresa theresa tiffany tina tracy tulsi
ursula valerie vanessa victoria virginia wendy zoe kamala alexandria ilhan rashida ayanna liz
elise kristi tulsi marjorie lauren sarah condoleezza madeleine janet kirstjen
adriana agnes aimee alexandra alisha alyssa amelia ana anastasia angelica angelina anita
annalena annette antonia ariana arlene audrey ava beatrice becky belinda bernadette bertha
beth bethany betsy bianca bonnie brianna bridget brooke camila candace carla carmen carrie
cassandra cecilia celeste charlene charlotte chelsea chloe christy chrystia clara colleen
cori courtney cristina crystal daisy daphne darlene dawn delia dilma dolores edith eileen
eleanor elisa elissa eliza ella eloise elsa esther eva faith felicia fiona florence francesca
gabriela gabrielle gail georgia gina ginger giorgia gretchen gwen gwendolyn harriet hazel heidi
helena hilda ida ilana imelda ingrid irene iris isabel isabella jacinda jacqueline jana jasmine
jeanette jenna jenny jillian jo joni josephine juanita judi julianne june kaja kara karin karla
katharine katy kemi kendra kristalina kristin kristina kyrsten lana latoya leah leila lena
lillian lily lorena lorraine lucia lucy luisa lydia mabel madison mallory may marcia margarita margo
maribel marina marine marissa marla marlene maureen melanie melinda mercedes meredith mette mhairi
mia mildred miriam molly myrna nadia naomi natasha nicola nina nora norma olga paige patty
pauline pearl penelope penny phyllis pramila priscilla priti rachael ramona raquel rebekah renee
rita roberta robyn rochelle rosa rosalind rosemary roxanne ruby sabrina samira sanna segolene
selena serena shannon sheila shelby shelley sherry sierra silvia simone sofia sonya stacey stacy
stella sue suella summer sylvia tamara tanya tara tatiana thelma tonya tracey trisha valentina
vera veronica vicki vivian wanda whitney yolanda yvonne zelda
""".split())

# Given names that many men and many women have ("Lee Epstein" is a woman, "Lee Zeldin" a
# man): in both lists, they tell no gender.
UNISEX_NAMES = frozenset("""
lee jordan terry pat chris kelly dana jean tracy lynn shannon
""".split())
MALE_NAMES = MALE_NAMES | UNISEX_NAMES
FEMALE_NAMES = FEMALE_NAMES | UNISEX_NAMES

# Either list: a capitalized word that is someone's first name.
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
