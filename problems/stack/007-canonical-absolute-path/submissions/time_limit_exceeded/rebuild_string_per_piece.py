def canonicalPath(path):
    # keeps only the answer string and re-splits and re-joins it after every piece,
    # so each piece costs time proportional to the whole answer so far: O(n^2)
    result = "/"
    for piece in path.split("/"):
        if piece == "" or piece == ".":
            continue
        parts = [p for p in result.split("/") if p]
        if piece == "..":
            if parts:
                parts.pop()
        else:
            parts.append(piece)
        result = "/" + "/".join(parts)
    return result
