// Rust twin of fixtures/borrowing/ViewOverTryWithResourcesVariableOutlivesIt.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Res { n: i32 }
impl Res {
    fn new() -> Res { Res { n: 1 } }
    fn size(&self) -> i32 { self.n }
}

struct Reader<'a> { res: &'a Res }
impl<'a> Reader<'a> {
    fn new(res: &'a Res) -> Reader<'a> { Reader { res } }
    fn size(&self) -> i32 { self.res.size() }
}

fn demo() -> i32 {
    let rd;
    {
        let r = Res::new();
        rd = Reader::new(&r); //~ E0597
    }
    rd.size()
}
