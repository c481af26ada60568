# bug: returns the node where the slow and fast pointers meet, which lies on the loop but is not always its first node
# fails on: {"head": {"values": [1, 2, 3, 4, 5], "cycle_at": 1}}
def loopEntry(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None
