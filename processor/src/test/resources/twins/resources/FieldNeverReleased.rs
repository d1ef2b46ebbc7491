// Rust twin of fixtures/resources/FieldNeverReleased.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: a struct that owns a File drops it, and the file is closed by
// File's Drop when the struct's own drop glue runs. Rust accepts what Java leaks here.
use std::fs::File;
use std::io::{self, Read};

struct Source { input: File }
impl Source {
    fn new(path: &str) -> io::Result<Source> {
        let input = File::open(path)?;
        Ok(Source { input })
    }
    fn next(&mut self) -> io::Result<u8> {
        let mut b = [0u8; 1];
        self.input.read(&mut b)?;
        Ok(b[0])
    }
}
