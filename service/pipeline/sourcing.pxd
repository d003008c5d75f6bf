# Augments sourcing.py when compiled (setup.py): its busiest helpers are C functions, called
# without Python's call machinery. Python ignores this file.
from service.pipeline.quotes cimport new_frozen

cpdef bint _holds_any(str text, tuple phrases)
cpdef object _reason(str signal, str words, start, end)
cpdef object _sourcing(level, dict signals, list reasons)
