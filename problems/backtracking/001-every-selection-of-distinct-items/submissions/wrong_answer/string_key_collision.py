# bug: the visited key joins the sorted numbers with no separator, so [1, 23] and [1, 2, 3] collide (passes the samples)
# fails on: {"items": [1, 2, 3, 23]}
# origin: independent
def allSelections(items: List[int]) -> List[List[int]]:
    result = []
    visited = set()
    stack = [[]]
    while stack:
        chosen = stack.pop()
        key = "".join(str(x) for x in sorted(chosen))
        if key in visited:
            continue
        visited.add(key)
        result.append(chosen)
        for x in items:
            if x not in chosen:
                stack.append(chosen + [x])
    return result
