"""A binary cache of the parsed ECB history, so ``Rates.default()`` does not parse text each time.

The arrays are stored with ``numpy.savez`` in ``<user cache>/rates/ecb-<hash>.npz``, keyed by the
sha256 of the data file (and the cache format), written atomically (a temporary file, then
``os.replace``). A file of another version is never deleted; a cache that cannot be read or
written is ignored, and the text is parsed as before.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import numpy as np

from . import ecb

FORMAT = "1"


def cache_file(raw: bytes) -> Path:
    """Return the cache file of an ECB history whose file bytes are ``raw``."""
    from .._paths import user_cache_dir

    digest = hashlib.sha256(FORMAT.encode() + raw).hexdigest()[:24]
    return user_cache_dir() / "rates" / f"ecb-{digest}.npz"


def read_ecb(path) -> ecb.EcbHistory:
    """Return the ECB history at ``path``, from the cache when it holds this file's arrays."""
    path = Path(path)
    raw = path.read_bytes()
    target = cache_file(raw)
    try:
        with np.load(target, allow_pickle=False) as data:
            return ecb.EcbHistory(
                data["days"], tuple(str(c) for c in data["currencies"]), data["values"], path
            )
    except (OSError, ValueError, KeyError, EOFError):
        pass
    history = ecb.parse(ecb.read_bytes(path), path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            dir=target.parent, prefix=".ecb-", suffix=".npz", delete=False
        )
        try:
            with handle:
                np.savez(
                    handle,
                    days=history.days,
                    currencies=np.array(history.currencies),
                    values=history.values,
                )
            os.replace(handle.name, target)
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # no cache folder to write to: parsing each time is only slower
    return history
