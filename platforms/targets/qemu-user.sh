# platforms/targets/qemu-user.sh - run the suite for another architecture under
# shellcheck shell=bash
# qemu-user (sourced by bash). Every system call still goes to the host's
# kernel through QEMU's translation: these columns show the suite's and the
# C library's behaviour on another ABI and byte order, and QEMU's own
# artefacts (its setsockopt allow-list, its control-message conversion), not
# another kernel's AF_UNIX. The reports say so in their "emulator" field.
#
# Built with clang and Debian's cross sysroots, not gcc-<arch>-linux-gnu,
# which conflicts with gcc-multilib (the i386 target) on Debian 12.
# binfmt_misc is not assumed: the runner, itself under QEMU, starts each
# probe through the emulator (--exec-via).

# qemu_user_target NAME TRIPLE DEBIAN-ARCH QEMU-NAME
qemu_user_target() {
    local name=$1 triple=$2 arch=$3 qemu=/usr/bin/qemu-$4-static
    target_init "$name"
    need_packages qemu-user-static clang "libc6-dev-$arch-cross" \
        "libgcc-12-dev-$arch-cross" "binutils-$triple"
    build_multi CC="clang --target=$triple" AR="$triple-ar" LDFLAGS=-static
    execs "$qemu" "$WORK/bin/udsprobe" || skip "$qemu cannot run the $4 build here"
    runner_args --exec-via "$qemu" --emulated "qemu-user $4 ($(qemu_version "$qemu"))"
    run_here "$qemu"
    collect
}

qemu_version() {
    "$1" --version | sed -n '1s/.*version \([0-9.]*\).*/QEMU \1/p'
}
