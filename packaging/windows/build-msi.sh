#!/usr/bin/env bash
# Build the Windows installer (a per-machine MSI) with wixl from msitools, and show its tables.
#   bash packaging/windows/build-msi.sh [-o OUT.msi] [PAYLOAD_DIR]
# PAYLOAD_DIR is the PyInstaller folder from a Windows build (carerdesk.exe and _internal\).
# Without it a placeholder payload is generated beside OUT.msi: it proves the installer's logic
# (folders, shortcut, upgrade, agency preset), not the app. Runs on Linux; needs Debian's
# msitools and wixl (installed here with apt-get when run as root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
die() { echo "build-msi: $*" >&2; exit 1; }

out=""
while getopts "o:" opt; do
  case $opt in
    o) out=$OPTARG ;;
    *) die "usage: build-msi.sh [-o OUT.msi] [PAYLOAD_DIR]" ;;
  esac
done
shift $((OPTIND - 1))
payload=${1:-}

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/src/carerdesk/__init__.py")
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] ||
  die "an MSI ProductVersion is N.N.N; carerdesk.__version__ is '$version'"
out=$(realpath -m "${out:-$root/build/windows/CarerDesk-$version.msi}")
work="${out%.msi}.work"
rm -rf "$work" "$out" && mkdir -p "$work"

tools="wixl wixl-heat msibuild msiinfo msiextract"
missing=$(for t in $tools; do command -v "$t" >/dev/null || echo "$t"; done)
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q msitools wixl >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null && apt-get install -y -q msitools wixl >/dev/null; }
  else
    die "missing $(echo $missing); install Debian's msitools and wixl"
  fi
fi

if [ -z "$payload" ]; then
  payload="$work/placeholder-payload"
  mkdir -p "$payload/_internal/carerdesk/resources/fonts" "$payload/_internal/PySide6/plugins"
  printf 'MZ placeholder: stands for the PyInstaller carerdesk.exe, not a program\n' \
    > "$payload/carerdesk.exe"
  printf 'MZ placeholder: stands for the windowed carerdesk-gui.exe\n' > "$payload/carerdesk-gui.exe"
  printf 'placeholder\n' > "$payload/_internal/base_library.zip"
  printf 'placeholder\n' > "$payload/_internal/python311.dll"
  printf 'placeholder\n' > "$payload/_internal/carerdesk/resources/fonts/README.txt"
  printf 'placeholder\n' > "$payload/_internal/PySide6/plugins/qwindows.dll"
  echo "== placeholder payload: $payload"
fi
payload=$(realpath "$payload")
[ -f "$payload/carerdesk.exe" ] || die "$payload has no carerdesk.exe (a PyInstaller folder?)"
[ -f "$payload/carerdesk-gui.exe" ] || die "$payload has no carerdesk-gui.exe (the windowed app)"

echo "== harvest"
# PyInstaller's onedir layout: carerdesk.exe (declared in carerdesk.wxs, with the shortcut) and
# everything else in _internal\, harvested into CG.Payload; wixl makes stable component GUIDs
# from the paths. Anything else at the top would be left out, so it is refused.
extra=$(cd "$payload" && find . -mindepth 1 -maxdepth 1 ! -name carerdesk.exe ! -name carerdesk-gui.exe \
  ! -name _internal)
[ -z "$extra" ] || die "unexpected at the top of $payload (not in the MSI): $extra"
find "$payload/_internal" -type f | LC_ALL=C sort |
  wixl-heat --prefix "$payload/_internal/" --var var.InternalDir --directory-ref INTERNALDIR \
    --component-group CG.Payload --win64 > "$work/payload.wxs"
echo "$(grep -c '<File ' "$work/payload.wxs") files in _internal"

echo "== wixl"
# wixl says "builder.vala: unimplemented" for Advertise="no"; the shortcut's Target is set anyway.
# wixl 0.101 reads no absolute Source paths: it runs in the payload folder, SourceDir=".".
(cd "$payload" && wixl -a x64 -D Version="$version" -D SourceDir=. -D InternalDir=_internal \
  -D Win64=yes -D Toolset=wixl -o "$out" "$here/carerdesk.wxs" "$work/payload.wxs" 2>&1) |
  { grep -v 'unimplemented' || true; }
[ -f "$out" ] || die "wixl made no $out"

# What WiX's CopyFile, RemoveFile and Property/@Secure would have written (see carerdesk.wxs):
# MoveFile: copy the file named by AGENCYPRESET (SourceName empty: the property is the full
# path of the file) into DistributionDir as carerdesk-preset.toml (Options 0: copy, not move).
q() { printf '%s' "$1" | tr "'\"" "\`'"; }  # write SQL with "..." for strings, '...' for names
secure=$(msiinfo export "$out" Property | tr -d '\r' |  # msiinfo ends lines with CR LF
  awk -F'\t' '$1 == "SecureCustomProperties" {print $2}')
msibuild "$out" \
  -q "$(q "CREATE TABLE 'MoveFile' ('FileKey' CHAR(72) NOT NULL, 'Component_' CHAR(72) NOT NULL,
        'SourceName' CHAR(255) LOCALIZABLE, 'DestName' CHAR(255) LOCALIZABLE,
        'SourceFolder' CHAR(72), 'DestFolder' CHAR(72) NOT NULL, 'Options' INT NOT NULL
        PRIMARY KEY 'FileKey')")" \
  -q "$(q "INSERT INTO 'MoveFile' ('FileKey', 'Component_', 'DestName', 'SourceFolder',
        'DestFolder', 'Options') VALUES (\"AgencyPreset\", \"C.Distribution\",
        \"carerdesk-preset.toml\", \"AGENCYPRESET\", \"DistributionDir\", 0)")" \
  -q "$(q "INSERT INTO 'RemoveFile' ('FileKey', 'Component_', 'FileName', 'DirProperty',
        'InstallMode') VALUES (\"AgencyPresetRemove\", \"C.Distribution\",
        \"carerdesk-preset.toml\", \"DistributionDir\", 2)")" \
  -q "$(q "UPDATE 'Property' SET 'Value' = \"${secure:+$secure;}AGENCYPRESET\"
        WHERE 'Property' = \"SecureCustomProperties\"")"

echo "== msiinfo suminfo"
msiinfo suminfo "$out"
echo "== msiinfo tables"
msiinfo tables "$out" | LC_ALL=C sort | tr '\n' ' '
echo
show() {  # a table without msiinfo's two type/key lines; long tables cut
  echo "== msiinfo export $1"
  msiinfo export "$out" "$1" | sed '2,3d' | head -n "${2:-40}"
}
show Property
show Shortcut
show MoveFile
show RemoveFile
show Upgrade
show Directory 12
show File 12
echo "== InstallExecuteSequence (upgrade and file actions)"
msiinfo export "$out" InstallExecuteSequence | sed '1,3d' | LC_ALL=C sort -t$'\t' -k3n |
  grep -E '^(FindRelatedProducts|InstallValidate|RemoveExistingProducts|RemoveFiles|CreateFolders|MoveFiles|InstallFiles|CreateShortcuts)\b'
echo "== installed layout (msiextract)"
msiextract -C "$work/extract" "$out" | LC_ALL=C sort | head -n 12
echo "msi: $out ($(du -h "$out" | cut -f1), $(stat -c %s "$out") bytes)"
