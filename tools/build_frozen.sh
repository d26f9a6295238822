#!/usr/bin/env bash
# Build the frozen app (build.spec, PyInstaller, one folder) and run its --self-test offscreen.
# Prints the folder's size and file count and the self-test's figures (time until the window
# is shown, time of the first chart); fails when the build, the self-test or the size budget
# fails. .ci/run calls it after the tests; developers run it the same way:
#
#     bash tools/build_frozen.sh            (PYTHON=path/to/python to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
BUDGET_MB=${BUDGET_MB:-180}
DIST=build/dist
WORK=build/work

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  "$PYTHON" -m pip install -q -e ".[build]"
fi

rm -rf "$DIST/Qunzhu"
began=$(date +%s)
# nice: the build is CPU-bound for a couple of minutes; the machine may be shared
nice -n 10 "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" build.spec
echo "frozen build: $(( $(date +%s) - began )) s"

folder="$DIST/Qunzhu"
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) app="$folder/qunzhu-cli.exe" ;;
  Darwin) app="$folder/Qunzhu" ;;
  *) app="$folder/qunzhu" ;;
esac

bytes=$(du -sb "$folder" | cut -f1)
files=$(find "$folder" -type f | wc -l)
mb=$(( (bytes + 1048575) / 1048576 ))
echo "frozen folder: $folder, ${mb} MB in ${files} files (budget ${BUDGET_MB} MB)"

status=0
# the font cache lands in the user's cache folder (Qunzhu/matplotlib): a second run reads it
QT_QPA_PLATFORM=offscreen timeout 600 "$app" --self-test | tee build/self-test.log || status=$?
figures=$(tail -n 1 build/self-test.log)
echo "frozen self-test: exit ${status}; ${figures#*; }"
if [ "$status" -ne 0 ]; then
  echo "the frozen app's self-test failed" >&2
  exit 1
fi
if [ "$mb" -gt "$BUDGET_MB" ]; then
  echo "the frozen folder is ${mb} MB, over the ${BUDGET_MB} MB budget" >&2
  exit 1
fi
