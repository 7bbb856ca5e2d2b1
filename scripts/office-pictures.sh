#!/usr/bin/env bash
# Pictures of the files jixiao writes, as LibreOffice shows them: the filled 自评表 as .xlsx
# (jixiao/xlsx writeFilledWorkbook) and the 自评报告 as .docx (jixiao/docx writeReportDocx), each
# converted to PDF by `soffice --headless` and its first pages (up to three) to PNG by pdftoppm, into
# docs/pictures/. Builds nothing: run `npm run build` first.
#
#   bash scripts/office-pictures.sh           # writes docs/pictures/*.png
#   bash scripts/office-pictures.sh --check   # the same in a temporary folder, checked, docs/ untouched
#
# Needs soffice (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui), pdftoppm and pdfinfo
# (poppler-utils) and a CJK font (fonts-noto-cjk).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
check=false
case "${1:-}" in
  --check) check=true ;;
  '') ;;
  *) echo "usage: bash scripts/office-pictures.sh [--check]" >&2; exit 2 ;;
esac
for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "office-pictures: $tool is not installed" >&2; exit 1; }
done
[ -f "$repo/dist/docx.js" ] && [ -f "$repo/dist/xlsx.js" ] ||
  { echo "office-pictures: no dist/ (run npm run build first)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if $check; then out="$work/pictures"; else out="$repo/docs/pictures"; fi
mkdir -p "$out"

# The files, written by the built package as a user's program would import it (the package refers
# to itself by name from inside the repository).
cd "$repo"
node --input-type=module - "$work" <<'NODE'
import { readFileSync, writeFileSync } from 'node:fs';
import { auditMany, fillSelfEvaluation } from 'jixiao';
import { writeAuditWorkbook, writeFilledWorkbook } from 'jixiao/xlsx';
import { writeReportDocx } from 'jixiao/docx';

const [dir] = process.argv.slice(2);
// A real table (廊坊市食品工程学校 2019) that loses points and needs a 偏差原因: the pictures show both.
const table = JSON.parse(readFileSync('examples/tables/langfang-2019.json', 'utf8'));
const filled = fillSelfEvaluation(table);
writeFileSync(`${dir}/self-evaluation.xlsx`, writeFilledWorkbook([filled]));
writeFileSync(`${dir}/report.docx`, await writeReportDocx(filled));
// The review of the bundled published tables, as a finance bureau would hand it back: its summary sheet.
const reviewed = ['langfang-2019', 'guichi-2022-cunji', 'guichi-2022-weituo'].map((n) =>
  JSON.parse(readFileSync(`examples/audit/${n}.json`, 'utf8')),
);
writeFileSync(`${dir}/audit.xlsx`, writeAuditWorkbook(auditMany(reviewed).results, { sheets: 0 }));
NODE

# A profile of its own, so that a LibreOffice already running (or its first-start dialogs) do not
# interfere, and nothing is written to the user's profile. The sheet is exported as one page
# (SinglePageSheets), as it shows on screen: SheetJS Community Edition writes no page setup, so
# printed on A4 its columns would be split over pages.
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null 2>&1; }
office --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$work/self-evaluation.xlsx"
office --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$work/audit.xlsx"
office --convert-to pdf --outdir "$work" "$work/report.docx"

$check || rm -f "$out"/self-evaluation-xlsx-*.png "$out"/report-docx-*.png "$out"/audit-xlsx-*.png
for name in self-evaluation:self-evaluation-xlsx report:report-docx audit:audit-xlsx; do
  pdf="$work/${name%%:*}.pdf"
  [ -s "$pdf" ] || { echo "office-pictures: LibreOffice wrote no ${pdf##*/}" >&2; exit 1; }
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
  [ "${pages:-0}" -ge 1 ] || { echo "office-pictures: ${pdf##*/} has no page" >&2; exit 1; }
  pdftoppm -png -r 80 -f 1 -l 3 "$pdf" "$out/${name##*:}"
  echo "${pdf##*/}: $pages page(s)"
done

# Each picture exists and shows something: a blank A4 page at 80 dpi is about 2 kB of PNG.
status=0
for png in "$out"/self-evaluation-xlsx-1.png "$out"/report-docx-1.png "$out"/report-docx-2.png \
  "$out"/report-docx-3.png "$out"/audit-xlsx-1.png; do
  size="$(stat -c %s "$png" 2>/dev/null || echo 0)"
  if [ "$size" -le 5000 ]; then
    echo "office-pictures: ${png##*/} is missing or blank ($size bytes)" >&2
    status=1
  else
    echo "${png##*/}: $size bytes"
  fi
done
exit "$status"
