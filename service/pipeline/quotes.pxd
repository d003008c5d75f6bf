# Augments quotes.py when compiled (setup.py): the test of a quote mark's flanks, made for
# every mark, is a C function with C-integer offsets and C flags (its .py signature leaves the
# offsets unhinted: Cython cannot declare a parameter hinted ``int`` as a C integer): 14M -> 9M
# instructions a pass over the dev set. Python ignores this file.
cimport cython

@cython.locals(edge_left=bint, edge_right=bint, left_space=bint, right_space=bint,
               left_open=bint, right_close=bint, opener=bint, closer=bint)
cpdef tuple _flanks(str text, Py_ssize_t start, Py_ssize_t end, para)

# Builds a frozen dataclass of model.py without its Python __init__ (see the .py)
cpdef object new_frozen(type cls, dict fields)

@cython.locals(i=Py_ssize_t, last=Py_ssize_t)
cpdef list _lone_breaks(str text)
