#!/usr/bin/env bash
# Unpacks an image tar made by jib:buildTar (Docker format: manifest.json + one .tar.gz per layer) into a
# directory, layer by layer in order, as a container runtime would. Usage: unpack-image.sh IMAGE.tar DIR
set -euo pipefail
tarfile="$1" dir="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xf "$tarfile" -C "$tmp"
mkdir -p "$dir"
python3 -c 'import json,sys; [print(l) for l in json.load(open(sys.argv[1]))[0]["Layers"]]' "$tmp/manifest.json" |
  while read -r layer; do tar --warning=no-unknown-keyword -xzpf "$tmp/$layer" -C "$dir" --numeric-owner; done
cp "$tmp/config.json" "$dir/.image-config.json"
