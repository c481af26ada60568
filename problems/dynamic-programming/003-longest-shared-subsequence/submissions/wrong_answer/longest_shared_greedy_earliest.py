# bug: greedily matches each letter of first at its earliest spot in second (fails samples 1 and 3)
# fails on: {"first": "xaa", "second": "aax"}
# origin: independent
def longestShared(first: str, second: str) -> int:
    count = 0
    pos = 0
    for ch in first:
        k = second.find(ch, pos)
        if k != -1:
            count += 1
            pos = k + 1
    return count
