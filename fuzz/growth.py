#!/usr/bin/env python3
"""Where a fuzz run still finds new edges: in claimlint's code, or in its
dependencies' (the YAML parser, the regex and Aho-Corasick builders, the
diff behind "did you mean").

    fuzz/growth.py TARGET START [STEP_MINUTES]

libFuzzer writes each input that reaches something new into the corpus
when it finds it, so the files' modification times tell what the corpus
held at any moment of a run. For START (epoch seconds, or HH:MM in UTC
today: when the run began) and every STEP_MINUTES after it (30 when not
given) up to now, the corpus as it was then is replayed once by a build
with the address sanitizer, whose runtime names the function and file of
every edge (`-print_coverage=1`); the edges reached are counted by where
their code lives. The build goes to fuzz/target-asan (or
$CLAIMLINT_FUZZ_ASAN_DIR) and is made when missing.

A run has levelled off in claimlint's own code when the last rows add
nothing under "claimlint": what libFuzzer's `cov:` still gains then lies in
the dependencies' code, which the target reaches only through the paths
claimlint's own edges already cover.
"""

import collections
import concurrent.futures
import datetime
import os
import re
import subprocess
import sys
import tempfile
import time

FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(FUZZ)
SOURCE = os.path.join(ROOT, "src") + os.sep
LINE = re.compile(r"(?:UN)?COVERED_FUNC: hits: \d+ edges: (\d+)/(\d+) (.*) (\S+):\d+$")
CRATE = re.compile(r"/registry/src/[^/]+/([^/]+?)-\d[^/]*/")


def fail(message):
    print(f"fuzz/growth.py: {message}", file=sys.stderr)
    sys.exit(2)


def when(text):
    if re.fullmatch(r"\d+", text):
        return int(text)
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match:
        fail(f"`{text}` is not a time: give epoch seconds or HH:MM (UTC, today)")
    today = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
    return int(today.replace(hour=int(match[1]), minute=int(match[2])).timestamp())


def place(path):
    """The part of the code an edge's file belongs to."""
    if path.startswith(SOURCE):
        return "claimlint"
    match = CRATE.search(path)
    if match:
        return match[1]
    return "std and the rest"


def own(where):
    """Whether a key of `replay`'s counts is claimlint's code."""
    return where == "claimlint" or where.startswith("src/")


def replay(binary, files):
    """Edges reached by these inputs, counted by place, and claimlint's own
    also by source file (keyed `src/...`)."""
    # Linked beside the corpus, on its file system.
    with tempfile.TemporaryDirectory(prefix=".growth-", dir=FUZZ) as corpus:
        for file in files:
            os.link(file, os.path.join(corpus, os.path.basename(file)))
        out = subprocess.run(
            [binary, "-runs=0", "-print_coverage=1", "-rss_limit_mb=4096", corpus],
            env=dict(os.environ, ASAN_OPTIONS="detect_leaks=0"),
            capture_output=True,
            text=True,
            errors="replace",
        )
    edges = collections.Counter()
    for line in out.stderr.splitlines() + out.stdout.splitlines():
        match = LINE.match(line.strip())
        if match:
            where = place(match[4])
            edges[where] += int(match[1])
            if where == "claimlint":
                edges["src/" + match[4][len(SOURCE):]] += int(match[1])
    if not edges:
        fail(f"{binary} printed no coverage:\n{out.stderr[-2000:]}")
    return edges


def main():
    if len(sys.argv) not in (3, 4):
        fail("usage: fuzz/growth.py TARGET START [STEP_MINUTES]")
    target, start = sys.argv[1], when(sys.argv[2])
    step = int(sys.argv[3]) * 60 if len(sys.argv) == 4 else 1800
    corpus = os.path.join(FUZZ, "corpus", target)
    if not os.path.isdir(corpus):
        fail(f"no corpus in {corpus}: run the target first (FUZZING.md)")
    build = os.environ.get("CLAIMLINT_FUZZ_ASAN_DIR", os.path.join(FUZZ, "target-asan"))
    binary = os.path.join(build, "x86_64-unknown-linux-gnu", "release", target)
    if not os.path.exists(binary):
        subprocess.run(
            ["cargo", "fuzz", "build", "-O", "--target-dir", build, target],
            cwd=ROOT,
            env=dict(os.environ, RUSTC_BOOTSTRAP="1"),
            check=True,
        )
    files = [os.path.join(corpus, name) for name in os.listdir(corpus)]
    stamps = {file: os.stat(file).st_mtime for file in files}
    now = time.time()
    cuts = list(range(start, int(now), step)) + [int(now)]
    held = [[f for f in files if stamps[f] <= cut] for cut in cuts]
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        counts = list(pool.map(lambda corpus: replay(binary, corpus), held))
    places = sorted({p for c in counts for p in c if not own(p)},
                    key=lambda p: -(counts[-1][p] - counts[0][p]))
    shown = places[:5]
    print(f"{target}: edges reached by the corpus as it was, by where the code lives")
    header = ["time (UTC)", "inputs", "claimlint", "dependencies"] + shown
    print("  ".join(f"{h:>12}" for h in header))
    previous = None
    for cut, corpus, count in zip(cuts, held, counts):
        inputs = len(corpus)
        row = [count["claimlint"], sum(v for p, v in count.items() if not own(p))]
        row += [count[p] for p in shown]
        cells = [datetime.datetime.fromtimestamp(cut, datetime.timezone.utc).strftime("%H:%M"),
                 str(inputs)]
        for i, value in enumerate(row):
            gain = f" {value - previous[i]:+d}" if previous else ""
            cells.append(f"{value}{gain}")
        print("  ".join(f"{c:>12}" for c in cells))
        previous = row
    files = sorted({p for c in counts for p in c if p.startswith("src/")},
                   key=lambda p: -(counts[-1][p] - counts[0][p]))
    gained = [(p, counts[-1][p] - counts[0][p]) for p in files]
    gained = [(p, g) for p, g in gained if g > 0][:8]
    if gained:
        print("claimlint's files with the most new edges, first row to last:")
        for p, g in gained:
            print(f"  {p:<40} {counts[0][p]:>6} {g:+d}")


if __name__ == "__main__":
    main()
