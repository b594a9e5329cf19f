#!/usr/bin/env bash
# Installs the build into a scratch prefix and builds the Debian package, then checks
# that both hold the two programs, the translations and the desktop entry.
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
for file in bin/enms bin/enms-workbench share/applications/enms-workbench.desktop \
            share/enms-workbench/translations/enms_de.qm; do
    [ -f "$prefix/$file" ] || { echo "install is missing $file" >&2; exit 1; }
done
"$prefix/bin/enms" --version >/dev/null

(cd "$build" && cpack -G DEB >/dev/null)
package=$(ls -t "$build"/enms-workbench_*.deb | head -n 1)
contents=$(dpkg-deb -c "$package")
for file in ./usr/bin/enms ./usr/bin/enms-workbench ./usr/share/applications/enms-workbench.desktop; do
    grep -q " $file\$" <<<"$contents" || { echo "$package is missing $file" >&2; exit 1; }
done
dpkg-deb -f "$package" Depends | grep -q libqt6sql6-sqlite
echo "install and package OK: $(basename "$package")"
