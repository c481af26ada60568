def canonicalPath(path):
    names = []
    for piece in path.split("/"):
        if piece == "" or piece == ".":
            continue
        # bug: any piece starting with ".." is taken as a step up, so "..." and "..b"
        # remove a directory instead of being names
        if piece.startswith(".."):
            if names:
                names.pop()
        else:
            names.append(piece)
    return "/" + "/".join(names)
