# bug: the loop runs only while the current node has a successor, so the last node is never turned around and is lost
# fails on: {"head": [1, 2]}
def reverseChain(head):
    prev = None
    node = head
    while node is not None and node.next is not None:
        following = node.next
        node.next = prev
        prev = node
        node = following
    return prev
