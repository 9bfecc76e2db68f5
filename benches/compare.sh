#!/usr/bin/env bash
# claimlint against the reading floor and its peers, in one run.
#
# Generates a deterministic corpus (benches/generate.py), then measures, side
# by side: `cat` of the same bytes, `claimlint check` on one thread and on
# all cores, one 5 KB article (process time, startup included) with the
# seed rule file and with 5,000 more names in it, one 200 MB file, and two
# peers installed here: textlint with textlint-rule-prh (a prh dictionary of
# the same canonical names and misspellings) and proselint.
# Writes the table to BENCHMARKS.md.
#
#   benches/compare.sh [MB]      # default 50
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-50}"
work="target/bench"
corpus="$work/corpus"
mkdir -p "$work"

cargo build --release --quiet
bin="$PWD/target/release/claimlint"
rules="rules/meta-open-source.yaml"

[ -d "$corpus" ] || python3 benches/generate.py "$corpus" --mb "$MB" >/dev/null
[ -f "$work/big/archive.txt" ] || python3 benches/generate.py "$work/big" --mb 200 --single >/dev/null
# The seed rule file grown by 5,000 names with an alias each: the load.
[ -f "$work/names/rules.yaml" ] || python3 benches/generate.py "$work/names" --names 5000 >/dev/null
one="$(find "$corpus" -name '*.txt' | sort | awk 'NR==1')"
bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
one_bytes=$(stat -c %s "$one")
big_bytes=$(stat -c %s "$work/big/archive.txt")
cores=$(nproc)

# Peers, installed into target/bench (npm and PyPI).
if [ ! -x "$work/node/node_modules/.bin/textlint" ]; then
  npm install --silent --no-audit --no-fund --prefix "$work/node" textlint textlint-rule-prh >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check proselint >/dev/null 2>&1 || true
cat > "$work/prh.yml" <<'YAML'
version: 1
rules:
  - expected: Alexandr Wang
    patterns: [Alexander Wang]
  - expected: Llama 4
    patterns: [LLaMA 4, /Llama-4/, Llama4]
  - expected: Scale AI
    patterns: [ScaleAI, Scale.AI]
  - expected: Meta Superintelligence Labs
    patterns: [Meta Super Intelligence Labs, Meta Superintelligance Labs]
YAML
printf '{"rules": {"prh": {"rulePaths": ["%s/prh.yml"]}}}\n' "$PWD/$work" > "$work/.textlintrc.json"
# The peers are far slower: they get a 1 MB slice, and MB/s makes it comparable.
slice="$work/slice"
if [ ! -d "$slice" ]; then
  mkdir -p "$slice"
  find "$corpus" -name '*.txt' | sort | awk 'NR<=200' | xargs cp -t "$slice"
fi
slice_bytes=$(du -cb "$slice"/*.txt | tail -1 | cut -f1)

cat > "$work/config.json" <<JSON
{
  "header": "# Benchmarks\n\nMachine: $cores cores, $(uname -m), $(date -u +%Y-%m-%d). Rerun with \`benches/compare.sh\`. Times are the best of three runs, RSS the peak; ratios are to \`cat\` of the same corpus, measured in the same run.\n",
  "runs": [
    {"name": "cat (reading floor)", "cmd": "find $corpus -name '*.txt' -print0 | xargs -0 cat > /dev/null", "bytes": $bytes, "baseline": true},
    {"name": "claimlint check, 1 thread", "cmd": "$bin check $corpus --rules $rules --format short --fail-on never", "bytes": $bytes, "env": {"RAYON_NUM_THREADS": "1"}},
    {"name": "claimlint check, $cores threads", "cmd": "$bin check $corpus --rules $rules --format short --fail-on never", "bytes": $bytes, "per_core": $cores},
    {"name": "cat, one 5 KB article", "cmd": "cat $one > /dev/null", "bytes": $one_bytes, "repeat": 20, "baseline": true},
    {"name": "claimlint check, one 5 KB article", "cmd": "$bin check $one --rules $rules --format short --fail-on never", "bytes": $one_bytes, "repeat": 20},
    {"name": "claimlint check, one 5 KB article, 5,000 more names", "cmd": "$bin check $one --rules $work/names/rules.yaml --format short --fail-on never", "bytes": $one_bytes, "repeat": 20},
    {"name": "cat, one 200 MB file", "cmd": "cat $work/big/archive.txt > /dev/null", "bytes": $big_bytes, "baseline": true},
    {"name": "claimlint check, one 200 MB file", "cmd": "$bin check $work/big/archive.txt --rules $rules --format short --fail-on never", "bytes": $big_bytes, "repeat": 1, "per_core": $cores},
    {"name": "cat, 1 MB slice", "cmd": "cat $slice/*.txt > /dev/null", "bytes": $slice_bytes, "baseline": true},
    {"name": "claimlint check, 1 MB slice, 1 thread", "cmd": "$bin check $slice --rules $rules --format short --fail-on never", "bytes": $slice_bytes, "env": {"RAYON_NUM_THREADS": "1"}},
    {"name": "textlint + prh, 1 MB slice", "cmd": "cd $work && node_modules_bin=node/node_modules/.bin; \$node_modules_bin/textlint --config .textlintrc.json slice/ > /dev/null; true", "bytes": $slice_bytes, "repeat": 1},
    {"name": "proselint, 1 MB slice", "cmd": "python3 -m proselint check $slice/*.txt > /dev/null; true", "bytes": $slice_bytes, "repeat": 1}
  ],
  "notes": ["The peers check less than claimlint does (textlint-rule-prh: the same names and misspellings as a replacement dictionary; proselint: its own style rules), so their rows say what a lint pass over the same bytes costs, not that the outputs match."]
}
JSON
python3 benches/measure.py "$work/config.json" BENCHMARKS.md
