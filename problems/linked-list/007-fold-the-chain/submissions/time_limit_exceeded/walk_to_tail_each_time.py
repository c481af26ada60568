# slow: O(n^2): for each front node, walks to the current tail, detaches it and slots it in after the front node
def foldChain(head):
    front = head
    while front is not None and front.next is not None and front.next.next is not None:
        before = front
        while before.next.next is not None:
            before = before.next
        tail = before.next
        before.next = None
        tail.next = front.next
        front.next = tail
        front = tail.next
