#!/usr/bin/env python3
"""Deterministic corpus for claimlint's benchmarks.

Recombines sentences of the seed articles with news sentences of other
stories (a court ruling, a transfer, a drug trial, a merger), varying names,
dates and figures and injecting the errors claimlint looks for, into
articles of about 5 KB each, until the corpus reaches the requested size.

    benches/generate.py OUT_DIR --mb 50 [--single]   # --single: one big file
    benches/generate.py OUT_DIR --names 5000          # a rule file of 5,000 more names
"""

import argparse
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent

OWN = [
    "The appeals court upheld the ruling on Tuesday, the clerk said.",
    "Judge Maria Okonkwo wrote that the contract was void from the start.",
    "The club confirmed the transfer of Kofi Mensah-Boateng for a fee of €45 million.",
    "Shares of Northwind Pharmaceuticals rose 4.2% in early trading.",
    "The trial enrolled 1,240 patients across 38 hospitals, the company said.",
    "Regulators are expected to rule on the merger by the end of the year.",
    "According to Reuters, the board met twice before the vote.",
    "Analysts suggest the deal could close early, though nothing is certain.",
    "Dr. Amara Okafor, the chief medical officer, presented the data in Chicago.",
    "The stadium, built in 1998, holds 42,000 fans.",
]

# (right, wrong) variants the generator swaps in.
VARIANTS = [
    ("Alexandr Wang", "Alexander Wang"),
    ("Llama 4", "LLaMA 4"),
    ("Scale AI", "ScaleAI"),
    ("Meta Superintelligence Labs", "Meta Super Intelligence Labs"),
    ("3.96 billion monthly users", "3.9 billion monthly users"),
    ("April 6, 2026", "April 7, 2026"),
]

EXTRA = [
    "Meta announced the plan on April 6, 2026, according to Gizmodo.",
    "Meta's apps reach 3.96 billion monthly users, the company said.",
    "Alexandr Wang, who leads Meta Superintelligence Labs, said Llama 4 would stay open.",
    "Some of the largest models will remain proprietary, Wang said.",
    "Scale AI founder Alexandr Wang joined Meta in 2025.",
]


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+", text)
    return [p.strip() for p in parts if len(p.strip()) > 20]


def big_rules(out, n, rng):
    """The seed rule file with `n` more names, each with an alias: what a
    newsroom's style list of people and organizations grows to."""
    first = ["Amara", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta",
             "Hiro", "Ines", "Jonas", "Kofi", "Lucia", "Mateo", "Nadia"]
    seed = (ROOT / "rules" / "meta-open-source.yaml").read_text(encoding="utf-8")
    lines = []
    for line in seed.splitlines():
        lines.append(line)
        if line == "names:":
            for i in range(n):
                surname = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7))
                name = f"{first[i % len(first)]} {surname.capitalize()}{i}"
                lines.append(f"  - name: {name}")
                lines.append(f"    aliases: [{surname.capitalize()}{i} Group]")
    out.mkdir(parents=True, exist_ok=True)
    path = out / "rules.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{n} names in {path}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--single", action="store_true")
    ap.add_argument("--seed", type=int, default=20260406)
    ap.add_argument("--names", type=int)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if args.names is not None:
        big_rules(pathlib.Path(args.out), args.names, rng)
        return
    bank = []
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        bank += sentences(seed.read_text(encoding="utf-8"))
    bank += OWN * 3 + EXTRA * 3
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    written = 0
    n = 0
    big = open(out / "archive.txt", "w", encoding="utf-8") if args.single else None
    while written < target:
        paras = []
        size = 0
        while size < 5000:
            para = []
            for _ in range(rng.randint(2, 5)):
                s = rng.choice(bank)
                right, wrong = rng.choice(VARIANTS)
                if rng.random() < 0.05:
                    s = s.replace(right, wrong)
                para.append(s)
            text = " ".join(para)
            paras.append(text)
            size += len(text.encode("utf-8")) + 2
        article = "Date: April 6, 2026\n\n" + "\n\n".join(paras) + "\n"
        if big:
            big.write(article + "\n")
        else:
            sub = out / f"{n // 1000:03d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{n:06d}.txt").write_text(article, encoding="utf-8")
        written += len(article.encode("utf-8"))
        n += 1
    if big:
        big.close()
    print(f"{n} articles, {written / 1024 / 1024:.1f} MB in {out}")


if __name__ == "__main__":
    main()
