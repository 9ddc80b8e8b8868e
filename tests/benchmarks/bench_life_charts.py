"""Benchmark: laying out the life-charts with many items (the target: 200 moments under 100 ms).

Run:  python -m tests.benchmarks.bench_life_charts [--runs N] [--items N]
Every run uses words never measured before (so no cached text widths flatter the number); the
first run in the process also pays for loading the font. Numbers are read by people, not
asserted (tests/test_benchmarks_run.py only checks that this still runs).
"""

import argparse
import json
import statistics
import time


def _data(key: str, count: int, run: int) -> dict:
    from planner.services import plan_files

    data = json.loads(json.dumps(plan_files.example_document().data))
    base = data["plan"][key]
    field = "name" if key == "people_places" else "title"
    data["plan"][key] = [
        dict(base[i % len(base)], **{field: f"{base[i % len(base)][field]} r{run} n{i}"}) for i in range(count)
    ]
    return data


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--items", type=int, default=200)
    args = parser.parse_args(argv)
    from planner.charts import life_story, people_map, week

    charts = {"life_story": life_story.layout, "people_places": people_map.layout, "week": week.layout}
    result = {}
    for key, layout in charts.items():
        times = []
        for run in range(args.runs):
            data = _data(key, args.items, run)
            start = time.perf_counter()
            layout(data)
            times.append((time.perf_counter() - start) * 1000)
        result[key] = {"first_ms": round(times[0], 1), "median_ms": round(statistics.median(times), 1),
                       "max_ms": round(max(times), 1)}
        print(f"{key:14} {args.items} items: first {times[0]:6.1f} ms, median {statistics.median(times):6.1f} ms, "
              f"slowest {max(times):6.1f} ms")
    return result


if __name__ == "__main__":
    main()
