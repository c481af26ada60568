def canonicalPath(path):
    names = []
    for piece in path.split("/"):
        if piece == "..":
            if names:
                names.pop()
        elif piece and piece != ".":
            names.append(piece)
    result = "/" + "/".join(names)
    # bug: copies a trailing slash from the input instead of always dropping it
    if path.endswith("/") and result != "/":
        result += "/"
    return result
