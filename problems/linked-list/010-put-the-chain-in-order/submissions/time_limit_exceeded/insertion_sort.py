# slow: O(n^2): insertion sort that walks the sorted part from its front to place each node
# origin: independent
def sortChain(head: Optional[ListNode]) -> Optional[ListNode]:
    dummy = ListNode()
    node = head
    while node:
        nxt = node.next
        spot = dummy
        while spot.next and spot.next.val <= node.val:
            spot = spot.next
        node.next = spot.next
        spot.next = node
        node = nxt
    return dummy.next
