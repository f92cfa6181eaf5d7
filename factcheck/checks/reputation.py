"""Checks: reputation (being built)."""
__register__: list = []
