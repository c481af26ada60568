# collect the nodes in a Python list, then relink them from the back: O(n) time, O(n) space
def reverseChain(head):
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    if not nodes:
        return None
    for i in range(len(nodes) - 1, 0, -1):
        nodes[i].next = nodes[i - 1]
    nodes[0].next = None
    return nodes[-1]
