# Datasette loads this file from the configuration directory; the plugins live in the package.
from jiangbei_crawler.web.plugin import *  # noqa: F401,F403
