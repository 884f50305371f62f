"""Checking the data files of rules/data/ against their schema (rules/schema/data.yaml).

Each data file is read with a loader that keeps duplicate mapping keys (YAML's own loader lets
the last one win silently), then compared with its schema: unknown or missing files, unknown
keys, values of the wrong type, a word listed twice, a word in two groups, a word on both sides
of a decision. Every problem is one line naming the file and the key.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from checker.resources import bundled_rules_dir, data_files, load_yaml, overrides_dir

SCALARS = {
    "text": (str,),
    "optional_text": (str, type(None)),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
}


class _KeyCountingLoader(yaml.SafeLoader):
    """The safe loader, noting every mapping key that appears twice in one mapping."""

    duplicates: list[tuple[str, int]]

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                self.duplicates.append((str(key), key_node.start_mark.line + 1))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def schema_path() -> Path:
    return bundled_rules_dir() / "schema" / "data.yaml"


def validate_data(only_overrides: bool = False) -> list[str]:
    """Problems in the data files this run reads (overrides included), one line each; with
    `only_overrides`, in the files a rules directory puts in place of the bundled ones."""
    schema = load_yaml(schema_path())
    problems = []
    bundled = bundled_rules_dir() / "data"
    for path in data_files():
        if only_overrides and path.parent == bundled:
            continue
        if path.name == "units.txt":
            problems += [f"{path}: {problem}" for problem in check_units(path)]
            continue
        if path.suffix != ".yaml":
            continue
        if path.name not in schema:
            problems.append(f"{path}: no schema for this data file (add it to {schema_path()})")
            continue
        problems += [f"{path}: {problem}" for problem in check_file(path, schema[path.name])]
    if not problems:
        problems += _undefined_currencies()
    overrides = overrides_dir()
    if overrides is not None:
        known = {path.name for path in bundled.iterdir()}
        problems += [
            f"{path}: not a data file crosscheck reads, so it overrides nothing (known: {', '.join(sorted(known))})"
            for path in sorted(overrides.iterdir())
            if path.is_file() and path.name not in known
        ]
    return problems


def _undefined_currencies() -> list[str]:
    """Currency codes numbers.yaml gives to signs and words but units.txt does not define: a
    figure in that currency could never be converted or compared."""
    from checker.lexicon.units import currency_codes
    from checker.resources import data_path, load_data

    numbers, defined = load_data("numbers.yaml"), set(currency_codes())
    named = [(f"currency_symbols.{sign}", code) for sign, code in numbers["currency_symbols"].items()]
    named += [(f"currency_signs.yaml: signs.{sign}", code) for sign, code in load_data("currency_signs.yaml")["signs"].items()]
    named += [(f"currency_words.{word}", code) for word, code in numbers["currency_words"].items()]
    named += [(f"money_or_measure.{word}", sides["money"]) for word, sides in numbers["money_or_measure"].items()]
    return [
        f"{data_path('numbers.yaml')}: {key}: currency '{code}' is not defined in {data_path('units.txt')}" for key, code in named if str(code) not in defined
    ]


def check_units(path: Path) -> list[str]:
    """Unit definitions as pint reads them: every line a definition, a directive or a comment,
    and every unit defined resolvable (pint reads lazily, so a misspelt base unit would
    otherwise surface only when an article used it)."""
    from checker.lexicon.units import first_line, registry_from
    from checker.model import InputError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        return [f"cannot read: {error}"]
    definitions = [(number, line.strip()) for number, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith(("#", "@"))]
    problems = [f"line {number}: not a unit definition ('name = value'): {line}" for number, line in definitions if "=" not in line]
    if problems:
        return problems
    try:
        registry = registry_from(path)
    except InputError as error:
        return [error.problem]
    for number, line in definitions:
        name = line.split("=")[0].strip()
        if name.startswith("[") or not name:
            continue
        try:
            registry.get_base_units(name)
        except Exception as error:  # undefined units, bad expressions
            problems.append(f"line {number}: '{name}' does not resolve: {first_line(error)}")
    return problems


def check_file(path: Path, schema: dict) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [f"cannot read: {error}"]
    loader = _KeyCountingLoader(text)
    loader.duplicates = []
    try:
        content = loader.get_single_data()
    except yaml.YAMLError as error:
        return [f"malformed YAML: {str(error).splitlines()[0]}"]
    finally:
        loader.dispose()
    problems = [f"key '{key}' appears twice (line {line}); the second silently replaces the first" for key, line in loader.duplicates]
    problems += _check(content, schema, "")
    for left, right in schema.get("disjoint", []):
        both = sorted(set(_words_at(content, left)) & set(_words_at(content, right)))
        if both:
            problems.append(f"{left} and {right}: {', '.join(repr(w) for w in both)} listed on both sides")
    return problems


def _check(value: object, kind: object, where: str) -> list[str]:
    label = where or "top level"
    if isinstance(kind, dict):
        if not isinstance(value, dict):
            return [f"{label}: expected a mapping"]
        if "keys" in kind or "fields" in kind:
            # `keys` are a file's sections, all required; `fields` those of one entry, optional.
            named = kind.get("keys") or kind["fields"]
            problems = [f"{_join(where, key)}: unknown key (allowed: {', '.join(named)})" for key in value if key not in named]
            if "keys" in kind:
                problems += [f"{_join(where, key)}: missing (a data file replaces the bundled one whole)" for key in named if key not in value]
            return problems + [p for key, sub in named.items() if key in value for p in _check(value[key], sub, _join(where, key))]
        return [p for key, sub in value.items() for p in _check(sub, kind["each"], _join(where, str(key)))]
    if kind in SCALARS:
        ok = isinstance(value, SCALARS[kind]) and not (kind != "boolean" and isinstance(value, bool))
        return [] if ok else [f"{label}: expected {kind}, found {value!r}"]
    if kind in {"text_map", "number_map"}:
        if not isinstance(value, dict):
            return [f"{label}: expected a mapping"]
        return [p for key, sub in value.items() for p in _check(sub, "text" if kind == "text_map" else "number", _join(where, str(key)))]
    if kind == "words":
        if not isinstance(value, list) or not all(isinstance(w, (str, int, float)) for w in value):
            return [f"{label}: expected a list of words"]
        if any(isinstance(w, bool) for w in value):
            # YAML 1.1 reads on, off, yes and no unquoted as true or false.
            return [f"{label}: a word was read as true or false (quote on, off, yes and no)"]
        return [f"{label}: {word!r} is listed more than once" for word in _repeated(str(w).lower() for w in value)]
    if kind == "sequences":
        return [] if isinstance(value, list) and all(isinstance(g, list) for g in value) else [f"{label}: expected a list of lists"]
    if kind == "groups":
        groups = [g["words"] if isinstance(g, dict) and isinstance(g.get("words"), list) else g for g in value] if isinstance(value, list) else None
        if groups is None or not all(isinstance(g, list) for g in groups):
            return [f"{label}: expected a list of lists (or of {{words: [...]}})"]
        plain = [g for g, item in zip(groups, value) if isinstance(item, list)]
        words = (w for g in plain for w in dict.fromkeys(str(x).lower() for x in g))
        return [f"{label}: {word!r} is in more than one group" for word in _repeated(words)]
    if kind == "dependency_patterns":
        return _dependency_patterns(value, label)
    if kind == "token_patterns":
        return _token_patterns(value, label)
    raise ValueError(f"unknown schema type {kind!r} at {label}")


def _token_patterns(value: object, label: str) -> list[str]:
    """Each pattern compiles in spaCy's Matcher."""
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    if not isinstance(value, list) or not all(isinstance(p, list) and all(isinstance(n, dict) for n in p) for p in value):
        return [f"{label}: expected a list of patterns, each a list of token descriptions"]
    problems = []
    for number, pattern in enumerate(value, 1):
        try:
            Matcher(Vocab(), validate=True).add(label, [pattern])
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{label}: pattern {number} is not a Matcher pattern ({str(error).splitlines()[0]})")
    return problems


