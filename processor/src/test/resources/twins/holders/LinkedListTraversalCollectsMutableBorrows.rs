// Rust twin of fixtures/views/LinkedListTraversalCollectsMutableBorrows.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

struct Cell { value: Buf, next: Option<Box<Cell>> }

fn to_refs(mut list: &mut Cell) -> Vec<&mut Buf> {
    let mut result = vec![];
    loop {
        let v = &mut list.value;
        result.push(v);
        if let Some(n) = list.next.as_mut() {
            list = n;
        } else {
            return result;
        }
    }
}
