#!/usr/bin/env python3
"""Crash trials: `custos-cli import`, `custos-cli scan` and `custos-cli retention purge`
killed with SIGKILL at random moments. After each kill the workspace must pass `check` and open for `info` as the kill
left it; the job run again must finish with the counts of an uninterrupted run (nothing
lost, nothing doubled, every post scanned once; a purge run again deletes what the
uninterrupted purge deleted, with one tombstone per record), and the audit log must verify,
the deep verification included.

    kill_trials.py CUSTOS_CLI [--import-trials N] [--scan-trials N] [--purge-trials N] [--posts N]
                              [--batch N] [--seed S] [--work DIR] [--keep]

CUSTOS_KILL_TRIALS sets the three trial counts (default 50 each). Exit 0 when every trial
passed; otherwise 1, with each failing workspace kept as the kill left it.
"""

import argparse
import collections
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stress_support as s  # noqa: E402


class Trial:
    """One kill. In the start-up phase (signing in, reading the export, compiling the
    policy) it comes `delay` seconds after the start; in the writing phase `delay` seconds
    after the job's first write to the posts' file, where it can meet a commit."""

    def __init__(self, kind, number, phase, delay):
        self.kind, self.number, self.phase, self.delay = kind, number, phase, delay
        self.killed_at = None  # seconds after the start, when the kill found the job running
        self.seconds = 0.0
        self.problems = []
        self.notes = []

    def expect(self, ok, problem):
        if not ok:
            self.problems.append(problem)
        return ok

    def when(self):
        return f"{self.delay:.3f} s after the " + ("start" if self.phase == "start-up" else "first write")


class FirstWrite:
    """Sees a job's first write to the posts' file: its journal appears, or the file changes."""

    def __init__(self, workspace):
        self.content = os.path.join(workspace, "content.db")
        self.before = self.state()

    def state(self):
        st = os.stat(self.content)
        return st.st_mtime_ns, st.st_size

    def seen(self):
        return os.path.exists(self.content + "-journal") or self.state() != self.before


def timed_run(cli, args, workspace):
    """Runs the job uninterrupted: (seconds until its first write, seconds in all)."""
    watch = FirstWrite(workspace)
    began = time.monotonic()
    p = cli.start(args, workspace)
    first_write = None
    while p.poll() is None:
        if first_write is None and watch.seen():
            first_write = time.monotonic() - began
        time.sleep(0.001)
    duration = time.monotonic() - began
    _, err = cli.output(p)
    if p.returncode != 0:
        raise SystemExit(f"custos-cli {' '.join(args)} failed (exit {p.returncode}): {err.strip()}")
    return (first_write if first_write is not None else 0.0), duration


def plan_kill(rng, kind, number, first_write, duration):
    """A fifth of the kills land in the start-up, the rest are spread over the writing."""
    if rng.random() < 0.2:
        return Trial(kind, number, "start-up", rng.uniform(0.0, first_write))
    return Trial(kind, number, "writing", rng.uniform(0.0, duration - first_write))


def kill_during(cli, t, args, workspace):
    """Starts the job and kills it (SIGKILL) at the trial's moment, unless it ended before."""
    watch = FirstWrite(workspace)
    began = time.monotonic()
    p = cli.start(args, workspace)
    deadline = began + t.delay if t.phase == "start-up" else None
    while p.poll() is None:
        now = time.monotonic()
        if deadline is None and watch.seen():
            deadline = now + t.delay
        if deadline is not None and now >= deadline:
            p.send_signal(signal.SIGKILL)
            t.killed_at = now - began
            break
        time.sleep(0.001)
    p.wait()
    cli.output(p)
    if p.returncode != -signal.SIGKILL:
        t.killed_at = None


def last_line(text):
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def after_kill(cli, t, workspace, killed_copy):
    """What must hold right after the kill, before anything runs the job again. The state
    the kill left is copied first (check and info only read), to be kept when the trial fails."""
    s.copy_workspace(workspace, killed_copy)
    rc, out, err, _ = cli.run(["check", workspace], workspace)
    ok = rc == 0 and json.loads(out).get("ok") is True
    t.expect(ok, f"check after the kill: exit {rc}: {last_line(err) or out[:300]}")
    tables, error = cli.tables(workspace)
    t.expect(tables is not None, f"info after the kill: {error}")
    return tables


