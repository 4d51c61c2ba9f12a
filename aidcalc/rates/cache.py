"""A binary cache of parsed rate files, so ``Rates`` does not parse the same text each time.

Each file's arrays are stored with ``numpy.savez`` in ``<user cache>/rates/<kind>-<hash>.npz``,
keyed by the sha256 of the file's bytes (and of the cache format and anything else the arrays
depend on), written atomically (a temporary file, then ``os.replace``). A file of another
version is never deleted; a cache that cannot be read or written is ignored, and the text is
parsed as before. Kinds: ``ecb`` (the ECB history), ``nbu`` (the NBU daily file), ``wb`` (the
World Bank annual file) and ``wb-economies`` (which economy serves which currency).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from . import ecb

FORMAT = "1"


def cache_file(raw: bytes, kind: str = "ecb") -> Path:
    """Return the cache file of a ``kind`` file whose bytes (and other key parts) are ``raw``."""
    from .._paths import user_cache_dir

    digest = hashlib.sha256(FORMAT.encode() + raw).hexdigest()[:24]
    return user_cache_dir() / "rates" / f"{kind}-{digest}.npz"


def cached(kind: str, key: bytes, build: Callable[[], dict[str, np.ndarray]]):
    """Return the arrays stored for ``key``, else ``build()``'s, which are then stored.

    ``build`` returns {name: array}; arrays must not hold Python objects (no pickling).
    """
    target = cache_file(key, kind)
    try:
        with np.load(target, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    except (OSError, ValueError, KeyError, EOFError):
        pass
    arrays = build()
    write(target, arrays)
    return arrays


def write(target: Path, arrays: dict[str, np.ndarray]) -> None:
    """Store ``arrays`` at ``target`` atomically; do nothing if the folder is not writable."""
    import io

    from .._paths import write_atomically

    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, buffer.getvalue())
    except OSError:
        pass  # no cache folder to write to: parsing each time is only slower


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
    write(
        target,
        {
            "days": history.days,
            "currencies": np.array(history.currencies),
            "values": history.values,
        },
    )
    return history
