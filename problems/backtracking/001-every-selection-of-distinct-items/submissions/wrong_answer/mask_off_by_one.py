# bug: loops over masks up to 2^n - 1 exclusive, so the full selection is never produced (fails all three samples)
# fails on: {"items": [1, 2]}
# origin: independent
def allSelections(items: List[int]) -> List[List[int]]:
    n = len(items)
    result = []
    for mask in range((1 << n) - 1):
        result.append([items[i] for i in range(n) if mask >> i & 1])
    return result
