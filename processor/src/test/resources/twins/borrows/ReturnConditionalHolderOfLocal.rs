// Rust twin of fixtures/borrows/ReturnConditionalHolderOfLocal.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn new() -> R { R }
    fn read(&self) -> i32 { 0 }
}
fn cond() -> bool { true }

fn local<'a>(p: &'a R) -> &'a R {
    let a = R::new();
    let w = &a;
    return if cond() { w } else { p }; //~ E0515
}

fn parameter<'a>(p: &'a R, q: &'a R) -> &'a R {
    let w = q;
    return if cond() { w } else { p };
}
