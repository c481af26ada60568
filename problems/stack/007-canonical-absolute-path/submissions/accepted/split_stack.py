# a stack of directory names: push names, pop on '..', skip empty pieces and '.'
# origin: independent
def canonicalPath(path):
    names = []
    for part in path.split("/"):
        if part == "" or part == ".":
            continue
        if part == "..":
            if names:
                names.pop()
        else:
            names.append(part)
    return "/" + "/".join(names)
