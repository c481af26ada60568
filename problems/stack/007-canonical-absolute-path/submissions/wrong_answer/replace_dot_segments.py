# bug: strips "." pieces with replace("/./", "/"), which misses a trailing "/." and back-to-back "/./." (passes the samples)
# fails on: {"path": "/a/."}
# origin: independent
def canonicalPath(path):
    while "//" in path:
        path = path.replace("//", "/")
    path = path.replace("/./", "/")
    names = []
    for part in path.split("/"):
        if part == "":
            continue
        if part == "..":
            if names:
                names.pop()
        else:
            names.append(part)
    return "/" + "/".join(names)
