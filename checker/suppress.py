"""Suppression directives an editor writes in an article.

    <!-- crosscheck-disable quantity_mismatch -->  ...  <!-- crosscheck-enable quantity_mismatch -->
    <!-- crosscheck-disable-next-line quote_mismatch -->
    front matter:  crosscheck: {disable: [name_variant]}

Without a rule id a directive covers every rule. Suppressed findings are counted, not dropped
silently.
"""

from __future__ import annotations

import re

from checker.model import InputError, Suppression

_DIRECTIVE = re.compile(r"<!--\s*crosscheck-(disable-next-line|disable|enable)\b([^>]*?)-->", re.I)


def suppressions(text: str, front_matter: dict, path: str) -> tuple[Suppression, ...]:
    """Every suppressed region of an article, from its comments and its front matter."""
    found = [Suppression(rule, 0, len(text)) for rule in _front_matter_rules(front_matter, path)]
    open_regions: dict[str, int] = {}
    for match in _DIRECTIVE.finditer(text):
        kind = match.group(1).lower()
        rules = [r for r in re.split(r"[\s,]+", match.group(2).strip()) if r] or ["all"]
        if kind == "disable-next-line":
            line_start = text.find("\n", match.end())
            if line_start < 0:
                continue
            line_end = text.find("\n", line_start + 1)
            found += [Suppression(rule, line_start + 1, len(text) if line_end < 0 else line_end) for rule in rules]
        elif kind == "disable":
            for rule in rules:
                open_regions.setdefault(rule, match.end())
        else:
            for rule in rules:
                if rule in open_regions:
                    found.append(Suppression(rule, open_regions.pop(rule), match.start()))
    found += [Suppression(rule, start, len(text)) for rule, start in open_regions.items()]
    return tuple(sorted(found, key=lambda s: (s.start, s.rule)))


def _front_matter_rules(front_matter: dict, path: str) -> list[str]:
    settings = front_matter.get("crosscheck")
    if settings is None:
        return []
    rules = settings.get("disable") if isinstance(settings, dict) else None
    if not isinstance(rules, list) or not all(isinstance(rule, str) for rule in rules):
        raise InputError(path, "front matter 'crosscheck' must be {disable: [rule ids]}")
    return rules
