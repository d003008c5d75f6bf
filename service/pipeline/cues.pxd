# Augments cues.py when compiled (setup.py): a token typed Tok is read as tokens.pxd's C struct.
from service.pipeline.tokens cimport Tok
