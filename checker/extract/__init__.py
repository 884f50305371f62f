"""spaCy pipeline components that find claims in a parsed document.

Importing this package registers every component factory; `COMPONENTS` is their order in the
pipeline after the English model's own components.
"""

from checker.extract import date_entities, events, glued_units, lines, names, person_entities, quantities, quotes, stances  # noqa: F401  (registration)

LINE_BREAKS = "crosscheck_line_breaks"
GLUED_UNITS = "crosscheck_glued_units"
DATE_ENTITIES = "crosscheck_date_entities"
PERSON_ENTITIES = "crosscheck_person_entities"
COMPONENTS = ("crosscheck_quantities", "crosscheck_quotes", "crosscheck_stances", "crosscheck_events", "crosscheck_names")
