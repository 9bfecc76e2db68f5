#!/usr/bin/env python3
"""Writes the seed corpus of the `check` target: every (rule file, article)
pair the tests check, encoded as the target reads its input.

    fuzz/seed-check.py

The target takes `(&str, &str, u8)` (rule file, article, format) from the
`arbitrary` crate, which reads each string's length from the end of the
input and the strings from its start; this script writes the inverse, so
that a seed decodes to the very files it was made from:

    rule file | article | format | article's length | rule file's length

where a length is big-endian in 1, 2 or 4 bytes as the bytes left at that
point require (up to 256, up to 65,537, beyond). The seeds land in
fuzz/seeds/check/, named after the rule file and the article; run it again when the pairs
below or the files change.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "fuzz", "seeds", "check")

# The format byte picks the article's name in the target: a.txt, a.md, a.html.
TXT, MD, HTML = 0, 1, 2

META = "rules/meta-open-source.yaml"
PAIRS = [
    (META, "seeds/000_14149c73c92afe75.txt", TXT),
    (META, "seeds/001_d76ada1ce304338e.txt", TXT),
    (META, "seeds/002_7613640e13736083.txt", TXT),
    (META, "seeds/003_c9fdb59b06ae3489.txt", TXT),
    (META, "seeds/004_00c9fd485b036d3e.txt", TXT),
    (META, "tests/fixtures/mutation/meta-brief.md", MD),
    ("tests/fixtures/mutation/merger.yaml", "tests/fixtures/mutation/merger.txt", TXT),
    ("tests/fixtures/newsroom/rules/merger.yaml",
     "tests/fixtures/newsroom/articles/business/merger.md", MD),
    ("tests/fixtures/newsroom/rules/transfer.yaml",
     "tests/fixtures/newsroom/articles/sport/signing.md", MD),
    ("tests/rules/transfer.yaml", "tests/fixtures/newsroom/articles/sport/signing.md", MD),
    ("tests/fixtures/newsroom/rules/ruling.yaml",
     "tests/fixtures/newsroom/articles/courts/ruling.txt", TXT),
    ("tests/fixtures/newsroom/rules/merger.yaml", "fuzz/seeds/document/page.html", HTML),
    ("tests/fixtures/cli/rules/merger.yaml", "tests/fixtures/cli/articles/clean.txt", TXT),
    ("tests/fixtures/cli/rules/merger.yaml", "tests/fixtures/cli/articles/anonymous.txt", TXT),
    ("tests/fixtures/cli/rules/merger.yaml", "tests/fixtures/cli/articles/misspelled.txt", TXT),
    ("tests/fixtures/cli/rules/lenient.yaml", "tests/fixtures/cli/articles/misspelled.txt", TXT),
]


def width(left):
    """How many bytes `arbitrary` splits off the end for a length when
    `left` bytes remain."""
    if left <= 256:
        return 1
    if left <= 65537:
        return 2
    return 4


def with_length(data, value):
    """`data` and, after it, the bytes that make `arbitrary` read `value` as
    the length of the next string when all of these are left."""
    k = next(k for k in (1, 2, 4) if width(len(data) + k) == k)
    top = len(data)
    assert 0 <= value <= top
    # It reads as many of the k bytes as `top` needs, big-endian, and takes
    # the number modulo top + 1; a `top` of 0 reads none.
    used = (top.bit_length() + 7) // 8
    return data + value.to_bytes(used, "big") + bytes(k - used)


def encode(rules, article, form):
    # The article's length is read with the article, the format and itself
    # left; the rule file's with everything.
    tail = with_length(article + bytes([form]), len(article))
    return with_length(rules + tail, len(rules))


def slug(path):
    """A file name for a rule file's path: tests/fixtures/cli/rules/merger.yaml
    becomes cli-rules-merger."""
    stem = os.path.splitext(path)[0]
    for prefix in ("tests/fixtures/", "tests/"):
        stem = stem.removeprefix(prefix)
    return stem.replace("/", "-")


def main():
    if len(sys.argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    os.makedirs(OUT, exist_ok=True)
    for rules, article, form in PAIRS:
        with open(os.path.join(ROOT, rules), "rb") as f:
            r = f.read()
        with open(os.path.join(ROOT, article), "rb") as f:
            a = f.read()
        name = f"{slug(rules)}+{os.path.basename(article)}"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(encode(r, a, form))
        print(f"fuzz/seeds/check/{name}")


if __name__ == "__main__":
    main()
