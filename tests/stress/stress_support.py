"""What the crash and disk-full trials share: running custos-cli as a user, copies of a
workspace that keep their own witness, and the counts a finished job must reach."""

import json
import os
import shutil
import subprocess
import tempfile
import time

ROOT_PASSPHRASE = "root passphrase one"
CLEO_PASSPHRASE = "cleo passphrase one"

# Tables whose counts tell nothing about lost or doubled data: the audit log grows with
# every resume (each run signs its own entries), and the full-text index's segment
# layout depends on how many transactions wrote it, not on what it holds.
VOLATILE_TABLES = ("audit_", "posts_fts_seg", "posts_fts_stat")


def witness_of(workspace):
    """Each copy of a workspace has its own witness folder: copies share a workspace id,
    and one witness would take a fresh copy for a rolled-back log."""
    return workspace + ".witness"


class Cli:
    def __init__(self, path, work):
        self.path = os.path.abspath(path)
        self.work = work
        self.passfiles = {"root": os.path.join(work, "pass-root"), "cleo": os.path.join(work, "pass-cleo")}
        for user, text in (("root", ROOT_PASSPHRASE), ("cleo", CLEO_PASSPHRASE)):
            with open(self.passfiles[user], "w", encoding="utf-8") as f:
                f.write(text + "\n")
        self.env = dict(os.environ)
        self.env.pop("CUSTOS_PASSPHRASE", None)
        self.env.setdefault("CUSTOS_KDF_TARGET_MS", "20")
        self.env.setdefault("LC_ALL", "C.UTF-8")
        self.env.setdefault("LANGUAGE", "en")

    def argv(self, args, workspace=None, user="root"):
        argv = [self.path] + list(args)
        if user:
            argv += ["--user", user, "--passphrase-file", self.passfiles[user]]
        return argv

    def environment(self, workspace):
        env = dict(self.env)
        env["CUSTOS_WITNESS_DIR"] = witness_of(workspace) if workspace else os.path.join(self.work, "witness")
        return env

    def start(self, args, workspace=None, user="root"):
        """A job in the background; its output goes to files (a pipe nobody reads while
        the job runs would stop it once full), read by `output`."""
        out = tempfile.TemporaryFile(dir=self.work)
        err = tempfile.TemporaryFile(dir=self.work)
        p = subprocess.Popen(self.argv(args, workspace, user), env=self.environment(workspace),
                             stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        p.files = out, err
        return p

    @staticmethod
    def output(p):
        """(stdout, stderr) of a finished job from `start`."""
        texts = []
        for f in p.files:
            f.seek(0)
            texts.append(f.read().decode("utf-8", "replace"))
            f.close()
        return texts[0], texts[1]

    def run(self, args, workspace=None, user="root", timeout=900):
        """(exit code, stdout, stderr, seconds)"""
        began = time.monotonic()
        p = subprocess.run(self.argv(args, workspace, user), env=self.environment(workspace), stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), \
            time.monotonic() - began

    def must(self, args, workspace=None, user="root"):
        rc, out, err, seconds = self.run(args, workspace, user)
        if rc != 0:
            raise SystemExit(f"custos-cli {' '.join(args)} failed (exit {rc}): {err.strip()}")
        return out, seconds

    def tables(self, workspace):
        """The per-table counts of `info`, or None with the error when it does not open."""
        rc, out, err, _ = self.run(["info", workspace], workspace)
        if rc != 0:
            return None, f"exit {rc}: {err.strip()}"
        return json.loads(out)["tables"], ""


def comparable(tables):
    return {k: v for k, v in tables.items() if not k.startswith(VOLATILE_TABLES)}


def differences(tables, reference):
    a, b = comparable(tables), comparable(reference)
    return [f"{k} {a.get(k)} (reference {b.get(k)})" for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]


def flag_set(listing):
    """The flags of `flags --format jsonl`, without their row ids (which say nothing of
    what was found), sorted."""
    rows = []
    for line in listing.splitlines():
        if line.strip():
            row = json.loads(line)
            row.pop("flag", None)
            rows.append(json.dumps(row, sort_keys=True))
    return sorted(rows)


def copy_workspace(source, target):
    """A whole copy of a workspace folder and of its witness."""
    for d in (target, witness_of(target)):
        if os.path.exists(d):
            shutil.rmtree(d)
    shutil.copytree(source, target)
    if os.path.isdir(witness_of(source)):
        shutil.copytree(witness_of(source), witness_of(target))
    else:
        os.makedirs(witness_of(target))


def remove_workspace(workspace):
    for d in (workspace, witness_of(workspace)):
        shutil.rmtree(d, ignore_errors=True)


def make_base(cli, work, posts, seed):
    """The demo export and an empty workspace with an administrator (root) and a
    compliance officer (cleo, who may list flags)."""
    corpus = os.path.join(work, "corpus")
    cli.must(["demo-corpus", "--out", corpus, "--posts", str(posts), "--seed", str(seed)], user=None)
    base = os.path.join(work, "base")
    os.makedirs(witness_of(base), exist_ok=True)
    cli.must(["init", base, "--admin", "root", "--passphrase-file", cli.passfiles["root"]], base, user=None)
    cli.must(["user", "add", base, "--name", "cleo", "--role", "compliance", "--new-passphrase-file",
              cli.passfiles["cleo"]], base)
    return corpus, base


def minutes(seconds):
    return f"{int(seconds // 60)} min {seconds % 60:04.1f} s"
