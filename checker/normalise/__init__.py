"""Normalisation: numbers to values, qualifiers to intervals, units and currencies through pint."""
