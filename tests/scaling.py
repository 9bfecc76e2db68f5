#!/usr/bin/env python3
"""Hostile shapes of article and rule file must cost time in proportion to
their size: each is checked at two sizes, four times apart, with the release
binary, and the ratio of the CPU times is printed. Linear work gives about
4x; work quadratic in the size gives about 16x, and the script fails above
10x (or when a run takes over a minute). Ratios, not seconds, so a slow or
busy machine does not fail it; the shapes run side by side, one per core,
each timed by its own CPU time. Run by .ci/run; it builds the release
binary first unless given one.

    python3 tests/scaling.py [path/to/claimlint [shape]]

Each shape is a case a review found quadratic once: a sentence of bare
numbers (a copy of the rest of the sentence per number), of figures beside
a declared figure's phrase, of "on Monday" (a scan back for "will" per
date), of leadership statements and titles (a scan for negations per
statement), of capitalized speech verbs (a source phrase read from every
verb), an HTML page of `&` (a search for `;` to the end per `&`), a line of
suppression directives before blank lines, a rule file of names one letter
apart, one of duplicate names (a count of newlines per duplicate), lines
of suppression directives each over a finding (every finding tried against
every directive), disable and enable pairs (every enable looking at every
earlier range), a rule file of thousands of model families (each looked
for among the others), thousands of sources and attributions (every source
tried per attribution) and two articles of one story, one with thousands of
facts of their own (each fact looked for among all the earlier ones),
disables left open by enables of other codes (every enable looking at every
open range), a chain of thousands of comma-grouped digits (read to its end
from every group), a name of thousands of spellings (all filed under
one hash, one probe after another, and every near miss of it compared with
each), findings and exceptions of other texts (every finding tried
against every exception), undeclared models of a family of thousands (each finding naming
every model of the family) and contradictions of the last of thousands of
claim rules (each looking for its rule among them all). The last four
are rule files alone, run with `claimlint test`: thousands of examples
beside thousands of model families, people who lead, titles that share a
first word or exceptions (each example, an article of its own, gathering
the families, the leaders or the exceptions that apply again, or seeking
a title among all those of its first word).
"""

import concurrent.futures
import itertools
import os
import subprocess
import sys
import tempfile
import threading

RULES = """story: tidewater-bridge
subject: Tidewater Council
date: 2026-03-02
sources:
  - Harbour Gazette
leader:
  name: Ines Okonkwo
  aliases: [Okonkwo]
  title: mayor
  of: Tidewater Council
names:
  - Harbour Bridge
numbers:
  - name: daily crossings
    value: 40,000
    match: [daily crossings]
"""

SMALL = 1 << 20
LIMIT = 10.0


