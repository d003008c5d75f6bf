"""The API's Blueprint: flask-smorest's, with a body parser that answers JSON nested deeper
than Python's parser can read, or holding an integer longer than it converts (4,300
digits), as malformed JSON (400), as it answers any other; they raised RecursionError and
ValueError, a 500."""
from __future__ import annotations

import json
from typing import Any

import flask
import flask_smorest
from webargs.flaskparser import FlaskParser


class _Parser(FlaskParser):
    def _raw_load_json(self, req: flask.Request) -> Any:
        try:
            return super()._raw_load_json(req)
        except RecursionError:
            # webargs answers a JSONDecodeError with 400 (one whose document is "" means
            # "no body": this one names what it read)
            raise json.JSONDecodeError("nested too deeply", "request body", 0) from None
        except json.JSONDecodeError:
            raise
        except ValueError:      # int(): "Exceeds the limit (4300 digits) ..."
            raise json.JSONDecodeError("a number too long", "request body", 0) from None


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = _Parser()
