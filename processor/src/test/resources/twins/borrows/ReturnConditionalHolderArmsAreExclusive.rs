// Rust twin of fixtures/borrows/ReturnConditionalHolderArmsAreExclusive.java: NLL rejects it, Polonius accepts, so the fixture is accepted (// polonius-accepts)
// polonius-accepts
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn read(&self) -> i32 { 0 }
    fn write(&mut self) {}
}
struct H { s: R, t: R }
fn cond() -> bool { true }
fn num() -> i32 { 0 }

fn conditional<'a>(hq: &'a mut H) -> &'a R {
    let w = &mut hq.s;
    return if cond() { &*w } else { &hq.s }; //~ E0502
}

fn switched<'a>(hq: &'a mut H) -> &'a R {
    let w = &mut hq.s;
    let v = &mut *w;
    if cond() { return match num() { 0 => &*v, _ => &hq.s }; } //~ E0502
    return &hq.s; //~ E0502
}