def repeat(unit, size, prefix="", suffix="."):
    return prefix + unit * max(1, (size - len(prefix) - len(suffix)) // len(unit)) + suffix


def near_names(size):
    """A rule file of names that share a one-letter deletion, and the fixed
    article that meets them: the rule file grows, the article does not."""
    count = size // 64
    letters = [chr(0x4E00 + i) for i in range(count)]
    names = "".join(f"  - Zqxwvu{c}\n" for c in letters)
    return "story: s\nnames:\n" + names


def models(size):
    """Thousands of model families, each declared once."""
    count = size // 48
    return "story: s\nmodels:\n" + "".join(
        f"  - name: Rook{i} 2\n    family: Rook{i}\n" for i in range(count)
    ) + "  - name: Rook 2\n    family: Rook\n"


def leaders(size):
    """Two articles: one of a leader for every sentence, each a person no
    other sentence names (a fact under a key of its own), and one that
    disagrees with the first."""
    lines = []
    total = 0
    i = 0
    while total < size:
        n, name = i, ""
        for _ in range(5):
            name += chr(ord("a") + n % 26)
            n //= 26
        line = f"Harbour Bridge, led by Dana Q{name}, reopened.\n"
        lines.append(line)
        total += len(line)
        i += 1
    return {"a.txt": "".join(lines), "b.txt": "Harbour Bridge, led by Marta Ruiz, reopened.\n"}


def sources(size):
    """A rule file of thousands of sources; the article grows with it."""
    count = size // 32
    return "story: s\nsources:\n" + "".join(f"  - Source Number{i} Gazette\n" for i in range(count))


def duplicates(size):
    half = size // 2
    return "story: s\n" + "#\n" * (half // 2) + "names:\n  - X\n" + "  - X\n" * (half // 6)


def spellings(size):
    """A name of thousands of spellings that differ only in punctuation
    (one skeleton), filed once each."""
    count = size // 110
    dotted = itertools.islice(itertools.combinations(range(1, 100), 3), count)
    base = "A" + "a" * 99
    aliases = "".join(
        '      - "' + "".join(c + ("." if k in cut else "") for k, c in enumerate(base)) + '"\n' for cut in dotted
    )
    return "story: s\nnames:\n  - name: " + base + "\n    aliases:\n" + aliases


def spelling_article(size):
    """Near misses of that name, and other spellings of it in capitals."""
    lines = []
    total = 0
    i = 0
    while total < size:
        at = 1 + i % 98
        near = "A" + "a" * (at - 1) + "b" + "a" * (99 - at)
        upper = "A" * at + "." + "A" * (100 - at)
        line = f"{near} and {upper} met.\n"
        lines.append(line)
        total += len(line)
        i += 1
    return "".join(lines)


def family(size):
    """Thousands of declared models of one family."""
    count = size // 36
    return "story: s\nmodels:\n" + "".join(f"  - name: Rook {i}\n    family: Rook\n" for i in range(1, count))


def claim_rules(size):
    """Thousands of claim rules before the one an article contradicts (half
    as many as the size allows: more is past the YAML node budget)."""
    count = size // 24
    return "story: s\nclaims:\n" + "".join(f"  - id: c{i}\n" for i in range(count)) + "  - id: z\n    contradicts: [qq]\n"


def directives_of_other_codes(size):
    """Ranges disabled for one code, then enables of another: none closes."""
    half = size // 2
    disable = "<!-- claimlint-disable contradiction/name -->\n"
    enable = "<!-- claimlint-enable contradiction/date -->\n"
    return disable * (half // len(disable)) + enable * (half // len(enable)) + "Harbor Bridge.\n"


def exceptions(size):
    """Thousands of exceptions, each for a text no finding has."""
    line = '  - {path: "**", code: contradiction/name, text: "Harbor Bridg%d"}\n'
    count = size // len(line % 100000)
    return RULES + "exceptions:\n" + "".join(line % i for i in range(count))


def examples(size, key, item, text, expect):
    """A rule file of as many `key` entries as examples, for `claimlint
    test`: each example is an article of its own, so work per article that
    grew with the rule file would cost the rule file's size squared. A
    quarter of the size: more is past the YAML node budget."""
    example = f'  - {{text: "{text}", expect: [{expect}]}}\n'
    count = size // 4 // (len(item(0)) + 5 + len(example))
    return (
        "story: s\nsubject: Tidewater Council\nnames: [Harbour Bridge]\n"
        + f"{key}:\n"
        + "".join(f"  - {item(i)}\n" for i in range(count))
        + "tests:\n"
        + example * count
    )


# (name, file name of the article, article at a size, rule file at a size);
# an article may be several, as {file name: text}.
SHAPES = [
    ("bare numbers", "a.txt", lambda n: repeat("5 ", n), None),
    ("figures by a declared phrase", "a.txt", lambda n: repeat("40,000 daily crossings ", n), None),
    ("weekdays after on", "a.txt", lambda n: repeat("on Monday ", n), None),
    ("leadership statements", "a.txt", lambda n: repeat("led by Ines Okonkwo, ", n), None),
    ("titles", "a.txt", lambda n: repeat("Tidewater Council mayor Ines Okonkwo, ", n), None),
    ("capitalized speech verbs", "a.txt", lambda n: repeat("Said ", n), None),
    ("ampersands in HTML", "a.html", lambda n: repeat("&", n, "<p>", "</p>"), None),
    (
        "directives before blank lines",
        "a.md",
        lambda n: "<!-- claimlint-disable-next-line -->" * (n // 72) + "\n" * (n // 2) + "Reportedly so.\n",
        None,
    ),
    ("names one letter apart", "a.txt", lambda n: repeat("Zqxwvuk ", 1 << 16), lambda n: near_names(n // 8)),
    # A quarter of the size: 4 MB of duplicates is past the YAML node budget.
    ("duplicate names", "a.txt", lambda n: "Harbour Bridge.\n", lambda n: duplicates(n // 4)),
    (
        "directives each over a finding",
        "a.md",
        lambda n: repeat("<!-- claimlint-disable-next-line contradiction/name -->\nHarbor Bridge shut.\n\n", n),
        None,
    ),
    ("disable and enable pairs", "a.md", lambda n: repeat("<!-- claimlint-disable -->\n<!-- claimlint-enable -->\n", n), None),
    ("disables left open by enables", "a.md", directives_of_other_codes, None),
    ("a chain of comma-grouped digits", "a.txt", lambda n: "1" + ",111" * (n // 4) + ".\n", None),
    # Both grow: work per mention that grew with the spellings of its name
    # would cost 16x for 4x.
    ("spellings of one name", "a.txt", lambda n: spelling_article(n // 4), lambda n: spellings(n // 4)),
    # Both grow: each finding named every model of the family.
    ("undeclared models of a large family", "a.txt", lambda n: repeat("Rook 0 shipped. ", n // 4), lambda n: family(n // 4)),
    # Both grow: each contradiction looked for its claim rule among all.
    ("contradictions of the last of many claims", "a.txt", lambda n: repeat("qq.\n", n // 4), lambda n: claim_rules(n // 4)),
    # Both grow: each finding was tried against every exception.
    ("findings and exceptions of other texts", "a.txt", lambda n: repeat("Harbor Bridge shut. ", n // 2), lambda n: exceptions(n // 2)),
    ("models", "a.txt", lambda n: repeat("Rook 5 and Rook 7. ", 1 << 16), lambda n: models(n // 4)),
    ("facts compared across articles", None, leaders, None),
    # Both grow: work per attribution that grew with the rule file would
    # cost 16x for 4x.
    (
        "sources and attributions",
        "a.txt",
        lambda n: repeat("The Daily Gazette reported it, said Number17 Gazette. ", n // 4),
        lambda n: sources(n // 4),
    ),
]


# (name, rule file at a size): checked with `claimlint test`.
TEST_SHAPES = [
    (
        "examples and model families",
        lambda n: examples(n, "models", lambda i: f"{{name: Rook{i} 1, family: Rook{i}}}", "Rook0 5 shipped.", "unsupported/model"),
    ),
    (
        "examples and people who lead",
        lambda n: examples(n, "people", lambda i: f"{{name: Ada Person{i}, title: CEO, of: Org{i}}}", "Tidewater Council, led by Ada Person0, voted.", ""),
    ),
    (
        "examples and titles of one first word",
        lambda n: examples(
            n,
            "people",
            lambda i: f"{{name: Ada Person{i}, title: chief x{i} officer, of: Org{i}}}",
            "Tidewater Council chief executive Ada Person0 spoke.",
            "contradiction/title",
        ),
    ),
    (
        "examples and exceptions",
        lambda n: examples(n, "exceptions", lambda i: f'{{path: "x{i}/**", code: contradiction/name}}', "Harbor Bridge shut.", "contradiction/name"),
    ),
]


def cpu_seconds(cmd, cwd):
    """The CPU time of one run of `cmd`, its own (shapes are measured side
    by side), or None past a minute."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    late = threading.Event()

    def stop():
        late.set()
        proc.kill()

    timer = threading.Timer(60, stop)
    timer.start()
    try:
        # wait4 rather than Popen.wait: it gives this child's own usage.
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if late.is_set():
        return None
    return usage.ru_utime + usage.ru_stime


def best_of_three(cmd, cwd):
    # The best of three runs: a busy machine slows one, rarely all.
    runs = [cpu_seconds(cmd, cwd) for _ in range(3)]
    return None if None in runs else max(min(runs), 0.01)


def measure(binary, files, args):
    """The times of one shape at both sizes: `files(size)` gives the files
    to write (path to text), `args` claimlint's arguments beside them."""
    times = []
    with tempfile.TemporaryDirectory() as work:
        for size in (SMALL, 4 * SMALL):
            for path, text in files(size).items():
                with open(os.path.join(work, path), "w", encoding="utf-8") as f:
                    f.write(text)
            times.append(best_of_three([binary, *args], work))
    return times


def check_job(binary, file, article, rules):
    """`claimlint check` on a shape's articles, beside its rule file."""

    def files(size):
        texts = article(size)
        texts = texts if isinstance(texts, dict) else {file: texts}
        return {**texts, "rules.yaml": rules(size) if rules else RULES}

    # The articles' names are the same at every size.
    names = [path for path in files(1) if path != "rules.yaml"]
    return binary, files, ["check", *names, "--rules", "rules.yaml", "--format", "short", "--fail-on", "never"]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    if len(sys.argv) > 1:
        binary = sys.argv[1]
    else:
        subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=root, check=True)
        binary = os.path.join(target, "release", "claimlint")
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    jobs = [(name, check_job(binary, file, article, rules)) for name, file, article, rules in SHAPES]
    jobs += [(name, (binary, lambda size, rules=rules: {"rules.yaml": rules(size)}, ["test", "rules.yaml"]))
             for name, rules in TEST_SHAPES]
    jobs = [job for job in jobs if only in job[0]]
    # One shape per core, each in its own directory; each run's CPU time is
    # its own, so shapes side by side do not add to each other's.
    failed = []
    print(f"{'shape':<42} {'1 MB':>8} {'4 MB':>8} {'ratio':>6}")
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        results = [pool.submit(measure, *job) for _, job in jobs]
        for (name, _), result in zip(jobs, results):
            report(name, result.result(), failed)
    if failed:
        print(f"FAIL: more than {LIMIT:.0f}x the time for 4x the size: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


def report(name, times, failed):
    """Prints a shape's times and ratio; adds it to `failed` if too slow."""
    small, large = times
    if small is None or large is None:
        print(f"{name:<42} {'—':>8} {'—':>8}  over a minute")
        failed.append(name)
        return
    ratio = large / small
    print(f"{name:<42} {small:>7.2f}s {large:>7.2f}s {ratio:>5.1f}x")
    if ratio > LIMIT:
        failed.append(name)


if __name__ == "__main__":
    main()
