"""``PLAN_ONCE``: the prefix that keeps a statement's first Cypher plan.

Neo4j caches each statement's plan and throws it away when the statistics it was made from
drift: a label's count or an index's selectivity changing by more than a threshold that starts
at 75% and falls as the plan ages (``dbms.cypher.statistics_divergence_threshold``). A growing
database crosses it again and again. The next execution then waits for a new plan, and so do
the requests queued behind it: planning takes 15-150 ms here (``Q_APPEND`` about 150 ms,
``Q_CREATE_SESSION`` about 55 ms, measured with ``CYPHER replan=force EXPLAIN``), which was the
whole-phase stall in ``session.start``, turn and resume tails (docs/performance.md).

The statements the server runs while people play each start from a unique or indexed lookup
of one node (an id, a session id, a username key), so their best plan does not depend on how
much data there is; replanning them only costs time. ``CYPHER replan=skip`` keeps a cached plan
whatever the statistics say (a plan is still made after a restart, a cache eviction or a schema
change). ``tests/store/test_neo4j_plans.py`` EXPLAINs every statement that starts with
:data:`PLAN_ONCE` on an empty database, the state whose statistics could mislead a planner
most, and fails if any plan scans a label, a relationship type or a whole index.

Statements that list everything of a kind (accounts, worlds, audit entries) scan by nature and
keep Neo4j's default replanning.
"""

from __future__ import annotations

from typing import LiteralString

__all__ = ["PLAN_ONCE"]

PLAN_ONCE: LiteralString = "CYPHER replan=skip\n"
