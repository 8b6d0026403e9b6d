"""Write tta_server/safety/derived.json: each safety rule's trigger words and start tokens.

The player screen (``tta_server.safety.classifier``) reads each rule's trigger words and the
tokens its matches can start with off the rule's own regex (``tta_server.safety.triggers``).
Deriving them for the whole table takes a second or two, so the results ship with the package,
keyed by a hash of the rule table, the phrase rewrites and the derivation code
(``rules.derivation_key``). When the key does not match (a rule was added or changed),
the screen derives them at import instead, logs a warning, and
``tests/safety/test_prefilter.py`` fails until this script is run again::

    .venv/bin/python scripts/build_safety_derived.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tta_server.safety import rules

TARGET = Path(rules.__file__).resolve().parent / rules.DERIVED_FILE


def main() -> int:
    tables = rules.derive_tables()
    TARGET.write_text(json.dumps(tables, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(tables['rules'])} rules, {len(tables['phrases'])} phrase rewrites")
    return 0


if __name__ == "__main__":
    sys.exit(main())
