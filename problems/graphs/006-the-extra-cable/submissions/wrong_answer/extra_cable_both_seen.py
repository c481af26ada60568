# bug: assumes a cable closes the loop as soon as both of its stations have appeared before, which also happens when it joins two separate pieces (passes all samples)
# fails on: {"cables": [[1, 2], [3, 4], [2, 3], [4, 1]]}
# origin: independent
def extraCable(cables: List[List[int]]) -> List[int]:
    seen = set()
    for a, b in cables:
        if a in seen and b in seen:
            return [a, b]
        seen.add(a)
        seen.add(b)
    return []