def finish(cli, t, workspace):
    rc, _, err, _ = cli.run(["audit", "verify", workspace], workspace)
    t.expect(rc == 0, f"audit verify: exit {rc}: {last_line(err)}")
    rc, _, err, _ = cli.run(["check", workspace], workspace)
    t.expect(rc == 0, f"check after completion: exit {rc}: {last_line(err)}")


def import_trial(cli, t, corpus, workspace, killed_copy, batch, reference, posts):
    args = ["import", workspace, corpus, "--batch", str(batch)]
    kill_during(cli, t, args, workspace)
    at_kill = after_kill(cli, t, workspace, killed_copy)
    t.notes.append(f"{at_kill['posts'] if at_kill else '?'} posts at the kill")
    rc, out, err, _ = cli.run(args, workspace)
    expected = dict(reference)
    if t.expect(rc == 0, f"import run again: exit {rc}: {last_line(err)}"):
        summary = json.loads(out)
        counts = summary["counts"]
        t.expect(counts["skipped"] == 0, f"import run again skipped {counts['skipped']} records")
        if summary.get("resumed"):
            t.notes.append(f"resumed, {counts['posts_added']} posts added")
        elif counts["posts_added"] == posts:
            t.notes.append("started anew")  # killed before the import was recorded
        elif counts["posts_unchanged"] == posts:
            # Killed after the import had finished its work: running it again is a second
            # import of the same export, which finds every post unchanged.
            t.notes.append("the import had finished before the kill")
            expected["imports"] = reference["imports"] + 1
        else:
            t.expect(False, f"import run again did not resume the interrupted import: {counts}")
    tables, error = cli.tables(workspace)
    if t.expect(tables is not None, f"info after completion: {error}"):
        diff = s.differences(tables, expected)
        t.expect(not diff, "counts differ from the uninterrupted import: " + "; ".join(diff))
    # The same export once more: every post is there once, with its content unchanged.
    rc, out, err, _ = cli.run(["import", workspace, corpus], workspace)
    if t.expect(rc == 0, f"import of the same export: exit {rc}: {last_line(err)}"):
        counts = json.loads(out)["counts"]
        t.expect(counts["posts_unchanged"] == posts and counts["posts_added"] == 0 and counts["posts_edited"] == 0,
                 f"import of the same export found {counts}")
    finish(cli, t, workspace)


def scan_trial(cli, t, workspace, killed_copy, reference, reference_flags):
    kill_during(cli, t, ["scan", workspace], workspace)
    at_kill = after_kill(cli, t, workspace, killed_copy)
    t.notes.append(f"{at_kill['flags'] if at_kill else '?'} flags at the kill")
    rc, out, err, _ = cli.run(["scan", workspace], workspace)
    if t.expect(rc == 0, f"scan run again: exit {rc}: {last_line(err)}"):
        t.notes.append(f"{json.loads(out)['scanned']} posts scanned by the rerun")
    tables, error = cli.tables(workspace)
    if t.expect(tables is not None, f"info after completion: {error}"):
        diff = s.differences(tables, reference)
        t.expect(not diff, "counts differ from the uninterrupted scan: " + "; ".join(diff))
    rc, out, err, _ = cli.run(["scan", workspace], workspace)
    if t.expect(rc == 0, f"a further scan: exit {rc}: {last_line(err)}"):
        again = json.loads(out)["scanned"]
        t.expect(again == 0, f"a further scan scanned {again} posts")
    rc, out, err, _ = cli.run(["flags", workspace, "--format", "jsonl", "--limit", "1000000"], workspace, user="cleo")
    if t.expect(rc == 0, f"flags: exit {rc}: {last_line(err)}"):
        t.expect(s.flag_set(out) == reference_flags, "the flags differ from the uninterrupted scan's")
    finish(cli, t, workspace)


PURGE_TABLES = ("posts", "post_versions", "flags", "tombstones")


def purge_counts(tables):
    return {k: tables.get(k) for k in PURGE_TABLES}


