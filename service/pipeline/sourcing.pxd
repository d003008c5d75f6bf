# Augments sourcing.py when compiled (setup.py): its busiest helpers are C functions, called
# without Python's call machinery. Python ignores this file.
from service.pipeline.quotes cimport new_frozen
from service.pipeline.tokens cimport holds_any
cimport cython

cpdef object _reason(str signal, str words, start, end)
cpdef object _sourcing(level, dict signals, list reasons)

# A sentence's ends read as C characters at C-integer offsets (their .py signatures leave the
# offsets unhinted: Cython cannot declare a parameter hinted ``int`` as a C integer)
@cython.locals(q=Py_ssize_t, c=Py_UCS4)
cpdef Py_ssize_t _end_at(str text, Py_ssize_t p, Py_ssize_t end) except? -2
@cython.locals(at=Py_ssize_t, p=Py_ssize_t, i=Py_ssize_t, e=Py_ssize_t)
cpdef Py_ssize_t _first_sentence_end(str text, Py_ssize_t start, Py_ssize_t end) except? -2
@cython.locals(at=Py_ssize_t, p=Py_ssize_t, i=Py_ssize_t, e=Py_ssize_t)
cpdef Py_ssize_t _last_sentence_end(str text, Py_ssize_t start, Py_ssize_t end) except? -2
@cython.locals(i=Py_ssize_t)
cpdef bint _names_a_platform(str sentence, str low)
