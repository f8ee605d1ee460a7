"""A command typed wrongly gets one plain line and exit 1, as every other bad input does,
instead of argparse's usage block and exit 2: carers and agency scripts read one rule."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from carerdesk.text.i18n import translate


class Parser(argparse.ArgumentParser):
    """Every subcommand's parser is one of these too (argparse makes them of its own class)."""

    def error(self, message: str) -> NoReturn:
        line = translate("Cli", "{command}: {problem}. See: {command} --help").format(
            command=self.prog, problem=message.rstrip("."))
        print(" ".join(line.split()), file=sys.stderr)
        sys.exit(1)
