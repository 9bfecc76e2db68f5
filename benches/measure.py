#!/usr/bin/env python3
"""Runs each benchmark command a few times in one session and prints (and
writes) a table of wall time, MB/s, peak RSS and ratios to `cat` of the
same bytes, so that figures from a noisy machine stay comparable.

    benches/measure.py CONFIG.json OUT.md
CONFIG: {"corpus_bytes": N, "runs": [{"name", "cmd", "bytes", "baseline"?}], "notes": [...]}
"""

import json
import os
import subprocess
import sys
import time


def run_once(cmd, env):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime, status


def main():
    config = json.load(open(sys.argv[1]))
    out_path = sys.argv[2]
    repeat = int(config.get("repeat", 3))
    rows = []
    base = None
    for run in config["runs"]:
        env = dict(os.environ, **run.get("env", {}))
        results = [run_once(run["cmd"], env) for _ in range(run.get("repeat", repeat))]
        wall = min(r[0] for r in results)
        rss = max(r[1] for r in results)
        cpu = min(r[2] for r in results)
        mbs = run["bytes"] / wall / 1e6 if wall > 0 else float("inf")
        if run.get("baseline"):
            base = mbs
        rows.append((run["name"], run["bytes"], wall, cpu, mbs, rss, run.get("per_core", 1), base))
        print(f"{run['name']}: {wall:.3f} s", file=sys.stderr)
    lines = [
        "| run | MB | wall (s) | CPU (s) | MB/s | MB/s per core | peak RSS (MB) | slower than cat |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, nbytes, wall, cpu, mbs, rss, cores, base in rows:
        # Throughput of `cat` on the same bytes (the last baseline above)
        # divided by this run's.
        ratio = f"{base / mbs:.1f}×" if base and mbs else "–"
        lines.append(
            f"| {name} | {nbytes / 1e6:.1f} | {wall:.3f} | {cpu:.3f} | {mbs:.1f} | "
            f"{mbs / cores:.1f} | {rss / 1e6:.1f} | {ratio} |"
        )
    table = "\n".join(lines)
    print(table)
    # The hand-written analysis below the table survives a rerun.
    kept = ""
    if os.path.exists(out_path):
        old = open(out_path).read()
        at = old.find("\n## Analysis")
        kept = old[at:] if at >= 0 else ""
    with open(out_path, "w") as f:
        f.write(config.get("header", "") + "\n" + table + "\n\n" + "\n".join(config.get("notes", [])) + "\n" + kept)


if __name__ == "__main__":
    main()
