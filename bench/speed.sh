#!/usr/bin/env bash
# Speed benchmark: broadsheet against plain tesseract on the same pages, in one run.
#
#   bench/speed.sh [--quick] [--repeat N]
#
# Pages: real scans from ../shared/corpus (Deseret News 1850 rendered to 300 dpi PNG, Chicopee
# Weekly 1856 bilevel G4 TIFF at 400 dpi, a 1935 NDNP JPEG 2000) and pages drawn by the test-page
# renderer (Chinese and English, clean and scan-degraded). Times, in one run:
#   broadsheet --jobs 1 and --jobs <cores> (OCR + layout + repair + every export),
#   tesseract once per page in a loop with its defaults (OpenMP on),
#   tesseract with OMP_THREAD_LIMIT=1 across all cores (xargs -P).
# Prints pages per minute, ratios, and broadsheet's peak resident memory on the batch and on a
# batch four times larger (memory should stay flat). With --repeat N each timing is the median of N,
# and broadsheet on all cores alternates with parallel tesseract: each pair's ratio is taken over
# the same minutes of the machine, and their median is printed beside the medians of the times.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
quick=0; repeat=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --repeat) repeat="$2"; shift ;;
    *) echo "usage: bench/speed.sh [--quick] [--repeat N]" >&2; exit 2 ;;
  esac
  shift
done
corpus="$root/../shared/corpus/utah-newspaper-fixtures"
work="$root/bench/out/speed"
rm -rf "$work"; mkdir -p "$work/pages/eng" "$work/render"
cores=$(nproc)

