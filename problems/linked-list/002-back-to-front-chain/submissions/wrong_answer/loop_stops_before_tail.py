# bug: loop runs while curr.next exists, so the last node is never relinked and is lost; fails samples 1 and 2
# fails on: {"head": [1, 2]}
# origin: independent
def reverseChain(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None:
        return None
    prev = None
    curr = head
    while curr.next:
        nxt = curr.next
        curr.next = prev
        prev = curr
        curr = nxt
    return prev
