"""Iterative reversal: walk once, pointing each node back at the one before it.

`prev` is the part already turned around; saving `node.next` before overwriting it keeps
the rest of the list reachable. Time O(n), extra space O(1).
"""


def reverseChain(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    node = head
    while node is not None:
        following = node.next
        node.next = prev
        prev = node
        node = following
    return prev
