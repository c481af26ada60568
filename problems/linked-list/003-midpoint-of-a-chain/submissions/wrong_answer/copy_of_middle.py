# bug: returns a new node holding the middle value instead of the middle node itself
# fails on: {"head": [1, 2, 3]}
def chainMidpoint(head):
    if head is None:
        return None
    slow = fast = head
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    return ListNode(slow.val)
