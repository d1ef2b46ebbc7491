// Rust twin of fixtures/borrows/ReturnConditionalOfOneLocal.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn read(&self) {}
}
fn cond() -> bool { true }

fn local<'a>(p: &'a R, o: R) -> &'a R {
    let a = o;
    return if cond() { &a } else { &a }; //~ E0515
}

fn parameter<'a>(p: &'a R) -> &'a R {
    return if cond() { p } else { p };
}
