// Rust twin of fixtures/resources/ConstructorThrowsLeavesArgumentOpen.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: when the decorator's constructor fails, `input` (moved into it
// or not) is dropped on the way out and the file closed.
use std::fs::File;
use std::io::{self, Read};

struct Decoder { inner: File }
impl Decoder {
    fn new(inner: File, charset: &str) -> io::Result<Decoder> {
        if charset.is_empty() {
            return Err(io::Error::new(io::ErrorKind::Other, "charset"));
        }
        Ok(Decoder { inner })
    }
}

fn leaks_when_the_decorator_throws(path: &str, charset: &str) -> io::Result<usize> {
    let input = File::open(path)?;
    let mut r = Decoder::new(input, charset)?;
    r.inner.read(&mut [0u8; 1])
}
