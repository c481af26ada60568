# bug: lists the weights row by row (all of a[0] first, then a[1], ...), taking the first k
# fails on: {"a": [1, 4, 9], "b": [2, 3, 10], "k": 5}
def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    sums = []
    for x in a:
        for y in b:
            if len(sums) == k:
                return sums
            sums.append(x + y)
    return sums
