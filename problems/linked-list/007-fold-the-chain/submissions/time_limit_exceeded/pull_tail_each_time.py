# slow: O(n^2): walks to the tail again for every node it takes from the back
# origin: independent
def foldChain(head: Optional[ListNode]) -> None:
    front = head
    while front and front.next and front.next.next:
        before = front
        while before.next.next:
            before = before.next
        last = before.next
        before.next = None
        last.next = front.next
        front.next = last
        front = last.next
