"""Bring archives crawled on other hosts to the Datasette host: a consistent snapshot of each database (SQLite's
backup API, never a copy of a live file and its WAL) renamed into place, then its files and WARC folders
synced (attachment and image files by sha256: present on both sides, never copied again)."""

import hashlib
import os
import shutil
import sqlite3

from ..store import SHA256_HEX


class CollectError(Exception):
    """One line: which archive, what went wrong."""


def snapshot(src, dst):
    """``src`` copied to ``dst`` as of one moment, while a crawl may be writing it; ``dst`` is replaced at once
    (a reader sees the old or the new archive, never half of one) and needs no WAL file beside it."""
    tmp = f"{dst}.{os.getpid()}.tmp"
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=60)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)
        target.execute("pragma journal_mode = delete")
    except sqlite3.Error as exc:
        target.close()
        os.remove(tmp)
        raise CollectError(f"cannot snapshot {src}: {exc}") from None
    finally:
        source.close()
    target.close()
    os.replace(tmp, dst)


def copy_checked(src, dst, sha256):
    """Copy a content-addressed file, refusing bytes that do not hash to their name."""
    digest = hashlib.sha256()
    tmp = f"{dst}.{os.getpid()}.tmp"
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(src, "rb") as fin, open(tmp, "wb") as fout:
        while chunk := fin.read(1 << 20):
            digest.update(chunk)
            fout.write(chunk)
    if digest.hexdigest() != sha256:
        os.remove(tmp)
        raise CollectError(f"{src} does not hash to its name: not copied")
    os.replace(tmp, dst)


def sync_files(src, dst):
    """(copied, present) content-addressed files from ``src`` to ``dst``."""
    copied = present = 0
    for folder, _dirs, names in os.walk(src):
        for name in names:
            if not SHA256_HEX.match(name):
                continue
            target = os.path.join(dst, name[:2], name)
            if os.path.exists(target):
                present += 1
                continue
            copy_checked(os.path.join(folder, name), target, name)
            copied += 1
    return copied, present


def sync_warc(src, dst):
    """WARC files missing or shorter on this side (the last one grows while a crawl writes) are copied."""
    copied = 0
    if not os.path.isdir(src):
        return copied
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        source, target = os.path.join(src, name), os.path.join(dst, name)
        if not name.endswith(".warc.gz"):
            continue
        if not os.path.exists(target) or os.path.getsize(target) < os.path.getsize(source):
            shutil.copyfile(source, f"{target}.tmp")
            os.replace(f"{target}.tmp", target)
            copied += 1
    return copied


def collect(config, only_host=None, to=None):
    """One line per portal: what was brought from its host (portals crawled here are left as they are) into the
    Datasette host's folder (``to``, default the configuration's ``archives``); ``only_host``: that host's."""
    lines = []
    for portal in config.portals:
        host = config.host_of(portal)
        if host is None or (only_host and host.url != only_host.rstrip("/")):
            continue
        src = config.archive(portal, host)
        dst = os.path.join(to, f"{portal.id}.db") if to else config.archive(portal)
        if os.path.abspath(src) == os.path.abspath(dst):
            lines.append(f"{portal.id}: crawled here, nothing to collect")
            continue
        if not os.path.exists(src):
            lines.append(f"{portal.id}: no archive yet on {host.url} ({src})")
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        snapshot(src, dst)
        here, there = os.path.join(os.path.dirname(dst), portal.id), os.path.join(os.path.dirname(src), portal.id)
        copied, present = sync_files(os.path.join(there, "files"), os.path.join(here, "files"))
        warcs = sync_warc(os.path.join(there, "warc"), os.path.join(here, "warc"))
        lines.append(f"{portal.id}: collected from {host.url}: archive snapshot, {copied} files copied, "
                     f"{present} already here, {warcs} WARC files copied")  # fmt: skip
    return lines
