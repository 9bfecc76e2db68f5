#!/usr/bin/env bash
# Big inputs, with the release binary: a 200 MB article without a newline is
# checked (exit 0 or 1: never a usage error, a crash or an out-of-memory
# kill), and its peak RSS and wall time are printed; a file one byte over the
# article size limit (MAX_ARTICLE_BYTES in src/cli/check.rs) is refused with
# exit 2 and a diagnostic naming the limit. Run by .ci/run.
#
# CLAIMLINT_BIG_MB changes the size of the big article (default 200).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
cargo build --release --locked --quiet --manifest-path "$repo/Cargo.toml"
bin="$CARGO_TARGET_DIR/release/claimlint"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

# Runs "$@" with stdout to out.txt and stderr to err.txt; sets `status`,
# `rss_kb` (peak resident set size) and `wall` (seconds).
measure() {
  if [ -x /usr/bin/time ]; then
    status=0
    /usr/bin/time -v -o time.txt "$@" >out.txt 2>err.txt || status=$?
    rss_kb="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' time.txt)"
    wall="$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.txt)"
  else
    status=0
    python3 - "$@" >time.txt <<'PY' || status=$?
import resource, subprocess, sys, time
start = time.monotonic()
with open("out.txt", "wb") as out, open("err.txt", "wb") as err:
    code = subprocess.call(sys.argv[1:], stdout=out, stderr=err)
wall = time.monotonic() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(rss, f"{wall:.2f}")
sys.exit(code if code >= 0 else 128 - code)
PY
    read -r rss_kb wall <time.txt
  fi
  [ -n "$rss_kb" ] || fail "no peak RSS was reported"
}

cat >rules.yaml <<'YAML'
story: kestrel-season
subject: Kestrel Rovers
names:
  - name: Kestrel Rovers
    aliases: [the club, Rovers]
  - St. Aldric Arena
people:
  - name: Zoë Lindqvist-Okafor
    aliases: [Lindqvist-Okafor]
YAML

# The big article: invented prose without a newline, in blocks of about
# 220 KB, each ending with one misspelled name; every one must be found,
# the last at the very end of the file.
mb="${CLAIMLINT_BIG_MB:-200}"
prose='Kestrel Rovers trained at St. Aldric Arena under grey skies. Zoë Lindqvist-Okafor watched the drills from the stand, and the club kept its plans quiet. Rovers fans sang in the rain while the groundsmen rolled the pitch. '
(
  set +o pipefail
  yes "$prose" | head -n 999 | tr -d '\n'
) >block.txt
printf 'Kestrel Rovrs drew a crowd. ' >>block.txt
blocks=$((mb * 1024 * 1024 / $(wc -c <block.txt)))
for ((i = 0; i < blocks; i++)); do cat block.txt; done >big.txt
[ "$(tr -dc '\n' <big.txt | wc -c)" = 0 ] || fail "big.txt has a newline"
bytes="$(wc -c <big.txt)"

# --format short: the human format would print the whole 200 MB line
# under every finding.
measure "$bin" check --rules rules.yaml --format short --color never big.txt
case "$status" in
  0 | 1) ;;
  *) cat err.txt >&2; fail "claimlint exited $status on a $mb MB article without a newline" ;;
esac
found="$(grep -c 'contradiction/name. `Kestrel Rovrs`' out.txt || true)"
[ "$found" = "$blocks" ] && [ "$(wc -l <out.txt)" = "$blocks" ] \
  || { head -c 2000 out.txt >&2; fail "$found of $blocks misspellings found, $(wc -l <out.txt) findings in all"; }
last_column=$((bytes - $(printf 'Kestrel Rovrs drew a crowd. ' | wc -c) + 1 - blocks * 999))
tail -n 1 out.txt | grep -q "^big.txt:1:$last_column: " \
  || { tail -n 1 out.txt >&2; fail "the last misspelling is not at column $last_column"; }
echo "big-input: $bytes bytes without a newline: exit $status, $found findings, peak RSS $((rss_kb / 1024)) MiB, wall $wall"
rm big.txt

# One byte over the article size limit: refused before it is read. The
# file is sparse, so it takes no room on disk.
limit_expr="$(sed -n 's/^pub const MAX_ARTICLE_BYTES: u64 = \(.*\);$/\1/p' "$repo/src/cli/check.rs")"
[ -n "$limit_expr" ] || fail "MAX_ARTICLE_BYTES not found in src/cli/check.rs"
limit=$((limit_expr))
truncate -s "$((limit + 1))" huge.txt
measure "$bin" check --rules rules.yaml --format short --color never huge.txt
[ "$status" = 2 ] || { cat err.txt >&2; fail "a file over the limit exited $status, not 2"; }
grep -q "limited to $((limit >> 20)) MB" err.txt \
  || { cat err.txt >&2; fail "the diagnostic does not name the limit"; }
echo "big-input: $((limit + 1)) bytes (limit $limit) refused: exit 2, peak RSS $((rss_kb / 1024)) MiB, wall $wall: $(cat err.txt)"
