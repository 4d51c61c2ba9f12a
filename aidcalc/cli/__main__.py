"""``python -m aidcalc.cli``: the same as the ``aidcalc`` command."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
