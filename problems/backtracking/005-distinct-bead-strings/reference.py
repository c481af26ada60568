from collections import Counter


def beadStrings(beads):
    """Thread position by position, trying each colour with beads left once."""
    left = Counter(beads)
    colours = list(left)
    n = len(beads)
    row = []
    answer = []

    def thread():
        if len(row) == n:
            answer.append(list(row))
            return
        for c in colours:
            if left[c]:
                left[c] -= 1
                row.append(c)
                thread()
                row.pop()
                left[c] += 1

    thread()
    return answer
