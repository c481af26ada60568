"""Reading the bank's YAML files (`read_yaml`), and a parse kept as JSON in the cache
folder under the file's size and modification time (`cached_parse`): `judge next` and
`judge progress` read patterns.yaml on every run, and parsing YAML (importing the parser,
too) costs more than the rest of such a command. A missing, damaged or unwritable cache
only costs the parsing; a document that JSON cannot hold (dates, for example) is simply
parsed every time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..atomic_file import write_atomically
from ..errors import ProblemFormatError

FOLDER = "documents-1"


def cached_parse(path: Path, cache_dir: Path, parse: Callable[[Path], Any]) -> Any:
    try:
        status = path.stat()
    except OSError:
        return parse(path)  # parse says what is wrong with the file
    name = str(path.resolve())
    stamp: list[object] = [name, status.st_size, status.st_mtime_ns]
    where = cache_dir / FOLDER / f"{hashlib.sha256(name.encode()).hexdigest()[:24]}.json"
    try:
        kept = json.loads(where.read_text(encoding="utf-8"))
        if isinstance(kept, dict) and kept.get("stamp") == stamp:
            return kept["data"]
    except (OSError, ValueError, KeyError):
        pass
    data = parse(path)
    try:
        text = json.dumps({"stamp": stamp, "data": data})
    except (TypeError, ValueError):
        return data
    if json.loads(text)["data"] == data:  # JSON holds it exactly (no tuples, no int keys)
        write_atomically(where, text)
    return data


def read_yaml(path: Path, cache_dir: Path | None = None) -> Any:
    """The parsed file; ProblemFormatError naming what is wrong. With cache_dir, the parse
    is kept there under the file's size and modification time (documents.py)."""
    if cache_dir is not None:
        return cached_parse(path, cache_dir, read_yaml)
    import yaml  # not at import: a command that finds its documents cached never needs it

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProblemFormatError(path, None, "file is missing") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProblemFormatError(path, None, f"cannot be read ({error})") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else None
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise ProblemFormatError(path, where, f"invalid YAML: {problem}") from None
    except (ValueError, TypeError, AttributeError) as error:  # a scalar the loader cannot build
        raise ProblemFormatError(path, None, f"invalid YAML: {type(error).__name__}: {error}") from None
