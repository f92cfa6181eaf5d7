"""Checks: headline (being built)."""
__register__: list = []
