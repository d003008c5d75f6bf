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


# The reader's busiest helpers are C functions, called from one another without Python's call
# machinery, their offsets C integers (their .py signatures leave the offsets unhinted: Cython
# cannot declare a parameter hinted ``int`` as a C integer).
cimport cython

cpdef bint _is_name_token(Tok t)
cpdef bint _is_surname_at(list[Tok] toks, Py_ssize_t i)
cpdef bint month_given_name(list[Tok] toks)
@cython.locals(i=Py_ssize_t, j=Py_ssize_t)
cpdef list _strip(list[Tok] toks)
cpdef str _gender_of(str first, str role, str honorific)
cpdef bint _is_title(str word)
cpdef str _span_text(list[Tok] toks, str text)
cpdef bint _is_org_name(list[str] words)
@cython.locals(of=Py_ssize_t)
cpdef bint _names_an_org_of(str low)
@cython.locals(i=Py_ssize_t)
cpdef bint _no_person_after(list[str] low, Py_ssize_t at)
@cython.locals(j=Py_ssize_t)
cpdef bint _joins_brief(list[str] low, Py_ssize_t i)
cpdef bint _is_office(str low)
@cython.locals(i=Py_ssize_t, p=Py_ssize_t, q=Py_ssize_t, given=Py_ssize_t, lead=Py_ssize_t)
cpdef tuple _split_name(list[Tok] toks)
@cython.locals(k=Py_ssize_t, of=Py_ssize_t)
cpdef Phrase _read_capitalized(list[Tok] toks, str text)
