# bug: treats two selections with the same total as the same selection, so different selections with equal sums are lost (passes the samples)
# fails on: {"items": [1, 2, 3]}
# origin: independent
def allSelections(items: List[int]) -> List[List[int]]:
    result = []
    seen = set()

    def dfs(chosen):
        total = sum(chosen)
        if total in seen:
            return
        seen.add(total)
        result.append(chosen)
        for x in items:
            if x not in chosen:
                dfs(chosen + [x])

    dfs([])
    return result
