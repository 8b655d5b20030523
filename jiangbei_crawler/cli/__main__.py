"""`python -m jiangbei_crawler.cli`: the jiangbei-crawler command."""

import sys

from . import main

sys.exit(main())
