#!/usr/bin/env sh
# Install the frozen folder for the current user (no root needed): the app in
# ~/.local/opt/Qunzhu, `qunzhu` in ~/.local/bin, a menu entry, the icon and the .qunzhu file
# type. Run from a clone after tools/build_frozen.sh, or from an unpacked Qunzhu-linux.tar.gz
# (then: sh install.sh FOLDER). Remove with: sh install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=${1:-$here/../../build/dist/Qunzhu}
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/Qunzhu
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$HOME/.local/bin/qunzhu" "$data/applications/qunzhu.desktop" \
    "$data/icons/hicolor/256x256/apps/qunzhu.png"
  xdg-mime uninstall "$here/qunzhu-mime.xml" 2>/dev/null || true
  exit 0
fi
[ -x "$src/qunzhu" ] || { echo "no frozen app in $src (run tools/build_frozen.sh)" >&2; exit 2; }
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" \
  "$data/icons/hicolor/256x256/apps"
rm -rf "$opt" && cp -a "$src" "$opt"
ln -sf "$opt/qunzhu" "$HOME/.local/bin/qunzhu"
cp "$opt/_internal/resources/icons/qunzhu.png" "$data/icons/hicolor/256x256/apps/qunzhu.png"
sed "s|^Exec=qunzhu|Exec=$opt/qunzhu|" "$here/qunzhu.desktop" > "$data/applications/qunzhu.desktop"
xdg-mime install --novendor "$here/qunzhu-mime.xml" 2>/dev/null || true
xdg-mime default qunzhu.desktop application/x-qunzhu-workspace 2>/dev/null || true
update-desktop-database "$data/applications" 2>/dev/null || true
echo "installed: $opt (run: qunzhu, or Qunzhu in the applications menu)"