def _dependency_patterns(value: object, label: str) -> list[str]:
    """Each relation's patterns compile in spaCy's DependencyMatcher and name a `from` and a `to` node."""
    from spacy.matcher import DependencyMatcher
    from spacy.vocab import Vocab

    if not isinstance(value, dict):
        return [f"{label}: expected a mapping of relation names to lists of patterns"]
    problems = []
    for relation, patterns in value.items():
        where = _join(label, str(relation))
        if not isinstance(patterns, list) or not all(isinstance(p, list) and all(isinstance(n, dict) for n in p) for p in patterns):
            problems.append(f"{where}: expected a list of patterns, each a list of nodes")
            continue
        for number, pattern in enumerate(patterns, 1):
            ids = [node.get("RIGHT_ID") for node in pattern]
            if "from" not in ids or "to" not in ids:
                problems.append(f"{where}: pattern {number} needs nodes named 'from' and 'to'")
                continue
            try:
                DependencyMatcher(Vocab()).add(str(relation), [pattern])
            except (ValueError, KeyError, TypeError) as error:
                problems.append(f"{where}: pattern {number} is not a DependencyMatcher pattern ({str(error).splitlines()[0]})")
    return problems


def _words_at(content: dict, dotted: str) -> list[str]:
    value: object = content
    for part in dotted.split("."):
        value = value.get(part, []) if isinstance(value, dict) else []
    return [str(w).lower() for w in value] if isinstance(value, list) else []


def _repeated(words) -> list[str]:
    seen, repeated = set(), []
    for word in words:
        if word in seen and word not in repeated:
            repeated.append(word)
        seen.add(word)
    return repeated


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
