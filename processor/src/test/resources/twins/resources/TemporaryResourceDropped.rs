// Rust twin of fixtures/resources/TemporaryResourceDropped.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: a temporary File is dropped, and closed, at the end of its
// statement; every function below is accepted.
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

fn read_one(path: &str) -> io::Result<usize> {
    File::open(path)?.read(&mut [0u8; 1])
}

fn discarded(path: &str) -> io::Result<()> {
    File::open(path)?;
    Ok(())
}

fn lent(path: &str) -> io::Result<u64> {
    count(&mut File::open(path)?)
}

fn first_line(path: &str) -> io::Result<String> {
    let mut line = String::new();
    BufReader::new(File::open(path)?).read_line(&mut line)?;
    Ok(line)
}

fn handed_back(path: &str) -> io::Result<File> {
    File::open(path)
}

fn count(input: &mut File) -> io::Result<u64> {
    io::copy(input, &mut io::sink())
}
