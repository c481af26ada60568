# bug: joins [''] + names, which gives '' instead of '/' for the root
# fails on: {"path": "/a/.."}
def canonicalPath(path):
    names = []
    for piece in path.split("/"):
        if piece == "..":
            if names:
                names.pop()
        elif piece and piece != ".":
            names.append(piece)
    return "/".join([""] + names)
