// Rust twin of fixtures/borrows/ReturnOwnLocalWhileHolderBorrowsIt.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn read(&self) -> i32 { 0 }
}
fn cond() -> bool { true }
fn num() -> i32 { 0 }

fn choice<'a>(p: &'a R, o: R) -> &'a R {
    let a1 = o;
    let r2 = &a1;
    if cond() { return if cond() { &a1 } else { r2 }; } //~ E0515
    p
}

fn switch_arms<'a>(p: &'a R, o: R) -> &'a R {
    let a1 = o;
    let r2 = &a1;
    if cond() { return match num() { 0 => &a1, _ => r2 }; } //~ E0515
    p
}
