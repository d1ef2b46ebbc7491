// Rust twin of fixtures/resources/FieldCloseForgetsOne.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: Copier's drop glue drops both files, whatever its own code
// releases explicitly; the explicit `close` that forgets `output` is harmless in Rust.
use std::fs::File;
use std::io;

struct Copier { input: Option<File>, output: Option<File> }
impl Copier {
    fn new(from: &str, to: &str) -> io::Result<Copier> {
        let input = File::open(from)?;
        let output = File::create(to)?; // `input` is dropped (closed) if this fails
        Ok(Copier { input: Some(input), output: Some(output) })
    }
    fn close(mut self) {
        drop(self.input.take());
    }
}
