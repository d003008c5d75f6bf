# Augments speakers.py when compiled (setup.py): a token typed Tok is read as tokens.pxd's C
# struct, and Phrase is an extension type. Its fields stay Python objects: most can be None.
from service.pipeline.tokens cimport Tok


cdef class Phrase:
    cdef public object start
    cdef public object end
    cdef public object text
    cdef public object form
    cdef public object name
    cdef public object role
    cdef public object head
    cdef public object gender
    cdef public object plural
    cdef public object institution
