# bug: the quick length check predicts the final length as letters minus backspaces, forgetting backspaces on an empty text do nothing (passes the samples)
# fails on: {"s": "#a", "t": "a"}
# origin: independent
def sameAfterBackspaces(s, t):
    def predicted_length(log):
        hashes = log.count("#")
        return max(0, len(log) - 2 * hashes)

    if predicted_length(s) != predicted_length(t):
        return False

    def typed(log):
        text = []
        for ch in log:
            if ch == "#":
                if text:
                    text.pop()
            else:
                text.append(ch)
        return text

    return typed(s) == typed(t)
