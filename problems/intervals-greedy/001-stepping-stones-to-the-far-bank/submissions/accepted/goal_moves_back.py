def canCrossStones(hops: List[int]) -> bool:
    """Backward greedy: the goal is the leftmost stone known to reach the far bank.

    Walking from the right, stone i reaches the goal when i + hops[i] >= goal; then i
    becomes the new goal. The crossing works when the goal arrives at stone 0."""
    goal = len(hops) - 1
    for i in range(len(hops) - 2, -1, -1):
        if i + hops[i] >= goal:
            goal = i
    return goal == 0
