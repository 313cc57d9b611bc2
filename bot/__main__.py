"""`python -m bot`: see bot/cli.py for the sub-commands."""

import sys

from bot.cli import main

sys.exit(main())
