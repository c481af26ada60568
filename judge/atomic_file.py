"""Writing a file so that a reader sees the old content or the new, never half of it.

The judge's own records and caches (verify and mutation records in the packages, the
bank index, derived limits, cached documents) are written through here: a temporary file
in the same folder, then `os.replace`. A folder that cannot be written only costs the
write: the caller is told, and nothing is left behind.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path


def write_atomically(path: Path, content: str | bytes) -> bool:
    """Replace PATH's content with CONTENT (text is written as UTF-8) in one step; False
    when it could not be written."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True
