#!/usr/bin/env bash
# Fetches the real-content corpus into DIR (default target/real-corpus): shipped translation catalogs of
# well-kept projects, from the registries this project reaches, at pinned versions, so that every run
# (and every label in labels.tsv) sees the same files. Nothing here is committed: the files keep their
# projects' licences (see README.md next to this script).
#
#   bash bench/real-corpus/fetch.sh [DIR]
#
# Needs npm (npm pack), apt-get download + dpkg-deb, and msgunfmt (gettext) to turn Debian's .mo back
# into .po. Idempotent: an existing DIR is replaced.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:-target/real-corpus}"
langs=(de fr es ru)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -rf "$dest"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
cd "$work"

# --- gettext catalogs of two Debian tools (Debian's translation teams review them) ---------------------------
for pkg in apt=2.6.1 tar=1.34+dfsg-1.2+deb12u1; do
  name="${pkg%%=*}"
  apt-get download -q "$pkg" >/dev/null 2>&1 || apt-get download -q "$name" >/dev/null 2>&1
  deb=$(ls "${name}"_*.deb | head -1)
  dpkg-deb -x "$deb" "ex-$name"
  mkdir -p "$dest/gettext/$name"
  for l in "${langs[@]}"; do
    msgunfmt "ex-$name/usr/share/locale/$l/LC_MESSAGES/$name.mo" -o "$dest/gettext/$name/$l.po"
  done
done

# --- npm packages -------------------------------------------------------------------------------------------
pack() { npm pack --silent "$1" >/dev/null; tar xzf "$2" && mv package "$3"; }
pack @openui5/sap.f@1.152.0 openui5-sap.f-1.152.0.tgz sapf
pack @openui5/sap.ui.unified@1.152.0 openui5-sap.ui.unified-1.152.0.tgz sapunified
pack @ui5/webcomponents@2.26.0 ui5-webcomponents-2.26.0.tgz ui5wc
pack @vee-validate/i18n@4.15.1 vee-validate-i18n-4.15.1.tgz veevalidate

# Java resource bundles: messagebundle_de.properties pairs with the base bundle messagebundle.properties.
for lib in sapf:sap/f sapunified:sap/ui/unified; do
  dir="${lib%%:*}"; path="${lib#*:}"
  mkdir -p "$dest/properties/$dir"
  cp "$dir/src/$path/messagebundle.properties" "$dest/properties/$dir/"
  for l in "${langs[@]}"; do cp "$dir/src/$path/messagebundle_$l.properties" "$dest/properties/$dir/"; done
done

# JSON message files: messagebundle_de.json pairs with messagebundle_en.json; de.json with en.json.
mkdir -p "$dest/json/ui5-webcomponents" "$dest/json/vee-validate"
for l in en "${langs[@]}"; do
  cp "ui5wc/dist/generated/assets/i18n/messagebundle_$l.json" "$dest/json/ui5-webcomponents/"
  cp "veevalidate/dist/locale/$l.json" "$dest/json/vee-validate/"
done
cp "$here/concord.yml" "$dest/.concord.yml"
echo "real corpus in $dest: $(find "$dest" -type f ! -name .concord.yml | wc -l) files"
