# bug: collects the weights in a set, so equal weights of different pairs count once
# fails on: {"a": [0, 0, 5], "b": [-3, 7], "k": 4}
def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    weights = sorted({x + y for x in a[:k] for y in b[:k]})
    return weights[:k]
