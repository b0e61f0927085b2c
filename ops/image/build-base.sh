#!/usr/bin/env bash
# Builds the image's base where no image can be pulled: a minimal Debian 12 made by debootstrap from
# Debian's packages, plus this machine's Node (≥ 20.19) and npm, imported into podman as
#   localhost/facet-base:bookworm-node<major>   (or the name given as $1).
# The Debian root filesystem is cached in $FACET_BASE_CACHE (default /var/cache/facet-base), so a
# second run on the same machine takes seconds. Needs root, debootstrap and podman.
set -euo pipefail

node_bin=$(command -v node)
node_version=$("$node_bin" --version)
major=${node_version#v}
major=${major%%.*}
name=${1:-localhost/facet-base:bookworm-node${major}}
cache=${FACET_BASE_CACHE:-/var/cache/facet-base}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
rootfs_tar="$cache/debian-bookworm-minbase.tar"

if podman image exists "$name"; then
  echo "base image $name exists"
  exit 0
fi

mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -s "$rootfs_tar" ]; then
  echo "debootstrap: Debian bookworm (minbase) from $mirror"
  debootstrap --variant=minbase --include=ca-certificates bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log"; exit 1; }
  rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
  tar -C "$work/rootfs" -cf "$rootfs_tar.partial" . && mv "$rootfs_tar.partial" "$rootfs_tar"
else
  mkdir -p "$work/rootfs"
  tar -C "$work/rootfs" -xf "$rootfs_tar"
fi

echo "adding Node $node_version from $node_bin"
install -D -m 0755 "$node_bin" "$work/rootfs/usr/local/bin/node"
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
mkdir -p "$work/rootfs/usr/local/lib/node_modules"
cp -a "$npm_dir" "$work/rootfs/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$work/rootfs/usr/local/bin/npx"
chroot "$work/rootfs" /usr/local/bin/node --version >/dev/null

# This machine's own certificate authorities (a proxy's, if it has one), so a build reaches the
# registries as the machine does; Node is told to trust the system store too.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  cp /usr/local/share/ca-certificates/*.crt "$work/rootfs/usr/local/share/ca-certificates/"
  chroot "$work/rootfs" update-ca-certificates >/dev/null
fi

tar -C "$work/rootfs" -c . | podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$name" >/dev/null
echo "base image $name ready"
