"""Checks: temporal (being built)."""
__register__: list = []
