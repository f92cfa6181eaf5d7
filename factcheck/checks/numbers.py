"""Checks: numbers (being built)."""
__register__: list = []