echo "== preparing pages" >&2
if [ -d "$corpus" ]; then
  n=0
  for pdf in "$corpus"/deseret-news-1850-article-segmented/pages/pdf/*.pdf; do
    n=$((n + 1)); [ $quick = 1 ] && [ $n -gt 2 ] && break
    pdftoppm -r 300 -gray -png -singlefile "$pdf" "$work/pages/eng/deseret-$(basename "$pdf" .pdf)"
  done
  if [ $quick = 0 ]; then
    cp "$corpus/tiff-issue-1856/page1.tiff" "$work/pages/eng/chicopee-1856-p1.tiff"
    # The NDNP JPEG 2000 page is left out of the timings: tesseract 5.3's own reader dies on it with
    # SIGFPE (the file states no resolution), so there is nothing to compare against.
  fi
else
  echo "note: $corpus is absent; only rendered pages are used" >&2
fi
if [ $quick = 1 ]; then names="zh-small en-inside-4"; else
  names="zh-front zh-sidebar zh-small zht-front en-front en-sidebar en-inside-4"; fi
bench/java.sh org.broadsheet.testpages.RenderSamples "$work/render/clean" $names >/dev/null
bench/java.sh org.broadsheet.testpages.RenderSamples "$work/render/scan" --scan --seed 7 $names >/dev/null
for kind in clean scan; do
  for f in "$work"/render/$kind/*.png; do
    case "$(basename "$f")" in zht*) lang=chi_tra ;; zh*) lang=chi_sim ;; *) lang=eng ;; esac
    mkdir -p "$work/pages/$lang"
    cp "$f" "$work/pages/$lang/$(basename "$f" .png)-$kind.png"
  done
done
total=$(find "$work/pages" -type f | wc -l)
echo "pages: $total ($(for d in "$work"/pages/*; do printf '%s=%s ' "$(basename "$d")" "$(ls "$d" | wc -l)"; done))"

# Build once, outside the timings, and run one page so the launcher's class archive exists, as it
# does on any installation after its first run.
./broadsheet --version >/dev/null
first=$(find "$work/pages" -type f | sort | head -1)
mkdir -p "$work/warm"; cp "$first" "$work/warm/"
./broadsheet run "$work/warm" -o "$work/out-warm" --lang "$(basename "$(dirname "$first")")" --quiet >/dev/null 2>&1 || true

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

peak_file="$work/peak.txt"
run_broadsheet() { # jobs pages-root -> seconds; records peak memory
  # One launch for the whole batch, each language folder read with its own model, as an archive
  # holding several titles would run it.
  local jobs=$1 pages=$2 t0 t1 d peak args=()
  for d in "$pages"/*; do args+=(--lang-for "$(basename "$d")=$(basename "$d")"); done
  t0=$(now)
  peak=$(./broadsheet run "$pages" -o "$work/out-$jobs" "${args[@]}" --jobs "$jobs" --force --verbose 2>/dev/null \
      | sed -n 's/^Peak memory: \([0-9]*\) MB.*/\1/p')
  t1=$(now)
  echo "${peak:-0}" > "$peak_file"
  echo "$t1 - $t0" | bc -l
}
fail_file="$work/tesseract-failures.txt"
: > "$fail_file"
run_tess_loop() {
  local t0 t1 d f
  t0=$(now)
  for d in "$1"/*; do for f in "$d"/*; do
    env -u OMP_THREAD_LIMIT tesseract "$f" - -l "$(basename "$d")" --psm 3 >/dev/null 2>&1 || echo "loop: $f" >> "$fail_file"
  done; done
  t1=$(now); echo "$t1 - $t0" | bc -l
}
run_tess_parallel() {
  local t0 t1 d
  t0=$(now)
  # One xargs over every folder, each page with its folder's language, like broadsheet's single
  # launch: no core waits at a folder's end. A page that kills tesseract must not stop the others.
  for d in "$1"/*; do find "$d" -type f -printf "$(basename "$d")\0%p\0"; done \
    | FAILS="$fail_file" OMP_THREAD_LIMIT=1 xargs -0 -n 2 -P "$cores" sh -c \
      'tesseract "$2" - -l "$1" --psm 3 >/dev/null 2>&1 || echo "parallel: $2" >> "$FAILS"' _
  t1=$(now); echo "$t1 - $t0" | bc -l
}

timed() { # name command...
  local name=$1; shift; local i s=()
  for i in $(seq "$repeat"); do s+=("$("$@")"); done
  printf '%s\n' "${s[@]}" | median
}

echo "== timing (each figure the median of $repeat run(s))" >&2
t_b1=$(timed b1 run_broadsheet 1 "$work/pages"); peak_b1=$(cat "$peak_file")
t_tl=$(timed tl run_tess_loop "$work/pages")
# broadsheet on all cores and parallel tesseract run in turn, so that each pair shares the
# machine's minute: on a shared machine the speed drifts by more than the difference measured.
bn=(); tp=(); pair=(); peaks=()
for i in $(seq "$repeat"); do
  bn+=("$(run_broadsheet "$cores" "$work/pages")"); peaks+=("$(cat "$peak_file")")
  tp+=("$(run_tess_parallel "$work/pages")")
  pair+=("$(echo "scale=6; ${tp[-1]} / ${bn[-1]}" | bc -l)")
done
t_bn=$(printf '%s\n' "${bn[@]}" | median); t_tp=$(printf '%s\n' "${tp[@]}" | median)
pair_bn=$(printf '%s\n' "${pair[@]}" | median); peak_bn=$(printf '%s\n' "${peaks[@]}" | median)

echo "== memory on a batch 4 times larger" >&2
mkdir -p "$work/pages4"
for d in "$work"/pages/*; do
  for k in 1 2 3 4; do mkdir -p "$work/pages4/$(basename "$d")/copy$k"; cp -l "$d"/* "$work/pages4/$(basename "$d")/copy$k/"; done
done
t_tp4=$(run_tess_parallel "$work/pages")
t_b4=$(run_broadsheet "$cores" "$work/pages4"); peak_b4=$(cat "$peak_file")
pair_b4=$(echo "scale=6; 4 * $t_tp4 / $t_b4" | bc -l)

ppm() { echo "scale=2; $1 * 60 / $2" | bc -l; }
# Pages per minute against pages per minute, so the x4 batch compares with tesseract on the same pages.
ratio() { printf "%.2f" "$(echo "scale=6; ($1 * $3) / ($total * $2)" | bc -l)"; } # pages seconds reference-seconds
printf '\n%-44s %6s %9s %10s %13s %13s\n' "configuration" "pages" "seconds" "pages/min" "x tess loop" "x tess -P$cores"
row() { printf '%-44s %6s %9.1f %10s %13s %13s\n' "$1" "$2" "$3" "$(ppm "$2" "$3")" "$(ratio "$2" "$3" "$t_tl")" "$(ratio "$2" "$3" "$t_tp")"; }
row "tesseract loop, defaults (OpenMP)" "$total" "$t_tl"
row "tesseract OMP_THREAD_LIMIT=1, xargs -P $cores" "$total" "$t_tp"
row "broadsheet --jobs 1 (OCR+layout+exports)" "$total" "$t_b1"
row "broadsheet --jobs $cores" "$total" "$t_bn"
row "broadsheet --jobs $cores, batch x4" "$((total * 4))" "$t_b4"
echo
echo "paired with the tesseract -P$cores run beside each (same minutes of the machine): --jobs $cores $(printf '%.2f ' "${pair[@]}")(median $(printf '%.2f' "$pair_bn")); batch x4 $(printf '%.2f' "$pair_b4")"
echo "peak resident memory: broadsheet --jobs 1: ${peak_b1} MB; --jobs $cores: ${peak_bn} MB; --jobs $cores on the x4 batch: ${peak_b4} MB"
[ -s "$fail_file" ] && { echo "tesseract failed on:"; sed 's/^/  /' "$fail_file"; }
echo "target: broadsheet --jobs $cores at least as fast as tesseract -P$cores (ratio >= 1.00); peak memory under 1024 MB and flat with batch size"
