"""The attachment-text worker: length-prefixed bytes in, a JSON ``[text, error]`` out, under a memory cap.

Started by ``attachment_text.Guard``; an extraction that exceeds the cap fails with MemoryError inside
``extract_text`` and comes back as a reason, and one that runs too long is killed by the guard.
"""

import json
import resource
import sys

from .attachment_text import extract_text


def serve(answer, argv=None):
    """The worker loop, shared with ``ocr_worker``: under the memory cap given as the first argument, read
    length-prefixed requests until stdin closes, and write each ``answer(data)`` as length-prefixed JSON."""
    argv = sys.argv[1:] if argv is None else argv
    limit = int(argv[0]) if argv else 0
    if limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        header = stdin.read(8)
        if len(header) < 8:
            return 0
        payload = json.dumps(answer(stdin.read(int.from_bytes(header, "big"))), ensure_ascii=False).encode("utf-8")
        stdout.write(len(payload).to_bytes(8, "big") + payload)
        stdout.flush()


def _text(data):
    try:
        return extract_text(data)
    except MemoryError:
        return (None, "text extraction ran out of memory: skipped (the file is archived)")


def main(argv=None):
    return serve(_text, argv)


if __name__ == "__main__":
    sys.exit(main())
