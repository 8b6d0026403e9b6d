"""TTA's benchmarks, kept out of the runtime packages: the load benchmark (:mod:`tta_bench.load`,
also ``tta-admin bench``), the safety-alert benchmark (:mod:`tta_bench.alerts`) and the terminal
client's start-up (:mod:`tta_bench.startup`). docs/performance.md has the figures and how to
reproduce them."""
