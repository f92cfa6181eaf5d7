"""Checks: attribution (being built)."""
__register__: list = []
