"""Benchmark: laying out the life-charts with many items (the target: under 100 ms, 2,000 items).

Run:  python -m tests.benchmarks.bench_life_charts [--runs N] [--items N]
Each chart is laid out for a page and for the screen. Wall time and processor time are both
reported (on a busy machine the processor time is the steadier figure), with the load average.
Every run uses some words never measured before (so cached text widths flatter the number only
as they would in use); the first run in the process also pays for loading the font. Numbers are read by people, not
asserted (tests/test_benchmarks_run.py only checks that this still runs).
"""

import argparse
import json
import os
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
    from planner.charts.lettering import PRINT, for_screen

    charts = {"life_story": life_story.layout, "people_places": people_map.layout, "week": week.layout}
    # A page (A4, the sizes as designed) and the screen (a 620 x 560 pixel pane, 13 px text,
    # which the chart grows from to keep its words whole).
    letterings = {"page": ((842.0, 595.0), PRINT), "screen": ((620.0, 560.0), for_screen(13))}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 minute) at the start: {load:.2f}")
    result = {"load_average": round(load, 2)}
    for key, layout in charts.items():
        for where, (size, lettering) in letterings.items():
            wall, cpu = [], []
            for run in range(args.runs):
                data = _data(key, args.items, run)
                start, start_cpu = time.perf_counter(), time.process_time()
                layout(data, *size, lettering)
                cpu.append((time.process_time() - start_cpu) * 1000)
                wall.append((time.perf_counter() - start) * 1000)
            name = key if where == "page" else f"{key}_screen"
            result[name] = {"first_ms": round(wall[0], 1), "median_ms": round(statistics.median(wall), 1),
                            "max_ms": round(max(wall), 1), "median_cpu_ms": round(statistics.median(cpu), 1)}
            print(f"{key:14} {where:6} {args.items} items: first {wall[0]:6.1f} ms, median {statistics.median(wall):6.1f} "
                  f"ms wall ({statistics.median(cpu):6.1f} ms of processor time), slowest {max(wall):6.1f} ms")
    return result


if __name__ == "__main__":
    main()
