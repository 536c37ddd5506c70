#!/usr/bin/env bash
# PDF text route on generated e-paper pages: speed and exact-line rate. Usage: bench/pdftext.sh [pages] [rounds]
exec "$(dirname "$0")/java.sh" org.broadsheet.bench.PdfTextBench "$@"
