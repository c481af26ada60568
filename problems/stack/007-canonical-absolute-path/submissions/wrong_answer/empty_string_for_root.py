def canonicalPath(path):
    names = []
    for piece in path.split("/"):
        if piece == "..":
            if names:
                names.pop()
        elif piece and piece != ".":
            names.append(piece)
    # bug: joining [""] + names gives "/a/b" for names, but "" (not "/") for the root
    return "/".join([""] + names)
