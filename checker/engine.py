"""Declarative rules: YAML files compiled into one durable_rules ruleset and run on comparison facts.

Python computes the facts (intervals, gaps, rates); the rules decide what is a finding, how
serious it is and what it says. durable_rules is fragile, so it is used in one narrow way:
one Host per process on the main thread, each distinct rule set registered once, a fresh
session id per run and its state deleted afterwards, one fact asserted at a time.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
import string
import threading
from dataclasses import dataclass
from pathlib import Path

from checker.align import FACT_FIELDS
from checker.align.confidence import describe
from checker.model import SEVERITIES, Comparison, Finding, InputError
from checker.resources import bundled_rules_dir, load_yaml

RULE_KEYS = {"id", "category", "severity", "description", "applies_to", "when", "escalate", "message"}
REQUIRED_KEYS = ("id", "category", "severity", "description", "applies_to", "message")
# Operators an editor may use in `when:`, and their durable_rules spelling and negation.
OPERATORS = {
    "above": ("$gt", "at_most"),
    "at_least": ("$gte", "below"),
    "below": ("$lt", "at_least"),
    "at_most": ("$lte", "above"),
    "not": ("$neq", "is"),
    "is": (None, "not"),
}


@dataclass(frozen=True)
class Tier:
    severity: str
    when: tuple[tuple[str, str, object], ...]


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    description: str
    applies_to: str
    when: tuple[tuple[str, str, object], ...]
    tiers: tuple[Tier, ...]
    message: str
    path: str


def load_rules(directory: Path | None = None) -> list[Rule]:
    """Every `*.yaml` rule file directly in `directory` (the bundled rules by default), validated."""
    directory = Path(directory) if directory else bundled_rules_dir()
    if not directory.is_dir():
        raise InputError(str(directory), "rule directory not found")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        rule = _parse_rule(path)
        if rule.id in seen:
            raise InputError(str(path), f"rule id '{rule.id}' is already used by {seen[rule.id]}")
        seen[rule.id] = str(path)
        rules.append(rule)
    if not rules:
        raise InputError(str(directory), "no rule files (*.yaml) found")
    return rules


def _parse_rule(path: Path) -> Rule:
    where = str(path)
    content = load_yaml(path)
    if not isinstance(content, dict):
        raise InputError(where, "a rule file must be a mapping of keys (id, category, severity, ...)")
    unknown = sorted(set(content) - RULE_KEYS)
    if unknown:
        raise InputError(where, f"unknown key '{unknown[0]}' (allowed: {', '.join(sorted(RULE_KEYS))})")
    missing = [key for key in REQUIRED_KEYS if key not in content]
    if missing:
        raise InputError(where, f"missing key '{missing[0]}'")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", str(content["category"])):
        # Categories are the rule files' own: any name in lower case, as reports group by it.
        raise InputError(where, f"category '{content['category']}' must be a name in lower case (letters, digits, _)")
    kind = content["applies_to"]
    if kind not in FACT_FIELDS:
        raise InputError(where, f"applies_to '{kind}' is not a comparison kind (one of: {', '.join(FACT_FIELDS)})")
    fields = FACT_FIELDS[kind]
    base = _conditions(content.get("when") or {}, fields, where)
    tiers = []
    for number, step in enumerate(content.get("escalate") or [], 1):
        if not isinstance(step, dict) or set(step) != {"severity", "when"}:
            raise InputError(where, f"escalate step {number} needs exactly 'severity' and 'when'")
        tiers.append(Tier(_severity(step["severity"], where), _conditions(step["when"], fields, where)))
    tiers.append(Tier(_severity(content["severity"], where), ()))
    message = str(content["message"]).strip()
    _check_template(message, fields, where)
    return Rule(str(content["id"]), content["category"], str(content["description"]).strip(), kind, base, tuple(tiers), message, where)


def _severity(value: object, where: str) -> str:
    if value not in SEVERITIES:
        raise InputError(where, f"severity '{value}' must be one of: {', '.join(SEVERITIES)}")
    return str(value)


def _conditions(when: object, fields: dict, where: str) -> tuple[tuple[str, str, object], ...]:
    if not isinstance(when, dict):
        raise InputError(where, "'when' must map fact names to values or {operator: value}")
    atoms = []
    for name, test in when.items():
        if name not in fields:
            raise InputError(where, f"'when' uses unknown fact '{name}' (known: {', '.join(fields)})")
        if isinstance(test, dict):
            if len(test) != 1 or next(iter(test)) not in OPERATORS:
                raise InputError(where, f"'{name}' needs one operator of: {', '.join(OPERATORS)}")
            operator, value = next(iter(test.items()))
        else:
            operator, value = "is", test
        if not isinstance(value, (str, int, float, bool)):
            raise InputError(where, f"'{name}' compares with {value!r}; use a number, text, true or false")
        atoms.append((name, operator, value))
    return tuple(atoms)


def _check_template(message: str, fields: dict, where: str) -> None:
    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as error:
        raise InputError(where, f"message template: {error}") from None
    for _, name, _, conversion in parsed:
        if name is None:
            continue
        if name not in fields or conversion:
            raise InputError(where, f"message uses unknown field '{{{name}}}' (known: {', '.join(fields)})")


def _atom(name: str, operator: str, value: object) -> dict:
    symbol = OPERATORS[operator][0]
    return {name: value} if symbol is None else {symbol: {name: value}}


def _negation(atoms) -> dict:
    negated = [_atom(name, OPERATORS[operator][1], value) for name, operator, value in atoms]
    return negated[0] if len(negated) == 1 else {"$or": negated}


def compile_ruleset(rules: list[Rule]) -> dict:
    """The durable_rules definition: one durable rule per severity tier, tiers made exclusive."""
    definition = {}
    for rule in rules:
        earlier: list = []
        for number, tier in enumerate(rule.tiers):
            terms = [{"kind": rule.applies_to}]
            terms += [_atom(*atom) for atom in rule.when + tier.when]
            terms += [_negation(previous) for previous in earlier]
            definition[f"{rule.id}__{number}"] = {"all": [{"m": {"$and": terms}}], "run": f"{rule.id}|{tier.severity}"}
            earlier.append(tier.when)
    return definition


class _Host:
    """The one durable_rules host of this process, created on first use."""

    instance = None

    @classmethod
    def get(cls):
        if cls.instance is None:
            from durable import engine

            class RecordingHost(engine.Host):
                """durable_rules' host, fed through its public calls (`register_rulesets`,
                `assert_fact`, `delete_state`); `get_action` is its documented hook for the
                actions a ruleset given as a definition names, and ours record what fired."""

                def __init__(self):
                    self.fired: list[tuple[str, str]] = []
                    super().__init__()

                def get_action(self, action_name):
                    def record(closure):
                        self.fired.append((action_name, closure.m["id"]))

                    return record

                def _run(self):
                    # The one private override, for want of a public switch: `Host` starts two
                    # timer threads here that never stop and would keep a finished run alive;
                    # crosscheck asserts every fact synchronously and needs neither.
                    return None

            cls.instance = (RecordingHost(), engine.MessageNotHandledException)
        return cls.instance


_registered: set[str] = set()
_sessions = itertools.count(1)


def evaluate(rules: list[Rule], comparisons: list[Comparison]) -> list[Finding]:
    """Assert each comparison as a fact and turn every rule that fires into a Finding."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("durable_rules must run on the main thread (it crashes elsewhere)")
    host, not_handled = _Host.get()
    definition = compile_ruleset(rules)
    name = "crosscheck_" + hashlib.sha1(json.dumps(definition, sort_keys=True).encode()).hexdigest()[:16]
    if name not in _registered:
        host.register_rulesets({name: copy.deepcopy(definition)})
        _registered.add(name)
    session = f"run{next(_sessions)}"
    by_id = {comparison.id: comparison for comparison in comparisons}
    host.fired = []
    session_exists = False
    try:
        for comparison in comparisons:
            fact = {key: value for key, value in comparison.facts.items() if value is not None}
            fact.update(id=comparison.id, sid=session, kind=comparison.kind, confidence=comparison.confidence)
            try:
                host.assert_fact(name, fact)
            except not_handled:
                continue
            session_exists = True
    finally:
        # durable_rules only creates a session's state once a fact is handled; deleting a
        # state that was never created crashes the process.
        if session_exists:
            host.delete_state(name, session)
    rules_by_id = {rule.id: rule for rule in rules}
    findings = []
    # A tier whose conditions hold through two branches of an "or" fires once per branch.
    for action, comparison_id in dict.fromkeys(host.fired):
        rule_id, severity = action.rsplit("|", 1)
        findings.append(_finding(rules_by_id[rule_id], severity, by_id[comparison_id]))
    return findings


def _finding(rule: Rule, severity: str, comparison: Comparison) -> Finding:
    message = rule.message.format_map({**comparison.facts, "confidence": comparison.confidence})
    explanation = (
        "Aligned: " + "; ".join(comparison.reasons) + ". " + describe(comparison.evidence, comparison.confidence) + ". Conflict: " + comparison.conflict + "."
    )
    digest = hashlib.sha1(f"{rule.id}\x1f{comparison.id}".encode()).hexdigest()[:10]
    return Finding(
        id=f"{rule.id}-{digest}",
        rule=rule.id,
        category=rule.category,
        severity=severity,
        message=" ".join(message.split()),
        story=comparison.story,
        explanation=explanation,
        claims=comparison.claims,
        confidence=comparison.confidence,
        evidence=comparison.evidence,
        focus=comparison.focus,
    )
