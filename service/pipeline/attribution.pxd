# Augments attribution.py when compiled (setup.py): a token typed Tok is read as tokens.pxd's C
# struct, a phrase typed Phrase as speakers.pxd's, and _Part is an extension type whose fields
# stay Python objects (most can be None).
from service.pipeline.tokens cimport Tok, holds_any
from service.pipeline.speakers cimport Phrase
from service.pipeline.quotes cimport new_frozen

cimport cython


cdef class _Part:
    cdef public object raw
    cdef public object token
    cdef public object cue
    cdef public object speaker
    cdef public object mention
    cdef public object kind
    cdef public object confidence

# _break_end, _word_before_stop (through _last_word) and _word_after read characters one by
# one: typed, each is a C value and the tests on it C comparisons, not string objects made and
# compared.
@cython.locals(i=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, c=Py_UCS4)
cpdef Py_ssize_t _break_end(str text, Py_ssize_t s, Py_ssize_t n, object pattern) except? -2
@cython.locals(c=Py_UCS4)
cpdef str _word_before_stop(str text, Py_ssize_t s)
@cython.locals(end=Py_ssize_t, at=Py_ssize_t, stop=Py_ssize_t)
cpdef tuple _word_after(str text, Py_ssize_t e)
@cython.locals(lo=Py_ssize_t, hi=Py_ssize_t, mid=Py_ssize_t, value=Py_ssize_t)
cpdef Py_ssize_t _last_at_or_before(list offsets, Py_ssize_t at) except? -2
@cython.locals(space=Py_ssize_t)
cpdef str _word_at(str text, Py_ssize_t start, Py_ssize_t end)
cpdef bint _comma_then(str text, Py_ssize_t e, str firsts) except -1
cpdef Py_ssize_t _mark_len(str text, Py_ssize_t at) except -1
# Helpers the name finder calls for most names: C functions, called without Python's call
# machinery (the phrase's fields read as struct members)
cpdef str _org_noun_after(str text, Py_ssize_t e)
cpdef bint _honoured(Phrase phrase) except -1
cpdef list _without_article(list words)
cpdef bint _person_like(Phrase phrase) except -1
@cython.locals(space=Py_ssize_t, after=Py_ssize_t, n=Py_ssize_t, end=Py_ssize_t)
cpdef object _plural_subject(str text, Py_ssize_t st)
cpdef tuple _read_run(str run_text)
@cython.locals(a=Py_ssize_t, b=Py_ssize_t)
cpdef str _last_word(str text, Py_ssize_t lo, Py_ssize_t hi)
# _after_end walks the tokens after a quote, asked up to four times for a quote: with C
# indexes, and its tokens' fields read as C struct members, 13.4M -> 6.1M instructions a pass.
@cython.locals(i=Py_ssize_t, n=Py_ssize_t, t=Tok, kind=str)
cpdef Py_ssize_t _after_end(list toks, Py_ssize_t k) except? -2