def purge_trial(cli, t, workspace, killed_copy, batch, reference):
    args = ["retention", "purge", workspace, "--batch", str(batch), "--quiet"]
    kill_during(cli, t, args, workspace)
    at_kill = after_kill(cli, t, workspace, killed_copy)
    t.notes.append(f"{at_kill['posts'] if at_kill else '?'} posts at the kill")
    rc, out, err, _ = cli.run(args, workspace)
    if t.expect(rc == 0, f"purge run again: exit {rc}: {last_line(err)}"):
        summary = json.loads(out)
        if summary["interrupted"]:
            t.notes.append(f"purge {summary['interrupted']} marked interrupted")
        t.notes.append(f"{summary['purged']['post']} posts purged by the rerun")
    tables, error = cli.tables(workspace)
    if t.expect(tables is not None, f"info after completion: {error}"):
        got, want = purge_counts(tables), purge_counts(reference)
        t.expect(got == want, f"counts differ from the uninterrupted purge: {got} (reference {want})")
    rc, out, err, _ = cli.run(["retention", "preview", workspace], workspace)
    if t.expect(rc == 0, f"preview after completion: exit {rc}: {last_line(err)}"):
        left = json.loads(out)["posts_to_purge"]
        t.expect(left == 0, f"{left} expired posts are left after the rerun")
    rc, _, err, _ = cli.run(["audit", "verify", workspace, "--deep"], workspace)
    t.expect(rc == 0, f"deep verification: exit {rc}: {last_line(err)}")
    finish(cli, t, workspace)


def report(t, cli, source, workspace, job):
    verdict = "ok" if not t.problems else "FAILED"
    moment = f"killed at {t.killed_at:.3f} s" if t.killed_at is not None else "it ended before the kill"
    print(f"{t.kind} {t.number:2d}: kill {t.when()} ({moment}); {', '.join(t.notes)}; {verdict} ({t.seconds:.1f} s)",
          flush=True)
    for p in t.problems:
        print(f"    {p}", flush=True)
    if t.problems:
        print(f"    the workspace as the kill left it: {workspace} (its witness {s.witness_of(workspace)}); "
              f"after the steps: {workspace}.after", flush=True)
        print(f"    to repeat: copy {source} and {s.witness_of(source)}; run CUSTOS_WITNESS_DIR=<the copied witness> "
              f"custos-cli {job} --user root --passphrase-file {cli.passfiles['root']}; kill -9 it {t.when()}; "
              f"then custos-cli check on the copy", flush=True)


