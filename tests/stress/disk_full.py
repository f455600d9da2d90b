#!/usr/bin/env python3
"""Disk-full trial: a workspace on a small tmpfs runs out of space in the middle of an
import, then of a scan. Each must stop with the disk-full message (for the import: what
was kept, and that running it again continues; never "permission"), the workspace must
stay readable on the full disk (`info`, `check`, `audit verify`), and once the disk is
enlarged the job run again must finish with the counts of a run that had room.

    disk_full.py CUSTOS_CLI [--posts N] [--batch N] [--work DIR] [--keep]

Needs root and `mount -t tmpfs`; prints SKIP and exits 0 without them (the in-process
fault injection of tst_import covers the message then). The witness folder lives on the
same small disk, as it would on a full home folder.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stress_support as s  # noqa: E402


class Failures:
    def __init__(self):
        self.problems = []

    def expect(self, ok, problem):
        print(f"  {'ok' if ok else 'FAILED'}: {problem}", flush=True)
        if not ok:
            self.problems.append(problem)
        return ok


def mount(mountpoint, size):
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", mountpoint],
                          capture_output=True).returncode == 0


def resize(mountpoint, size):
    subprocess.run(["mount", "-o", f"remount,size={size}", mountpoint], check=True, capture_output=True)


def unmount(mountpoint):
    if os.path.ismount(mountpoint):
        if subprocess.run(["umount", mountpoint], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", mountpoint], capture_output=True)


def used(path):
    st = os.statvfs(path)
    return (st.f_blocks - st.f_bfree) * st.f_frsize


def folder_size(path):
    return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))


def kib(n):
    return f"{(n + 1023) // 1024}k"


def tmpfs_available(work):
    if os.geteuid() != 0:
        return "not running as root"
    probe = os.path.join(work, "probe")
    os.makedirs(probe, exist_ok=True)
    if not mount(probe, "1m"):
        return "mount -t tmpfs is refused here"
    unmount(probe)
    os.rmdir(probe)
    return None


def exited(rc, err):
    """"exit N", with the error's last line when it failed."""
    lines = err.strip().splitlines()
    return f"exit {rc}" + (f": {lines[-1]}" if rc != 0 and lines else "")


def readable_on_full_disk(cli, f, ws, what):
    for args in (["info", ws], ["check", ws], ["audit", "verify", ws]):
        rc, out, err, _ = cli.run(args, ws)
        f.expect(rc == 0, f"{' '.join(args[:-1])} on the full disk after the {what}: {exited(rc, err)}")


def stops_for_a_full_disk(f, what, rc, err, more=()):
    message = " ".join(line.removeprefix("custos-cli: ") for line in err.strip().splitlines())
    print(f"  {what} on the full disk: exit {rc}: {message}", flush=True)
    f.expect(rc != 0, f"{what} stops (exit {rc})")
    f.expect("full" in message, f"{what}: the message says the disk is full")
    f.expect("permission" not in message.lower(), f"{what}: the message does not speak of permissions")
    for words in more:
        f.expect(words in message, f"{what}: the message says \"{words}\"")


