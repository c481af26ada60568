# bug: treats every piece made only of dots (like "...") as "stay here" instead of an ordinary name (fails sample 02)
# fails on: {"path": "/..."}
# origin: independent
def canonicalPath(path):
    names = []
    for part in path.split("/"):
        if part == "..":
            if names:
                names.pop()
        elif part.strip(".") == "":
            continue
        else:
            names.append(part)
    return "/" + "/".join(names)
