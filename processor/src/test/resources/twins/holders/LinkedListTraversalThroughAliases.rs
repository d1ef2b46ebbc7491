// Rust twin of fixtures/views/LinkedListTraversalThroughAliases.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Node { val: i32, next: Option<Box<Node>> }

fn sum(head: &Node) -> i32 {
    let mut total = 0;
    let mut cur = Some(head);
    while let Some(c) = cur {
        total += c.val;
        cur = c.next.as_deref();
    }
    total
}
