// Rust twin of fixtures/resources/TryWithResourcesCloseThrows.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: Drop cannot fail, so closing `input` at the end of its scope
// never discards the value being returned, and a guard's drop (Rust's `finally`) cannot throw.
// Every function below is accepted.
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

fn opened_under_another(index: &Path, data: &Path) -> io::Result<File> {
    let mut input = File::open(index)?;
    input.read(&mut [0u8; 1])?;
    let result = File::open(data)?;
    Ok(result)
}

struct Audit<'a>(&'a Path);

impl Drop for Audit<'_> {
    fn drop(&mut self) {
        let _ = self.0.exists();
    }
}

fn finally_may_throw(f: &Path) -> io::Result<File> {
    let result = File::open(f)?;
    let _audit = Audit(f);
    Ok(result)
}

fn temporary_under_another(index: &Path, data: &Path) -> io::Result<File> {
    let mut input = File::open(index)?;
    input.read(&mut [0u8; 1])?;
    File::open(data)
}

fn opened_by_a_call_under_finally(f: &Path) -> io::Result<File> {
    let _audit = Audit(f);
    open(f)
}

fn owned_parameter_returned(input: File, f: &Path) -> io::Result<File> {
    let _audit = Audit(f);
    Ok(input)
}

fn both_closed(a: &Path, b: &Path) -> io::Result<usize> {
    let mut first = File::open(a)?;
    let mut second = File::open(b)?;
    Ok(first.read(&mut [0u8; 1])? + second.read(&mut [0u8; 1])?)
}

fn close_throws_nothing(names: &[String], f: &Path) -> io::Result<File> {
    let s = names.iter();
    let result = File::open(f)?;
    s.count();
    Ok(result)
}

fn finally_cannot_throw(f: &Path, calls: &mut [i32]) -> io::Result<usize> {
    let mut input = File::open(f)?;
    let n = input.read(&mut [0u8; 1]);
    calls[0] += 1;
    drop(input);
    n
}

fn temporary_nothing_throws(f: &Path, calls: &mut [i32]) -> io::Result<File> {
    let result = File::open(f);
    calls[0] += 1;
    result
}

fn open(f: &Path) -> io::Result<File> {
    File::open(f)
}

fn returned_afterwards(index: &Path, data: &Path) -> io::Result<File> {
    let mut input = File::open(index)?;
    input.read(&mut [0u8; 1])?;
    let result = File::open(data)?;
    Ok(result)
}
