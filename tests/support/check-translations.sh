#!/usr/bin/env bash
# Fails when a user-visible string of the GUI or the models has no German translation.
# lupdate reads the sources, with the include paths the build gives it, into a copy of
# translations/enms_de.ts, and every message it marks unfinished (new, or changed since
# it was translated) is listed. The real .ts file is not touched.
# Usage: check-translations.sh LUPDATE GENERATOR PROJECT_CMAKE TS_FILE
#   GENERATOR      Qt's GenerateLUpdateProject.cmake
#   PROJECT_CMAKE  the build's app/.lupdate/enms-workbench_project.cmake
set -euo pipefail
lupdate=$1
generator=$2
project=$3
ts=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$ts" "$work/enms_de.ts"
sed "s|^set(lupdate_translations .*|set(lupdate_translations \"$work/enms_de.ts\")|" \
    "$project" >"$work/project.cmake"
cmake -DIN_FILE="$work/project.cmake" -DOUT_FILE="$work/project.json" -P "$generator"
"$lupdate" -silent -project "$work/project.json" -no-obsolete -locations none

unfinished=$(grep -c 'type="unfinished"' "$work/enms_de.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "$unfinished message(s) have no German translation yet:"
    grep -B4 'type="unfinished"' "$work/enms_de.ts" | grep '<source>' | sed 's/^ */  /'
    echo "Update the catalogue (cmake --build <build> --target update_translations)"
    echo "and translate them in translations/enms_de.ts."
    exit 1
fi
echo "All $(grep -c '<message' "$work/enms_de.ts") messages are translated into German."
