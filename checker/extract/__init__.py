"""spaCy pipeline components that find claims in a parsed document."""
