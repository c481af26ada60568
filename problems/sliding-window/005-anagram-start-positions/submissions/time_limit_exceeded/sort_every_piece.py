def anagramStarts(s, p):
    # sorts every piece of length m: O(n * m log m)
    m = len(p)
    target = sorted(p)
    return [i for i in range(len(s) - m + 1) if sorted(s[i:i + m]) == target]
