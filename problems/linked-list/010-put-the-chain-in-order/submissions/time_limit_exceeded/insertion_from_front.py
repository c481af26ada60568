# slow: O(n^2): insertion sort, each node placed by walking the sorted part from its front
def sortChain(head):
    dummy = ListNode()
    node = head
    while node:
        nxt = node.next
        spot = dummy
        while spot.next and spot.next.val < node.val:
            spot = spot.next
        node.next = spot.next
        spot.next = node
        node = nxt
    return dummy.next
