# Augments cues.py when compiled (setup.py): a token typed Tok is read as tokens.pxd's C struct.
from service.pipeline.tokens cimport Tok

cimport cython

# Helpers the rules call for most words they read: C functions (called without Python's call
# machinery) with C indexes, their tokens read as C structs: a pass over the dev set 2,734M ->
# 2,724M instructions (_verb_at 11.5M -> 7.8M, _token_before 3.6M -> 1.2M, and their callers).
@cython.locals(t=Tok, prev=Tok, low=str)
cpdef Py_ssize_t _verb_at(list toks, Py_ssize_t i, object verbs=*) except? -1
@cython.locals(prev=Tok)
cpdef bint _owner_before(list toks, Py_ssize_t i) except -1
@cython.locals(before=Tok, at=Py_ssize_t)
cpdef bint _platform_before(list toks, Py_ssize_t i) except -1
@cython.locals(lo=Py_ssize_t, hi=Py_ssize_t, mid=Py_ssize_t, t=Tok)
cpdef Tok _token_before(list toks, object start)
@cython.locals(i=Py_ssize_t, t=Tok, last=str, before=str)
cpdef bint non_speech_cue(list toks, Py_ssize_t k, Py_ssize_t s0) except -1
