#!/usr/bin/env bash
# Remakes the screenshots of the README (docs/images/*.png): runs examples/evaluation.jsh, then
# headless Chromium (Debian's chromium package: apt-get install chromium) on the two documents
# it writes. From the root of the repository: docs/images/screenshots.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./pst-shell examples/evaluation.jsh
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
shot() {
  chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
    --hide-scrollbars --force-device-scale-factor=1 --window-size="$3" \
    --screenshot="$root/docs/images/$2" "file://$root/target/evaluation/$1" 2>/dev/null
}
shot evaluation.html evaluation-report.png 1100,1560
shot published-plan.html published-plan.png 1100,1500
ls -l docs/images/*.png
