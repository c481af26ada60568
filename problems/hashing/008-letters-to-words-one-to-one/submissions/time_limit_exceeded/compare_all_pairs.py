def followsPattern(pattern, words):
    if len(pattern) != len(words):
        return False
    n = len(words)
    for i in range(n):
        for j in range(i + 1, n):
            if (pattern[i] == pattern[j]) != (words[i] == words[j]):
                return False
    return True
