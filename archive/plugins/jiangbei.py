# Datasette loads this file from the configuration directory; the plugin lives in the package.
from jiangbei_crawler.web.plugin import *  # noqa: F401,F403
