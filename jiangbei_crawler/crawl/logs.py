"""Logging that an operator can read: no tracebacks unless asked for.

Scrapy and its middlewares log some failures with their traceback (a refused connection to robots.txt, say);
the failure is recorded in the archive with its reason, so the log line is enough. Tracebacks come back with
``JIANGBEI_LOG_LEVEL=DEBUG`` (or ``-s LOG_LEVEL=DEBUG``, or ``--debug``).
"""

import logging


class NoTracebacks(logging.Filter):
    def filter(self, record):
        if record.exc_info or record.exc_text:
            message = record.getMessage()
            error = record.exc_info[1] if record.exc_info else None
            if error is not None and str(error) and str(error) not in message:
                record.msg, record.args = f"{message} ({type(error).__name__}: {error})", ()
            record.exc_info, record.exc_text = None, None
        return True


def quiet_tracebacks(level):
    """Drop tracebacks from every root handler's records, unless the level is DEBUG."""
    if str(level).upper() == "DEBUG":
        return
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, NoTracebacks) for f in handler.filters):
            handler.addFilter(NoTracebacks())
