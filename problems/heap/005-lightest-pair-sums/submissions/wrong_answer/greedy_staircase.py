# bug: walks one path through the grid, always stepping to the lighter of the two neighbours
# fails on: {"a": [1, 4, 9], "b": [2, 3, 10], "k": 5}
def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    i = j = 0
    sums = [a[0] + b[0]]
    while len(sums) < k:
        down = a[i + 1] + b[j] if i + 1 < len(a) else None
        right = a[i] + b[j + 1] if j + 1 < len(b) else None
        if right is None or (down is not None and down <= right):
            i += 1
            sums.append(down)
        else:
            j += 1
            sums.append(right)
    return sums
