"""Lexical knowledge every stage reads: units and currencies (one pint registry), number words,
qualifiers of figures and given names, each loaded from `rules/data/` on first use.

It sits below the stages — extract and normalise both read it, and it reads none of them — so
the data flow stays one way: corpus → extract → normalise → align → rules → report.
"""
