#!/usr/bin/env bash
# Article quality of broadsheet against plain Tesseract on rendered and real pages.
# Usage: bench/quality.sh [--quick] [--only NAME-PREFIX]   (the full run takes 15-25 minutes)
set -euo pipefail
exec "$(dirname "$0")/java.sh" org.broadsheet.bench.QualityBenchmark "$@"
