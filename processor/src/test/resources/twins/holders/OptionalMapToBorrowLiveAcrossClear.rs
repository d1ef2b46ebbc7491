// Rust twin of fixtures/views/OptionalMapToBorrowLiveAcrossClear.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Tag { text: String }

struct Doc { tag: Tag }
impl Doc {
    fn tag(&self) -> &Tag { &self.tag }
}

fn demo(docs: &mut Vec<Doc>) -> bool {
    let tag = docs.iter().next().map(|d| d.tag());
    docs.clear(); //~ E0502
    tag.is_some()
}
