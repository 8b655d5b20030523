"""The last full capture of each URL, so that an unchanged response is written as a WARC ``revisit`` record.

WARC 1.1's identical-payload-digest profile: a response whose payload has the same digest as the last
response record kept for its URL is stored as its status line and headers only, referring to that record
(WARC-Refers-To, -Target-URI, -Date). The table ``warc_digests`` in the archive keeps, per URL, the
record that holds the payload; it is written as each record is, so a killed crawl loses nothing it needs.
"""

import base64
import hashlib
import logging
import os
import sqlite3

log = logging.getLogger(__name__)
TABLE = "warc_digests"
COLUMNS = ("url", "digest", "record_id", "date", "warc_file", "warc_offset")


def payload_digest(body):
    """The digest warcio writes as WARC-Payload-Digest: sha1, base32."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def ensure_table(db):
    db.execute(
        f"create table if not exists {TABLE} (url text primary key, digest text not null, record_id text not null,"
        " date text not null, warc_file text not null, warc_offset integer not null)"
    )


class DigestIndex:
    """URL -> the response record holding its last payload, read from and written to the archive's database.

    Entries whose WARC file is gone (pruned by hand) are dropped: a revisit must refer to a record that exists."""

    def __init__(self, db, warc_dir):
        self.db, self.last, self.broken = db, {}, False
        try:
            ensure_table(db)
            rows = db.execute(f"select {', '.join(COLUMNS)} from {TABLE}").fetchall()
        except sqlite3.Error as exc:  # the crawl's own writes meet the same trouble and say so
            self.broken = True
            log.warning("no revisit records this crawl: payload digests cannot be read (%s)", exc)
            return
        present = set(os.listdir(warc_dir)) if os.path.isdir(warc_dir) else set()
        self.last = {r[0]: dict(zip(COLUMNS, r)) for r in rows if r[4] in present}

    def get(self, url):
        return self.last.get(url)

    def put(self, entry):
        self.last[entry["url"]] = entry
        if self.broken:  # said once: a full or failing disk must not fill the log with one line per response
            return
        sql = f"insert or replace into {TABLE} values (?, ?, ?, ?, ?, ?)"
        own = not self.db.conn.in_transaction  # inside the crawl's own batch, it commits with it
        try:  # one small commit per full response: the crawl's batches commit between callbacks
            if own:
                self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(sql, [entry[c] for c in COLUMNS])
            if own:
                self.db.execute("COMMIT")
        except sqlite3.Error as exc:  # the next crawl then writes these URLs in full once more: no harm
            if own and self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            self.broken = True
            log.warning("payload digests not recorded from %s on (%s): the next crawl writes them in full", entry["url"],
                        exc)  # fmt: skip
