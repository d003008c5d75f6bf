#!/usr/bin/env bash
# Make a stand-in for python:3.12-slim when no registry can be reached: a minimal Debian
# bookworm (debootstrap) with a CPython 3.12 from pyenv in /usr/local, imported and tagged
# exactly `python:3.12-slim` so the Dockerfile builds unchanged.
#
#   DOCKER_HOST=... bash tests/docker/make-base-image.sh
#
# Does nothing when the engine already has python:3.12-slim (real or stand-in). The root file
# system is cached as a tarball under QUOTES_DOCKER_HOME, so an engine with an empty image
# store gets the image back in seconds.
set -euo pipefail

image="python:3.12-slim"
docker=/usr/bin/docker
home_dir="${QUOTES_DOCKER_HOME:-/var/tmp/quotes-docker}"
# Bump when the recipe below changes, so a stale cached tarball is not reused.
recipe=1
log() { echo "make-base-image: $*" >&2; }

if "$docker" image inspect "$image" >/dev/null 2>&1; then
    log "$image already present"
    exit 0
fi

find_python() {
    local root
    root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
    # Highest installed 3.12.x.
    find "$root/versions" -maxdepth 1 -name '3.12.*' -type d 2>/dev/null | sort -V | tail -n 1
}

python_dir="$(find_python)"
[[ -n "$python_dir" && -x "$python_dir/bin/python3.12" ]] || {
    log "no CPython 3.12 found under pyenv (pyenv install 3.12) and no $image image"
    exit 3
}
version="$(basename "$python_dir")"
tarball="$home_dir/python-$version-slim-standin-r$recipe.tar"

import_tarball() {
    "$docker" import \
        --change 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change "ENV PYTHON_VERSION=${version}" \
        --change 'CMD ["python3"]' \
        - "$image" <"$1" >/dev/null
}

if [[ -f "$tarball" ]]; then
    log "importing cached root file system $tarball"
    import_tarball "$tarball"
    exit 0
fi

command -v debootstrap >/dev/null || {
    log "debootstrap missing: apt-get install debootstrap"
    exit 3
}

# The Debian mirror this machine's apt uses (deb822 or one-line format), else the default.
mirror="$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' \
    /etc/apt/sources.list.d/* /etc/apt/sources.list 2>/dev/null |
    grep -oE 'https?://[^ ]+' | head -n 1 || true)"
mirror="${mirror:-http://deb.debian.org/debian}"

work="$(mktemp -d /tmp/qbase.XXXXXX)"
cleanup() {
    for m in dev/null proc; do
        mountpoint -q "$work/root/$m" 2>/dev/null && umount -l "$work/root/$m"
    done
    rm -rf "$work"
}
trap cleanup EXIT
root="$work/root"

log "debootstrap bookworm from $mirror (about 30 s)"
# The shared libraries CPython's extension modules link against, plus what python:3.12-slim
# ships (ca-certificates, netbase, tzdata).
debootstrap --variant=minbase \
    --include=ca-certificates,netbase,tzdata,libssl3,libsqlite3-0,libffi8,libbz2-1.0,liblzma5,zlib1g,libreadline8,libncursesw6,libuuid1,libexpat1,libnsl2,libtirpc3,libgdbm6 \
    bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -n 20 "$work/debootstrap.log" >&2
    exit 1
}

log "copying CPython $version from $python_dir"
mkdir -p "$root/usr/local"
cp -a "$python_dir/bin" "$python_dir/include" "$root/usr/local/"
mkdir -p "$root/usr/local/lib"
# Leave out pyenv's site-packages (ensurepip puts a clean pip back) and the test suite.
tar -C "$python_dir/lib" \
    --exclude='python3.12/site-packages/*' --exclude='python3.12/test' \
    --exclude='python3.12/idlelib' --exclude='python3.12/tkinter' \
    --exclude='__pycache__' -c . | tar -C "$root/usr/local/lib" -x
rm -f "$root/usr/local/bin/"{idle*,2to3*,pip*,python3.12-gdb.py}

# /dev/null is needed by ensurepip's subprocesses inside the chroot.
touch "$root/dev/null" 2>/dev/null || true
mount --bind /dev/null "$root/dev/null"
chroot "$root" /sbin/ldconfig /usr/local/lib
chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin \
    /usr/local/bin/python3.12 -m ensurepip --default-pip >/dev/null
chroot "$root" /usr/local/bin/python3.12 -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, uuid; print("ok")' >/dev/null
umount "$root/dev/null"
rm -f "$root/dev/null"
# The names python:3.12-slim has.
for name in python python3; do ln -sf python3.12 "$root/usr/local/bin/$name"; done
for name in pip pip3; do ln -sf pip3.12 "$root/usr/local/bin/$name" 2>/dev/null || true; done
[[ -x "$root/usr/local/bin/pip" ]] || ln -sf pip3 "$root/usr/local/bin/pip"
rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*

log "importing as $image"
tar -C "$root" --numeric-owner -cf "$work/rootfs.tar" .
import_tarball "$work/rootfs.tar"
mv "$work/rootfs.tar" "$tarball"
log "done; cached at $tarball"
