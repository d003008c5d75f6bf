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


# The tokenizer's own helpers are C functions, called without Python's call machinery, and
# its offsets C integers (their .py signatures leave the offsets unhinted: Cython cannot
# declare a parameter hinted ``int`` as a C integer). tokenize 181M -> 154M instructions a
# pass over the dev set.
cimport cython

@cython.locals(at=Py_ssize_t, rest=Py_ssize_t, w_end=Py_ssize_t, plain=int, t=Tok,
               chunk=str, piece=str, word=str, mark=str)
cpdef list _words(str text, Py_ssize_t start, Py_ssize_t end)
@cython.locals(joined=bint, after_joiner=bint, c=Py_UCS4)
cpdef bint _joined_word(str piece) except -1
@cython.locals(c=Py_UCS4)
cpdef bint _marks_only(str piece) except -1
@cython.locals(at=Py_ssize_t, s=Py_ssize_t)
cpdef _pattern_words(str text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t limit, list out)
@cython.locals(stop=Py_ssize_t)
cpdef Py_ssize_t _word_and_stop(str text, str word, Py_ssize_t start, Py_ssize_t limit,
                                list out) except -1
@cython.locals(form=int, c=Py_UCS4)
cpdef int _plain_word(str piece) except -1
cpdef bint _is_article_name(str word)
cpdef bint holds_any(str text, tuple parts) except -1
cpdef Tok _word_token(str text, Py_ssize_t start, Py_ssize_t end)
cpdef Tok _mark_token(str mark, Py_ssize_t start)

# sentences walks every token of a paragraph, and is_terminator is asked of every stop: with
# C indexes, and C calls between them (with the quote tokens' indexes handed back by tokenize,
# not searched for: _Para.toks 157M -> 142M instructions a pass over the dev set).
@cython.locals(i=Py_ssize_t, n=Py_ssize_t, first=Py_ssize_t, t=Tok, nxt=Tok, end_here=bint)
cpdef list sentences(list toks, dict quote_text)
@cython.locals(t=Tok, nxt=Tok)
cpdef bint is_terminator(list toks, Py_ssize_t i) except -1
