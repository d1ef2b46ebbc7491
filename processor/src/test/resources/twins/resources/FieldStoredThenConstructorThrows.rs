// Rust twin of fixtures/resources/FieldStoredThenConstructorThrows.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: a constructor returning `Err` after opening a file drops the
// local that holds it (or the half-built struct), closing the file on the way out.
use std::fs::File;
use std::io;

struct Checked { input: File }
impl Checked {
    fn new(path: &str, len: u64) -> io::Result<Checked> {
        let input = File::open(path)?;
        if len == 0 {
            return Err(io::Error::new(io::ErrorKind::Other, "empty"));
        }
        Ok(Checked { input })
    }
}

struct Pair { input: File, output: File }
impl Pair {
    fn new(from: &str, to: &str) -> io::Result<Pair> {
        let input = File::open(from)?;
        let output = File::create(to)?;
        Ok(Pair { input, output })
    }
}
