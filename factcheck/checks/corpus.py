"""Checks: corpus (being built)."""
__register__: list = []
