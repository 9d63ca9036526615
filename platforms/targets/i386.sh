#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2119 # functions with optional arguments
# target i386: 32-bit x86 build (gcc -m32) on a 64-bit kernel's compat layer.
#
# The suite built with gcc -m32 (static), so every socket call goes through a
# 64-bit kernel's 32-bit compat layer and the ILP32 ancillary-data layout
# (4-byte cmsg_len, CMSG_SPACE(int) = 16). It runs on this machine's kernel
# when that kernel execs 32-bit code; a kernel built with IA32 emulation can
# still refuse it (ia32_emulation=0, or CONFIG_IA32_EMULATION off: exec gives
# ENOEXEC). Then the same binaries run on Debian's 6.12 kernel under QEMU
# (the linux-6.12-qemu guest, booted with ia32_emulation=1), and the report's
# fingerprint says so: the guest's kernel release, and "emulated".
# I386_VIA=host or I386_VIA=qemu picks the way instead of asking the kernel.
# Needs: gcc-multilib (which conflicts with Debian's gcc cross compilers);
# for the guest, qemu-system-x86, busybox-static and cpio. Cost: one build,
# then seconds (the guest: about 20 s more).
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=qemu-system.sh
. "$(dirname "$0")/qemu-system.sh"
target_init i386
need_packages gcc-multilib
build_multi CC="gcc -m32" LDFLAGS=-static
via=${I386_VIA:-auto}
if [ "$via" = auto ]; then
    if execs "$WORK/bin/udsprobe"; then via=host; else via=qemu; fi
    [ "$via" = host ] ||
        note "this kernel ($(uname -r)) does not exec 32-bit x86 code; running it on Debian's 6.12 kernel under QEMU"
fi
case $via in
host)
    execs "$WORK/bin/udsprobe" || die "I386_VIA=host, but this kernel does not exec 32-bit x86 code"
    runner_args
    run_here
    ;;
qemu)
    need_qemu_system
    fetch_kernel "$QEMU_6_12"
    make_initramfs "i386 binaries on qemu-system-x86_64 TCG (Debian kernel, ia32_emulation=1); host kernel $(uname -r) refused 32-bit exec"
    note "booting $(basename "$(dirname "$KERNEL")") under TCG"
    boot_qemu ia32_emulation=1
    ;;
*) die "I386_VIA=$via: host, qemu or auto" ;;
esac
collect
