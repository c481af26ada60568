def groupBySignature(words):
    # Correct, but compares each word with the first word of every group so far:
    # O(n * groups * L log L), quadratic when most groups are small.
    groups = []
    for word in words:
        for group in groups:
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
