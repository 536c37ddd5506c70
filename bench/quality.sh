#!/usr/bin/env bash
# Article quality of broadsheet against plain Tesseract on rendered and real pages.
# Usage: bench/quality.sh [--quick] [--only NAME-PREFIX] [--verbose]
# The first full run takes 15-25 minutes; OCR results are cached in target/bench-ocr-cache, so later
# runs only re-run layout and articles (delete the folder after changing the OCR route).
set -euo pipefail
exec "$(dirname "$0")/java.sh" org.broadsheet.bench.QualityBenchmark "$@"
