# bug: greedy: always cuts off the longest word that fits at the front and never reconsiders
# fails on: {"text": "sunsets", "words": ["sun", "sunset", "sets"]}
def canSplitIntoWords(text, words):
    known = set(words)
    i = 0
    while i < len(text):
        for j in range(len(text), i, -1):
            if text[i:j] in known:
                i = j
                break
        else:
            return False
    return True
