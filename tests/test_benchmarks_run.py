"""The benchmarks still run (their numbers are read by people, not asserted: no flaky timings)."""

from tests.benchmarks import bench_startup


def test_startup_benchmark_runs():
    result = bench_startup.main(["--runs", "1"])
    assert result["bare_ms"] > 0 and result["small_steps_ms"] > 0


def test_export_benchmark_runs():
    from tests.benchmarks import bench_exports

    result = bench_exports.main(["--sizes", "1,example", "--runs", "1"])
    row = result["rows"]["1"]
    assert row["pages"] > 1 and row["ratio"] > 0 and row["command_ratio"] > 0
    assert 1 < result["rows"]["example"]["pages"] < row["pages"]  # its own sharing leaves things out
    assert row["python_peak_mib"] > 0 and row["command_peak_mib"] > row["reference_python_peak_mib"]
    assert result["poster_300dpi_s"] > 0


def test_life_charts_benchmark_runs():
    from tests.benchmarks import bench_life_charts

    result = bench_life_charts.main(["--runs", "1", "--items", "20"])
    assert result["life_story"]["first_ms"] > 0


def test_caseload_benchmark_runs():
    """Small, so it stays quick: the benchmark itself must keep working as the parts change."""
    from tests.benchmarks import bench_caseload

    result = bench_caseload.main(["--people", "200", "--runs", "1"])
    assert result["sqlite"]["open_ms_median"] > 0 and result["reference"]["keystroke_ms"] > 0
    assert result["sqlite"]["keystroke_counted_ms_median"] >= result["sqlite"]["keystroke_ms_median"] > 0


def test_pages_benchmark_runs():
    """Every part of the plan shown in the real window (the example plan: small and quick)."""
    from tests.benchmarks import bench_pages

    result = bench_pages.main(["--sizes", "1", "--runs", "1"])
    rows = result["1"]
    assert len(rows) == 12 and all(row["first_ms"] > 0 and row["again_ms"] for row in rows.values())


def test_caseload_benchmark_runs_on_postgresql_too(postgres_server):
    """The PostgreSQL half of the caseload benchmark (its own throwaway server), kept tiny."""
    from tests.benchmarks import bench_caseload

    result = bench_caseload.main(["--people", "120", "--runs", "1", "--postgresql"])
    assert result["postgresql"]["open_ms_median"] > 0 and result["postgresql"]["keystroke_ratio"] > 0
