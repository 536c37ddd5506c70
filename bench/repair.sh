#!/usr/bin/env bash
# Text repair benchmark: paragraphs exact, wrongly merged/split, dehyphenation precision/recall,
# against naive joining. Usage: bench/repair.sh [DOCS_PER_LANGUAGE] [SEED]
set -euo pipefail
exec "$(dirname "$0")/java.sh" org.broadsheet.bench.RepairBenchmark "$@"
