#!/usr/bin/env bash
# Vendor Chart.js (MIT) into danvan/static/danvan/vendor/: the app serves it itself, no CDN at run time.
# Re-run to reproduce or to upgrade (change VERSION); commit the file with its licence header intact.
set -euo pipefail
VERSION=${VERSION:-4.6.1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST="$ROOT/danvan/static/danvan/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "chart.js@$VERSION" >/dev/null && tar -xzf "chart.js-$VERSION.tgz")
mkdir -p "$DEST"
# Drop the source-map comment: the map is not shipped, and collectstatic's manifest storage would refuse it.
grep -v '^//# sourceMappingURL=' "$work/package/dist/chart.umd.min.js" >"$DEST/chart.umd.min.js"
cp "$work/package/LICENSE.md" "$DEST/chart.js-LICENSE.md"
head -c 200 "$DEST/chart.umd.min.js"; echo
echo "Chart.js $VERSION copied to $DEST"
