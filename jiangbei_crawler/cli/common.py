"""What every jiangbei-crawler command shares: exit codes, Scrapy settings, the archive argument, the crawl lock,
and --output's copy of what is printed."""

import os
import sys
import time

from ..store import lock

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def project_settings(overrides):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "jiangbei_crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    return settings


def parse_sets(pairs):
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"error: -s expects NAME=VALUE, got {pair!r}")
        out[key] = value
    return out


def archive_arg(args):
    return args.archive or project_settings({}).get("ARCHIVE_PATH")


def hold_lock(archive, busy_message):
    """Take the crawl lock for the rest of this process: None when held, else the exit code (after one line
    saying why: another process holds it, or the lock file cannot be opened)."""
    try:
        holder = lock.acquire(lock.lock_path(archive))
    except lock.LockError as exc:
        print(f"error: {exc.strerror}", file=sys.stderr)
        return EXIT_ERRORS
    if holder:
        print(busy_message.format(pid=holder))
        return EXIT_OK
    return None


class Tee:
    """A stream that writes to the terminal's stream and to an appended file."""

    def __init__(self, stream, file):
        self.stream, self.file = stream, file

    def write(self, text):
        if not text.startswith("\r"):  # a terminal's live progress line is redrawn, not kept
            self.file.write(text)
            self.file.flush()
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


def tee_output(path):
    """Append stdout and stderr to ``path`` too (folders created); a file that cannot be opened is an error."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the life of the process
    fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S %z')} jiangbei-crawler {' '.join(sys.argv[1:])}\n")
    sys.stdout, sys.stderr = Tee(sys.stdout, fh), Tee(sys.stderr, fh)
