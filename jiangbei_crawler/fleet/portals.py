"""portals.yaml: one entry per portal, each crawled into its own archive ``<archives>/<id>.db``.

A wrong or unknown key is a ``ConfigError`` whose message names the file and the line. Portals go to Scrapyd
hosts by a stable hash of their id (rendezvous hashing: adding a host moves only the portals that now hash
to it).
"""

import hashlib
import os
import re
from dataclasses import dataclass, field

import yaml

from ..crawl.session import CrawlRefused, portal_url

# Per-portal options (also allowed under ``defaults:``) and the Scrapy setting each one becomes.
OPTIONS = {
    "delay": ("DOWNLOAD_DELAY", float),
    "concurrency": ("CONCURRENT_REQUESTS_PER_DOMAIN", int),
    "autothrottle": ("AUTOTHROTTLE_ENABLED", bool),
    "profile": ("SITE_PROFILE", str),
    "ocr_budget": ("OCR_BUDGET", float),
    "user_agent": ("USER_AGENT", str),
}
EXTRA = {"mode": str, "settings": dict}  # crawl mode (incremental, full); any other Scrapy setting by name
PORTAL_KEYS = {"id": str, "name": str, "url": str, "enabled": bool, "host": str}
TOP_KEYS = ("archives", "defaults", "hosts", "portals", "max_proc")
HOST_KEYS = {"url": str, "archives": str}
PORTAL_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


class ConfigError(Exception):
    """One line: file, line number, what is wrong."""


@dataclass
class Host:
    url: str
    archives: str  # where this host writes its archives (an absolute path there)


@dataclass
class Portal:
    id: str
    name: str
    url: str
    enabled: bool
    options: dict = field(default_factory=dict)
    line: int = 0

    def settings(self, archive):
        """Scrapy settings for this portal's crawl into ``archive``: its own folders for files and WARC."""
        out = {"PORTAL_URL": self.url, "ARCHIVE_PATH": archive, "OCR_AFTER_CRAWL": 1}  # ocr_budget: 0 turns it off
        out["ARCHIVE_FILES_DIR"] = os.path.join(os.path.dirname(archive), self.id, "files")
        out["ARCHIVE_WARC_DIR"] = os.path.join(os.path.dirname(archive), self.id, "warc")
        for key, value in self.options.items():
            if key in OPTIONS:
                out[OPTIONS[key][0]] = int(value) if isinstance(value, bool) else value
        if "concurrency" in self.options:
            # one job crawls one portal, so the job's whole limit is the portal's: measured (BENCHMARKS.md, section
            # 9), the per-domain limit alone let up to CONCURRENT_REQUESTS requests reach one portal at once
            out["CONCURRENT_REQUESTS"] = self.options["concurrency"]
        out.update(self.options.get("settings") or {})
        return {k: str(v) for k, v in out.items()}


@dataclass
class Config:
    path: str
    archives: str  # the Datasette host's folder of archives
    portals: list
    hosts: list
    max_proc: int = 0

    def archive(self, portal, host=None):
        return os.path.join(host.archives if host else self.archives, f"{portal.id}.db")

    def enabled(self):
        return [p for p in self.portals if p.enabled]

    def host_of(self, portal):
        """The host a portal is crawled on: its ``host:`` if given, else the highest hash of (host, id)."""
        if not self.hosts:
            return None
        if portal.options.get("host"):
            return next(h for h in self.hosts if h.url == portal.options["host"])
        return max(self.hosts, key=lambda h: hashlib.sha256(f"{h.url}\n{portal.id}".encode()).digest())


class Reader:
    """Walks the YAML node tree so every error can name its line."""

    def __init__(self, path, text):
        self.path = path
        self.loader = yaml.SafeLoader(text)

    def fail(self, node, message):
        line = node.start_mark.line + 1 if node is not None else 1
        raise ConfigError(f"{self.path} line {line}: {message}")

    def value(self, node):
        return self.loader.construct_object(node, deep=True)

    def mapping(self, node, what):
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping of key: value")
        return [(k.value, k, v) for k, v in node.value]

    def typed(self, node, key, kind):
        value = self.value(node)
        ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            self.fail(node, f"{key} must be {TYPE_NAMES[kind]}, not {value!r}")
        if kind in (int, float) and value < 0:
            self.fail(node, f"{key} must not be negative")
        return value


TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false", dict: "a mapping"}


def unknown(reader, key_node, key, known):
    import difflib

    close = difflib.get_close_matches(key, known, n=1)
    hint = f": did you mean {close[0]}?" if close else f" (known: {', '.join(sorted(known))})"
    reader.fail(key_node, f"unknown key {key!r}{hint}")


def read_options(reader, node, allowed, what):
    out = {}
    for key, key_node, value_node in reader.mapping(node, what):
        if key not in allowed:
            unknown(reader, key_node, key, allowed)
        out[key] = reader.typed(value_node, key, allowed[key])
    if "concurrency" in out and out["concurrency"] < 1:
        reader.fail(node, "concurrency must be at least 1")
    if "mode" in out and out["mode"] not in ("incremental", "full"):
        reader.fail(node, f"mode must be incremental or full, not {out['mode']!r}")
    return out


def read_portal(reader, node, defaults):
    allowed = {**PORTAL_KEYS, **{k: v[1] for k, v in OPTIONS.items()}, **EXTRA}
    entry = read_options(reader, node, allowed, "a portal")
    for key in ("id", "url"):
        if key not in entry:
            reader.fail(node, f"a portal needs {key}:")
    if not PORTAL_ID.match(entry["id"]):
        reader.fail(node, f"id {entry['id']!r} must be lower-case letters, digits, - or _ (it names a file and a URL)")
    try:
        url = portal_url(entry["url"])
    except CrawlRefused as exc:
        reader.fail(node, str(exc).replace("PORTAL_URL", "url"))
    options = {**defaults, **{k: v for k, v in entry.items() if k not in ("id", "name", "url", "enabled")}}
    return Portal(entry["id"], entry.get("name") or entry["id"], url, entry.get("enabled", True), options,
                  node.start_mark.line + 1)  # fmt: skip


def read_hosts(reader, node, base):
    if not isinstance(node, yaml.SequenceNode):
        reader.fail(node, "hosts must be a list of {url: http://host:6800, archives: /path}")
    hosts = []
    for item in node.value:
        entry = read_options(reader, item, HOST_KEYS, "a host")
        if "url" not in entry:
            reader.fail(item, "a host needs url: (its Scrapyd, e.g. http://10.0.0.2:6800)")
        hosts.append(Host(entry["url"].rstrip("/"), os.path.join(base, entry.get("archives", "archives"))))
    return hosts


def load(path):
    """The configuration at ``path``, or ConfigError in one line."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from exc
    reader = Reader(path, text)
    try:
        root = reader.loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if root is None:
        raise ConfigError(f"{path} line 1: empty: list the portals under portals:")
    return build(reader, root, os.path.dirname(os.path.abspath(path)))


def build(reader, root, base):
    top = {}
    for key, key_node, value_node in reader.mapping(root, "the file"):
        if key not in TOP_KEYS:
            unknown(reader, key_node, key, TOP_KEYS)
        top[key] = value_node
    defaults_allowed = {**{k: v[1] for k, v in OPTIONS.items()}, **EXTRA}
    defaults = read_options(reader, top["defaults"], defaults_allowed, "defaults") if "defaults" in top else {}
    if not isinstance(top.get("portals"), yaml.SequenceNode) or not top["portals"].value:
        reader.fail(top.get("portals", root), "portals: must be a list with at least one portal")
    portals, seen = [], {}
    for node in top["portals"].value:
        portal = read_portal(reader, node, defaults)
        if portal.id in seen:
            reader.fail(node, f"id {portal.id!r} is already used on line {seen[portal.id]}")
        seen[portal.id] = portal.line
        portals.append(portal)
    archives = (
        os.path.join(base, reader.value(top["archives"])) if "archives" in top else os.path.join(base, "archives")
    )
    hosts = read_hosts(reader, top["hosts"], base) if "hosts" in top else []
    for portal in portals:
        if portal.options.get("host") and portal.options["host"].rstrip("/") not in {h.url for h in hosts}:
            raise ConfigError(f"{reader.path} line {portal.line}: host {portal.options['host']} is not under hosts:")
    max_proc = reader.typed(top["max_proc"], "max_proc", int) if "max_proc" in top else 0
    return Config(reader.path, archives, portals, hosts, max_proc)
