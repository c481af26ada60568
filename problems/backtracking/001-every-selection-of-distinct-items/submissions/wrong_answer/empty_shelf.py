# bug: returns no selections at all for an empty shelf instead of [[]] (fails sample 2)
# fails on: {"items": []}
# origin: independent
def allSelections(items: List[int]) -> List[List[int]]:
    if not items:
        return []
    result = [[]]
    for x in items:
        result += [selection + [x] for selection in result]
    return result
