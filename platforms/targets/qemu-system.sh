# platforms/targets/qemu-system.sh - boot a Debian kernel under QEMU's software
# shellcheck shell=bash disable=SC2034,SC2119,SC2120 # a library: its callers use QEMU_6_12 and the optional arguments
# emulation (TCG) into an initramfs that holds the harness (sourced by bash).
#
# Only the kernel is taken from Debian's linux-image .deb (not its modules or
# its initramfs tooling): AF_UNIX, tmpfs and devtmpfs are built in. The
# initramfs's /init runs the harness, then prints the reports as a base64 tar
# between markers on the serial console, which the host cuts out.
# KVM is not used: it cannot be relied on where this runs (nested guests).

# fetch_kernel REGEX: the newest Debian kernel package matching REGEX; sets
# KERNEL to its vmlinuz, kept in build/targets/kernels/ for later runs.
fetch_kernel() {
    local pkg dir
    command -v apt-get >/dev/null 2>&1 || skip "needs a Debian kernel package (no apt-get here)"
    pkg=$(apt-cache search --names-only "$1" | awk '{print $1}' | sort -V | tail -1)
    [ -n "$pkg" ] || { apt-get update -q >/dev/null 2>&1 &&
        pkg=$(apt-cache search --names-only "$1" | awk '{print $1}' | sort -V | tail -1); }
    [ -n "$pkg" ] || die "no Debian package matches $1 (apt-get update?)"
    dir=$ROOT/build/targets/kernels/$pkg
    if [ ! -f "$dir/vmlinuz" ]; then
        note "downloading $pkg"
        mkdir -p "$WORK/deb"
        (cd "$WORK/deb" && apt-get download "$pkg" >"$WORK/download.log" 2>&1) ||
            die "apt-get download $pkg failed: $(tail -1 "$WORK/download.log")"
        mkdir -p "$WORK/deb/x"
        dpkg-deb --fsys-tarfile "$WORK"/deb/*.deb | tar -x -C "$WORK/deb/x" --wildcards './boot/vmlinuz-*'
        mkdir -p "$dir"
        mv "$WORK"/deb/x/boot/vmlinuz-* "$dir/vmlinuz.new"
        mv "$dir/vmlinuz.new" "$dir/vmlinuz"
        rm -rf "$WORK/deb"
    fi
    KERNEL=$dir/vmlinuz
}

# make_initramfs [HOW]: $WORK/initramfs.cpio.gz with busybox, the staged
# binaries and expectations, and an /init that runs the harness; HOW is what
# the report's fingerprint says about how it ran (its "emulated" field).
make_initramfs() {
    local r=$WORK/rootfs
    mkdir -p "$r/bin" "$r/proc" "$r/dev" "$r/tmp" "$r/out" "$r/sys"
    cp /bin/busybox "$WORK/bin/udsprobe" "$WORK/bin/udsprobe-multi" "$r/bin/"
    ln -s busybox "$r/bin/cat" # the process probes exec /bin/cat
    cp -r "$WORK/platforms" "$r/platforms"
    runner_args --emulated "${1:-qemu-system-x86_64 TCG (full system, Debian kernel)}"
    {
        echo '#!/bin/busybox sh'
        echo '/bin/busybox mount -t proc proc /proc'
        echo '/bin/busybox mount -t devtmpfs dev /dev'
        echo '/bin/busybox mount -t tmpfs -o mode=1777 tmpfs /tmp'
        echo '/bin/busybox chmod 0777 /out'
        echo 'echo "=== BEGIN console"'
        echo 'cd / || exit 1'
        printf 'TMPDIR=/tmp bin/udsprobe'
        printf ' %q' "${RUNNER_ARGS[@]}"
        printf ' 2>&1\n'
        echo 'echo "=== END console"'
        echo 'echo "=== BEGIN reports"'
        echo '/bin/busybox tar -c -C /out . | /bin/busybox base64'
        echo 'echo "=== END reports"'
        echo '/bin/busybox poweroff -f'
    } >"$r/init"
    chmod 0755 "$r/init" "$r/bin"/*
    (cd "$r" && find . | cpio -o -H newc --quiet | gzip -1) >"$WORK/initramfs.cpio.gz"
}

# boot_qemu [KERNEL-ARG...]: run the initramfs under $KERNEL; the console is
# $WORK/qemu.log.
boot_qemu() {
    timeout "${QEMU_TIMEOUT:-1800}" qemu-system-x86_64 -accel tcg -m 1024 -smp 2 \
        -machine pc -nodefaults -nic none -serial stdio -display none -no-reboot \
        -kernel "$KERNEL" -initrd "$WORK/initramfs.cpio.gz" \
        -append "console=ttyS0 quiet panic=-1${*:+ $*}" </dev/null >"$WORK/qemu.log" 2>&1 ||
        note "qemu exited with status $?: $(tail -1 "$WORK/qemu.log")"
    tr -d '\r' <"$WORK/qemu.log" >"$WORK/serial.log"
    section console <"$WORK/serial.log" | tee "$WORK/console.log" >&2
    section reports <"$WORK/serial.log" | base64 -d | tar -x -C "$WORK/out" ||
        die "no reports on the serial console (see $WORK/qemu.log): $(tail -1 "$WORK/serial.log")"
}

# section NAME: the lines between "=== BEGIN NAME" and "=== END NAME".
section() {
    awk -v b="=== BEGIN $1" -v e="=== END $1" '$0 == e { on = 0 } on { print } $0 == b { on = 1 }'
}

# QEMU_6_12: the Debian kernel package of linux-6.12-qemu, which the i386
# target also boots when this machine's kernel will not exec 32-bit code.
QEMU_6_12='^linux-image-6\.12\.[0-9]+\+deb12-amd64$'

# need_qemu_system: the packages, and an emulator that starts.
need_qemu_system() {
    need_packages qemu-system-x86 busybox-static cpio
    qemu-system-x86_64 --version >/dev/null 2>&1 ||
        skip "qemu-system-x86_64 does not start: $(qemu-system-x86_64 --version 2>&1 | tail -1)"
}

# qemu_target NAME PACKAGE-REGEX: the whole target.
qemu_target() {
    target_init "$1" static-x86_64
    need_qemu_system
    build_multi LDFLAGS=-static
    fetch_kernel "$2"
    make_initramfs
    note "booting $(basename "$(dirname "$KERNEL")") under TCG"
    boot_qemu
    collect
}
