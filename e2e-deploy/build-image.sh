#!/usr/bin/env bash
# Builds the image the deploy tests run (KEPT_DEPLOY_IMAGE, default localhost/kept:deploy-test)
# from this checkout's Dockerfile, as `docker build .` would, plus what this machine needs and a
# normal one doesn't (containers-offline notes): runc, the host network, the host's certificate
# authorities for npm, and the host's npm cache so that npm ci downloads nothing twice. Layers are
# cached: a second run on unchanged sources takes seconds. Run by .ci/run in the background while
# the other tests run, and by the deploy tests' global setup (then it only confirms).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
IMAGE="${KEPT_DEPLOY_IMAGE:-localhost/kept:deploy-test}"
bash e2e-deploy/base-image.sh
CA=/etc/ssl/certs/ca-certificates.crt
args=(--runtime runc build --network host --format docker -t "$IMAGE")
if [[ -f "$CA" ]]; then args+=(-v "$CA:$CA:ro" --build-arg "NODE_EXTRA_CA_CERTS=$CA"); fi
NPM_CACHE="$(npm config get cache 2>/dev/null || echo "$HOME/.npm")"
if [[ -d "$NPM_CACHE" ]]; then args+=(-v "$NPM_CACHE:/root/.npm"); fi
started=$SECONDS
podman "${args[@]}" .
echo "image $IMAGE built in $((SECONDS - started)) s"
