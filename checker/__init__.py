"""crosscheck: finds facts that several reports of one news story cannot all get right."""

__version__ = "0.2.0"
