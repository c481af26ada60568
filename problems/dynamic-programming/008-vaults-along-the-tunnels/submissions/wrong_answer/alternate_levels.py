# bug: greedy by levels: sums every level and takes the better of the even levels and the odd levels
# fails on: {"root": [1, 9, 1, 1, null, null, 9]}
def bestHaul(root):
    sums = [0, 0]
    level, depth = [root] if root else [], 0
    while level:
        sums[depth % 2] += sum(n.val for n in level)
        level = [c for n in level for c in (n.left, n.right) if c]
        depth += 1
    return max(sums)
