# Augments sourcing.py when compiled (setup.py): its busiest helpers are C functions, called
# without Python's call machinery. Python ignores this file.
cpdef bint _holds_any(str text, tuple phrases)
