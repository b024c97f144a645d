#!/usr/bin/env bash
# Scale benchmark: makes a corpus of N documents from a folder of .txt articles (copies with
# distinct names and bytes, in a temporary folder outside the repository), builds it into a fresh
# store and prints documents/s, quads, store size and peak resident memory; with --queries, also
# serves the store and times every catalogue query over HTTP (no parameters, warm, 3 runs each).
#
# usage: src/test/bench/scale.sh N [SOURCE_DIR] [--queries] [--keep] [--file-mode direct]
#   default SOURCE_DIR: ../shared/eval/polnear-train/text (840 articles)
#   --keep: leave the temporary folder (corpus, store, logs) in place and print its path
#   --file-mode MODE: mixed (the default, as build's), mapped or direct (resident memory flat; see README, The store)
# needs: GNU time (/usr/bin/time), curl for --queries
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
n=${1:?usage: scale.sh N [SOURCE_DIR] [--queries]}
src=${2:-$here/../shared/eval/polnear-train/text}
queries=false
keep=false
mode=mixed
prev=
for a in "$@"; do
  [ "$a" = "--queries" ] && queries=true
  [ "$a" = "--keep" ] && keep=true
  [ "$prev" = "--file-mode" ] && mode=$a
  prev=$a
done
case "$src" in --*) src=$here/../shared/eval/polnear-train/text ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-scale.XXXXXX")
if $keep; then
  trap 'echo "kept: $work (store: $work/store)"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/corpus"
mapfile -t files < <(find "$src" -name '*.txt' -type f | sort)
[ ${#files[@]} -gt 0 ] || { echo "scale.sh: $src holds no .txt file" >&2; exit 1; }
# copy k of a file gets k trailing newlines: other bytes, so another document (its IRI hashes the bytes)
for ((i = 0; i < n; i++)); do
  f=${files[i % ${#files[@]}]}
  k=$((i / ${#files[@]}))
  out="$work/corpus/c$k-$(basename "$f")"
  cp "$f" "$out"
  [ $k -gt 0 ] && head -c "$k" /dev/zero | tr '\0' '\n' >> "$out"
done

"$here/newsgraph" --version >/dev/null   # builds the tool first if needed, outside the timing
/usr/bin/time -v -o "$work/time.txt" "$here/newsgraph" build --file-mode "$mode" --store "$work/store" "$work/corpus" \
  > "$work/build.out" 2> "$work/build.err" || true
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
built=$(grep -o 'Built [0-9]* documents* ([0-9]* failed' "$work/build.out" | head -1)
docs=$(echo "$built" | awk '{print $2}')
failed=$(echo "$built" | grep -o '([0-9]*' | tr -d '(')
quads=$(grep -o '[0-9]* triples' "$work/build.out" | awk '{print $1}')
size=$(du -sm "$work/store" | awk '{print $1}')
printf 'load average at the end: %s | file mode %s | CPU %s s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$mode" \
  "$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$work/time.txt")"
printf 'documents %s (%s failed) | wall %.0f s | %.1f documents/s | quads %s | store %s MB | peak RSS %s MB\n' \
  "$docs" "$failed" "$secs" "$(echo "$docs $secs" | awk '{print $1 / $2}')" "$quads" "$size" "$rss"

if $queries; then
  port=$(( 20000 + RANDOM % 20000 ))
  "$here/newsgraph" serve --store "$work/store" --port "$port" > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
  : > "$work/times"
  for q in "$here"/queries/*.rq; do
    grep -q 'SERVICE' "$q" && continue   # queries that call out to Wikidata
    for run in 0 1 2 3; do               # run 0 warms up
      t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 120 -G \
            --data-urlencode "query@$q" -H 'Accept: text/csv' "http://127.0.0.1:$port/newsgraph/sparql")
      [ $run -gt 0 ] && echo "$t $(basename "$q" .rq)" >> "$work/times"
    done
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  sort -n "$work/times" | awk '{ t[NR] = $1 * 1000; q[NR] = $2 } END {
    p50 = t[int((NR + 1) * 0.50)]; p95 = t[int(NR * 0.95 + 0.5)];
    printf "catalogue over HTTP (no parameters, warm, %d runs): p50 %.0f ms, p95 %.0f ms, slowest %s %.0f ms\n", NR, p50, p95, q[NR], t[NR] }'
fi
