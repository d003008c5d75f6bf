"""The API's Blueprint: flask-smorest's, with a body parser that reads JSON as the import
command does (``service.jsonio.read_json``): JSON nested deeper than Python's parser
recurses, or holding an integer longer than it converts (4,300 digits), is malformed (400),
as any other; they raised RecursionError and ValueError, a 500."""
from __future__ import annotations

from typing import Any

import flask
import flask_smorest
from webargs import core
from webargs.flaskparser import FlaskParser, is_json_request

from ..jsonio import read_json


class _Parser(FlaskParser):
    def _raw_load_json(self, req: flask.Request) -> Any:
        # As webargs reads a body, but for the parser: UTF-8 only (a body not UTF-8 raises
        # UnicodeDecodeError, which webargs answers as malformed JSON; an empty one is
        # missing, from the JSONDecodeError of "")
        if not is_json_request(req):
            return core.missing
        return read_json(req.get_data(cache=True).decode("utf-8"))


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = _Parser()
