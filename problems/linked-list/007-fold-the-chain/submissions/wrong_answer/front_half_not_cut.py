# bug: the front half is never cut off at the middle, so its last node still points into the back half and the woven list loops
# fails on: {"head": [1, 2, 3, 4]}
def foldChain(head):
    if head is None:
        return
    slow = fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    prev = None
    while back:
        nxt = back.next
        back.next = prev
        prev = back
        back = nxt
    front, back = head, prev
    while back:
        fn, bn = front.next, back.next
        front.next = back
        back.next = fn
        front, back = fn, bn
