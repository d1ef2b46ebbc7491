// Rust twin of fixtures/borrowing/ViewOverTryWithResourcesVariableInsideBody.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
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
    let n;
    {
        let r = Res::new();
        let rd = Reader::new(&r);
        n = rd.size();
    }
    n
}
