# bug: remembers values instead of nodes, so the first repeated value is taken for the start of a loop
# fails on: {"head": {"values": [4, 4], "cycle_at": -1}}
def loopEntry(head):
    seen = set()
    node = head
    while node is not None:
        if node.val in seen:
            return node
        seen.add(node.val)
        node = node.next
    return None
