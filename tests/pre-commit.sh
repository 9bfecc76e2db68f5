#!/usr/bin/env bash
# claimlint as a real pre-commit hook: a throwaway repository of articles
# points pre-commit at this repository; a commit with a contradiction is
# rejected and a clean one accepted. Run by .ci/run (needs `pre-commit`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rev="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
# Reuse the compiled dependencies of this checkout.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"

cd "$work"
git init -q newsroom
cd newsroom
git config user.email desk@example.com
git config user.name Desk
git config commit.gpgsign false
mkdir rules
cat > rules/transfer.yaml <<'YAML'
story: valdora-transfer
subject: Real Valdora
names:
  - Real Valdora
  - name: Kofi Mensah-Boateng
    aliases: [Mensah-Boateng]
YAML
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: claimlint
YAML
git add . && git commit -qm "Rules for the transfer story"
pre-commit install >/dev/null

echo "Real Valdora signed Kofi Mensah-Boatng on Friday." > wrong.txt
git add wrong.txt
if git commit -qm "A misspelled name" >"$work/wrong.log" 2>&1; then
  cat "$work/wrong.log"
  echo "FAIL: pre-commit accepted an article with a misspelled name" >&2
  exit 1
fi
grep -q "contradiction/name" "$work/wrong.log" || { cat "$work/wrong.log"; echo "FAIL: no contradiction/name in the hook's output" >&2; exit 1; }
git rm -q --cached wrong.txt

echo "Real Valdora signed Kofi Mensah-Boateng on Friday." > right.txt
git add right.txt
if ! git commit -qm "A clean article" >"$work/right.log" 2>&1; then
  cat "$work/right.log"
  echo "FAIL: pre-commit rejected a clean article" >&2
  exit 1
fi
echo "pre-commit: a contradiction rejected, a clean article accepted"
