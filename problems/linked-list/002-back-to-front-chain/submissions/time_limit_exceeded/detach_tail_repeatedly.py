# slow: O(n^2): walks to the tail for every node, detaches it and appends it to the result
def reverseChain(head):
    result = tail = None
    while head is not None:
        if head.next is None:  # one node left
            last, head = head, None
        else:
            before = head
            while before.next.next is not None:
                before = before.next
            last = before.next
            before.next = None
        if tail is None:
            result = tail = last
        else:
            tail.next = last
            tail = last
    return result
