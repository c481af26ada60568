# bug: greedy: always cuts off the longest mirror word at the front, so only one way per string is found
# fails on: {"s": "aa"}
def mirrorCuts(s):
    pieces = []
    i = 0
    while i < len(s):
        for j in range(len(s), i, -1):
            if s[i:j] == s[i:j][::-1]:
                pieces.append(s[i:j])
                i = j
                break
    return [pieces]
