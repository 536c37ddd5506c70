#!/usr/bin/env bash
# E-paper PDFs end to end against their truth (articles, titles, paragraphs exact), and time per
# page against OCRing the same pages. Usage: bench/epaper.sh [pages] [ocr pages, 0 = none] [-v]
exec "$(dirname "$0")/java.sh" org.broadsheet.bench.EpaperBenchmark "$@"
