"""TTA server: the terminal therapeutic text adventure."""

__version__ = "0.1.0"
