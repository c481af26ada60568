# bug: a ".." at the root falls through to the else branch and is kept as a directory name (fails samples 02 and 03)
# fails on: {"path": "/.."}
# origin: independent
def canonicalPath(path):
    names = []
    for part in path.split("/"):
        if part == "" or part == ".":
            continue
        if part == ".." and names:
            names.pop()
        else:
            names.append(part)
    return "/" + "/".join(names)
