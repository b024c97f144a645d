#!/usr/bin/env bash
# Huge and hostile inputs (issue 11.5): time and peak resident memory of a whole
# `newsgraph extract --format nq` process per input, next to an ordinary article.
#
# usage: src/test/bench/hostile-inputs.sh [TIMEOUT_SECONDS]      (default 300)
#   NEWSGRAPH_JAR=/path/to.jar  measures another build (default: target/newsgraph.jar)
#   BENCH_INPUTS="anchor longline"  measures only these (default: all five, in the order below)
#
# Inputs are generated in a temporary folder (removed at the end), never in the repository:
#   anchor.txt    an ordinary article: the first PolNeAR dev text
#   dev-84.txt    the 84 PolNeAR dev texts as one article (~0.4 MB), the same text as the 20 MB one
#   longline.txt  one 2 MB line of words without any punctuation
#   big.txt       ~20 MB article: the PolNeAR dev texts concatenated until 20 MB
#   longtoken.txt a 12 kB article with one 200,000-character token and a 50 kB URL in it
# Each line: input, size, seconds, peak RSS (VmHWM of the process, from /usr/bin/time -v),
# throughput in kB/s and quads written. A run cut by the timeout says so.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
timeout_s=${1:-300}
jar=${NEWSGRAPH_JAR:-$here/target/newsgraph.jar}
dev="$here/../shared/eval/polnear-dev/text"
[ -f "$jar" ] || { echo "no $jar: run ./newsgraph --help once (it builds the jar)" >&2; exit 1; }
[ -d "$dev" ] || { echo "no $dev: ../shared must be beside the checkout" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cp "$(ls "$dev"/*.txt | head -1)" "$tmp/anchor.txt"
cat "$dev"/*.txt > "$tmp/dev-84.txt"
: > "$tmp/big.txt"
while [ "$(stat -c %s "$tmp/big.txt")" -lt 20000000 ]; do cat "$tmp/dev-84.txt" >> "$tmp/big.txt"; done
python3 - "$tmp" <<'PY'
import random, sys
d = sys.argv[1]
r = random.Random(5)
words = ("the mayor said that city council would vote on the budget next week while officials in "
         "the capital warned about costs and delays for residents").split()
names = ["Maria Olsen", "Tom Reyes", "Dana Kovacs", "Acme Holdings", "Kazan", "Geneva"]
out, n = [], 0
while n < 2_000_000:
    w = r.choice(names) if r.random() < 0.05 else r.choice(words)
    out.append(w)
    n += len(w) + 1
open(f"{d}/longline.txt", "w").write(" ".join(out)[:2_000_000] + "\n")
para = ("Mayor Maria Olsen said on Tuesday that the council would vote on the budget next week. "
        "\u201cWe are ready,\u201d she told reporters in Kazan. According to officials, the plan costs more than expected.\n")
url = ("https://example.com/" + "/".join("seg%d" % i for i in range(7000)))[:50000]
open(f"{d}/longtoken.txt", "w").write(para * 30 + "The file was " + "x" * 200000 + " long. See " + url
                                      + " for details.\n" + para * 30)
PY

printf '%-14s %9s %9s %10s %10s %9s\n' input bytes seconds peakRSS_MB kB/s quads
for f in ${BENCH_INPUTS:-anchor dev-84 longline longtoken big}; do
  in="$tmp/$f.txt"
  bytes=$(stat -c %s "$in")
  set +e
  /usr/bin/time -v -o "$tmp/time.txt" timeout "$timeout_s" \
    java ${NEWSGRAPH_JAVA_OPTS:--Xmx4g} -cp "$jar:$here/target/lib/*" org.newsgraph.NewsGraph extract --format nq "$in" \
    > "$tmp/out.nq" 2> "$tmp/err.txt"
  rc=$?
  set -e
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tmp/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tmp/time.txt")
  quads=$(wc -l < "$tmp/out.nq")
  note=""
  [ $rc -eq 124 ] && note="  (cut at ${timeout_s} s)"
  [ $rc -ne 0 ] && [ $rc -ne 124 ] && note="  (exit $rc: $(head -c 200 "$tmp/err.txt"))"
  printf '%-14s %9d %9.1f %10s %10.1f %9d%s\n' "$f" "$bytes" "$secs" "$rss" "$(echo "$bytes / 1024 / $secs" | bc -l)" "$quads" "$note"
done
