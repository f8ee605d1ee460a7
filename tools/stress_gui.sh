#!/bin/bash
# The GUI suite again and again under a busy loop on every core, as issue 12 asks; stops at
# the first failure and prints one line per run.
#
#     tools/stress_gui.sh [RUNS]        (default 50; run from a checkout after dev.py test)
#
# Do not rebuild translations while it runs: a QTranslator memory-maps its .qm file.
set -u
cd "$(dirname "$0")/.."
runs=${1:-50}
loops=()
for _ in $(seq "$(nproc)"); do
  yes > /dev/null &
  loops+=($!)
done
trap 'kill "${loops[@]}" 2>/dev/null' EXIT
for i in $(seq "$runs"); do
  start=$(date +%s)
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/gui -q -p no:randomly \
    -p no:cacheprovider > "/tmp/stress-gui-$i.log" 2>&1
  rc=$?
  echo "run $i of $runs: rc $rc, $(( $(date +%s) - start )) s, $(tail -1 "/tmp/stress-gui-$i.log")"
  [ "$rc" -ne 0 ] && exit "$rc"
done
echo "$runs runs in a row without a failure"
