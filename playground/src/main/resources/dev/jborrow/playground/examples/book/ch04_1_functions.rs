// The Rust book, 4.1 "Ownership and Functions", listing 4-3, with s used after the move.
fn main() {
    let s = String::from("hello");
    takes_ownership(s);

    println!("{}", s.len());
}

fn takes_ownership(some_string: String) {
    println!("{some_string}");
}
