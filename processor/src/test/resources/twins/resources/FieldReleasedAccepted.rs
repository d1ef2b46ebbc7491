// Rust twin of fixtures/resources/FieldReleasedAccepted.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// Accepted, as the fixture: the same owners releasing their fields (Option::take for a field
// released before its owner dies, a consuming `shutdown`); Rust needs none of it to be correct.
use std::fs::File;
use std::io;

struct Copier { input: Option<File>, output: Option<File> }
impl Copier {
    fn reopen(&mut self, from: &str) -> io::Result<()> {
        drop(self.input.take());
        self.input = Some(File::open(from)?);
        Ok(())
    }
    fn close_out(&mut self) {
        drop(self.output.take());
    }
    fn close(mut self) {
        drop(self.input.take());
        self.close_out();
    }
}

struct Lazy { out: Option<File> }
impl Lazy {
    fn write(&mut self, path: &str) -> io::Result<()> {
        if self.out.is_none() {
            self.out = Some(File::create(path)?);
        }
        Ok(())
    }
}

struct Pooled { input: File }
impl Pooled {
    fn shutdown(self) {
        drop(self.input);
    }
}

struct Buffer { out: Vec<u8> }
impl Buffer {
    fn put(&mut self, b: u8) { self.out.push(b); }
}
