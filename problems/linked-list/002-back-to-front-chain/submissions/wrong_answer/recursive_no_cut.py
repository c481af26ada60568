# bug: recursive reversal never sets head.next = None, so the old head and second node point at each other (a loop); fails sample 1
# fails on: {"head": [1, 2]}
# origin: independent
def reverseChain(head: Optional[ListNode]) -> Optional[ListNode]:
    if head is None or head.next is None:
        return head
    new_head = reverseChain(head.next)
    head.next.next = head
    return new_head
