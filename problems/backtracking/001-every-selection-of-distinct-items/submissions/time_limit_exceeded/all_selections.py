# slow: O(4^n * n): checks every new selection against the whole result list before adding it
# origin: independent
def allSelections(items: List[int]) -> List[List[int]]:
    result = [[]]
    changed = True
    while changed:
        changed = False
        for selection in list(result):
            for x in items:
                if x in selection:
                    continue
                candidate = sorted(selection + [x])
                if candidate not in result:
                    result.append(candidate)
                    changed = True
    return result
