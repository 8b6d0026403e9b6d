"""TTA's benchmarks, kept out of the runtime packages: the load benchmark (:mod:`tta_bench.load`,
also ``tta-admin bench``), the safety-alert benchmark (:mod:`tta_bench.alerts`) and the others
beside them. The terminal client's start-up is measured by :mod:`tta_tui.startup_bench` (its
tests use the same pseudo-terminal). docs/performance.md has the figures and how to reproduce
them."""
