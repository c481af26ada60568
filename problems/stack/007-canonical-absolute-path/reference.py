"""Stack of directory names: push ordinary names, pop on `..`, skip `.` and empty pieces.

Time O(n) for a path of n characters (one split, one pass, one join); space O(n).
"""


def canonicalPath(path: str) -> str:
    names: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if names:  # at the root, going up changes nothing
                names.pop()
        elif piece and piece != ".":
            names.append(piece)
    return "/" + "/".join(names)
