"""The package version: the single source, read by hatch at build time."""

__version__ = "0.1.0"
