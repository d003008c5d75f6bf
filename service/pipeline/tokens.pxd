# Augments tokens.py when it is compiled (setup.py): Tok becomes an extension type, so the
# compiled modules that cimport it read a token's fields as C struct members. Python ignores
# this file. start, end and quote stay Python ints (read as often from untyped code, where a
# C int would be boxed at every read).
cdef class Tok:
    cdef public str text
    cdef public object start
    cdef public object end
    cdef public str kind
    cdef public object quote
    cdef public str lower
    cdef public bint is_word
    cdef public bint capitalized
