# bug: starts from head.next without checking for an empty list, so it crashes on []; fails sample 3
# fails on: {"head": []}
# origin: independent
def reverseChain(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = head
    curr = head.next
    head.next = None
    while curr:
        nxt = curr.next
        curr.next = prev
        prev = curr
        curr = nxt
    return prev
