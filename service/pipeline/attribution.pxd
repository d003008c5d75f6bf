# Augments attribution.py when compiled (setup.py): a token typed Tok is read as tokens.pxd's C
# struct, and a phrase typed Phrase as speakers.pxd's.
from service.pipeline.tokens cimport Tok
from service.pipeline.speakers cimport Phrase
