# Augments attribution.py when compiled (setup.py): a token typed Tok is read as tokens.pxd's C
# struct, a phrase typed Phrase as speakers.pxd's, and _Part is an extension type whose fields
# stay Python objects (most can be None).
from service.pipeline.tokens cimport Tok
from service.pipeline.speakers cimport Phrase


cdef class _Part:
    cdef public object raw
    cdef public object token
    cdef public object cue
    cdef public object speaker
    cdef public object mention
    cdef public object kind
    cdef public object confidence
