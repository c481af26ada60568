# bug: copies a trailing slash from the input instead of always dropping it
# fails on: {"path": "/a/"}
def canonicalPath(path):
    names = []
    for piece in path.split("/"):
        if piece == "..":
            if names:
                names.pop()
        elif piece and piece != ".":
            names.append(piece)
    result = "/" + "/".join(names)
    if path.endswith("/") and result != "/":
        result += "/"
    return result
