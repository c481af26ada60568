# bug: greedy: matches each letter of the first string to its earliest unused occurrence in the second, never skipping a letter that matches far away
# fails on: {"first": "xaaa", "second": "aaax"}
def longestShared(first, second):
    j = 0
    count = 0
    for ch in first:
        k = second.find(ch, j)
        if k >= 0:
            count += 1
            j = k + 1
    return count
