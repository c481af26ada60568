# bug: any piece starting with '..' is taken as a step up, so names like '...' and '..b' remove a directory
# fails on: {"path": "/a/..."}
def canonicalPath(path):
    names = []
    for piece in path.split("/"):
        if piece == "" or piece == ".":
            continue
        if piece.startswith(".."):
            if names:
                names.pop()
        else:
            names.append(piece)
    return "/" + "/".join(names)
