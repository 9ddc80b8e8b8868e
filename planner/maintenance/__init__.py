"""Maintainer scripts that rebuild shipped resources (symbols, the example photo); not needed to run."""
