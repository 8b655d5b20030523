"""Child processes the commands start (a local Scrapyd, pywb beside Datasette): one way to end them."""

import subprocess


def stop(proc, grace):
    """Ask ``proc`` to end, kill it after ``grace`` seconds, and reap it either way (no zombie left)."""
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
