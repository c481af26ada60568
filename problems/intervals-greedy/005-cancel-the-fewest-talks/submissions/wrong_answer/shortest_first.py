# bug: greedily keeps the shortest talks first; a short talk can straddle two that fit together
# fails on: {"talks": [[0, 5], [4, 7], [6, 11]]}
def fewestCancellations(talks: List[List[int]]) -> int:
    kept = []
    for s, e in sorted(talks, key=lambda t: t[1] - t[0]):
        if all(e <= a or b <= s for a, b in kept):
            kept.append((s, e))
    return len(talks) - len(kept)
