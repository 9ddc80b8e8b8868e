"""The benchmarks still run (their numbers are read by people, not asserted: no flaky timings)."""

from tests.benchmarks import bench_startup


def test_startup_benchmark_runs():
    result = bench_startup.main(["--runs", "1"])
    assert result["bare_ms"] > 0 and result["small_steps_ms"] > 0


def test_export_benchmark_runs():
    from tests.benchmarks import bench_exports

    result = bench_exports.main()
    assert all(value > 0 for value in result.values())


def test_life_charts_benchmark_runs():
    from tests.benchmarks import bench_life_charts

    result = bench_life_charts.main(["--runs", "1", "--items", "20"])
    assert result["life_story"]["first_ms"] > 0


def test_caseload_benchmark_runs():
    """Small, so it stays quick: the benchmark itself must keep working as the parts change."""
    from tests.benchmarks import bench_caseload

    result = bench_caseload.main(["--people", "200", "--runs", "1"])
    assert result["open_ms_median"] > 0
