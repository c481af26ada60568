# slow: O(n^2): repeatedly searches the piece list from the start for a ".." and deletes it with its parent
# origin: independent
def canonicalPath(path):
    parts = [p for p in path.split("/") if p != "" and p != "."]
    while ".." in parts:
        i = parts.index("..")
        if i == 0:
            del parts[0]
        else:
            del parts[i - 1:i + 1]
    return "/" + "/".join(parts)