def trial(cli, o, work, mountpoint, f):
    corpus, base = s.make_base(cli, work, o.posts, 7)
    # The reference: the same import and scan on a disk with room.
    reference = os.path.join(work, "reference")
    s.copy_workspace(base, reference)
    cli.must(["import", reference, corpus, "--batch", str(o.batch)], reference)
    imported_size = folder_size(reference)
    import_tables, _ = cli.tables(reference)
    cli.must(["scan", reference], reference)
    scanned_size = folder_size(reference)
    scan_tables, _ = cli.tables(reference)
    flags_out, _ = cli.must(["flags", reference, "--format", "jsonl", "--limit", "1000000"], reference, user="cleo")
    print(f"reference: {o.posts} posts make the workspace {imported_size / 2**20:.1f} MiB, "
          f"{scanned_size / 2**20:.1f} MiB after the scan ({scan_tables['flags']} flags)", flush=True)

    # Room for the empty workspace and about half the import.
    base_size = folder_size(base)
    size = base_size + (imported_size - base_size) // 2 + 64 * 1024
    if not mount(mountpoint, kib(size)):
        raise SystemExit(f"mounting a tmpfs of {kib(size)} at {mountpoint} failed")
    ws = os.path.join(mountpoint, "workspace")
    s.copy_workspace(base, ws)
    print(f"import into a tmpfs of {kib(size)}:", flush=True)
    args = ["import", ws, corpus, "--batch", str(o.batch)]
    rc, out, err, seconds = cli.run(args, ws)
    stops_for_a_full_disk(f, "import", rc, err, ("posts of the batches before are kept",
                                                 "running the same import again continues"))
    tables, error = cli.tables(ws)
    print(f"  {tables['posts'] if tables else '?'} of {o.posts} posts kept, the disk "
          f"{used(mountpoint) / 2**20:.1f} MiB full", flush=True)
    readable_on_full_disk(cli, f, ws, "import")

    resize(mountpoint, kib(scanned_size * 3))
    print(f"import again on the tmpfs enlarged to {kib(scanned_size * 3)}:", flush=True)
    rc, out, err, seconds = cli.run(args, ws)
    if f.expect(rc == 0, f"import run again: {exited(rc, err)}"):
        summary = json.loads(out)
        f.expect(summary.get("resumed") is True, "the import resumed")
        print(f"  {summary['counts']['posts_added']} posts added in {seconds:.1f} s", flush=True)
    tables, error = cli.tables(ws)
    if f.expect(tables is not None, f"info after the import {error}".strip()):
        diff = s.differences(tables, import_tables)
        f.expect(not diff, "counts equal the reference's" + (": " + "; ".join(diff) if diff else ""))
    rc, out, err, _ = cli.run(["import", ws, corpus], ws)
    if f.expect(rc == 0, f"import of the same export: {exited(rc, err)}"):
        counts = json.loads(out)["counts"]
        f.expect(counts["posts_unchanged"] == o.posts and counts["posts_added"] == 0,
                 f"every post there once, unchanged ({counts['posts_unchanged']} unchanged, "
                 f"{counts['posts_added']} added)")
    # The second import's import row: the reference gets one too, for the scan's comparison.
    cli.must(["import", reference, corpus], reference)
    scan_tables, _ = cli.tables(reference)

    # The scan: room for about half of what it adds, beyond what is used now.
    room = max((scanned_size - imported_size) // 2, 256 * 1024)
    size = used(mountpoint) + room
    resize(mountpoint, kib(size))
    print(f"scan on the tmpfs shrunk to {kib(size)} ({room // 1024} KiB free):", flush=True)
    rc, out, err, _ = cli.run(["scan", ws], ws)
    stops_for_a_full_disk(f, "scan", rc, err)
    tables, error = cli.tables(ws)
    print(f"  {tables['flags'] if tables else '?'} of {scan_tables['flags']} flags kept", flush=True)
    readable_on_full_disk(cli, f, ws, "scan")

    resize(mountpoint, kib(scanned_size * 3))
    print("scan again on the enlarged tmpfs:", flush=True)
    rc, out, err, _ = cli.run(["scan", ws], ws)
    f.expect(rc == 0, f"scan run again: {exited(rc, err)}")
    tables, error = cli.tables(ws)
    if f.expect(tables is not None, f"info after the scan {error}".strip()):
        diff = s.differences(tables, scan_tables)
        f.expect(not diff, "counts equal the reference's" + (": " + "; ".join(diff) if diff else ""))
    rc, out, err, _ = cli.run(["flags", ws, "--format", "jsonl", "--limit", "1000000"], ws, user="cleo")
    f.expect(rc == 0 and s.flag_set(out) == s.flag_set(flags_out), "the flags equal the reference's")
    for args in (["check", ws], ["audit", "verify", ws]):
        rc, out, err, _ = cli.run(args, ws)
        f.expect(rc == 0, f"{' '.join(args[:-1])}: {exited(rc, err)}")
    return ws


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cli", help="path of custos-cli")
    ap.add_argument("--posts", type=int, default=50000, help="posts of the demo export (default 50000)")
    ap.add_argument("--batch", type=int, default=1000, help="records per import transaction (default 1000)")
    ap.add_argument("--work", help="folder for the export and the reference (default: a new temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder even when the trial passed")
    o = ap.parse_args()
    work = os.path.abspath(o.work) if o.work else tempfile.mkdtemp(prefix="custos-disk-full-")
    os.makedirs(work, exist_ok=True)
    why = tmpfs_available(work)
    if why:
        print(f"SKIP: {why}; the in-process fault injection (tst_import) covers a full disk")
        if not o.work:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    program = os.path.join(work, "custos-cli")
    shutil.copy2(o.cli, program)
    cli = s.Cli(program, work)
    mountpoint = os.path.join(work, "small-disk")
    os.makedirs(mountpoint, exist_ok=True)
    # A timeout's SIGTERM still unmounts.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    f = Failures()
    began = time.monotonic()
    ws = None
    try:
        ws = trial(cli, o, work, mountpoint, f)
    finally:
        if f.problems and ws and os.path.isdir(ws):
            kept = os.path.join(work, "failed-workspace")
            s.copy_workspace(ws, kept)
            print(f"the workspace is kept in {kept} (copied off the tmpfs)")
        unmount(mountpoint)
    print(f"disk full: {len(f.problems)} failed, {s.minutes(time.monotonic() - began)}")
    if not f.problems and not o.keep and not o.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if f.problems else 0


if __name__ == "__main__":
    sys.exit(main())
