#!/usr/bin/env bash
# Builds one libFuzzer binary per reader into .build-fuzz/bin (Recipe D in the project's notes):
# AsahCore and AsahFormats are compiled as modules with swiftc
# -sanitize=fuzzer,address (coverage + AddressSanitizer), then each fuzz/targets/<name>/main.swift is
# linked against them. Nothing is rebuilt when no source changed. The toolchain brings libFuzzer and
# the sanitizer runtimes (lib/swift/clang/lib/linux), so no system package is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
OUT=.build-fuzz
mkdir -p "$OUT/lib" "$OUT/bin"
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -I "$OUT/lib")

# zlib's inflate through AsahFormats' small C target (zlib1g-dev is part of the image).
ZLIB=Packages/AsahFormats/Sources/CAsahZlib
FLAGS+=(-I "$ZLIB/include")
if [ ! -f "$OUT/lib/inflate.o" ] || [ "$ZLIB/inflate.c" -nt "$OUT/lib/inflate.o" ]; then
  clang -fsanitize=address,fuzzer-no-link -O1 -g -I "$ZLIB/include" -c "$ZLIB/inflate.c" -o "$OUT/lib/inflate.o"
fi

# module name, Swift language mode, source folder
modules=(
  "AsahCore 6 Packages/AsahCore/Sources/AsahCore"
  "AsahFormats 6 Packages/AsahFormats/Sources/AsahFormats"
)
# A module's `Resources/` files are compiled in as SwiftPM's `.embedInCode` does it: `PackageResources`,
# one byte array per file, named after the file with every other character made `_`.
embed() {
  python3 - "$1" "$2" <<'PY'
import os, re, sys
src, out = sys.argv[1], sys.argv[2]
lines = ["enum PackageResources {"]
for name in sorted(os.listdir(src)):
    data = open(os.path.join(src, name), "rb").read()
    lines.append("    static let %s: [UInt8] = [%s]" % (re.sub(r"[^A-Za-z0-9_]", "_", name), ",".join(map(str, data))))
open(out, "w").write("\n".join(lines + ["}", ""]))
PY
}

stale=0
for m in "${modules[@]}"; do
  read -r name mode dir <<<"$m"
  lib="$OUT/lib/lib$name.a"
  extra=()
  if [ -d "$dir/Resources" ]; then
    extra=("$OUT/lib/${name}Resources.swift")
  fi
  if [ $stale -eq 1 ] || [ ! -f "$lib" ] || [ -n "$(find "$dir" -type f -newer "$lib" | head -1)" ]; then
    echo "fuzz build: $name"
    if [ ${#extra[@]} -gt 0 ]; then embed "$dir/Resources" "${extra[0]}"; fi
    swiftc "${FLAGS[@]}" -swift-version "$mode" -wmo -module-name "$name" -parse-as-library \
      -emit-module -emit-module-path "$OUT/lib/$name.swiftmodule" \
      -emit-library -static -o "$lib" "$dir"/*.swift "${extra[@]}"
    stale=1  # whatever depends on it is rebuilt too
  fi
done

for target in fuzz/targets/*/; do
  name=$(basename "$target")
  bin="$OUT/bin/$name"
  if [ $stale -eq 1 ] || [ ! -x "$bin" ] || [ "$target/main.swift" -nt "$bin" ]; then
    echo "fuzz build: target $name"
    swiftc "${FLAGS[@]}" -swift-version 6 -module-name "Fuzz_$name" "$target/main.swift" \
      -L "$OUT/lib" -lAsahFormats -lAsahCore "$OUT/lib/inflate.o" -lz -o "$bin" 2>&1 \
      | grep -v "Cannot export local symbol" || true  # ld.gold's harmless ASan warnings
    [ -x "$bin" ] || { echo "fuzz build: $name failed"; exit 1; }
  fi
done
