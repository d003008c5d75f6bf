"""Marshmallow schemas shared by the API's validation, responses and OpenAPI document."""
