# bug: weaves the back half in its original order, so the nodes taken from the back come from its front
# fails on: {"head": [1, 2, 3, 4, 5, 6]}
def foldChain(head):
    if head is None:
        return
    slow = fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None
    front = head
    while back:
        fn, bn = front.next, back.next
        front.next = back
        back.next = fn
        front, back = fn, bn
