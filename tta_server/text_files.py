"""Reading a small text file an operator named (a secret, a certificate, a key), with every way
it can fail said as the end of a sentence about the file: ``ValueError("PATH does not exist")``.
Settings validation puts the setting's name in front, so a bad value stops start-up with one
line naming the setting and saying what is wrong with the file."""

from __future__ import annotations

from pathlib import Path


def read_text(path: Path, *, encoding: str = "utf-8", not_text: str = "is not UTF-8 text") -> str:
    """The file's whole text. ``not_text`` says what a file that does not decode is not."""
    try:
        return path.read_text(encoding=encoding)
    except FileNotFoundError:
        raise ValueError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ValueError(f"{path} is a directory, not a file") from None
    except PermissionError:
        raise ValueError(f"{path} cannot be read by this user (permission denied)") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path} {not_text}") from None
    except OSError as exc:
        raise ValueError(f"{path} cannot be read ({exc.strerror or 'error'})") from None
