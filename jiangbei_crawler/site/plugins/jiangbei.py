# Datasette loads this file from the configuration directory; the plugins live in the package.
from jiangbei_crawler.datasette_plugin import *  # noqa: F401,F403
