"""Metadata lives in setup.cfg; this only adds rules/ to the wheel as the package factcheck.ruledata,
so the rules are found when factcheck is installed and run from another directory."""
from setuptools import find_packages, setup

setup(packages=find_packages(include=["factcheck", "factcheck.*"]) + ["factcheck.ruledata"])