def main():
    default_trials = int(os.environ.get("CUSTOS_KILL_TRIALS", "50"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cli", help="path of custos-cli")
    ap.add_argument("--import-trials", type=int, default=default_trials)
    ap.add_argument("--scan-trials", type=int, default=default_trials)
    ap.add_argument("--purge-trials", type=int, default=default_trials)
    ap.add_argument("--posts", type=int, default=50000, help="posts of the demo export (default 50000)")
    ap.add_argument("--batch", type=int, default=1000, help="records per import transaction (default 1000)")
    ap.add_argument("--seed", type=int, default=None, help="seed of the kill moments (default: from the clock)")
    ap.add_argument("--work", help="folder for the workspaces (default: a new one in the temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder even when every trial passed")
    o = ap.parse_args()
    seed = o.seed if o.seed is not None else int(time.time())
    rng = random.Random(seed)
    work = os.path.abspath(o.work) if o.work else tempfile.mkdtemp(prefix="custos-kill-trials-")
    os.makedirs(work, exist_ok=True)
    # A copy of the program: every trial runs the same build, whatever happens to the build folder.
    program = os.path.join(work, "custos-cli")
    shutil.copy2(o.cli, program)
    cli = s.Cli(program, work)
    began = time.monotonic()
    print(f"kill trials: {o.import_trials} imports, {o.scan_trials} scans, {o.purge_trials} purges of {o.posts} posts "
          f"(imported in batches of {o.batch}), seed {seed}, in {work}", flush=True)

    corpus, base = s.make_base(cli, work, o.posts, 7)
    ref_import = os.path.join(work, "reference-import")
    s.copy_workspace(base, ref_import)
    import_timing = timed_run(cli, ["import", ref_import, corpus, "--batch", str(o.batch)], ref_import)
    import_tables, _ = cli.tables(ref_import)
    ref_scan = os.path.join(work, "reference-scan")
    s.copy_workspace(ref_import, ref_scan)
    scan_timing = timed_run(cli, ["scan", ref_scan], ref_scan)
    scan_tables, _ = cli.tables(ref_scan)
    flags_out, _ = cli.must(["flags", ref_scan, "--format", "jsonl", "--limit", "1000000"], ref_scan, user="cleo")
    reference_flags = s.flag_set(flags_out)
    print(f"uninterrupted: import {import_timing[1]:.2f} s, first write at {import_timing[0]:.2f} s "
          f"({import_tables['posts']} posts); scan {scan_timing[1]:.2f} s, first write at {scan_timing[0]:.2f} s "
          f"({scan_tables['flags']} flags)", flush=True)

    # The purges start from the imported posts with a rule that lets every post older than a
    # day expire (the demo's posts are older).
    ref_retention = os.path.join(work, "reference-retention")
    s.copy_workspace(ref_import, ref_retention)
    cli.must(["retention", "rule", "add", ref_retention, "--name", "Trial", "--class", "posts", "--period", "1",
              "--reason", "kill trials"], ref_retention)
    ref_purge = os.path.join(work, "reference-purge")
    s.copy_workspace(ref_retention, ref_purge)
    purge_timing = timed_run(cli, ["retention", "purge", ref_purge, "--batch", str(o.batch), "--quiet"], ref_purge)
    purge_tables, _ = cli.tables(ref_purge)
    print(f"uninterrupted purge: {purge_timing[1]:.2f} s, first write at {purge_timing[0]:.2f} s "
          f"({purge_tables.get('tombstones')} tombstones, {purge_tables['posts']} posts left)", flush=True)

    trials_dir = os.path.join(work, "trials")
    os.makedirs(trials_dir, exist_ok=True)
    results = {"import": [], "scan": [], "purge": []}
    plan = [("import", i, import_timing) for i in range(1, o.import_trials + 1)] + \
           [("scan", i, scan_timing) for i in range(1, o.scan_trials + 1)] + \
           [("purge", i, purge_timing) for i in range(1, o.purge_trials + 1)]
    for kind, number, (first_write, duration) in plan:
        t = plan_kill(rng, kind, number, first_write, duration)
        workspace = os.path.join(trials_dir, f"{kind}-{number:02d}")
        killed_copy = workspace + ".killed"
        source = {"import": base, "scan": ref_import, "purge": ref_retention}[kind]
        s.copy_workspace(source, workspace)
        started = time.monotonic()
        if kind == "import":
            import_trial(cli, t, corpus, workspace, killed_copy, o.batch, import_tables, o.posts)
            job = f"import COPY {corpus} --batch {o.batch}"
        elif kind == "scan":
            scan_trial(cli, t, workspace, killed_copy, scan_tables, reference_flags)
            job = "scan COPY"
        else:
            purge_trial(cli, t, workspace, killed_copy, o.batch, purge_tables)
            job = f"retention purge COPY --batch {o.batch}"
        t.seconds = time.monotonic() - started
        results[kind].append(t)
        if t.problems:
            # The journals of an interrupted commit name their files by absolute path: the
            # state the kill left is kept at the trial's own path, the state after the steps beside it.
            after = workspace + ".after"
            os.rename(workspace, after)
            os.rename(s.witness_of(workspace), s.witness_of(after))
            os.rename(killed_copy, workspace)
            os.rename(s.witness_of(killed_copy), s.witness_of(workspace))
        else:
            s.remove_workspace(workspace)
            s.remove_workspace(killed_copy)
        report(t, cli, source, workspace, job)

    failures = 0
    for kind in ("import", "scan", "purge"):
        done = results[kind]
        failed = [t for t in done if t.problems]
        failures += len(failed)
        killed = [t for t in done if t.killed_at is not None]
        print(f"{kind}: {len(done)} trials, {len(killed)} killed mid-job "
              f"({sum(1 for t in killed if t.phase == 'writing')} while writing), {len(failed)} failed"
              + (f" ({', '.join(str(t.number) for t in failed)})" if failed else "")
              + f", {s.minutes(sum(t.seconds for t in done))}")
        for step, n in sorted(collections.Counter(p.split(":")[0] for t in failed for p in t.problems).items()):
            print(f"    {n} x {step}")
    print(f"total: {sum(len(v) for v in results.values())} trials, {failures} failed, "
          f"{s.minutes(time.monotonic() - began)} (seed {seed})")
    if failures:
        print(f"failing workspaces kept in {trials_dir}")
    elif not o.keep and not o.work:
        shutil.rmtree(work, ignore_errors=True)
    elif not o.keep:
        for d in ("base", "reference-import", "reference-scan", "reference-retention", "reference-purge", "trials"):
            s.remove_workspace(os.path.join(work, d))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
