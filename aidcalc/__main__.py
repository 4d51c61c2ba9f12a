"""``python -m aidcalc``: the same as the ``aidcalc`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
