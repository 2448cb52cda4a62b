#!/usr/bin/env python3
"""Checks that the published JSON Schema and the Rust validator agree on the test fixtures.

The schema (public/feed.schema.json, generated from the Rust types) is what outside tools use; the
Rust validator (`gongkai validate`) is the one definition of a valid feed. An independent
validator (Python `jsonschema`, Draft 2020-12) must therefore:
  * accept every valid fixture (tests/fixtures/valid/*.json, and public/data/feed.json if present);
  * reject every invalid fixture whose problem is one of SHAPE below — problems of the kind a
    schema can express. The other invalid fixtures (duplicate ids, 承诺 > 法定, unmasked names …)
    need rules across fields, which only the Rust validator checks; they are listed for reference.

Each invalid fixture is named after its problem code: tests/fixtures/invalid/<code>.json.
Exit status: 0 when they agree, 1 on any disagreement, 2 when the script cannot run.

Usage: python3 scripts/schema_agreement.py            (needs `pip install jsonschema`)
"""

import json
import pathlib
import re
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("错误：缺少 Python 包 jsonschema，请先运行 pip install jsonschema\n"
          "error: the jsonschema package is missing; run `pip install jsonschema`", file=sys.stderr)
    sys.exit(2)

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "public" / "feed.schema.json"
VALID = sorted((ROOT / "tests" / "fixtures" / "valid").glob("*.json"))
SAMPLE = ROOT / "public" / "data" / "feed.json"
INVALID = ROOT / "tests" / "fixtures" / "invalid"
# The Rust fixture table: (code, JSON path, line, column) of each invalid fixture's problem.
RUST_TABLE = ROOT / "crates" / "core" / "tests" / "validate_fixtures.rs"

# Problem codes a JSON Schema can express (see crates/core/src/validate/codes.rs, group "结构").
SHAPE = [
    "missing_field", "unknown_field", "wrong_type", "bad_enum", "bad_number",
    "bad_date", "bad_datetime", "bad_time", "bad_money", "bad_url",
    "bad_format", "bad_version", "too_long",
]


def load(path):
    with open(path, "rb") as f:
        return json.loads(f.read().decode("utf-8"))


def rust_paths():
    """code -> the JSON path gongkai reports, read from the Rust test table (one source of truth)."""
    rows = re.findall(r'\("(\w+)", "([^"]*)", (\d+), (\d+)\)', RUST_TABLE.read_text(encoding="utf-8"))
    return {code: path for code, path, _line, _col in rows}


def split_path(path):
    """'items[0].basis[0].titel' -> ['items', 0, 'basis', 0, 'titel']."""
    out = []
    for name, index in re.findall(r'([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]', path):
        out.append(name if name else int(index))
    return out


def main():
    schema = load(SCHEMA)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    disagreements = []

    valid_files = VALID + ([SAMPLE] if SAMPLE.exists() else [])
    for path in valid_files:
        errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(e.path))
        rel = path.relative_to(ROOT)
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.path)
            disagreements.append(f"{rel}: valid for gongkai, but the schema rejects it at {where}: {first.message[:200]}")
        else:
            print(f"ok    valid    {rel}")

    expected = rust_paths()
    for code in SHAPE:
        path = INVALID / f"{code}.json"
        rel = path.relative_to(ROOT)
        if not path.exists() or code not in expected:
            disagreements.append(f"{rel}: missing fixture or Rust table row for shape code {code}")
            continue
        errors = list(validator.iter_errors(load(path)))
        if not errors:
            disagreements.append(f"{rel}: gongkai reports {code}, but the schema accepts the file")
            continue
        # Both must blame the same place: the schema names the value, or for a missing or unknown
        # key the object holding it.
        ours = split_path(expected[code])
        places = [list(e.absolute_path) for e in errors]
        if any(p == ours or p == ours[:-1] for p in places):
            print(f"ok    rejects  {rel} at {expected[code]} ({errors[0].message[:70]})")
        else:
            disagreements.append(f"{rel}: gongkai blames {expected[code]}, the schema blames {places}")

    others = sorted(p.stem for p in INVALID.glob("*.json") if p.stem not in SHAPE)
    print(f"\nnot schema-checkable ({len(others)}, checked by gongkai validate only): {', '.join(others)}")

    checked = len(valid_files) + len(SHAPE)
    if disagreements:
        print(f"\n不一致 {len(disagreements)} 处 / {len(disagreements)} disagreement(s) in {checked} checks:", file=sys.stderr)
        for d in disagreements:
            print(f"  - {d}", file=sys.stderr)
        sys.exit(1)
    print(f"\n一致：schema 与 gongkai 在 {checked} 个样例上结论相同。 (schema and validator agree on {checked} fixtures)")


if __name__ == "__main__":
    main()
