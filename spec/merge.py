"""Merges the overlay into the operator's spec; see party-interaction.overlay.yaml.

Usage: python3 merge.py OPERATOR.yaml OVERLAY.yaml OUT.json
Fails (exit 1) if the overlay redefines anything the operator's spec has.
"""
import json
import sys

import yaml


def main(operator_path, overlay_path, out_path):
    with open(operator_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    with open(overlay_path, encoding="utf-8") as f:
        overlay = yaml.safe_load(f)

    unknown = set(overlay) - {"paths", "definitions"}
    clashes = [f"top-level key {key!r} (only paths and definitions may be added)" for key in sorted(unknown)]
    for path, methods in overlay.get("paths", {}).items():
        existing = spec["paths"].setdefault(path, {})
        for method, operation in methods.items():
            if method in existing:
                clashes.append(f"{method.upper()} {path}")
            existing[method] = operation
    for name, definition in overlay.get("definitions", {}).items():
        if name in spec["definitions"]:
            clashes.append(f"definition {name}")
        spec["definitions"][name] = definition
    if clashes:
        sys.exit("the overlay redefines what the operator's spec has: " + "; ".join(clashes))

    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(spec, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
