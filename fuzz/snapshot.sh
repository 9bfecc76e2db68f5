#!/usr/bin/env bash
# Packs what the fuzz runs have reached into fuzz/corpus.tar.gz, so that
# the next run (a developer's, or the short one of every .ci/run on a fresh
# clone) starts from there instead of from the seeds. Coverage that took
# hours to reach is otherwise lost with the machine it was reached on.
#
#     fuzz/snapshot.sh [target...]
#
# Each named target's corpus in fuzz/corpus/<target>/ (every target with
# one, when none is named) is first minimised in place with `cargo fuzz
# cmin`, counting edges alone (`-use_counters=0`): a small set of inputs
# that reaches every edge the corpus reaches. libFuzzer's default also keeps
# an input for each new hit count of an edge: about four times as many, whose
# replay (every .ci/run's) took 90 to 110 s for `check` and `rules`
# against 16 and 5 s now; the long runs find such inputs again. Then
# every corpus under fuzz/corpus/ is packed, in name order and without
# owners or timestamps, so that the same inputs always pack to the same
# bytes. libFuzzer names each input by the SHA-1 of its bytes, so unpacking
# a snapshot over a corpus adds to it and never clobbers anything:
#
#     mkdir -p fuzz/corpus && tar -xzf fuzz/corpus.tar.gz -C fuzz/corpus
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d fuzz/corpus ]; then
  echo "fuzz/snapshot.sh: no fuzz/corpus/ to pack: run a fuzz target first (FUZZING.md)" >&2
  exit 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in fuzz/corpus/*/; do
    targets+=("$(basename "$dir")")
  done
fi
log=$(mktemp)
trap 'rm -f "$log" fuzz/corpus.tar.gz.new' EXIT
for target in "${targets[@]}"; do
  if [ ! -f "fuzz/fuzz_targets/$target.rs" ]; then
    echo "fuzz/snapshot.sh: \`$target\` is not a fuzz target (see fuzz/fuzz_targets/)" >&2
    exit 2
  fi
  before=$(find "fuzz/corpus/$target" -type f | wc -l)
  # The build of the long runs (FUZZING.md): overflow checks on, the
  # address sanitizer off.
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz cmin -O -a --sanitizer none \
    --target-dir "${CLAIMLINT_FUZZ_TARGET_DIR:-$PWD/target/fuzz-nosan}" \
    "$target" "fuzz/corpus/$target" -- -rss_limit_mb=2048 -use_counters=0 >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "fuzz/snapshot.sh: minimising the \`$target\` corpus failed (above); nothing was packed" >&2
    exit 1
  fi
  after=$(find "fuzz/corpus/$target" -type f | wc -l)
  echo "$target: $before inputs, $after after minimising"
done

dirs=()
for dir in fuzz/corpus/*/; do
  dirs+=("$(basename "$dir")")
done
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
  -C fuzz/corpus -cf - "${dirs[@]}" | gzip -9n >fuzz/corpus.tar.gz.new
mv fuzz/corpus.tar.gz.new fuzz/corpus.tar.gz
echo "fuzz/corpus.tar.gz: $(du -k fuzz/corpus.tar.gz | cut -f1) KB (${dirs[*]})"
